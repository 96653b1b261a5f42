"""Bench "call" smoke test (``--quick``) and the wire counting it rests on."""

from __future__ import annotations

import json

import numpy as np
import pytest

from photocall.benchmarks import loopback, paused_speech
from photocall.benchmarks.meter import Sample, Timeline
from photocall.cli import main

# Per data-channel message, what IPv4/UDP/DTLS(ChaCha20-Poly1305)/SCTP DATA add (receiver/stats.py
# states the sizes): 20 + 8 + 29 + 12 + 16 = 85 bytes, plus padding of the message to 4 bytes.
PER_MESSAGE_HEADERS = 85


def test_wire_sample_counts_ip_udp_headers() -> None:
    start = loopback.WireSample(t=1.0, datagrams=10, dtls_bytes=1000)
    end = loopback.WireSample(t=3.0, datagrams=110, dtls_bytes=11_000)
    assert end.wire_bytes == 11_000 + 110 * 28
    # (10000 bytes + 100 × 28) over 2 s
    assert loopback.kbps(start, end) == pytest.approx((10_000 + 2_800) * 8 / 1000 / 2)
    assert loopback.rate_series([start, end]) == [(2.0, loopback.kbps(start, end))]


def test_timeline_rates_over_windows_of_the_clip() -> None:
    # 1000 bytes per second forward, 100 reverse; 20 ms of CPU per second; clip 0 at t = 10
    samples = tuple(Sample(10.0 + k * 0.5, 500 * k, 50 * k, 0.01 * k) for k in range(-1, 12))
    timeline = Timeline(samples, start=10.0)
    assert timeline.kbps(((0.0, 2.0),)) == pytest.approx(8.0)
    assert timeline.kbps(((0.25, 1.25), (3.0, 4.0)), "reverse") == pytest.approx(0.8)
    assert timeline.cpu_ms_per_frame(0.0, 4.0) == pytest.approx(20 * 0.04)
    assert timeline.series(1.0) == ((0.25, 8.0), (0.5, 8.0), (0.75, 8.0), (1.0, 8.0))
    with pytest.raises(ValueError, match="no samples around 6.00 s"):
        timeline.kbps(((0.0, 6.0),))


def test_paused_speech_marks_its_sentences_and_pause() -> None:
    one, two = np.full(48_000, 0.5, np.float32), np.full(24_000, -0.5, np.float32)
    clip = paused_speech.join(one, two, 2.0)
    assert clip.seconds == pytest.approx(3.5)
    assert clip.speaking == ((0.0, 1.0), (3.0, 3.5))
    assert clip.silent == (1.0 + paused_speech.SETTLE_S, 3.0)
    pause = clip.pcm[48_000 : 3 * 48_000]
    assert 0 < np.sqrt(np.mean(pause**2)) < 2 * paused_speech.NOISE_RMS  # quiet room, not zeros
    assert np.array_equal(clip.pcm, paused_speech.join(one, two, 2.0).pcm)  # seeded


@pytest.mark.slow
def test_bench_call_quick(tmp_path, capsys) -> None:
    assert main(["bench", "call", "--quick", "--out", str(tmp_path)]) == 0
    result = json.loads((tmp_path / "call.json").read_text())
    rows = {r["ptime_ms"]: r for r in result["packetization"]}
    assert set(rows) == {20, 40, 60}
    for ptime, row in rows.items():
        assert row["delivered"] == 1.0  # loopback, nothing lost
        # the payload: Opus, motion, and each packet's msgpack framing (14 B: PROTOCOL.md)
        framing_kbps = 14 * 8 / ptime
        expected = row["opus_kbps"] + row["motion_kbps"] + framing_kbps
        assert row["payload_kbps"] == pytest.approx(expected, rel=0.15), (ptime, row)
        # What the transport measured over the payload is the headers, message by message
        # (SCTP SACKs go the other way; heartbeats may add a datagram).
        packets_per_s = 1000 / ptime
        overhead = (row["wire_kbps"] - row["payload_kbps"]) * 1000 / 8 / packets_per_s
        assert PER_MESSAGE_HEADERS - 1 <= overhead <= PER_MESSAGE_HEADERS + 12, (ptime, overhead)
        assert row["latency_ms"] == pytest.approx(ptime + row["one_way_ms_p50"])
    # Longer packets: fewer headers, more latency.
    assert rows[20]["wire_kbps"] > rows[40]["wire_kbps"] > rows[60]["wire_kbps"]
    calls = {r["name"]: r for r in result["calls"]}
    measured = [r for r in calls.values() if r["available"]]
    assert {r["kind"] for r in measured} == {"photocall", "voice", "video"}
    assert {"photocall v2", "photocall v1"} <= set(calls)
    budget = calls["photocall v2, --max-kbps 16"]
    assert budget["available"] or "not measured" in budget["note"]
    for row in measured:
        # every figure there and plausible (not timings: the machine may be busy)
        assert 1 < row["wire_kbps_silent"] and 1 < row["wire_kbps_speaking"] < 3000, row["name"]
        assert 0 < row["reverse_kbps"] < 3000, row["name"]  # SCTP acks, RTCP
        assert 0 < row["latency_ms"]["p50"] <= row["latency_ms"]["p95"], row["name"]
        assert row["latency_samples"] > 0 and 0 < row["cpu_ms_per_frame"], row["name"]
        assert row["series"] and all(k >= 0 for _, k in row["series"])
    voice = [r for r in measured if r["kind"] == "voice"]
    # Opus's 20 ms RTP packets: at least 50 × (IPv4/UDP 28 + RTP 12 + SRTP tag 10) B/s of headers
    assert all(r["wire_kbps_silent"] > 50 * 50 * 8 / 1000 for r in voice)
    video = [r for r in measured if r["kind"] == "video"]
    assert all(r["wire_kbps_speaking"] > 2 * calls["photocall v2"]["wire_kbps_speaking"]
               for r in video)  # fmt: skip
    v2 = calls["photocall v2"]
    assert result["ratio_vs_vp8"] == pytest.approx(
        video[0]["wire_kbps_speaking"] / v2["wire_kbps_speaking"],
        rel=1e-3,  # rounded in JSON
    )
    demo = result["demo"]  # the v2 call's own figures
    assert demo["frames"] > 0 and len(demo["latency_samples_ms"]) == v2["latency_samples"]
    text = (tmp_path / "RESULTS.md").read_text()
    assert "| 40 ms | " in text and "## Side by side" in text and "| photocall v1 |" in text
    for plot in ("packetization.png", "calls_wire.png", "calls_latency.png", "calls_cpu.png"):
        assert (tmp_path / plot).exists()
    assert "RESULTS.md" in capsys.readouterr().out


def test_the_budget_row_says_why_it_was_not_measured(monkeypatch) -> None:
    from photocall.benchmarks import side_by_side
    from photocall.shared.errors import UserError

    monkeypatch.setattr(side_by_side, "max_kbps_supported", lambda: False)
    row = side_by_side._budget_row(None, lambda _: None)  # type: ignore[arg-type]
    assert not row.available and row.wire_kbps_speaking is None
    assert row.note == "not measured: this sender has no wire budget (SenderConfig.max_kbps)"

    def refuse(*args, **kwargs):
        raise UserError("--max-kbps: 16 kbit/s is below what a call needs")

    monkeypatch.setattr(side_by_side, "max_kbps_supported", lambda: True)
    monkeypatch.setattr(side_by_side, "photocall_row", refuse)
    row = side_by_side._budget_row(None, lambda _: None)  # type: ignore[arg-type]
    assert not row.available and "refused it: --max-kbps: 16 kbit/s is below" in row.note


def test_a_warm_up_call_goes_first_and_is_not_a_row(monkeypatch) -> None:
    # The first whole call in a process runs slow: the side-by-side rows come after one that
    # is thrown away, over the clip's first seconds.
    from photocall.benchmarks import paused_speech, side_by_side

    clip = paused_speech.join(np.ones(48_000 * 4, np.float32), np.ones(48_000, np.float32), 2.0)
    calls: list[str] = []
    monkeypatch.setattr(side_by_side, "_photocall",
                        lambda wav, *a: calls.append(f"warm-up {wav.stat().st_size}"))  # fmt: skip

    def row(clip_, name, *a):
        calls.append(name)
        return side_by_side.CallRow(name=name, kind="photocall", setting=""), None

    monkeypatch.setattr(side_by_side, "photocall_row", row)
    monkeypatch.setattr(side_by_side, "_budget_row", lambda *a: row(None, "budget")[0])
    monkeypatch.setattr(side_by_side, "voice_row", lambda c, bps: row(None, f"voice {bps}")[0])
    monkeypatch.setattr(side_by_side, "video_row", lambda c, f, bps: row(None, f"video {bps}")[0])
    monkeypatch.setattr(side_by_side.asyncio, "run", lambda coroutine: coroutine)
    rows, _ = side_by_side.run(clip, lambda: [], lambda _: None)
    wav_bytes = 44 + 2 * round(side_by_side.WARMUP_S * 48_000)
    assert calls[0] == f"warm-up {wav_bytes}" and calls[1] == "photocall v2"
    assert [r.name for r in rows] == calls[1:]
