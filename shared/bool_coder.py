"""A binary arithmetic coder with 8-bit probabilities (PROTOCOL.md, "Version 2", "Bits").

The arithmetic is VP8's boolean entropy coder (RFC 6386 §7): a decision with probability
``prob``/256 of being 0 splits the range at ``1 + ((range − 1) · prob >> 8)``. The encoder keeps
its interval's low end as an exact integer (no carry bookkeeping) and ends with the shortest
byte string whose value, followed by zero bits, lies in the final interval; the decoder reads
zero bytes past the end. So every sequence of decisions has exactly one encoding, and the
decoder, which follows the encoder's interval as it goes, can reject any other (``canonical``).

Pure integer arithmetic: ``web/src/motion_v2.js`` reproduces it bit for bit.
"""

from __future__ import annotations


class BoolError(ValueError):
    """Bytes that no encoder makes (a first value outside the initial range)."""


class BoolEncoder:
    def __init__(self) -> None:
        self.low = 0  # the interval is [low, low + range) / 2^(8 + shift)
        self.range = 255
        self.shift = 0

    def put(self, bit: int, prob: int) -> None:
        """``bit`` (0/1) where ``prob``/256 (1..255) is the chance of a 0."""
        split = 1 + (((self.range - 1) * prob) >> 8)
        if bit:
            self.low += split
            self.range -= split
        else:
            self.range = split
        while self.range < 128:
            self.range <<= 1
            self.low <<= 1
            self.shift += 1

    def put_exp_golomb(self, n: int) -> None:
        """``n`` ≥ 0 in Exp-Golomb order 0, every bit at probability 128 (one bit each)."""
        m = n + 1
        length = m.bit_length()
        for _ in range(length - 1):
            self.put(0, 128)
        for i in range(length - 1, -1, -1):
            self.put((m >> i) & 1, 128)

    def finish(self) -> bytes:
        return _shortest(self.low, self.range, self.shift)


def _shortest(low: int, range_: int, shift: int) -> bytes:
    """The shortest byte string (≥ 1 byte) whose value c, as c / 2^(8·len), lies in
    [low, low + range) / 2^(8 + shift); the smallest such c."""
    n = 8 + shift
    nbytes = 1
    while True:
        b = 8 * nbytes
        if b >= n:
            return (low << (b - n)).to_bytes(nbytes, "big")
        c = -((-low) >> (n - b))  # ceil(low / 2^(n − b))
        if c << (n - b) < low + range_:
            return c.to_bytes(nbytes, "big")
        nbytes += 1


class BoolDecoder:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 2
        self._value = int.from_bytes(data[:2].ljust(2, b"\0"), "big")
        self._range = 255
        self._count = 0
        self._low = 0  # the encoder's interval, followed along for ``canonical``
        self._shift = 0
        if self._value >= 255 << 8:  # keeps value < range · 256 for every later decision
            raise BoolError("the coded motion starts outside the coder's range")

    def get(self, prob: int) -> int:
        split = 1 + (((self._range - 1) * prob) >> 8)
        big = split << 8
        if self._value >= big:
            bit = 1
            self._low += split
            self._range -= split
            self._value -= big
        else:
            bit = 0
            self._range = split
        while self._range < 128:
            self._value <<= 1
            self._range <<= 1
            self._low <<= 1
            self._shift += 1
            self._count += 1
            if self._count == 8:
                self._count = 0
                if self._pos < len(self._data):
                    self._value |= self._data[self._pos]
                self._pos += 1
        return bit

    def canonical(self) -> bool:
        """Whether the bytes are exactly what an encoder makes of the decisions read so far."""
        return _shortest(self._low, self._range, self._shift) == self._data

    def get_exp_golomb(self, max_prefix: int) -> int:
        """Exp-Golomb order 0 at probability 128; ``BoolError`` past ``max_prefix`` zeros."""
        zeros = 0
        while not self.get(128):
            zeros += 1
            if zeros > max_prefix:
                raise BoolError("an Exp-Golomb code in the coded motion is too long")
        m = 1
        for _ in range(zeros):
            m = (m << 1) | self.get(128)
        return m - 1
