import json

import numpy as np
import pytest
from photocall.receiver import stats
from photocall.receiver.audio import OpusDecoder, opus_frame_samples
from photocall.sender.opus import OPUS_PRE_SKIP, OpusConfig, OpusEncoder


def test_wire_bytes_adds_headers_and_padding():
    assert stats.PER_MESSAGE_HEADER_BYTES == 20 + 8 + 37 + 12 + 16
    assert stats.wire_bytes(100) == 100 + 93
    assert stats.wire_bytes(101) == 104 + 93


def test_report_rates_and_json(tmp_path):
    s = stats.StreamStats("alice")
    for k in range(51):
        s.on_media(100, 10.0 + k * 0.02)  # 51 packets every 20 ms: 1.02 s of media
    s.on_frame(10.0, 5.0, 80.0)
    rep = s.report(5.0, {"lost": 0})  # the link was up longer than media flowed
    assert rep["payload_kbps"] == 40.0
    assert rep["wire_kbps_computed"] == round(50 * 193 * 8 / 1000, 2)
    assert rep["mouth_to_pixel_ms"]["median"] == 80.0
    stats.write_report(tmp_path / "s.json", [rep], final=True)
    assert json.loads((tmp_path / "s.json").read_text())["streams"][0]["peer"] == "alice"


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
