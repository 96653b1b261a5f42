"""RESULTS.md, its plots and its provenance header from bench results; the bench command's help
and progress output (no network, no timing: a stand-in section measures nothing)."""

from __future__ import annotations

import datetime
import io
import json
import math
import subprocess
import sys
import types
from pathlib import Path

import pytest
from PIL import Image

from photocall.benchmarks import cli, provenance, report
from photocall.benchmarks.plots import run_label
from photocall.benchmarks.results import (
    CallBench,
    CallRow,
    ClipFigures,
    CpuFigures,
    DemoFigures,
    PacketizationResult,
    ResultError,
    from_json,
)
from photocall.benchmarks.vp8_baseline import Vp8Result
from photocall.cli import build_parser, main
from photocall.receiver.stats import Percentiles

ROOT = Path(__file__).resolve().parents[1]


def _row(name: str, kind: str, speaking: float, silent: float, p95: float) -> CallRow:
    return CallRow(
        name=name, kind=kind, setting=f"{kind} settings", wire_kbps_speaking=speaking,
        wire_kbps_silent=silent, reverse_kbps=1.0, latency="mouth-to-pixel",
        latency_ms=Percentiles(p50=p95 * 0.8, p95=p95), latency_samples=100,
        cpu_ms_per_frame=10.0, series=((0.25, speaking), (4.0, silent), (8.0, speaking)),
    )  # fmt: skip


def _results(photocall_kbps: float, vp8_kbps: float) -> dict:
    rows = tuple(
        PacketizationResult(
            ptime_ms=p, bitrate=16000, packets=50, wire_kbps=w, reverse_kbps=1.0,
            payload_kbps=20.0, opus_kbps=16.0, motion_kbps=4.0, packet_bytes=50.0 * p / 20,
            one_way_ms_p50=0.5, one_way_ms_p95=0.9, latency_ms=p + 0.5, delivered=1.0,
            series=((0.5, w), (1.0, w)),
        )
        for p, w in ((20, photocall_kbps), (40, 40.0), (60, 33.0))
    )  # fmt: skip
    call = CallBench(
        packetization=rows,
        series=rows[0].series,
        vp8=Vp8Result(
            width=256, height=256, fps=25, wire_kbps=vp8_kbps, reverse_kbps=2.0,
            frames_sent=200, frames_received=200, encode_cpu_ms=1.5, decode_cpu_ms=0.4,
            series=((0.5, vp8_kbps), (1.0, vp8_kbps)),
        ),
        seconds=8.0,
        packet_ms=20,
        cpu=CpuFigures(sender_ms=5.0, receiver_ms=12.0),
        photocall_kbps=photocall_kbps,
        vp8_kbps=vp8_kbps,
        ratio_vs_vp8=vp8_kbps / photocall_kbps,
        demo=DemoFigures(
            latency_ms=Percentiles(p50=60.0, p95=80.0),
            abs_av_skew_ms_p95=3.0,
            render_fps=30.0,
            video_fps=25.0,
            frames=250,
            render_ms=Percentiles(p50=12.0, p95=20.0),
            latency_samples_ms=(55.0, 60.0, 80.0),
            av_skew_samples_ms=(-1.0, 0.0, 2.0),
        ),
        clip=ClipFigures(seconds=9.0, speaking=((0.0, 3.0), (5.5, 9.0)), silent=(3.5, 5.5)),
        calls=(
            _row("photocall v2", "photocall", photocall_kbps, 4.0, 80.0),
            CallRow(name="photocall v2, --max-kbps 16", kind="photocall", setting="budget",
                    available=False, note="not measured: no budget"),
            _row("photocall v1", "photocall", 40.0, 38.0, 90.0),
            _row("voice call, Opus 96 kbit/s", "voice", 120.0, 75.0, 105.0),
            _row("VP8 video call, aiortc's defaults", "video", vp8_kbps, vp8_kbps, 50.0),
        ),
    )  # fmt: skip
    return {
        # what the bench writes: the typed result as JSON, read back as the report reads it
        "call": json.loads(json.dumps(call.to_json())),
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


def test_call_result_round_trips_through_json() -> None:
    call = from_json(CallBench, _results(30.0, 900.0)["call"])
    assert call.demo is not None and call.demo.latency_ms == Percentiles(60.0, 80.0, None)
    assert call.packetization[1].ptime_ms == 40 and call.vp8 is not None
    assert from_json(CallBench, json.loads(json.dumps(call.to_json()))) == call


def test_an_older_call_result_reads_with_its_missing_figures_as_none() -> None:
    committed = json.loads((ROOT / "benchmarks" / "call.json").read_text())
    del committed["demo"]["render_fps"]  # as if written before the figure existed
    call = from_json(CallBench, committed)
    assert call.demo is not None and call.demo.render_fps is None
    assert call.photocall_kbps == committed["photocall_kbps"]
    with pytest.raises(ResultError, match=r"call\.packetization"):
        from_json(CallBench, {"packetization": {"20": 1}}, "call")


def test_targets_compare_against_limits() -> None:
    met = {t.name: t.met for t in report.targets(_results(30.0, 900.0))}
    assert all(v is not False for v in met.values()), met  # None: the budget row's
    missed = {t.name: t.met for t in report.targets(_results(64.0, 900.0))}
    assert missed["wire rate (20 ms packets, all headers)"] is False
    assert missed["less than the VP8 call"] is False  # 900 / 64 < 20
    assert missed["mouth-to-pixel p95 (loopback)"] is True


def test_side_by_side_targets() -> None:
    met = {t.name: t.met for t in report.targets(_results(30.0, 900.0))}
    assert met["v2 defaults: wire while speaking (side by side)"] is True
    assert met["v2 defaults: wire while silent (side by side)"] is True  # 4 ≤ 6
    assert met["v2 defaults: mouth-to-pixel p95 (side by side)"] is True
    assert met["photocall v2, --max-kbps 16: wire while speaking"] is None  # not measured
    missed = {t.name: t.met for t in report.targets(_results(40.0, 900.0))}
    assert missed["v2 defaults: wire while speaking (side by side)"] is False


def test_side_by_side_section_lists_every_call(tmp_path) -> None:
    text = report.write(_results(30.0, 900.0), tmp_path).read_text()
    section = text.split("## Side by side")[1].split("\n## ")[0]
    assert "| photocall v2 | photocall settings | 30 | 4 | 1 | 64 / 80 (mouth-to-pixel) | 10 |" in section
    assert "| photocall v2, --max-kbps 16 | budget | not measured |" in section
    assert "- photocall v2, --max-kbps 16: not measured: no budget" in section
    for name in ("calls_wire.png", "calls_series.png", "calls_latency.png", "calls_cpu.png"):
        assert f"]({name})" in section
        with Image.open(tmp_path / name) as image:
            assert image.size[0] >= 1000 and image.size[1] >= 500, (name, image.size)


def test_missing_values_are_not_measured() -> None:
    rows = report.targets({})
    assert all(t.met is None for t in rows)
    assert all("not measured" in t.row() for t in rows)
    assert report.Target("x", math.nan, 1, "ms").met is None


def test_write_makes_markdown_and_readable_plots(tmp_path) -> None:
    path = report.write(_results(30.0, 900.0), tmp_path)
    text = path.read_text()
    assert "VP8 / photocall = **30×**" in text
    for name in ("bitrate.png", "packetization.png", "latency.png", "render.png"):
        plot = tmp_path / name
        assert plot.exists() and plot.read_bytes()[:4] == b"\x89PNG"
        with Image.open(plot) as image:
            width, height = image.size
        assert width >= 1000 and height >= 500, (name, image.size)  # readable on a screen
        assert plot.stat().st_size < 250_000  # committed next to RESULTS.md
        assert f"]({name})" in text
    assert "| `nested.value` | 1.25 |" in text
    assert "| `many` | 20 values |" in text
    assert "| 40 ms | 16 kbit/s | 40.0 | 20.0 | 16.0 | 4.0 | 100 | 100.0 |" in text
    header = next(line for line in text.splitlines() if line.startswith("| packet |"))
    row = next(line for line in text.splitlines() if line.startswith("| 40 ms |"))
    assert header.count("|") == row.count("|")
    assert "| audio → motion predictor (mouth and head) | 1.5 | 2.5 | 4 |" in text
    assert "| baseline: loudness → jawOpen rule (frame RMS) | 0.01 | 0.02 | 0.03 |" in text
    assert "| 256² | renderer, torch, 1 thread | 20 | 50 | 19 | 52.6 |" in text
    assert "| mouth-to-pixel ms p50 / p95 | 60 / 80 |" in text


def test_write_without_call_has_no_call_plots(tmp_path) -> None:
    text = report.write({"render": {"sizes": {}}}, tmp_path).read_text()
    assert "bitrate.png" not in text and not (tmp_path / "bitrate.png").exists()
    assert "not measured" in text


def test_render_runs_are_named_in_words() -> None:
    assert run_label("baseline_tps_warp_torch_1t") == "baseline (plain TPS warp), torch, 1 thread"
    assert run_label("onnxruntime_2t") == "renderer, ONNX Runtime, 2 threads"
    assert run_label("torch_cuda") == "renderer, torch, CUDA GPU"
    assert run_label("something_new") == "something_new"  # unknown keys pass through


# --- provenance -----------------------------------------------------------------------------

T0 = datetime.datetime(2026, 11, 24, 16, 10, 5, tzinfo=datetime.UTC)


def _source(command: str, start: datetime.datetime, load: float) -> dict:
    return provenance.Provenance(
        command=command,
        started=start.isoformat(),
        finished=(start + datetime.timedelta(seconds=61.5)).isoformat(),
        wall_s=61.5,
        load_before=provenance.MachineLoad(load, 40.0),
        load_after=provenance.MachineLoad(load + 1, None),
        host="x86_64, 2 CPU cores, Python 3.11.7",
        git_commit="abc1234",
    ).to_json()


def test_record_times_the_run_with_the_injected_clock_and_load() -> None:
    ticks = iter([T0, T0 + datetime.timedelta(seconds=42.25)])
    loads = iter([provenance.MachineLoad(1.5, 20.0), provenance.MachineLoad(3.0, 60.0)])
    result, source = provenance.record(
        "photocall bench motion --out x", lambda: {"figure": 1.0}, now=lambda: next(ticks),
        load=lambda: next(loads),
    )  # fmt: skip
    assert result == {"figure": 1.0}
    assert source.command == "photocall bench motion --out x"
    assert source.started == "2026-11-24T16:10:05+00:00"
    assert source.finished == "2026-11-24T16:10:47+00:00"
    assert source.wall_s == 42.2  # rounded to 0.1 s
    assert source.load() == "1.5 (20 % CPU pressure) → 3 (60 % CPU pressure)"
    assert provenance.Provenance.from_json(json.loads(json.dumps(source.to_json()))) == source


def test_header_says_where_each_section_came_from(tmp_path) -> None:
    results = _results(30.0, 900.0)
    results["call"]["provenance"] = _source("photocall bench call --out benchmarks", T0, 2.5)
    later = T0 + datetime.timedelta(days=3, hours=2)
    results["render"]["provenance"] = _source("photocall bench render --out benchmarks", later, 0.8)
    results["motion"]["provenance"] = provenance.Provenance(
        command="photocall bench --out benchmarks", started=None,
        finished="2026-11-20T09:00:00+00:00", wall_s=None, load_before=None, load_after=None,
        host="x86_64", git_commit=None, note="put together from git history",
    ).to_json()  # fmt: skip
    written = T0 + datetime.timedelta(days=8)
    text = report.write(
        results, tmp_path, "photocall bench --out benchmarks --report-only", written
    ).read_text()
    header = text[: text.index("## Targets")]
    written_by = (
        "Written by `photocall bench --out benchmarks --report-only` on 2026-12-02 16:10 UTC"
    )
    assert written_by in header
    rows = {line.split(" | ")[0].strip("| "): line for line in header.splitlines()
            if line.startswith("| ")}  # fmt: skip
    call, render, motion = rows["call"], rows["render"], rows["motion"]
    assert "`photocall bench call --out benchmarks` | 2026-11-24 16:10 UTC | 61.5 s" in call
    assert "| 2.5 (40 % CPU pressure) → 3.5 | abc1234 |" in call
    assert "`photocall bench render --out benchmarks` | 2026-11-27 18:10 UTC | 61.5 s" in render
    assert "| 0.8 (40 % CPU pressure) → 1.8 | abc1234 |" in render
    assert "| finished by 2026-11-20 09:00 UTC | not recorded | not recorded | unknown |" in motion
    assert "- motion: put together from git history" in header
    # A result without provenance (an old results folder) says so instead of guessing.
    assert rows["other"] == "| other | — | not recorded | not recorded | — | — | — |"
    results["call"]["provenance"] = {"command": "cut short by hand"}
    text = report.write(results, tmp_path).read_text()
    measures = cli.BENCHMARKS["call"].measures
    assert f"| call | {measures} | not recorded | not recorded | — | — | — |" in text
    # The provenance is in the header, not repeated among the section's figures.
    assert "`provenance." not in text


# --- the bench command ------------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def stand_in(monkeypatch) -> types.ModuleType:
    """A registered bench section that measures nothing."""
    module = types.ModuleType("photocall.benchmarks.stand_in")
    module.run = lambda out_dir, quick: {"figure_ms": 1.25, "quick": quick}
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(cli.BENCHMARKS, "stand-in", cli.Bench("stand_in", "nothing", "no time"))
    return module


def _bench(argv: list[str], stderr: io.StringIO, monkeypatch) -> str:
    monkeypatch.setattr(sys, "stderr", stderr)
    assert main(["bench", *argv]) == 0
    return stderr.getvalue()


def test_no_progress_bar_off_a_terminal(tmp_path, stand_in, monkeypatch, capsys) -> None:
    err = _bench(["stand-in", "--out", str(tmp_path)], io.StringIO(), monkeypatch)
    assert "\r" not in err and "section" not in err, err
    out = capsys.readouterr().out
    assert "bench stand-in: measuring (takes no time)" in out
    assert f"bench stand-in: wrote {tmp_path / 'stand-in.json'}" in out


def test_progress_bar_on_a_terminal(tmp_path, stand_in, monkeypatch) -> None:
    err = _bench(["stand-in", "--out", str(tmp_path)], _Terminal(), monkeypatch)
    assert "\r" in err and "1/1" in err, err


def test_each_section_keeps_its_own_provenance(tmp_path, stand_in, monkeypatch) -> None:
    earlier = {"relay_p99_ms": 12.0, "provenance": _source("photocall bench signaling", T0, 3.0)}
    (tmp_path / "signaling.json").write_text(json.dumps(earlier))
    _bench(["stand-in", "--quick", "--out", str(tmp_path)], io.StringIO(), monkeypatch)
    result = json.loads((tmp_path / "stand-in.json").read_text())
    assert result["quick"] is True
    source = provenance.Provenance.from_json(result["provenance"])
    assert source.command == f"photocall bench stand-in --out {tmp_path} --quick"
    assert source.wall_s is not None and source.wall_s >= 0
    assert source.load_before is not None and source.load_after is not None
    text = (tmp_path / "RESULTS.md").read_text()
    assert f"| stand-in | nothing | `{source.command}` | {source.when()} |" in text
    assert "| signaling | " in text and "`photocall bench signaling` | 2026-11-24 16:10 UTC" in text
    # Rewriting the report alone measures nothing and keeps both sections' provenance.
    (tmp_path / "RESULTS.md").unlink()
    _bench(["--report-only", "--out", str(tmp_path)], io.StringIO(), monkeypatch)
    again = (tmp_path / "RESULTS.md").read_text()
    assert json.loads((tmp_path / "stand-in.json").read_text()) == result
    assert f"Written by `photocall bench --out {tmp_path} --report-only`" in again
    assert f"`{source.command}` | {source.when()}" in again
    assert "`photocall bench signaling` | 2026-11-24 16:10 UTC" in again


def test_report_only_errors_are_one_line(tmp_path, capsys) -> None:
    assert main(["bench", "--report-only", "motion", "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        "photocall bench: error: --report-only measures nothing; give it no NAME\n"
    )
    missing = tmp_path / "missing"
    assert main(["bench", "--report-only", "--out", str(missing)]) == 2
    assert capsys.readouterr().err == f"photocall bench: error: {missing}: no such results folder\n"
    assert main(["bench", "--report-only", "--out", str(tmp_path)]) == 2
    assert "no bench results" in capsys.readouterr().err
    (tmp_path / "call.json").write_text("[1, 2]")
    assert main(["bench", "--report-only", "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        f"photocall bench: error: {tmp_path / 'call.json'}: not a bench result (not a JSON object)\n"
    )


def test_help_says_what_each_section_measures_and_how_long_it_takes() -> None:
    parser = build_parser()
    bench = parser._subparsers._group_actions[0].choices["bench"]
    text = " ".join(bench.format_help().split())  # whatever the formatter's line breaks
    for name, section in cli.BENCHMARKS.items():
        assert f"{name} {' '.join(section.measures.split())}. Takes {section.duration}." in text
    assert "--report-only" in text


def test_git_commit_marks_changed_code_but_not_changed_results(tmp_path) -> None:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(tmp_path), *args], capture_output=True, text=True, check=True
        ).stdout.strip()

    git("init", "-q")
    (tmp_path / "code.py").write_text("x = 1\n")
    (tmp_path / "motion.json").write_text("{}\n")
    git("add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "start")
    head = git("rev-parse", "--short", "HEAD")
    assert provenance.git_commit(tmp_path) == head
    (tmp_path / "motion.json").write_text('{"figure": 1}\n')  # a bench rewriting its result
    assert provenance.git_commit(tmp_path) == head
    (tmp_path / "code.py").write_text("x = 2\n")
    assert provenance.git_commit(tmp_path) == f"{head}+changes"
    plain = tmp_path.parent / f"{tmp_path.name}-plain"  # a folder outside any checkout
    plain.mkdir()
    assert provenance.git_commit(plain) is None
