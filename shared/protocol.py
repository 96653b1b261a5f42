"""The wire protocol, version 1 (byte format: shared/PROTOCOL.md). Sans-I/O: bytes in, packets out.

``encode(packet) -> bytes`` and ``decode(bytes) -> packet``. ``decode`` raises ``ProtocolError``
and nothing else for any input, so a receiver can count and drop whatever a peer sends. This
module is the protocol's public face: the packet types (``packets.py``), photo transfer
(``photo.py``) and counter unwrapping (``wrap.py``) are re-exported here.
"""

from __future__ import annotations

import struct

import msgpack

from photocall.shared.packets import (
    MAX_CAPABILITIES,
    MAX_CAPABILITY_BYTES,
    MAX_CHUNK_BYTES,
    MAX_CHUNKS,
    MAX_CLOCK,
    MAX_CODE_BYTES,
    MAX_GRAPH_BYTES,
    MAX_GRAPH_CHUNKS,
    MAX_MOTION_FRAMES,
    MAX_NAME_BYTES,
    MAX_OPUS_BYTES,
    MAX_PACKET_BYTES,
    MAX_PHOTO_BYTES,
    MAX_TEXT_BYTES,
    MEDIA_V2_VERSION,
    PROTOCOL_VERSION,
    SEQ_MODULUS,
    SUPPORTED_VERSIONS,
    TIMESTAMP_MODULUS,
    Bye,
    ClockSync,
    GraphChunk,
    Hello,
    Kind,
    MediaPacket,
    MediaPacketV2,
    Notice,
    Packet,
    PhotoChunk,
    ProtocolError,
    check_bytes,
    check_uint,
    wire_type,
)
from photocall.shared.photo import PhotoAssembler, graph_chunks, photo_chunks, photo_format
from photocall.shared.quantize import FrameError, decode_frame, encode_frame
from photocall.shared.wrap import SEQ_BITS, TIMESTAMP_BITS, SequenceUnwrapper, unwrap

__all__ = [
    "MAX_CAPABILITIES",
    "MAX_CAPABILITY_BYTES",
    "MAX_CHUNKS",
    "MAX_CHUNK_BYTES",
    "MAX_CLOCK",
    "MAX_CODE_BYTES",
    "MAX_MOTION_FRAMES",
    "MAX_NAME_BYTES",
    "MAX_OPUS_BYTES",
    "MAX_PACKET_BYTES",
    "MAX_GRAPH_BYTES",
    "MAX_GRAPH_CHUNKS",
    "MAX_PHOTO_BYTES",
    "MAX_TEXT_BYTES",
    "MEDIA_V2_VERSION",
    "PROTOCOL_VERSION",
    "SEQ_BITS",
    "SEQ_MODULUS",
    "SUPPORTED_VERSIONS",
    "TIMESTAMP_BITS",
    "TIMESTAMP_MODULUS",
    "Bye",
    "ClockSync",
    "GraphChunk",
    "Hello",
    "Kind",
    "MediaPacket",
    "MediaPacketV2",
    "Notice",
    "Packet",
    "PhotoAssembler",
    "PhotoChunk",
    "ProtocolError",
    "SequenceUnwrapper",
    "decode",
    "encode",
    "motion_bytes",
    "negotiate",
    "graph_chunks",
    "photo_chunks",
    "photo_format",
    "unwrap",
    "version_capabilities",
]  # fmt: skip

_HEADER = {cls: (PROTOCOL_VERSION << 4) | kind for cls, kind in [
    (MediaPacket, Kind.MEDIA), (Hello, Kind.HELLO), (PhotoChunk, Kind.PHOTO),
    (ClockSync, Kind.CLOCK), (Notice, Kind.NOTICE), (Bye, Kind.BYE), (GraphChunk, Kind.GRAPH),
]}  # fmt: skip
_FIELDS = {Hello: 2, PhotoChunk: 4, ClockSync: 2, Notice: 2, Bye: 1, GraphChunk: 4}
_CLASS = {kind: cls for cls, kind in ((c, h & 0x0F) for c, h in _HEADER.items())}
_U16 = struct.Struct(">BH")
_U32 = struct.Struct(">BI")


def _bin(data: bytes) -> bytes:
    return msgpack.packb(data, use_bin_type=True)


def encode(packet: Packet) -> bytes:
    """The bytes of ``packet`` (``ProtocolError`` if it is not a packet or would exceed 64 KiB)."""
    if isinstance(packet, MediaPacketV2):
        data = b"".join([
            b"\x95", bytes([(MEDIA_V2_VERSION << 4) | Kind.MEDIA]),
            _U16.pack(0xCD, packet.seq), _U32.pack(0xCE, packet.timestamp),
            _bin(packet.opus), _bin(packet.motion),
        ])  # fmt: skip
        if len(data) > MAX_PACKET_BYTES:
            raise ProtocolError(f"encoded packet is {len(data)} bytes; the limit is 65536")
        return data
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
        raise ProtocolError(f"a packet is a non-empty msgpack array, got {wire_type(obj)}")
    header = check_uint("header", obj[0], 255)
    if header == (MEDIA_V2_VERSION << 4) | Kind.MEDIA:
        return _decode_media_v2(obj[1:])
    if header >> 4 == MEDIA_V2_VERSION:
        raise ProtocolError(f"protocol version 2 has media packets only, got kind {header & 0x0F}")
    if header >> 4 != PROTOCOL_VERSION:
        raise ProtocolError(
            f"protocol version {header >> 4} is not supported (this peer speaks"
            f" {', '.join(map(str, SUPPORTED_VERSIONS))})"
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
    timestamp = check_uint("timestamp", timestamp, TIMESTAMP_MODULUS - 1)
    motion = []
    for i, frame in enumerate(frames):
        try:
            motion.append(
                decode_frame(check_bytes("motion frame", frame, MAX_PACKET_BYTES), timestamp)
            )
        except FrameError as exc:
            raise ProtocolError(f"motion frame {i}: {exc}") from None
    return MediaPacket(seq, timestamp, opus, tuple(motion))


def _decode_media_v2(fields: tuple) -> MediaPacketV2:
    if len(fields) != 4:
        raise ProtocolError(f"MediaPacketV2 has 4 fields, got {len(fields)}")
    return MediaPacketV2(*fields)


# --- version negotiation (Hello capabilities, PROTOCOL.md) -------------------------------------

VERSION_PREFIX = "protocol-"


def version_capabilities(versions: tuple[int, ...] = SUPPORTED_VERSIONS) -> tuple[str, ...]:
    """The Hello capabilities that advertise ``versions`` (``"protocol-1"``, ``"protocol-2"``).
    A peer that advertises none speaks version 1 only (every peer before version 2)."""
    return tuple(f"{VERSION_PREFIX}{v}" for v in versions)


def peer_versions(capabilities: tuple[str, ...]) -> tuple[int, ...]:
    """The versions a peer's Hello advertises; (1,) when it names none."""
    found = []
    for cap in capabilities:
        number = cap[len(VERSION_PREFIX):]
        if cap.startswith(VERSION_PREFIX) and number.isdigit() and len(number) < 6:
            found.append(int(number))
    return tuple(sorted(set(found))) or (1,)


def negotiate(capabilities: tuple[str, ...], mine: tuple[int, ...] = SUPPORTED_VERSIONS) -> int:
    """The media version to send a peer whose Hello has ``capabilities``: the highest both speak.
    ``ProtocolError`` naming both sides' versions when none is shared."""
    theirs = peer_versions(capabilities)
    shared = set(theirs) & set(mine)
    if not shared:
        raise ProtocolError(
            f"no shared protocol version: the peer speaks {', '.join(map(str, theirs))};"
            f" this peer speaks {', '.join(map(str, mine))}"
        )
    return max(shared)


def motion_bytes(nbytes: int, opus: bytes) -> int:
    """Of a media packet of ``nbytes`` (either version) with this Opus packet, the bytes that
    carry motion: all but the array and packet headers, seq, timestamp and the Opus bin."""
    framing = 1 + 1 + 3 + 5 + len(_bin(opus))
    return max(0, nbytes - framing)
