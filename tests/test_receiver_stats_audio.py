import json

import numpy as np
import pytest

from photocall.receiver import stats
from photocall.receiver.audio import OpusDecoder, opus_frame_samples
from photocall.receiver.stream import RemoteStream
from photocall.sender.opus import OpusConfig, OpusEncoder
from photocall.shared import protocol
from photocall.shared.codec import OPUS_PRE_SKIP


def test_wire_bytes_adds_headers_and_padding():
    assert stats.PER_MESSAGE_HEADER_BYTES == 20 + 8 + 29 + 12 + 16  # ChaCha20-Poly1305
    assert stats.wire_bytes(100) == 100 + 85
    assert stats.wire_bytes(101) == 104 + 85


def test_report_rates_are_per_second_of_media(tmp_path):
    s = stats.StreamStats("alice")
    for _ in range(50):
        s.on_media(100, 1920)  # 50 packets of 40 ms: 2 s of media
    s.on_media(40, 0)  # a motion-only packet at the end: bytes, no audio
    s.on_photo_chunk(1000)
    s.on_frame(5_000_000, 10.0, 5.0, 80.0)
    jitter = stats.JitterReport(received=48, lost=2, late=1)
    rep = s.report(name="Alice", photo=stats.PhotoState.READY, connected_s=9.0, packet_samples=1920,
                   jitter=jitter, decoder_errors=0)  # fmt: skip
    assert rep.media_s == 2.0 and rep.connected_s == 9.0  # the link was up longer
    assert rep.payload_kbps == (50 * 100 + 40) * 8 / 2.0 / 1000
    assert rep.wire_kbps == round((50 * 185 + 125) * 8 / 2.0 / 1000, 2)
    assert rep.photo_wire_bytes == 1085  # apart, in no rate
    assert rep.loss_pct == 2.0 and rep.late_pct == 2.0  # 1 never came, 1 came late, of 50
    assert rep.mouth_to_pixel_ms == stats.Percentiles(80.0, 80.0, 80.0)
    report = stats.CallReport(
        schema=stats.SCHEMA, final=True, receiver="rx", run_s=10.0,
        header_bytes=stats.HeaderSizes(), video=stats.VideoReport("every-frame", 25, 1, 0),
        mp4=None, bad_messages=0, peers=(rep,),
    )  # fmt: skip
    stats.write_report(tmp_path / "s.json", report)
    data = json.loads((tmp_path / "s.json").read_text())
    assert data["schema"] == "photocall-stats/1"
    assert data["peers"][0]["peer"] == "alice"
    assert data["peers"][0]["photo"] == "ready"  # the enum's value at the JSON boundary
    assert data["peers"][0]["mouth_to_pixel_ms"] == {"p50": 80.0, "p95": 80.0, "max": 80.0}


def test_first_clock_sync_is_the_senders_start_and_later_ones_map_samples():
    stream = RemoteStream("alice")
    stream.on_clock_sync(protocol.ClockSync(0, 1_000_000_000), now_ns=1_200_000_000)
    stream.on_clock_sync(protocol.ClockSync(0, 1_000_000_000), now_ns=1_300_000_000)  # keepalive
    assert stream.capture_ns(48000) is None  # the start says nothing about captured samples
    stream.on_clock_sync(protocol.ClockSync(0, 3_000_000_000), now_ns=3_050_000_000)
    assert stream.same_clock is True
    assert stream.stats.sender_start_ns == 1_000_000_000
    assert stream.capture_ns(48000) == 4_000_000_000
    stream.stats.link_open_ns = 1_500_000_000
    stream.stats.on_frame(3_500_000_000, 5.0, 0.0, None)
    assert stream.stats.first_frame_ms(stream.stats.link_open_ns) == 2000.0
    assert stream.stats.first_frame_ms(stream.stats.sender_start_ns) == 2500.0


@pytest.mark.parametrize("offset_s", [-5.0, 3600.0])
def test_a_sender_clock_from_another_machine_times_nothing(offset_s):
    stream = RemoteStream("bob")
    start = 1_000_000_000
    here = int(start + offset_s * 1e9)  # our clock: ahead by an hour, or behind the sender's
    stream.on_clock_sync(protocol.ClockSync(0, start), now_ns=here)
    stream.on_clock_sync(protocol.ClockSync(960, start + 1_000_000), now_ns=here + 30_000_000)
    assert stream.same_clock is False
    assert stream.capture_ns(960) is None and stream.stats.sender_start_ns is None


def _tone(n_frames, freq=300.0):
    t = np.arange(n_frames * 960) / 48000
    return (0.4 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def test_opus_roundtrip_delay_and_rate():
    enc = OpusEncoder(OpusConfig(bitrate=16000))
    dec = OpusDecoder()
    x = _tone(50)
    packets = [enc.encode(x[i : i + 960]) for i in range(0, len(x), 960)]
    assert all(opus_frame_samples(p) == 960 for p in packets)
    kbps = sum(len(p) for p in packets[5:]) * 8 / (45 * 0.02) / 1000
    assert 10 < kbps < 24
    y = np.concatenate([dec.decode(p) for p in packets])
    # decoded sample i corresponds to input sample i - pre-skip
    seg = slice(4800, 4800 + 9600)
    err = y[seg] - x[seg.start - OPUS_PRE_SKIP : seg.stop - OPUS_PRE_SKIP]
    assert np.sqrt(np.mean(err**2)) < 0.1 < np.sqrt(np.mean(y[seg] ** 2))


def test_missing_and_garbage_packets_are_concealed_never_raise():
    enc = OpusEncoder()
    dec = OpusDecoder()
    x = _tone(30)
    packets = [enc.encode(x[i : i + 960]) for i in range(0, len(x), 960)]
    outs = []
    for k, p in enumerate(packets):
        if k in (10, 20, 21, 22, 23, 24, 25, 26):
            p = None
        if k == 15:
            p = b"\xff\x00garbage"
        outs.append(dec.decode(p))
    assert all(o.shape == (960,) and o.dtype == np.float32 for o in outs)
    plc = np.sqrt(np.mean(outs[10] ** 2))
    assert plc > 0.02  # PLC continues the tone rather than dropping out
    assert np.sqrt(np.mean(outs[26] ** 2)) < 1e-3  # long loss fades to silence
    assert dec.counters.concealed == 8 + 1 or dec.counters.concealed == 9
    assert np.sqrt(np.mean(outs[28] ** 2)) > 0.05  # recovers after loss


@pytest.mark.parametrize("ms", [20, 40, 60])
def test_packet_durations_decode_and_conceal(ms):
    n = ms * 48
    enc = OpusEncoder(OpusConfig(frame_ms=ms))
    dec = OpusDecoder()
    x = _tone(30)
    packets = [enc.encode(x[i : i + n]) for i in range(0, len(x) - n + 1, n)]
    assert all(opus_frame_samples(p) == n for p in packets)
    out = [dec.decode(p if k != 4 else None, n) for k, p in enumerate(packets)]
    assert all(o.shape == (n,) for o in out)
    assert np.sqrt(np.mean(out[4] ** 2)) > 0.02
    assert dec.decode(packets[0][:1] + b"\x00", n).shape == (n,)  # malformed: concealed
