"""Protocol version 2: golden bytes both ways, the motion codec's error bound and loss recovery,
and version negotiation (shared/PROTOCOL.md, "Version 2")."""

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from photocall.shared import motion_codec as mc
from photocall.shared.bool_coder import BoolEncoder
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
from support.protocol_cases_v2 import (
    GOLDEN_V2,
    GOLDEN_V2_DIR,
    KEY_FRAME,
    MOTION_HEX,
    SLOTS,
    STREAM_PACKETS,
    STREAMS,
    golden_v2_bytes,
)

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


def test_golden_key_packet_framing_matches_the_spec():
    motion = bytes.fromhex(MOTION_HEX["media_v2_key"])
    expected = (bytes([0x95, 0x21, 0xCD, 0x12, 0x34, 0xCE, 0x89, 0xAB, 0xCD, 0xEF, 0xC4, 40])
                + bytes(range(40)) + bytes([0xC4, len(motion)]) + motion)  # fmt: skip
    assert golden_v2_bytes("media_v2_key") == expected


@pytest.mark.parametrize("stream", sorted(STREAMS))
def test_the_stateful_coder_makes_the_golden_packets_and_decodes_them_exactly(stream):
    encoder, decoder = MediaEncoderV2(), MediaDecoderV2()
    for name, packet in zip(STREAM_PACKETS[stream], STREAMS[stream]):
        assert encode(encoder.encode(packet)) == golden_v2_bytes(name)
        assert decoder.decode(decode(golden_v2_bytes(name))) == packet


def test_frame_offsets_are_predicted_across_packets():
    # 60 ms packets at 25 fps: the delta packet's one frame lies where the step predicts (960 in)
    key = mc.next_reference(None, 0, [0, 1920], [mc.ZERO, mc.ZERO])
    assert mc.first_expected(key, 2880) == (960, 1920)
    assert len(bytes.fromhex(MOTION_HEX["media_v2_sixty_delta"])) <= 2  # an escaped offset is longer
    # a key packet's single frame knows no step yet: the default 1920; a delta packet learns it
    one = mc.next_reference(None, 1000, [0], [mc.ZERO])
    assert (one.timestamp, one.step) == (1000, 1920)
    assert mc.next_reference(one, 2600, [0], [mc.ZERO]).step == 1600
    # a reference far off (a sender's clock jump) is clamped, so the offset still codes
    far = mc.Reference(mc.ZERO, 2**31, 10**6)
    assert mc.first_expected(far, 0) == (-32768, 65535)


class _ExactCoder:
    """PROTOCOL.md's arithmetic coder written out with exact fractions (independent of
    bool_coder.py): the interval [low, low + width) narrows per decision; ``finish`` picks the
    shortest byte string inside it."""

    def __init__(self) -> None:
        self.low, self.width, self.range = Fraction(0), Fraction(255, 256), 255

    def put(self, bit: int, prob: int) -> None:
        split = 1 + (((self.range - 1) * prob) >> 8)
        unit = self.width / self.range
        if bit:
            self.low += split * unit
            self.range -= split
        else:
            self.range = split
        self.width = self.range * unit
        while self.range < 128:
            self.range *= 2

    def finish(self) -> bytes:
        n = 1
        while True:
            c = math.ceil(self.low * 256**n)
            if Fraction(c, 256**n) < self.low + self.width:
                return c.to_bytes(n, "big")
            n += 1


def test_golden_key_motion_is_the_spec_decisions_under_exact_arithmetic():
    levels = mc.quantize(KEY_FRAME)
    coder = _ExactCoder()
    coder.put(0, mc.P_KEY)  # a key packet
    coder.put(0, mc.P_ONE_FRAME)  # one frame
    coder.put(0, mc.P_DT)  # at dt 0
    mc.put_frame(coder.put, levels, mc.ZERO, mc.KEY)
    assert coder.finish().hex() == MOTION_HEX["media_v2_key"]


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


# --- malformed motion bytes --------------------------------------------------------------------


def _coded(ref: int, dts: list[int], frames: list[tuple[int, ...]] = ()) -> bytes:
    """Motion bytes with any header and frames, valid or not (the encoder checks nothing)."""
    enc = BoolEncoder()
    mc.put_header(enc.put, ref, dts)
    reference = mc.ZERO
    for i, levels in enumerate(frames):
        mc.put_frame(enc.put, levels, reference, mc.KEY if i == 0 and ref == 0 else mc.DELTA)
        reference = levels
    return enc.finish()


def _levels(**named: int) -> tuple[int, ...]:
    return tuple(named.get(n, 0) for n in SLOTS)


KEY_MOTION = bytes.fromhex(MOTION_HEX["media_v2_key"])


@pytest.mark.parametrize(("motion", "message"), [
    (b"\xff\xff", "starts outside the coder's range"),
    (KEY_MOTION + b"\x00", "not the canonical coding"),
    (_coded(65, [0], [mc.ZERO]), "ref 65 is outside 0..64"),
    (_coded(0, list(range(0, 17 * 1920, 1920)), [mc.ZERO] * 17), "17 motion frames; the limit"),
    (_coded(0, [40000], [mc.ZERO]), "dt 40000 is outside"),
    (_coded(0, [0], [_levels(jawOpen=200)]), "jawOpen level 200 is out of range"),
    (_coded(0, [0], [_levels(pitch=2000)]), "residual is out of range"),
])  # fmt: skip
def test_malformed_motion_is_a_protocol_error_saying_why(motion, message):
    with pytest.raises(ProtocolError, match=message):
        MediaDecoderV2().decode(MediaPacketV2(1, 2, b"", motion))


def test_a_bad_packet_leaves_the_stream_state_alone():
    _, wire = _stream(40, 0.4)
    clean, decoder = MediaDecoderV2(), MediaDecoderV2()
    expected = [clean.decode(decode(data)) for data in wire]
    assert decoder.decode(decode(wire[0])) == expected[0]
    with pytest.raises(ProtocolError):  # a bad packet 1 before the real one
        decoder.decode(MediaPacketV2(1, 1920, b"", KEY_MOTION + b"\x00"))
    assert [decoder.decode(decode(data)) for data in wire[1:]] == expected[1:]
    assert decoder.undecodable == 0


def _fuzz_decoders() -> tuple[MediaDecoderV2, MediaDecoderV2]:
    """A fresh decoder, and one holding a reference at seq 0 (so delta packets decode too)."""
    packets, _ = _stream(40, 0.1)
    primed = MediaDecoderV2()
    primed.decode(MediaEncoderV2().encode(packets[0]))
    return MediaDecoderV2(), primed


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=48))
def test_any_motion_bytes_decode_or_raise_protocol_error(motion):
    packet = decode(encode(MediaPacketV2(1, 2, b"", motion)))  # the framing never looks inside
    assert packet.motion == motion
    for decoder in _fuzz_decoders():
        try:
            frames = decoder.decode(packet).motion
        except ProtocolError:
            continue
        assert len(frames) <= mc.MAX_FRAMES


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
    assert motion_bytes(len(key), bytes(40)) == 14  # 12 bytes of coded motion + the bin header
    assert motion_bytes(len(golden_v2_bytes("media_v2_audio_only")), bytes(3)) == 2
