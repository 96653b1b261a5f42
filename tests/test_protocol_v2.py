"""Protocol version 2: golden bytes both ways, the motion codec's error bound and loss recovery,
and version negotiation (shared/PROTOCOL.md, "Version 2")."""

import math

import msgpack
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from photocall.shared import motion_codec as mc
from photocall.shared.media_v2 import MediaDecoderV2, MediaEncoderV2
from photocall.shared.motion import NUM_BLENDSHAPES, HeadPose, MotionFrame
from photocall.shared.protocol import (
    Hello,
    MediaPacket,
    MediaPacketV2,
    ProtocolError,
    decode,
    encode,
    motion_bytes,
    negotiate,
    peer_versions,
    version_capabilities,
)
from support.protocol_cases import GOLDEN_DIR, golden_bytes
from support.protocol_cases_v2 import GOLDEN_V2, GOLDEN_V2_DIR, SLOTS, golden_v2_bytes

# --- golden bytes, both directions ------------------------------------------------------------


def test_golden_v2_files_match_the_cases_and_v1_files_stay_apart():
    assert {p.stem for p in GOLDEN_V2_DIR.glob("*.bin")} == set(GOLDEN_V2)
    assert not set(GOLDEN_V2) & {p.stem for p in GOLDEN_DIR.glob("*.bin")}


@pytest.mark.parametrize("name", sorted(GOLDEN_V2))
def test_golden_v2_encode(name):
    assert encode(GOLDEN_V2[name]) == golden_v2_bytes(name)


@pytest.mark.parametrize("name", sorted(GOLDEN_V2))
def test_golden_v2_decode(name):
    assert decode(golden_v2_bytes(name)) == GOLDEN_V2[name]


def _eg(n: int, k: int = 0) -> str:
    """Exp-Golomb order k as a bit string, written out from PROTOCOL.md."""
    m = n + (1 << k)
    return "0" * (m.bit_length() - 1 - k) + format(m, "b")


def test_golden_key_packet_matches_the_spec_written_out_by_hand():
    # frame count − 1, ref (0 = key), zigzag(dt = 0); then 5 non-zero slots in coding order:
    # pitch 100, yaw −37, x 5 (run 1: roll), jawOpen 64 (run 2: y, z), mouthSmileLeft 10 (run 2)
    bits = _eg(0) + _eg(0) + _eg(0) + _eg(5)
    for run, value in [(0, 100), (0, -37), (1, 5), (2, 64), (2, 10)]:
        bits += _eg(run) + _eg(abs(value) - 1, 3) + ("1" if value < 0 else "0")
    bits += "0" * (-len(bits) % 8)
    motion = int(bits, 2).to_bytes(len(bits) // 8, "big")
    expected = (bytes([0x95, 0x21, 0xCD, 0x12, 0x34, 0xCE, 0x89, 0xAB, 0xCD, 0xEF, 0xC4, 40])
                + bytes(range(40)) + bytes([0xC4, len(motion)]) + motion)  # fmt: skip
    assert golden_v2_bytes("media_v2_key") == expected


def _exact(timestamp: int, **levels: int) -> MotionFrame:
    """A frame on the v2 grid (weights q/128, angles q/512, translations q/256)."""
    w = np.zeros(NUM_BLENDSHAPES, np.float32)
    pose = [0.0] * 6
    for name, q in levels.items():
        i = SLOTS.index(name)
        if i < NUM_BLENDSHAPES:
            w[i] = q / 128
        else:
            pose[i - NUM_BLENDSHAPES] = q / mc.POSE_SCALES[i - NUM_BLENDSHAPES]
    return MotionFrame(timestamp, w, HeadPose(*pose))


def test_the_stateful_coder_makes_the_golden_packets_and_decodes_them_exactly():
    key = _exact(0x89ABCDEF, jawOpen=64, mouthSmileLeft=10, mouthSmileRight=10, pitch=100,
                 yaw=-37, x=5)
    nxt = _exact(0x89ABCDEF + 1920, jawOpen=67, mouthSmileLeft=9, mouthSmileRight=10, pitch=100,
                 yaw=-39, x=5)
    v1 = [MediaPacket(0x1234, 0x89ABCDEF, bytes(range(40)), (key,)),
          MediaPacket(0x1235, 0x89ABCDEF + 1920, bytes(range(40)), (nxt,))]
    encoder, decoder = MediaEncoderV2(), MediaDecoderV2()
    v2 = [encoder.encode(p) for p in v1]
    assert v2 == [GOLDEN_V2["media_v2_key"], GOLDEN_V2["media_v2_delta"]]
    assert [decoder.decode(decode(encode(p))) for p in v2] == v1


# --- the error bound -----------------------------------------------------------------------------

finite = {"allow_nan": False, "allow_infinity": False}


@st.composite
def frames(draw):
    w = draw(st.lists(st.floats(0, 1, **finite), min_size=52, max_size=52))
    angles = draw(st.lists(st.floats(-math.pi / 2, math.pi / 2, **finite), min_size=3, max_size=3))
    shifts = draw(st.lists(st.floats(-2, 2, **finite), min_size=3, max_size=3))
    return MotionFrame(0, np.array(w, np.float32), HeadPose(*angles, *shifts))


@settings(max_examples=200, deadline=None)
@given(st.lists(frames(), min_size=1, max_size=6))
def test_decoded_motion_is_within_the_documented_bound(seq):
    encoder, decoder = MediaEncoderV2(), MediaDecoderV2()
    for i, frame in enumerate(seq):
        frame = MotionFrame(i * 1920, frame.weights, frame.pose)
        packet = decoder.decode(decode(encode(encoder.encode(
            MediaPacket(i, i * 1920, b"", (frame,))))))  # fmt: skip
        (got,) = packet.motion
        assert got.timestamp == frame.timestamp
        assert np.abs(got.weights - frame.weights).max() <= mc.WEIGHT_ERROR_BOUND + 1e-7 < 1 / 255
        for name in ("pitch", "yaw", "roll"):
            err = abs(getattr(got.pose, name) - getattr(frame.pose, name))
            assert err <= mc.ANGLE_ERROR_BOUND + mc.FLOAT32_SLACK < 1e-3
        for name in ("x", "y", "z"):
            err = abs(getattr(got.pose, name) - getattr(frame.pose, name))
            assert err <= mc.TRANSLATION_ERROR_BOUND + mc.FLOAT32_SLACK


# --- loss and reordering -------------------------------------------------------------------------


def _speechy(n: int, frame_samples: int = 1920) -> list[MotionFrame]:
    rng = np.random.default_rng(3)
    out = []
    for k in range(n):
        w = np.zeros(NUM_BLENDSHAPES, np.float32)
        w[SLOTS.index("jawOpen")] = 0.3 + 0.3 * math.sin(k / 2)
        w[SLOTS.index("mouthSmileLeft")] = w[SLOTS.index("mouthSmileRight")] = rng.uniform(0, .2)
        pose = HeadPose(0.05 * math.sin(k / 9), 0.04 * math.cos(k / 7), 0.01, 0.01, -0.02, 0.0)
        out.append(MotionFrame(k * frame_samples, w, pose))
    return out


def _stream(packet_ms: int, seconds: float = 2.0) -> tuple[list[MediaPacket], list[bytes]]:
    samples = 48 * packet_ms
    motion = _speechy(int(seconds * 25))
    packets = []
    for seq in range(int(seconds * 1000 / packet_ms)):
        mine = tuple(f for f in motion if seq * samples <= f.timestamp < (seq + 1) * samples)
        packets.append(MediaPacket(seq, seq * samples, b"", mine))
    encoder = MediaEncoderV2()
    return packets, [encode(encoder.encode(p)) for p in packets]


@pytest.mark.parametrize("packet_ms", [20, 40, 60])
def test_a_lost_packet_costs_at_most_200_ms_of_motion_and_corrupts_nothing(packet_ms):
    packets, wire = _stream(packet_ms)
    clean = MediaDecoderV2()
    intact = [clean.decode(decode(data)) for data in wire]
    for lost in range(len(packets)):
        decoder = MediaDecoderV2()
        missing = []
        for seq, data in enumerate(wire):
            if seq == lost:
                continue
            got = decoder.decode(decode(data))
            if got.motion:
                assert got == intact[seq]  # exactly what the lossless stream decodes to
            elif packets[seq].motion:
                missing.append(seq)
        lost_ms = [s * packet_ms for s in missing] + ([lost * packet_ms] if packets[lost].motion
                                                      else [])  # fmt: skip
        if lost_ms:  # from the lost packet to the next decoded one: one key interval at most
            key_interval = math.ceil(160 / packet_ms) * packet_ms  # 160, 160, 180 ms
            assert max(lost_ms) - lost * packet_ms + packet_ms <= key_interval <= 200, (lost, missing)


def test_packets_arriving_out_of_order_still_decode_when_their_reference_is_there():
    _, wire = _stream(40, 0.8)
    order = [0, 2, 1, 3, 4]  # 2 before its reference 1: lost for motion, and so is 3
    decoder = MediaDecoderV2()
    got = {s: decoder.decode(decode(wire[s])).motion for s in order}
    assert got[0] and got[1] and not got[2] and not got[3]
    assert got[4]  # the next key packet (160 ms after 0)
    assert decoder.undecodable == 2


# --- malformed motion bits ---------------------------------------------------------------------


def _packed(bits: str) -> bytes:
    bits += "0" * (-len(bits) % 8)
    return int(bits, 2).to_bytes(len(bits) // 8, "big")


def _v2(motion: bytes) -> bytes:
    return msgpack.packb([0x21, 1, 2, b"", motion], use_bin_type=True)


@pytest.mark.parametrize(("motion", "message"), [
    (bytes.fromhex("e68d69656188e68800"), r"byte\(s\) after the motion frames"),
    (bytes.fromhex("e68d69656188e689"), "padding bits are not zero"),
    (bytes.fromhex("e68d69"), "end in the middle of a code"),
    (b"\x00\x00\x00\x00", "too long"),
    (_packed("111" + _eg(59)), "59 non-zero motion slots"),
    (_packed("111" + _eg(1) + _eg(58) + _eg(0, 3) + "0"), "past the last slot"),
    (_packed(_eg(16) + "1"), "17 motion frames; the limit is 16"),
    (_packed("1" + _eg(65)), "ref 65 is outside 0..64"),
    (_packed("111" + _eg(1) + "1" + _eg(5000, 3) + "0"), "residual is out of range"),
])  # fmt: skip
def test_malformed_motion_is_a_protocol_error_saying_why(motion, message):
    with pytest.raises(ProtocolError, match=message):
        decode(_v2(motion))


def test_motion_that_decodes_out_of_range_is_a_protocol_error():
    jaw_at_200 = mc.CodedMotion(0, (mc.CodedFrame(0, tuple(200 if s == "jawOpen" else 0
                                                          for s in SLOTS)),))  # fmt: skip
    with pytest.raises(ProtocolError, match="jawOpen level 200 is out of range"):
        MediaDecoderV2().decode(decode(encode(MediaPacketV2(1, 2, b"", jaw_at_200))))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=40))
def test_any_motion_bits_decode_or_raise_protocol_error(motion):
    try:
        packet = decode(_v2(motion))
    except ProtocolError:
        return
    assert mc.pack_motion(packet.motion) == motion  # the coding is canonical
    assert decode(encode(packet)) == packet
    try:
        MediaDecoderV2().decode(packet)
    except ProtocolError:
        pass


# --- negotiation --------------------------------------------------------------------------------


def test_negotiation_picks_the_highest_shared_version():
    assert version_capabilities() == ("protocol-1", "protocol-2")
    assert negotiate(("opus", "protocol-1", "protocol-2")) == 2
    assert negotiate(("opus", "motion-v1", "photo")) == 1  # a peer from before version 2
    assert peer_versions(("protocol-2", "protocol-x", "protocol-", "protocol-1")) == (1, 2)
    assert negotiate(("protocol-1", "protocol-2"), mine=(1,)) == 1


def test_no_shared_version_is_a_clear_error():
    with pytest.raises(ProtocolError, match=r"no shared protocol version: the peer speaks 3, 4;"
                                            r" this peer speaks 1, 2"):
        negotiate(("protocol-3", "protocol-4"))
    with pytest.raises(ProtocolError, match="the peer speaks 1; this peer speaks 2"):
        negotiate(("render",), mine=(2,))


def test_hello_with_versions_stays_a_version_1_packet():
    data = encode(Hello("a", version_capabilities()))
    assert data[1] == 0x12  # every peer can read it


def test_motion_bytes_are_what_a_packet_carries_beyond_its_audio():
    assert motion_bytes(110, bytes(60)) == 38  # media_frame15.bin: one 36-byte frame + bin header
    assert len(golden_bytes("media_frame15")) == 110
    key = golden_v2_bytes("media_v2_key")
    assert motion_bytes(len(key), bytes(40)) == 10  # 8 bytes of bits + the bin header
    assert motion_bytes(len(golden_v2_bytes("media_v2_audio_only")), bytes(3)) == 2
