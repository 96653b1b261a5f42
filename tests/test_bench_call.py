"""Bench "call" smoke test (``--quick``) and the wire counting it rests on."""

from __future__ import annotations

import json

import pytest

from photocall.benchmarks import loopback
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
    vp8 = result["vp8"]
    assert vp8["frames_received"] >= 0.8 * vp8["frames_sent"] > 0
    assert vp8["wire_kbps"] > 5 * result["photocall_kbps"]
    assert result["ratio_vs_vp8"] == pytest.approx(vp8["wire_kbps"] / result["photocall_kbps"])
    demo = result["demo"]
    assert demo["frames"] > 0 and len(demo["latency_samples_ms"]) > 0
    text = (tmp_path / "RESULTS.md").read_text()
    assert "| 40 ms | " in text and "VP8 / photocall" in text
    assert (tmp_path / "packetization.png").exists() and (tmp_path / "bitrate.png").exists()
    assert "RESULTS.md" in capsys.readouterr().out
