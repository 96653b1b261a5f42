"""Unwrapping the wire's wrapping counters (16-bit seq, 32-bit timestamp) into plain ints.

Sans-I/O, like the rest of the protocol: values in, monotonic-on-average ints out. Re-exported by
``photocall.shared.protocol``.
"""

from __future__ import annotations

SEQ_BITS = 16
TIMESTAMP_BITS = 32


def unwrap(value: int, reference: int, bits: int) -> int:
    """The integer congruent to ``value`` mod ``2**bits`` that is nearest to ``reference``.

    A value exactly half a cycle away resolves forward. ``unwrap(2, 65534, 16) == 65538``;
    ``unwrap(65535, 70000, 16) == 65535``.
    """
    modulus = 1 << bits
    delta = (value - reference) % modulus
    if delta > modulus // 2:
        delta -= modulus
    return reference + delta


class SequenceUnwrapper:
    """Unwraps a stream of ``bits``-wide counters (reordering and loss tolerated).

    Each value is placed nearest the highest value seen so far, so a late packet from before a
    wrap lands below it rather than a whole cycle ahead. The first value is taken as it is, unless
    ``reference`` (an already unwrapped value, e.g. ``ClockSync.sample``) is given. Values from
    before the first one can unwrap to negative numbers.
    """

    def __init__(self, bits: int = SEQ_BITS, reference: int | None = None) -> None:
        if bits < 2:
            raise ValueError("bits must be ≥ 2")
        self.bits = bits
        self.highest = reference

    def unwrap(self, value: int) -> int:
        if self.highest is None:
            result = value % (1 << self.bits)
        else:
            result = unwrap(value, self.highest, self.bits)
        if self.highest is None or result > self.highest:
            self.highest = result
        return result
