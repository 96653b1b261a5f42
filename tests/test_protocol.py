import math
import random
import re
import struct

import msgpack
import numpy as np
import pytest
from hypothesis import given, settings

from photocall.shared import quantize
from photocall.shared.motion import (
    ARKIT_BLENDSHAPES,
    MAX_ANGLE,
    MAX_TRANSLATION,
    HeadPose,
    MotionFrame,
)
from photocall.shared.protocol import (
    MAX_PACKET_BYTES,
    MAX_PHOTO_BYTES,
    PROTOCOL_VERSION,
    Bye,
    ClockSync,
    GraphChunk,
    Hello,
    MediaPacket,
    Notice,
    PhotoAssembler,
    PhotoChunk,
    ProtocolError,
    SequenceUnwrapper,
    decode,
    encode,
    photo_chunks,
    unwrap,
)
from support.protocol_cases import (
    FIFTEEN,
    GOLDEN,
    GOLDEN_DIR,
    POSE_LEVELS,
    exact_frame,
    golden_bytes,
    media_packets,
    packets,
)

# --- golden bytes, both directions ------------------------------------------------------------


def test_golden_set_covers_every_packet_kind_and_every_file():
    assert {type(p) for p in GOLDEN.values()} == {
        MediaPacket,
        Hello,
        PhotoChunk,
        GraphChunk,
        ClockSync,
        Notice,
        Bye,
    }
    # not a packet: the landmarks' JPEG segment inside a photo (tests/test_photo_landmarks.py)
    not_packets = {"photo_landmarks_segment"}
    assert {p.stem for p in GOLDEN_DIR.glob("*.bin")} - not_packets == set(GOLDEN)


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden_encode(name):
    assert encode(GOLDEN[name]) == golden_bytes(name)


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden_decode(name):
    assert decode(golden_bytes(name)) == GOLDEN[name]


def test_golden_media_matches_the_spec_written_out_by_hand():
    """PROTOCOL.md's layout assembled with struct, independent of the encoder."""
    weights = bytes(FIFTEEN.values())
    mask = sum(1 << ARKIT_BLENDSHAPES.index(n) for n in FIFTEEN) | 1 << 52
    frame = struct.pack(">h", 480) + mask.to_bytes(7, "little") + weights
    frame += struct.pack(">6h", *POSE_LEVELS)
    expected = (
        bytes([0x95, (PROTOCOL_VERSION << 4) | 1])
        + b"\xcd\x12\x34"
        + b"\xce\x89\xab\xcd\xef"
        + b"\xc4\x3c" + bytes(range(60))
        + b"\xc4\x24" + frame
    )  # fmt: skip
    assert golden_bytes("media_frame15") == expected


def test_seq_and_timestamp_are_fixed_width():
    small = encode(MediaPacket(0, 0, b""))
    large = encode(MediaPacket(65535, 2**32 - 1, b""))
    assert small == b"\x94\x11\xcd\x00\x00\xce\x00\x00\x00\x00\xc4\x00"
    assert len(small) == len(large) == 12


def test_decoder_accepts_any_integer_encoding():
    compact = msgpack.packb([0x11, 5, 7, b""], use_bin_type=True)
    assert decode(compact) == MediaPacket(5, 7, b"")


# --- sizes ------------------------------------------------------------------------------------


def _fifteen_weights_and_pose(rng: np.random.Generator, timestamp: int) -> MotionFrame:
    weights = np.zeros(52, np.float32)
    weights[rng.choice(52, 15, replace=False)] = rng.uniform(1 / 255, 1, 15)
    pose = HeadPose(*rng.uniform(-1, 1, 3) * MAX_ANGLE, *rng.uniform(-1, 1, 3) * MAX_TRANSLATION)
    return MotionFrame(timestamp, weights, pose)


def test_size_claims():
    rng = np.random.default_rng(1)
    for _ in range(50):
        frame = _fifteen_weights_and_pose(rng, 960)
        body = quantize.encode_frame(frame, 0)
        assert len(body) == 36
        assert len(msgpack.packb(body)) == 38  # ≤ 40, the bound
        packet = MediaPacket(int(rng.integers(65536)), 0, bytes(60), (frame,))
        assert len(encode(packet)) == 110
    assert len(quantize.encode_frame(MotionFrame(0), 0)) == 9
    assert len(encode(MediaPacket(1, 2, b"", (MotionFrame(2),)))) == 23
    assert len(encode(MediaPacket(1, 2, bytes(60)))) == 72


def test_payload_of_one_second_at_50_packets_and_25_fps():
    """PROTOCOL.md's budget line: 20 ms packets, 60-byte Opus, a frame in every other packet."""
    rng = np.random.default_rng(3)
    total = 0
    for k in range(50):
        ts = k * 960
        motion = (_fifteen_weights_and_pose(rng, ts),) if k % 2 == 0 else ()
        total += len(encode(MediaPacket(k, ts, bytes(60), motion)))
    assert total == 25 * 72 + 25 * 110 == 4550  # 36.4 kbit/s before SCTP/DTLS/UDP/IP


# --- quantization -----------------------------------------------------------------------------


def test_quantization_error_within_documented_bounds():
    rng = np.random.default_rng(2)
    worst = np.zeros(3)
    for _ in range(2000):
        weights = rng.uniform(0, 1, 52).astype(np.float32)
        weights[rng.random(52) < 0.5] = 0
        pose = HeadPose(
            *rng.uniform(-1, 1, 3) * MAX_ANGLE, *rng.uniform(-1, 1, 3) * MAX_TRANSLATION
        )
        sent = MotionFrame(int(rng.integers(2**32)), weights, pose)
        (got,) = decode(encode(MediaPacket(0, sent.timestamp, b"", (sent,)))).motion
        assert got.timestamp == sent.timestamp
        assert got == quantize.quantized(sent)
        pose_err = np.abs(_pose64(got.pose) - _pose64(sent.pose))
        errors = (
            np.abs(got.weights.astype(np.float64) - sent.weights).max(),
            pose_err[:3].max(),
            pose_err[3:].max(),
        )
        worst = np.maximum(worst, errors)
    assert worst[0] <= quantize.WEIGHT_ERROR_BOUND + quantize.FLOAT32_SLACK
    assert worst[1] <= quantize.ANGLE_ERROR_BOUND * (1 + 1e-9)
    assert worst[2] <= quantize.TRANSLATION_ERROR_BOUND * (1 + 1e-9)
    # The bounds are tight: random values get close to them.
    assert worst[0] > 0.9 * quantize.WEIGHT_ERROR_BOUND
    assert worst[1] > 0.9 * quantize.ANGLE_ERROR_BOUND
    assert math.isclose(quantize.WEIGHT_ERROR_BOUND, 1 / 510)
    assert quantize.ANGLE_ERROR_BOUND < 2.5e-5 and quantize.TRANSLATION_ERROR_BOUND < 3.1e-5


def _pose64(pose: HeadPose) -> np.ndarray:
    return np.array([pose.pitch, pose.yaw, pose.roll, pose.x, pose.y, pose.z])


def test_sparse_weights_and_neutral_pose_are_not_sent():
    tiny = MotionFrame.from_named(0, {"jawOpen": 0.0019, "mouthClose": 0.002})
    body = quantize.encode_frame(tiny, 0)
    assert len(body) == 10  # only mouthClose (rounds to 1/255); no pose
    assert int.from_bytes(body[2:9], "little") == 1 << ARKIT_BLENDSHAPES.index("mouthClose")
    near_zero_pose = MotionFrame(0, pose=HeadPose(yaw=1e-6))
    assert len(quantize.encode_frame(near_zero_pose, 0)) == 9


def test_rounding_is_half_away_from_zero():
    assert quantize.quantize_pose(HeadPose(x=-2.5 / 32767 * 2, y=2.5 / 32767 * 2))[3:5] == (-3, 3)
    assert quantize.quantize_weights(np.array([0.5 / 255, 1.5 / 255]))[:2].tolist() == [1, 2]


@settings(max_examples=300, deadline=None)
@given(packets)
def test_round_trip(packet):
    data = encode(packet)
    assert len(data) <= MAX_PACKET_BYTES
    got = decode(data)
    if isinstance(packet, MediaPacket):
        packet = MediaPacket(
            packet.seq, packet.timestamp, packet.opus,
            tuple(quantize.quantized(f) for f in packet.motion),
        )  # fmt: skip
    assert got == packet
    assert encode(got) == data  # a decoded packet re-encodes to the same bytes


# --- bad input: ProtocolError with a message that says what is wrong ------------------------

M = MediaPacket(1, 1000, b"op", (exact_frame(1000, {"jawOpen": 9}, (1, 2, 3, 4, 5, 6)),))
FRAME = quantize.encode_frame(M.motion[0], 0)


def _pack(*fields) -> bytes:
    return msgpack.packb(list(fields), use_bin_type=True)


def _frame_bytes(mask: int, tail: bytes = b"") -> bytes:
    return b"\x00\x00" + mask.to_bytes(7, "little") + tail


BAD = [
    (b"", "empty packet"),
    (b"\x00" * (MAX_PACKET_BYTES + 1), "65537 bytes; the limit is 65536"),
    ("not bytes", "expected bytes, got str"),
    (None, "expected bytes, got NoneType"),
    (encode(M)[:-1], "truncated"),
    (encode(M) + b"\x00", "trailing bytes"),
    (b"\xc1", "malformed"),
    (msgpack.packb({"a": 1}), "malformed"),
    (_pack(0x11, {}, 1, b""), "seq must be an integer, got map"),
    (msgpack.packb(msgpack.ExtType(1, b"x")), "malformed"),
    (_pack(), "non-empty msgpack array"),
    (msgpack.packb(17), "non-empty msgpack array, got int"),
    (_pack(0x31, 1, 1, b""), "protocol version 3 is not supported"),
    (_pack(0x21, 1, 1, b""), "MediaPacketV2 has 4 fields, got 3"),
    (_pack(0x22, "x", []), "protocol version 2 has media packets only"),
    (_pack(0x01, 1, 1, b""), "protocol version 0 is not supported"),
    (_pack(0x18, 1), "unknown packet kind 8"),
    (_pack(0x17, 1, 0, 0, b"x"), "graph chunk count is 0"),
    (_pack(0x10, 1), "unknown packet kind 0"),
    (_pack(256, 1), "header=256 is outside"),
    (_pack(-1, 1), "header=-1 is outside"),
    (_pack(17.0, 1, 1, b""), "header must be an integer, got float"),
    (_pack(0x11, float("nan"), 1, b""), "seq must be an integer, got float"),
    (_pack(0x11, True, 1, b""), "seq must be an integer, got bool"),
    (_pack(0x11, None, 1, b""), "seq must be an integer, got nil"),
    (_pack(0x11, 65536, 1, b""), "seq=65536 is outside 0..65535"),
    (_pack(0x11, 1, 2**32, b""), "timestamp=4294967296 is outside"),
    (_pack(0x11, 1, -1, b""), "timestamp=-1 is outside"),
    (_pack(0x11, 1, 1, "opus"), "opus must be bytes (msgpack bin), got str"),
    (_pack(0x11, 1, 1, bytes(4001)), "opus is 4001 bytes; the limit is 4000"),
    (_pack(0x11, 1, 1), "at least 3 fields, got 2"),
    (_pack(0x11, 1, 1, b"", *[FRAME] * 17), "malformed"),  # 21 elements > the array limit
    (_pack(0x11, 1, 1, b"", 5), "motion frame must be bytes"),
    (_pack(0x11, 1, 1, b"", b"\x00" * 8), "shorter than its 9-byte header"),
    (_pack(0x11, 1, 1, b"", _frame_bytes(1 << 53)), "reserved bits 53..55"),
    (_pack(0x11, 1, 1, b"", _frame_bytes(1 << 55)), "reserved bits 53..55"),
    (_pack(0x11, 1, 1, b"", _frame_bytes(0b101, b"\x01")), "is 10 bytes; its mask says 11"),
    (_pack(0x11, 1, 1, b"", FRAME + b"\x00"), "mask says"),
    (_pack(0x11, 1, 1, b"", _frame_bytes(1 << 52, b"\x80\x00" + bytes(10))), "-32768"),
    (_pack(0x12, "x" * 65, ()), "name is 65 bytes"),
    (_pack(0x12, "x", ["c"] * 17), "17 capabilities"),
    (_pack(0x12, "x", ["c" * 33]), "capability is 33 bytes"),
    (_pack(0x12, "x", [1]), "capability must be a string"),
    (_pack(0x12, "x", "opus"), "capabilities must be an array"),
    (_pack(0x12, b"x", []), "name must be a string"),
    (b"\x93\x12\xa2\xff\xfe\x90", "malformed"),  # invalid UTF-8
    (_pack(0x12, "x"), "Hello has 2 fields, got 1"),
    (_pack(0x12, "x", [], 1), "Hello has 2 fields, got 3"),
    (_pack(0x13, 1, 2, 2, b"x"), "index 2 is not below count 2"),
    (_pack(0x13, 1, 0, 0, b"x"), "count is 0"),
    (_pack(0x13, 1, 0, 37, b"x"), "count=37 is outside 0..36"),
    (_pack(0x13, 2**32, 0, 1, b"x"), "photo_id=4294967296"),
    (_pack(0x13, 1, 0, 1, b""), "data is empty"),
    (_pack(0x13, 1, 0, 1, bytes(60_001)), "60001 bytes; the limit is 60000"),
    (_pack(0x14, 2**63, 0), "sample=9223372036854775808 is outside"),
    (_pack(0x14, 0, -5), "monotonic_ns=-5"),
    (_pack(0x15, "c" * 33, ""), "code is 33 bytes"),
    (_pack(0x15, "c", "m" * 513), "malformed"),  # str over 512 bytes: refused by the unpacker
    (_pack(0x16), "Bye has 1 fields, got 0"),
    (_pack(0x16, 3), "reason must be a string (msgpack str), got int"),
    (_pack(0x16, [["nested"]]), "reason must be a string (msgpack str), got array"),
    (b"\x91" * 5000 + b"\x11", "malformed"),  # deep nesting
]


@pytest.mark.parametrize(("data", "message"), BAD, ids=[m for _, m in BAD])
def test_bad_input_raises_protocol_error_saying_why(data, message):
    with pytest.raises(ProtocolError, match=re.escape(message)):
        decode(data)


def test_decode_accepts_bytearray_and_memoryview():
    data = golden_bytes("media_frame15")
    assert decode(bytearray(data)) == decode(memoryview(data)) == GOLDEN["media_frame15"]


@pytest.mark.parametrize(
    "make",
    [
        lambda: MediaPacket(65536, 0, b""),
        lambda: MediaPacket(0, 0, b"", (MotionFrame(40000),)),
        lambda: MediaPacket(0, 0, b"", (MotionFrame(0),) * 17),
        lambda: MediaPacket(0, 0, b"", ("frame",)),
        lambda: Hello("a" * 65, ()),
        lambda: Hello("\ud800", ()),
        lambda: PhotoChunk(0, 0, 1, b""),
        lambda: GraphChunk(0, 0, 1050, b"x"),
        lambda: GraphChunk(0, 1, 1, b"x"),
        lambda: ClockSync(-1, 0),
        lambda: Notice("x", 5),
    ],
)
def test_invalid_packets_cannot_be_built(make):
    with pytest.raises(ProtocolError):
        make()


def test_encode_refuses_non_packets():
    with pytest.raises(ProtocolError, match="not a packet"):
        encode({"seq": 1})


def test_motion_offsets_wrap_with_the_timestamp():
    packet = GOLDEN["media_wrap_two_frames"]
    assert [packet.offset(f) for f in packet.motion] == [-960, 380]
    unwrapped = packet.unwrapped_motion(2**32 - 100 + 2**32)
    assert [f.timestamp for f in unwrapped] == [2**33 - 1060, 2**33 + 280]
    with pytest.raises(ProtocolError, match="before the stream start"):
        packet.unwrapped_motion(500)


@settings(max_examples=50, deadline=None)
@given(media_packets())
def test_media_frame_timestamps_survive_the_wire(packet):
    got = decode(encode(packet))
    assert [f.timestamp for f in got.motion] == [f.timestamp for f in packet.motion]


# --- photos -----------------------------------------------------------------------------------

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 700  # 179,204 bytes: 22 full chunks + 1


def test_photo_chunks_and_reassembly_in_any_order():
    chunks = photo_chunks(JPEG, photo_id=9)
    assert [len(c.data) for c in chunks] == [8_000] * 22 + [3_204]
    assert {c.count for c in chunks} == {23}
    assert all(len(encode(c)) <= MAX_PACKET_BYTES for c in chunks)
    random.Random(0).shuffle(chunks)
    assembler = PhotoAssembler()
    results = [assembler.add(decode(encode(c))) for c in chunks]
    assert results[:-1] == [None] * 22 and results[-1] == JPEG
    assert assembler.pending == 0


def test_largest_photo_fits_36_chunks_and_larger_is_refused():
    png = b"\x89PNG\r\n\x1a\n" + bytes(MAX_PHOTO_BYTES - 8)
    chunks = photo_chunks(png, 1)
    assert len(chunks) == 36 and max(len(c.data) for c in chunks) <= 60_000
    assembler = PhotoAssembler()
    assert [assembler.add(c) for c in chunks][-1] == png
    with pytest.raises(ProtocolError, match="2,097,153 bytes; the limit is 2 MiB"):
        photo_chunks(png + b"\x00", 1)
    webp = b"RIFF\x00\x00\x00\x00WEBPVP8 "
    assert photo_chunks(webp, 2)[0].data == webp
    with pytest.raises(ProtocolError, match="not a JPEG, PNG or WebP"):
        photo_chunks(b"GIF89a....", 3)
    with pytest.raises(ProtocolError, match="not a JPEG, PNG or WebP"):
        photo_chunks(b"", 3)


def test_assembler_rejects_inconsistent_chunks_and_bounds_pending_photos():
    assembler = PhotoAssembler(max_pending=2)
    assembler.add(PhotoChunk(1, 0, 3, b"\xff\xd8\xff"))
    with pytest.raises(ProtocolError, match="chunk 0 arrived twice"):
        assembler.add(PhotoChunk(1, 0, 3, b"\xff\xd8\xff"))
    assert assembler.pending == 0  # the broken photo was dropped
    assembler.add(PhotoChunk(2, 0, 3, b"\xff\xd8\xff"))
    with pytest.raises(ProtocolError, match="chunk says 4 chunks, earlier ones said 3"):
        assembler.add(PhotoChunk(2, 1, 4, b"x"))
    for photo_id in range(10, 20):
        assembler.add(PhotoChunk(photo_id, 0, 2, b"\xff\xd8\xff"))
    assert assembler.pending == 2 and assembler.evicted == 8
    assert assembler.add(PhotoChunk(19, 1, 2, b"\xd9")) == b"\xff\xd8\xff\xd9"
    with pytest.raises(ProtocolError, match="not a JPEG"):
        assembler.add(PhotoChunk(30, 0, 1, b"GIF89a"))


# --- unwrapping -------------------------------------------------------------------------------


def test_unwrap_picks_the_nearest_value():
    assert unwrap(2, 65534, 16) == 65538
    assert unwrap(65535, 70000, 16) == 65535
    assert unwrap(5, 0, 16) == 5
    assert unwrap(65535, 0, 16) == -1
    assert unwrap(32768, 0, 16) == 32768  # half a cycle resolves forward
    assert unwrap(100, 2**32 - 50, 32) == 2**32 + 100


def test_sequence_unwrapper_with_reordering_and_loss_across_wraps():
    truth = list(range(65000, 65536 * 3 + 500, 7))
    arrival = truth[:]
    for i in range(0, len(arrival) - 3, 10):  # swap neighbours: late packets
        arrival[i], arrival[i + 2] = arrival[i + 2], arrival[i]
    seq = SequenceUnwrapper(16)
    assert [seq.unwrap(v % 65536) for v in arrival] == arrival
    timestamps = SequenceUnwrapper(32, reference=2**32 - 960)
    assert [timestamps.unwrap(t % 2**32) for t in (2**32 - 960, 0, 960)] == [
        2**32 - 960,
        2**32,
        2**32 + 960,
    ]


def test_a_present_weight_of_zero_is_accepted_and_not_re_sent():
    jaw = 1 << ARKIT_BLENDSHAPES.index("jawOpen")
    data = _pack(0x11, 1, 1, b"", _frame_bytes(jaw, b"\x00"))
    (frame,) = decode(data).motion
    assert frame == MotionFrame(1)
    assert encode(decode(data)) == encode(MediaPacket(1, 1, b"", (MotionFrame(1),)))
