"""The packets of the wire protocol, version 1, as typed values (byte format: PROTOCOL.md).

Constructors validate every field and raise ``ProtocolError``, so a packet that exists encodes;
the codec (``protocol.py``) builds them from a peer's bytes and relies on those checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from photocall.shared.motion import MotionFrame

PROTOCOL_VERSION = 1
"""The version of every control packet and of ``MediaPacket``."""
MEDIA_V2_VERSION = 2
"""The version of ``MediaPacketV2`` (media only: control packets stay version 1)."""
SUPPORTED_VERSIONS = (1, 2)
"""Media protocol versions this implementation speaks (advertised in Hello, PROTOCOL.md)."""
MAX_PACKET_BYTES = 65536
"""One aiortc data-channel message; larger input is refused before parsing."""
MAX_PHOTO_BYTES = 2 * 1024 * 1024
MAX_CHUNK_BYTES = 60_000
MAX_CHUNKS = 36  # 36 × 60,000 ≥ 2 MiB
MAX_GRAPH_BYTES = 16 * 1024 * 1024  # a photo's gzipped render graph (about 3.4 MB at 256²)
GRAPH_CHUNK_BYTES = 16_000  # a render graph's chunks (the last one shorter)
MAX_GRAPH_CHUNKS = 1049  # 1049 × 16,000 ≥ 16 MiB
MAX_MOTION_BYTES = 8192
"""A v2 packet's coded motion (16 frames of every slot at its largest still fit in 5 KB)."""
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
    GRAPH = 7


_WIRE_TYPES = {bool: "bool", int: "int", float: "float", str: "str", bytes: "bin", tuple: "array",
               list: "array", dict: "map", type(None): "nil"}  # fmt: skip


def wire_type(value: object) -> str:
    """The msgpack name of a value's type, for messages about what a peer sent."""
    return _WIRE_TYPES.get(type(value), type(value).__name__)


def check_uint(name: str, value: object, limit: int) -> int:
    """``value`` as an int in [0, limit]; bools and floats are not integers here."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProtocolError(f"{name} must be an integer, got {wire_type(value)}")
    if not 0 <= value <= limit:
        raise ProtocolError(f"{name}={value} is outside 0..{limit}")
    return value


def check_bytes(name: str, value: object, limit: int) -> bytes:
    if not isinstance(value, (bytes, bytearray, memoryview)):
        raise ProtocolError(f"{name} must be bytes (msgpack bin), got {wire_type(value)}")
    value = bytes(value)
    if len(value) > limit:
        raise ProtocolError(f"{name} is {len(value)} bytes; the limit is {limit}")
    return value


def check_text(name: str, value: object, limit: int) -> str:
    if not isinstance(value, str):
        raise ProtocolError(f"{name} must be a string (msgpack str), got {wire_type(value)}")
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
        check_uint("seq", self.seq, SEQ_MODULUS - 1)
        check_uint("timestamp", self.timestamp, TIMESTAMP_MODULUS - 1)
        _set(self, "opus", check_bytes("opus", self.opus, MAX_OPUS_BYTES))
        if not isinstance(self.motion, (tuple, list)):
            raise ProtocolError(
                f"motion must be a tuple of MotionFrame, got {wire_type(self.motion)}"
            )
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
        check_text("name", self.name, MAX_NAME_BYTES)
        if not isinstance(self.capabilities, (tuple, list)):
            raise ProtocolError("capabilities must be an array of strings")
        if len(self.capabilities) > MAX_CAPABILITIES:
            raise ProtocolError(f"{len(self.capabilities)} capabilities; the limit is 16")
        for cap in self.capabilities:
            check_text("capability", cap, MAX_CAPABILITY_BYTES)
        _set(self, "capabilities", tuple(self.capabilities))


@dataclass(frozen=True)
class PhotoChunk:
    """Chunk ``index`` of ``count`` of the sender's reference photo ``photo_id``."""

    photo_id: int
    index: int
    count: int
    data: bytes

    def __post_init__(self) -> None:
        _check_chunk(self, "photo", MAX_CHUNKS)


@dataclass(frozen=True)
class GraphChunk:
    """Chunk ``index`` of ``count`` of the render graph of the sender's photo ``photo_id``: the
    gzipped ONNX frame graph a browser runs (receiver/render/web_graph.py), sent only to peers
    whose Hello lists ``render-graph``."""

    photo_id: int
    index: int
    count: int
    data: bytes

    def __post_init__(self) -> None:
        _check_chunk(self, "graph", MAX_GRAPH_CHUNKS)


def _check_chunk(chunk: PhotoChunk | GraphChunk, what: str, max_chunks: int) -> None:
    """The checks a photo or graph chunk shares: ids in range, index below count, data 1..max B."""
    check_uint("photo_id", chunk.photo_id, TIMESTAMP_MODULUS - 1)
    if check_uint("count", chunk.count, max_chunks) == 0:
        raise ProtocolError(f"{what} chunk count is 0")
    if check_uint("index", chunk.index, max_chunks) >= chunk.count:
        raise ProtocolError(f"{what} chunk index {chunk.index} is not below count {chunk.count}")
    _set(chunk, "data", check_bytes(f"{what} chunk data", chunk.data, MAX_CHUNK_BYTES))
    if not chunk.data:
        raise ProtocolError(f"{what} chunk data is empty")


@dataclass(frozen=True)
class ClockSync:
    """The sender's ``time.monotonic_ns()`` when it captured sample index ``sample`` (unwrapped)."""

    sample: int
    monotonic_ns: int

    def __post_init__(self) -> None:
        check_uint("sample", self.sample, MAX_CLOCK)
        check_uint("monotonic_ns", self.monotonic_ns, MAX_CLOCK)


@dataclass(frozen=True)
class Notice:
    """Something the peer should know (``"photo-rejected"``, ``"photo-too-large"`` …)."""

    code: str
    message: str

    def __post_init__(self) -> None:
        check_text("code", self.code, MAX_CODE_BYTES)
        check_text("message", self.message, MAX_TEXT_BYTES)


@dataclass(frozen=True)
class Bye:
    """The peer is leaving."""

    reason: str = ""

    def __post_init__(self) -> None:
        check_text("reason", self.reason, MAX_TEXT_BYTES)


@dataclass(frozen=True)
class MediaPacketV2:
    """Protocol v2's media packet: seq, timestamp and opus as in ``MediaPacket``; motion: the
    coded bytes of its frames (``shared/motion_codec.py``; they are predicted across packets, so
    only ``media_v2.MediaDecoderV2``, which holds the state, turns them into frames)."""

    seq: int
    timestamp: int
    opus: bytes
    motion: bytes = b""

    def __post_init__(self) -> None:
        check_uint("seq", self.seq, SEQ_MODULUS - 1)
        check_uint("timestamp", self.timestamp, TIMESTAMP_MODULUS - 1)
        _set(self, "opus", check_bytes("opus", self.opus, MAX_OPUS_BYTES))
        _set(self, "motion", check_bytes("motion", self.motion, MAX_MOTION_BYTES))


Packet = MediaPacket | MediaPacketV2 | Hello | PhotoChunk | GraphChunk | ClockSync | Notice | Bye
