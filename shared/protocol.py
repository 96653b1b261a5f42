"""The wire protocol, version 1 (byte format: shared/PROTOCOL.md). Sans-I/O: bytes in, packets out.

``encode(packet) -> bytes`` and ``decode(bytes) -> packet``. ``decode`` raises ``ProtocolError``
and nothing else for any input, so a receiver can count and drop whatever a peer sends. Packet
constructors validate their fields (also ``ProtocolError``), so a packet that exists encodes.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import IntEnum

import msgpack
from photocall.shared.motion import MotionFrame
from photocall.shared.quantize import FrameError, decode_frame, encode_frame
from photocall.shared.wrap import SequenceUnwrapper, unwrap  # noqa: F401  (part of the API)

PROTOCOL_VERSION = 1
MAX_PACKET_BYTES = 65536
"""One aiortc data-channel message; larger input is refused before parsing."""
MAX_PHOTO_BYTES = 2 * 1024 * 1024
MAX_CHUNK_BYTES = 60_000
MAX_CHUNKS = 36  # 36 × 60,000 ≥ 2 MiB
MAX_OPUS_BYTES = 4000  # one Opus packet: 60 ms at Opus's 510 kbit/s ceiling is 3,825 bytes
MAX_MOTION_FRAMES = 16
MAX_NAME_BYTES = 64
MAX_CAPABILITIES = 16
MAX_CAPABILITY_BYTES = 32
MAX_CODE_BYTES = 32
MAX_TEXT_BYTES = 512
SEQ_MODULUS = 1 << 16
TIMESTAMP_MODULUS = 1 << 32
MAX_CLOCK = (1 << 63) - 1


class ProtocolError(ValueError):
    """Bytes or a packet that do not follow the protocol; the message says what is wrong."""


class Kind(IntEnum):
    MEDIA = 1
    HELLO = 2
    PHOTO = 3
    CLOCK = 4
    NOTICE = 5
    BYE = 6


_WIRE_TYPES = {bool: "bool", int: "int", float: "float", str: "str", bytes: "bin", tuple: "array",
               list: "array", dict: "map", type(None): "nil"}  # fmt: skip


def _got(value: object) -> str:
    """The msgpack name of a value's type, for messages about what a peer sent."""
    return _WIRE_TYPES.get(type(value), type(value).__name__)


def _uint(name: str, value: object, limit: int) -> int:
    """``value`` as an int in [0, limit]; bools and floats are not integers here."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProtocolError(f"{name} must be an integer, got {_got(value)}")
    if not 0 <= value <= limit:
        raise ProtocolError(f"{name}={value} is outside 0..{limit}")
    return value


def _bytes(name: str, value: object, limit: int) -> bytes:
    if not isinstance(value, (bytes, bytearray, memoryview)):
        raise ProtocolError(f"{name} must be bytes (msgpack bin), got {_got(value)}")
    value = bytes(value)
    if len(value) > limit:
        raise ProtocolError(f"{name} is {len(value)} bytes; the limit is {limit}")
    return value


def _text(name: str, value: object, limit: int) -> str:
    if not isinstance(value, str):
        raise ProtocolError(f"{name} must be a string (msgpack str), got {_got(value)}")
    try:
        size = len(value.encode("utf-8"))
    except UnicodeEncodeError:
        raise ProtocolError(f"{name} is not encodable as UTF-8") from None
    if size > limit:
        raise ProtocolError(f"{name} is {size} bytes of UTF-8; the limit is {limit}")
    return value


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)  # normalizing a field of a frozen dataclass


def _signed_offset(timestamp: int, reference: int) -> int:
    """``timestamp - reference`` on the 32-bit wrapping clock, in [-2**31, 2**31)."""
    return (timestamp - reference + (1 << 31)) % TIMESTAMP_MODULUS - (1 << 31)


@dataclass(frozen=True)
class MediaPacket:
    """One Opus packet and the motion frames that fall in it ("media" channel).

    seq: 0..65535, +1 per packet, wraps. timestamp: 0..2**32-1, the sender's 48 kHz sample index
    of the packet's first audio sample, wraps. opus: one Opus packet (20, 40 or 60 ms), or empty
    for no audio. motion: frames with ABSOLUTE timestamps within ±32767 samples of ``timestamp``
    (mod 2**32); on the wire each is stored as an int16 offset.
    """

    seq: int
    timestamp: int
    opus: bytes
    motion: tuple[MotionFrame, ...] = ()

    def __post_init__(self) -> None:
        _uint("seq", self.seq, SEQ_MODULUS - 1)
        _uint("timestamp", self.timestamp, TIMESTAMP_MODULUS - 1)
        _set(self, "opus", _bytes("opus", self.opus, MAX_OPUS_BYTES))
        if not isinstance(self.motion, (tuple, list)):
            raise ProtocolError(f"motion must be a tuple of MotionFrame, got {_got(self.motion)}")
        if len(self.motion) > MAX_MOTION_FRAMES:
            raise ProtocolError(f"{len(self.motion)} motion frames; the limit is 16 a packet")
        for frame in self.motion:
            if not isinstance(frame, MotionFrame):
                raise ProtocolError(f"motion must hold MotionFrame, got {type(frame).__name__}")
            if not -32768 <= self.offset(frame) <= 32767:
                raise ProtocolError(
                    f"motion frame at {frame.timestamp} is {self.offset(frame)} samples from the"
                    f" packet's timestamp {self.timestamp}; the limit is ±32767"
                )
        _set(self, "motion", tuple(self.motion))

    def offset(self, frame: MotionFrame) -> int:
        """Samples from this packet's timestamp to ``frame``'s, across a 32-bit wrap."""
        return _signed_offset(frame.timestamp, self.timestamp)

    def unwrapped_motion(self, timestamp: int) -> tuple[MotionFrame, ...]:
        """The motion frames re-timed onto ``timestamp``, this packet's unwrapped timestamp.

        Raises ``ProtocolError`` if a frame would land before sample 0.
        """
        frames = []
        for frame in self.motion:
            at = timestamp + self.offset(frame)
            if at < 0:
                raise ProtocolError(f"motion frame lands at sample {at}, before the stream start")
            frames.append(MotionFrame(at, frame.weights, frame.pose))
        return tuple(frames)


@dataclass(frozen=True)
class Hello:
    """First message on "control": who I am and what I can do (``"opus"``, ``"motion-v1"`` …)."""

    name: str
    capabilities: tuple[str, ...]

    def __post_init__(self) -> None:
        _text("name", self.name, MAX_NAME_BYTES)
        if not isinstance(self.capabilities, (tuple, list)):
            raise ProtocolError("capabilities must be an array of strings")
        if len(self.capabilities) > MAX_CAPABILITIES:
            raise ProtocolError(f"{len(self.capabilities)} capabilities; the limit is 16")
        for cap in self.capabilities:
            _text("capability", cap, MAX_CAPABILITY_BYTES)
        _set(self, "capabilities", tuple(self.capabilities))


@dataclass(frozen=True)
class PhotoChunk:
    """Chunk ``index`` of ``count`` of the sender's reference photo ``photo_id``."""

    photo_id: int
    index: int
    count: int
    data: bytes

    def __post_init__(self) -> None:
        _uint("photo_id", self.photo_id, TIMESTAMP_MODULUS - 1)
        if _uint("count", self.count, MAX_CHUNKS) == 0:
            raise ProtocolError("photo chunk count is 0")
        if _uint("index", self.index, MAX_CHUNKS) >= self.count:
            raise ProtocolError(f"photo chunk index {self.index} is not below count {self.count}")
        _set(self, "data", _bytes("photo chunk data", self.data, MAX_CHUNK_BYTES))
        if not self.data:
            raise ProtocolError("photo chunk data is empty")


@dataclass(frozen=True)
class ClockSync:
    """The sender's ``time.monotonic_ns()`` when it captured sample index ``sample`` (unwrapped)."""

    sample: int
    monotonic_ns: int

    def __post_init__(self) -> None:
        _uint("sample", self.sample, MAX_CLOCK)
        _uint("monotonic_ns", self.monotonic_ns, MAX_CLOCK)


@dataclass(frozen=True)
class Notice:
    """Something the peer should know (``"photo-rejected"``, ``"photo-too-large"`` …)."""

    code: str
    message: str

    def __post_init__(self) -> None:
        _text("code", self.code, MAX_CODE_BYTES)
        _text("message", self.message, MAX_TEXT_BYTES)


@dataclass(frozen=True)
class Bye:
    """The peer is leaving."""

    reason: str = ""

    def __post_init__(self) -> None:
        _text("reason", self.reason, MAX_TEXT_BYTES)


Packet = MediaPacket | Hello | PhotoChunk | ClockSync | Notice | Bye

_HEADER = {cls: (PROTOCOL_VERSION << 4) | kind for cls, kind in [
    (MediaPacket, Kind.MEDIA), (Hello, Kind.HELLO), (PhotoChunk, Kind.PHOTO),
    (ClockSync, Kind.CLOCK), (Notice, Kind.NOTICE), (Bye, Kind.BYE),
]}  # fmt: skip
_FIELDS = {Hello: 2, PhotoChunk: 4, ClockSync: 2, Notice: 2, Bye: 1}
_CLASS = {kind: cls for cls, kind in ((c, h & 0x0F) for c, h in _HEADER.items())}
_U16 = struct.Struct(">BH")
_U32 = struct.Struct(">BI")


def _bin(data: bytes) -> bytes:
    return msgpack.packb(data, use_bin_type=True)


def encode(packet: Packet) -> bytes:
    """The bytes of ``packet`` (``ProtocolError`` if it is not a packet or would exceed 64 KiB)."""
    header = _HEADER.get(type(packet))
    if header is None:
        raise ProtocolError(f"not a packet: {type(packet).__name__}")
    if isinstance(packet, MediaPacket):
        # Assembled by hand: seq and timestamp are always uint16/uint32 (0xcd/0xce) so the size
        # of a media packet does not depend on their values.
        parts = [
            msgpack.Packer().pack_array_header(4 + len(packet.motion)),
            bytes([header]),
            _U16.pack(0xCD, packet.seq),
            _U32.pack(0xCE, packet.timestamp),
            _bin(packet.opus),
        ]
        for frame in packet.motion:
            parts.append(_bin(encode_frame(frame, packet.offset(frame))))
        data = b"".join(parts)
    else:
        fields = [getattr(packet, name) for name in packet.__dataclass_fields__]
        data = msgpack.packb([header, *fields], use_bin_type=True)
    if len(data) > MAX_PACKET_BYTES:
        raise ProtocolError(f"encoded packet is {len(data)} bytes; the limit is {MAX_PACKET_BYTES}")
    return data


def decode(data: bytes) -> Packet:
    """The packet in ``data``. Raises ``ProtocolError`` (only) for anything not a valid packet."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ProtocolError(f"expected bytes, got {type(data).__name__}")
    size = data.nbytes if isinstance(data, memoryview) else len(data)
    if size > MAX_PACKET_BYTES:
        raise ProtocolError(f"packet is {size} bytes; the limit is {MAX_PACKET_BYTES}")
    if size == 0:
        raise ProtocolError("empty packet")
    try:
        # Limits bound what hostile input can make us allocate; maps and ext types are refused.
        obj = msgpack.unpackb(
            data, use_list=False, raw=False, max_bin_len=MAX_PACKET_BYTES,
            max_str_len=MAX_TEXT_BYTES, max_array_len=4 + MAX_MOTION_FRAMES,
            max_map_len=0, max_ext_len=0,
        )  # fmt: skip
    except msgpack.ExtraData:
        raise ProtocolError("trailing bytes after the packet's msgpack array") from None
    except (ValueError, msgpack.UnpackException) as exc:
        raise ProtocolError(
            f"malformed or truncated msgpack: {exc or type(exc).__name__}"
        ) from None
    if not isinstance(obj, tuple) or not obj:
        raise ProtocolError(f"a packet is a non-empty msgpack array, got {_got(obj)}")
    header = _uint("header", obj[0], 255)
    if header >> 4 != PROTOCOL_VERSION:
        raise ProtocolError(
            f"protocol version {header >> 4} is not supported (this peer speaks {PROTOCOL_VERSION})"
        )
    cls = _CLASS.get(header & 0x0F)
    if cls is None:
        raise ProtocolError(f"unknown packet kind {header & 0x0F}")
    fields = obj[1:]
    try:
        if cls is MediaPacket:
            return _decode_media(fields)
        if len(fields) != _FIELDS[cls]:
            raise ProtocolError(f"{cls.__name__} has {_FIELDS[cls]} fields, got {len(fields)}")
        return cls(*fields)
    except ProtocolError:
        raise
    except ValueError as exc:  # a frame that fails MotionFrame's own checks, say
        raise ProtocolError(f"invalid {cls.__name__}: {exc}") from None


def _decode_media(fields: tuple) -> MediaPacket:
    if len(fields) < 3:
        raise ProtocolError(f"MediaPacket has at least 3 fields, got {len(fields)}")
    seq, timestamp, opus, *frames = fields
    timestamp = _uint("timestamp", timestamp, TIMESTAMP_MODULUS - 1)
    motion = []
    for i, frame in enumerate(frames):
        try:
            motion.append(decode_frame(_bytes("motion frame", frame, MAX_PACKET_BYTES), timestamp))
        except FrameError as exc:
            raise ProtocolError(f"motion frame {i}: {exc}") from None
    return MediaPacket(seq, timestamp, opus, tuple(motion))


_MAGIC = ((b"\xff\xd8\xff", "jpeg"), (b"\x89PNG\r\n\x1a\n", "png"))


def photo_format(data: bytes) -> str | None:
    """``"jpeg"``, ``"png"`` or ``"webp"`` from the magic bytes, else None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def _check_photo(photo: bytes) -> None:
    if len(photo) > MAX_PHOTO_BYTES:
        raise ProtocolError(f"photo is {len(photo):,} bytes; the limit is 2 MiB")
    if photo_format(photo) is None:
        raise ProtocolError("photo is not a JPEG, PNG or WebP file")


def photo_chunks(photo: bytes, photo_id: int) -> list[PhotoChunk]:
    """``photo`` (JPEG, PNG or WebP, ≤ 2 MiB) cut into ≤ 60,000-byte chunks."""
    photo = bytes(photo)
    _check_photo(photo)
    count = -(-len(photo) // MAX_CHUNK_BYTES)
    return [
        PhotoChunk(photo_id, i, count, photo[i * MAX_CHUNK_BYTES : (i + 1) * MAX_CHUNK_BYTES])
        for i in range(count)
    ]


class PhotoAssembler:
    """Reassembles photos from chunks in any order; memory is bounded by ``max_pending``.

    A chunk for a new photo when ``max_pending`` photos are incomplete evicts the oldest one
    (counted in ``evicted``): a sender that starts another photo has given up on the earlier one.
    """

    def __init__(self, max_pending: int = 2) -> None:
        if max_pending < 1:
            raise ValueError("max_pending must be ≥ 1")
        self.max_pending = max_pending
        self.evicted = 0
        self._pending: dict[int, list[bytes | None]] = {}

    def add(self, chunk: PhotoChunk) -> bytes | None:
        """The whole photo when ``chunk`` completes it, else None; ``ProtocolError`` on a chunk
        inconsistent with earlier ones (the photo is then dropped) or a bad photo."""
        parts = self._pending.get(chunk.photo_id)
        if parts is None:
            if len(self._pending) >= self.max_pending:
                del self._pending[next(iter(self._pending))]
                self.evicted += 1
            parts = self._pending[chunk.photo_id] = [None] * chunk.count
        elif len(parts) != chunk.count:
            del self._pending[chunk.photo_id]
            raise ProtocolError(
                f"photo {chunk.photo_id}: chunk says {chunk.count} chunks, earlier ones said"
                f" {len(parts)}"
            )
        if parts[chunk.index] is not None:
            del self._pending[chunk.photo_id]
            raise ProtocolError(f"photo {chunk.photo_id}: chunk {chunk.index} arrived twice")
        parts[chunk.index] = chunk.data
        if any(part is None for part in parts):
            return None
        del self._pending[chunk.photo_id]
        photo = b"".join(parts)  # type: ignore[arg-type]
        _check_photo(photo)
        return photo

    @property
    def pending(self) -> int:
        """Photos started and not yet complete."""
        return len(self._pending)
