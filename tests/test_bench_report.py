"""RESULTS.md and plots from bench results (no network, no timing)."""

from __future__ import annotations

import math

from photocall.benchmarks import report


def _results(photocall_kbps: float, vp8_kbps: float) -> dict:
    rows = [
        {"ptime_ms": p, "bitrate": 16000, "packets": 50, "wire_kbps": w, "reverse_kbps": 1.0, "payload_kbps": 20.0,
         "opus_kbps": 16.0, "motion_kbps": 4.0, "packet_bytes": 50.0 * p / 20,
         "one_way_ms_p50": 0.5, "one_way_ms_p95": 0.9, "latency_ms": p + 0.5, "delivered": 1.0,
         "series": [[0.5, w], [1.0, w]]}
        for p, w in ((20, photocall_kbps), (40, 40.0), (60, 33.0))
    ]  # fmt: skip
    return {
        "call": {
            "packetization": rows,
            "series": rows[0]["series"],
            "vp8": {
                "width": 256,
                "height": 256,
                "fps": 25,
                "wire_kbps": vp8_kbps,
                "encode_cpu_ms": 1.5,
                "decode_cpu_ms": 0.4,
                "series": [[0.5, vp8_kbps], [1.0, vp8_kbps]],
            },
            "seconds": 8.0,
            "packet_ms": 20,
            "cpu": {"sender_ms": 5.0, "receiver_ms": 12.0},
            "photocall_kbps": photocall_kbps,
            "vp8_kbps": vp8_kbps,
            "ratio_vs_vp8": vp8_kbps / photocall_kbps,
            "demo": {
                "latency_ms": {"p50": 60.0, "p95": 80.0},
                "abs_av_skew_ms_p95": 3.0,
                "render_fps": 30.0,
                "video_fps": 25.0,
                "frames": 250,
                "render_ms": {"p50": 12.0, "p95": 20.0},
                "latency_samples_ms": [55.0, 60.0, 80.0],
                "av_skew_samples_ms": [-1.0, 0.0, 2.0],
            },
        },
        "render": {
            "sizes": {
                "256": {
                    "best_fps": 50.0,
                    "runs": {
                        "torch_1t": {
                            "median_ms": 20.0,
                            "fps": 50.0,
                            "median_cpu_ms": 19.0,
                            "fps_cpu_time": 52.6,
                        }
                    },
                }
            }
        },
        "motion": {
            "target_median_ms": 2.0,
            "predictor": {"median_ms": 1.5, "p90_ms": 2.5, "p99_ms": 4.0},
            "baseline_energy": {"median_ms": 0.01, "p90_ms": 0.02, "p99_ms": 0.03},
        },
        "other": {"nested": {"value": 1.25}, "many": list(range(20))},
    }


def test_targets_compare_against_limits() -> None:
    met = {t.name: t.met for t in report.targets(_results(30.0, 900.0))}
    assert all(met.values()), met
    missed = {t.name: t.met for t in report.targets(_results(64.0, 900.0))}
    assert missed["wire rate (20 ms packets, all headers)"] is False
    assert missed["less than the VP8 call"] is False  # 900 / 64 < 20
    assert missed["mouth-to-pixel p95 (loopback)"] is True


def test_missing_values_are_not_measured() -> None:
    rows = report.targets({})
    assert all(t.met is None for t in rows)
    assert all("not measured" in t.row() for t in rows)
    assert report.Target("x", math.nan, 1, "ms").met is None


def test_write_makes_markdown_and_small_plots(tmp_path) -> None:
    path = report.write(_results(30.0, 900.0), tmp_path)
    text = path.read_text()
    assert "VP8 / photocall = **30×**" in text
    for name in ("bitrate.png", "packetization.png", "latency.png", "render.png"):
        plot = tmp_path / name
        assert plot.exists() and plot.read_bytes()[:4] == b"\x89PNG"
        assert plot.stat().st_size < 60_000
        assert f"]({name})" in text
    assert "| `nested.value` | 1.25 |" in text
    assert "| `many` | 20 values |" in text
    assert "| 40 ms | 16 kbit/s | 40.0 | 20.0 | 16.0 | 4.0 | 100 | 100.0 |" in text
    header = next(line for line in text.splitlines() if line.startswith("| packet |"))
    row = next(line for line in text.splitlines() if line.startswith("| 40 ms |"))
    assert header.count("|") == row.count("|")
    assert "| predictor | 1.5 | 2.5 | 4 |" in text
    assert "| 256² | torch_1t | 20 | 50 | 19 | 52.6 |" in text
    assert "| mouth-to-pixel ms p50 / p95 | 60 / 80 |" in text


def test_write_without_call_has_no_call_plots(tmp_path) -> None:
    text = report.write({"render": {"sizes": {}}}, tmp_path).read_text()
    assert "bitrate.png" not in text and not (tmp_path / "bitrate.png").exists()
    assert "not measured" in text
