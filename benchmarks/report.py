"""RESULTS.md and its plots from the benchmarks' JSON results.

``write(results, out_dir)`` takes ``{bench name: result dict}`` (what each ``run()`` returned, with
the CLI's ``"provenance"``) and writes ``RESULTS.md``: where each section's figures came from, the
targets and how far each is, and the plots (``plots.py``). Benchmarks it does not know are listed
as flat tables, so a new bench shows up anyway.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from photocall.benchmarks import provenance
from photocall.benchmarks.cli import BENCHMARKS
from photocall.benchmarks.plots import (
    TARGET_KBPS,
    TARGET_LATENCY_P95_MS,
    TARGET_SILENT_KBPS,
    TARGET_SKEW_MS,
    VIDEO_FPS,
    plot_bitrate,
    plot_calls_cpu,
    plot_calls_latency,
    plot_calls_series,
    plot_calls_wire,
    plot_latency,
    plot_packetization,
    plot_render,
    render_runs,
    run_label,
)
from photocall.benchmarks.results import (
    CallBench,
    CallRow,
    CpuFigures,
    DemoFigures,
    MotionBench,
    PacketizationResult,
    SignalingBench,
    Timing,
    from_json,
    render_size,
)
from photocall.benchmarks.sfu_report import sfu_section
from photocall.receiver.stats import Percentiles

MOTION_RUNS = {
    "predictor": "audio → motion predictor (mouth and head)",
    "predictor_no_head": "the predictor without head pose",
    "baseline_frontend": "baseline: its feature front-end alone (resample + log-mel)",
    "baseline_energy": "baseline: loudness → jawOpen rule (frame RMS)",
}
"""The motion bench's timings in words."""


@dataclass(frozen=True)
class Target:
    """One target of the design, checked against a measured value."""

    name: str
    value: float | None
    limit: float
    unit: str
    at_most: bool = True  # the value must be ≤ limit (else ≥)

    @property
    def met(self) -> bool | None:
        if self.value is None or math.isnan(self.value):
            return None
        return self.value <= self.limit if self.at_most else self.value >= self.limit

    def row(self) -> str:
        sign = "≤" if self.at_most else "≥"
        if self.met is None:
            return f"| {self.name} | {sign} {self.limit:g} {self.unit} | not measured | — |"
        margin = self.limit / self.value if self.at_most else self.value / self.limit
        verdict = "met" if self.met else "missed"
        return (
            f"| {self.name} | {sign} {self.limit:g} {self.unit} | {self.value:.1f} {self.unit} "
            f"| {verdict} ({margin:.2f}× the target) |"
        )


def load_call(results: dict[str, dict[str, Any]]) -> CallBench | None:
    """The call bench's result, typed; None when the folder has none."""
    call = results.get("call")
    return None if call is None else from_json(CallBench, call, "call.json")


def targets(results: dict[str, dict[str, Any]]) -> list[Target]:
    call = load_call(results) or CallBench()
    demo = call.demo or DemoFigures()
    latency = demo.latency_ms or Percentiles()
    motion = from_json(MotionBench, results.get("motion", {}), "motion.json")
    signaling = from_json(SignalingBench, results.get("signaling", {}), "signaling.json")
    packet_label = f"{call.packet_ms:.0f} ms packets" if call.packet_ms else "default packets"
    rows = [
        Target(f"wire rate ({packet_label}, all headers)", call.photocall_kbps, TARGET_KBPS,
               "kbit/s"),
        Target("less than the VP8 call", call.ratio_vs_vp8, 20, "×", at_most=False),
        Target("mouth-to-pixel p95 (loopback)", latency.p95, TARGET_LATENCY_P95_MS, "ms"),
        Target("|A/V skew| p95", demo.abs_av_skew_ms_p95, TARGET_SKEW_MS, "ms"),
        Target("renderer rate at 256² in the call (1000 / median ms)", demo.render_fps,
               VIDEO_FPS, "fps", at_most=False),
        Target("frames in the call's MP4 per second", demo.video_fps, VIDEO_FPS, "fps",
               at_most=False),
    ]  # fmt: skip
    rows += _call_targets(call)
    best_256 = render_size(results.get("render", {}), 256)
    if best_256 is not None and best_256.best_fps is not None:
        rows.append(Target("renderer at 256², best backend (render bench)", best_256.best_fps,
                           VIDEO_FPS, "fps", at_most=False))  # fmt: skip
    if signaling.target_p99_ms is not None:
        rows.append(Target("signaling relay p99 (500 clients, 100 rooms, one core)",
                           signaling.relay_p99_ms, signaling.target_p99_ms, "ms"))  # fmt: skip
    if motion.target_median_ms is not None:
        predictor = motion.predictor or Timing()
        rows.append(
            Target("audio → motion per 20 ms (median, 1 thread)", predictor.median_ms,
                   motion.target_median_ms, "ms")
        )  # fmt: skip
    return rows


TARGET_BUDGET_KBPS = 16
TARGET_BUDGET_LATENCY_P95_MS = 250
"""With ``--max-kbps 16``: the wire while speaking and the mouth-to-pixel p95 (issue 16)."""


def _call_targets(call: CallBench) -> list[Target]:
    """The side-by-side rows' targets: v2 at its defaults, and v2 with a 16 kbit/s budget."""
    by_name = {r.name: r for r in call.calls}
    rows = []
    v2 = by_name.get("photocall v2")
    if v2 is not None:
        p95 = v2.latency_ms.p95 if v2.latency_ms else None
        rows += [
            Target("v2 defaults: wire while speaking (side by side)", v2.wire_kbps_speaking,
                   TARGET_KBPS, "kbit/s"),
            Target("v2 defaults: wire while silent (side by side)", v2.wire_kbps_silent,
                   TARGET_SILENT_KBPS, "kbit/s"),
            Target("v2 defaults: mouth-to-pixel p95 (side by side)", p95,
                   TARGET_LATENCY_P95_MS, "ms"),
        ]  # fmt: skip
    budget = next((r for r in call.calls if "--max-kbps" in r.name), None)
    if budget is not None:
        p95 = budget.latency_ms.p95 if budget.latency_ms else None
        rows += [
            Target(f"{budget.name}: wire while speaking", budget.wire_kbps_speaking,
                   TARGET_BUDGET_KBPS, "kbit/s"),
            Target(f"{budget.name}: mouth-to-pixel p95", p95, TARGET_BUDGET_LATENCY_P95_MS,
                   "ms"),
        ]  # fmt: skip
    return rows


def _flat(data: object, prefix: str = "") -> Iterable[tuple[str, object]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _flat(value, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(data, list) and data and all(isinstance(v, dict) for v in data):
        for i, value in enumerate(data):
            yield from _flat(value, f"{prefix}[{i}]")
    elif isinstance(data, list) and len(data) > 8:
        yield prefix, f"{len(data)} values"
    else:
        yield prefix, data


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def _table(data: dict) -> list[str]:
    lines = ["| key | value |", "| --- | --- |"]
    lines += [f"| `{k}` | {_fmt(v)} |" for k, v in _flat(data)]
    return lines


def _bandwidth_section(call: CallBench, out_dir: Path) -> list[str]:
    vp8, cpu = call.vp8, call.cpu or CpuFigures()
    if vp8 is None:
        return []
    packet = call.packet_ms
    lines = [
        "## Bandwidth: photocall against a VP8 video call",
        "",
        (
            f"The same speech for {_fmt(call.seconds)} s. photocall: Opus + face motion in "
            f"{packet} ms media packets over a data channel. Baseline: the photo frames rendered "
            f"from that motion ({vp8.width}×{vp8.height}, {vp8.fps} fps) "
            "through aiortc's VP8 video track at its default settings (video only, no audio: "
            "the baseline is flattered). Wire = the DTLS datagrams aiortc's transport sent plus "
            "28 bytes of IPv4/UDP each. CPU: median thread CPU time per video frame."
        ),
        "",
        "| | wire kbit/s | sender CPU ms/frame | receiver CPU ms/frame |",
        "| --- | --- | --- | --- |",
        (
            f"| VP8 video call | {_fmt(vp8.wire_kbps)} | "
            f"{_fmt(vp8.encode_cpu_ms)} (VP8 encode) | "
            f"{_fmt(vp8.decode_cpu_ms)} (VP8 decode) |"
        ),
        (
            f"| photocall ({packet} ms) | {_fmt(call.photocall_kbps)} | "
            f"{_fmt(cpu.sender_ms)} (Opus + audio→motion) | "
            f"{_fmt(cpu.receiver_ms)} (render) |"
        ),
        "",
        f"VP8 / photocall = **{_fmt(call.ratio_vs_vp8)}×** less on the wire.",
        "",
    ]
    return lines + _plot_line("Bitrate over time", plot_bitrate(call, out_dir))


def _calls_section(call: CallBench, out_dir: Path) -> list[str]:
    rows = call.calls
    if not rows:
        return []
    clip = call.clip
    pause = ""
    if clip is not None and clip.silent is not None and clip.seconds:
        talk = sum(b - a for a, b in clip.speaking)
        pause = (f" The speech: {clip.seconds:.1f} s, two sentences ({talk:.1f} s) around a pause; "
                 f"silent = {clip.silent[0]:.1f}–{clip.silent[1]:.1f} s (the pause less its first "
                 "0.5 s, in which a silence mode decides).")  # fmt: skip
    lines = [
        "## Side by side: photocall, a voice call and a video call",
        "",
        (
            "One run, one call each over the same speech (synthesized, quiet room noise "
            "underneath), on loopback in one process, after a warm-up call (the clip's first "
            "3 s over photocall v2, not reported: a process's first call runs slow)." + pause
            + " Wire = sender → receiver, "
            "the DTLS/SRTP datagrams aiortc's transport sent plus 28 bytes of IPv4/UDP each, so "
            "every header is counted (data channels: DTLS + SCTP, 93 B per message; RTP: RTP "
            "12 B + header extensions + SRTP tag 10 B, plus RTCP); reverse = receiver → sender "
            "over the whole clip. Latency: photocall's mouth-to-pixel (sample captured → its "
            "frame rendered, jitter buffer included); the voice call's mouth-to-ear and the "
            "video call's capture-to-display stop at the decoded audio / frame (no device "
            "buffer, no display). CPU: process CPU time of both ends per 40 ms of call "
            "(photocall includes the receiver's MP4 recording, as in the demo)."
        ),
        "",
        (
            "| call | setting | wire kbit/s speaking | silent | reverse | latency p50 / p95 ms "
            "| CPU ms / 40 ms |"
        ),
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    lines += [_call_line(r) for r in rows]
    by_note: dict[str, list[str]] = {}
    for r in rows:
        if r.note:
            by_note.setdefault(r.note, []).append(r.name)
    notes = [f"- {'; '.join(names)}: {note}" for note, names in by_note.items()]
    lines += ["", *notes, *([""] if notes else [])]
    for title, plot in (
        ("Wire rate speaking and silent", plot_calls_wire),
        ("Bitrate over the speech", plot_calls_series),
        ("Latency of each call", plot_calls_latency),
        ("CPU of each call", plot_calls_cpu),
    ):
        lines += _plot_line(title, plot(call, out_dir))
    return lines


def _call_line(r: CallRow) -> str:
    if not r.available:
        return f"| {r.name} | {r.setting} | not measured | — | — | — | — |"
    latency = r.latency_ms or Percentiles()
    return (
        f"| {r.name} | {r.setting} | {_fmt(r.wire_kbps_speaking)} | {_fmt(r.wire_kbps_silent)} "
        f"| {_fmt(r.reverse_kbps)} | {_fmt(latency.p50)} / {_fmt(latency.p95)} ({r.latency}) "
        f"| {_fmt(r.cpu_ms_per_frame)} |"
    )


def _packetization_section(call: CallBench, out_dir: Path) -> list[str]:
    rows = call.packetization
    if not rows:
        return []
    lines = [
        "## Packetization: bits against latency",
        "",
        (
            "Each media packet carries one Opus packet of its length and the motion frames of "
            "the same instant, coded as protocol v2 (a call's default) over continuous speech "
            "(no silence). Latency = packet length (the oldest sample waits for it to fill) "
            "+ measured one-way delivery. Headers/packet = measured wire bytes beyond the payload "
            "per packet (stated sizes: IPv4 20 + UDP 8 + DTLS 13 + AES-GCM 24 + SCTP 12 + DATA "
            "chunk 16 = 93, plus padding to 4). Reverse = SCTP SACKs from the receiver."
        ),
        "",
        (
            "| packet | Opus setting | wire kbit/s | payload | Opus | motion | bytes/packet "
            "| headers/packet "
            "| one-way p50/p95 ms | latency ms | reverse kbit/s | delivered |"
        ),
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {r.ptime_ms} ms | {(r.bitrate or 0) / 1000:g} kbit/s "
        f"| {r.wire_kbps:.1f} | {r.payload_kbps:.1f} "
        f"| {r.opus_kbps:.1f} | {r.motion_kbps:.1f} | {r.packet_bytes:.0f} "
        f"| {_header_bytes(r):.1f} "
        f"| {r.one_way_ms_p50:.2f} / {r.one_way_ms_p95:.2f} | {r.latency_ms:.1f} "
        f"| {_nan_if_none(r.reverse_kbps):.1f} | {r.delivered * 100:.0f} % |"
        for r in rows
    ]
    lines.append("")
    return lines + _plot_line("Packetization trade-off", plot_packetization(call, out_dir))


def _header_bytes(row: PacketizationResult) -> float:
    """Measured wire bytes per media packet beyond its payload: IP/UDP/DTLS/SCTP headers."""
    per_second = 1000 / row.ptime_ms
    return (row.wire_kbps - row.payload_kbps) * 1000 / 8 / per_second


def _nan_if_none(value: float | None) -> float:
    return float("nan") if value is None else value


def _demo_section(call: CallBench, out_dir: Path) -> list[str]:
    demo = call.demo
    if demo is None:
        return []

    def pct(value: Percentiles | None) -> str:
        value = value or Percentiles()
        return f"{_fmt(value.p50)} / {_fmt(value.p95)}"

    lines = [
        "## The whole call (`photocall demo`)",
        "",
        (
            "Signaling server, sender and receiver in one process over real WebRTC on loopback, "
            "sharing the machine's cores; the receiver renders every frame for the sample being "
            "played out. With a side-by-side section: its photocall v2 call at the defaults."
        ),
        "",
        "| | value |",
        "| --- | --- |",
        f"| frames, MP4 video length | {demo.frames}, {_fmt(demo.duration_s)} s |",
        f"| frames per second in the MP4 | {_fmt(demo.video_fps)} |",
        f"| renderer rate (1000 / median render ms) | {_fmt(demo.render_fps)} fps |",
        f"| render ms p50 / p95 | {pct(demo.render_ms)} |",
        f"| mouth-to-pixel ms p50 / p95 | {pct(demo.latency_ms)} |",
        (
            f"| A/V skew ms p50 / p95 (signed); abs p95 | {pct(demo.av_skew_ms)}; "
            f"{_fmt(demo.abs_av_skew_ms_p95)} |"
        ),
        (
            f"| wire / payload kbit/s (stated headers) | {_fmt(demo.wire_kbps)} / "
            f"{_fmt(demo.payload_kbps)} |"
        ),
        (
            f"| loss %, concealed audio % | {_fmt(demo.loss_pct)}, "
            f"{_fmt(demo.concealed_pct)} |"
        ),
        f"| whole demo, wall s | {_fmt(demo.wall_s)} |",
        "",
    ]
    return lines + _plot_line("Mouth-to-pixel latency and A/V skew", plot_latency(call, out_dir))


def _motion_section(motion: dict) -> list[str]:
    names = [k for k, v in motion.items() if isinstance(v, dict) and "median_ms" in v]
    if not names:
        return []
    lines = [
        "## Audio → motion: CPU time per 20 ms of audio",
        "",
        "| | median ms | p90 ms | p99 ms |",
        "| --- | --- | --- | --- |",
    ]
    lines += [
        f"| {MOTION_RUNS.get(name, name)} | {_fmt(motion[name].get('median_ms'))} "
        f"| {_fmt(motion[name].get('p90_ms'))} "
        f"| {_fmt(motion[name].get('p99_ms'))} |"
        for name in names
    ]
    return [*lines, ""]


def _render_section(render: dict, out_dir: Path) -> list[str]:
    rows = render_runs(render)
    if not rows:
        return []
    lines = [
        "## Render time per backend and size",
        "",
        (
            "| size | renderer, backend, threads | median ms | frames/s | CPU ms "
            "| frames/s on CPU time |"
        ),
        "| --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {size}² | {run_label(name)} | {_fmt(t.get('median_ms'))} | {_fmt(t.get('fps'))} "
        f"| {_fmt(t.get('median_cpu_ms'))} | {_fmt(t.get('fps_cpu_time'))} |"
        for size, name, t in rows
    ]
    lines.append("")
    return lines + _plot_line("Render time per backend", plot_render(render, out_dir))


def _plot_line(title: str, name: str | None) -> list[str]:
    return [f"![{title}]({name})", ""] if name else []


def _sources_section(results: dict[str, dict]) -> list[str]:
    """Which command measured each section, when, and how busy the machine was."""
    lines = [
        "## Where the figures come from",
        "",
        (
            "| section | what it measures | measured by | started | took "
            "| machine load before → after | code |"
        ),
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    notes = []
    for name, result in results.items():
        bench = BENCHMARKS.get(name)
        measures = bench.measures if bench else "—"
        try:
            source = provenance.Provenance.from_json(result[provenance.KEY])
        except (KeyError, TypeError, ValueError):  # none (an older result), or edited by hand
            lines.append(f"| {name} | {measures} | not recorded | not recorded | — | — | — |")
            continue
        took = f"{source.wall_s:g} s" if source.wall_s is not None else "not recorded"
        lines.append(
            f"| {name} | {measures} | `{source.command}` | {source.when()} | {took} "
            f"| {source.load()} | {source.git_commit or 'unknown'} |"
        )
        if source.note:
            notes.append(f"- {name}: {source.note}")
    lines += [
        "",
        (
            "Machine load: the 1-minute load average (runnable tasks; above the number of cores, "
            "work waited for a core) and, in brackets, the share of the last 10 s in which some "
            "task waited for a CPU (Linux PSI). The same code measures slower on a busier "
            "machine: compare timings from sections measured at similar loads. Code: the git "
            "commit measured (+changes: with uncommitted changes)."
        ),
        "",
        *notes,
        *([""] if notes else []),
    ]
    return lines


def _paths_section(paths: dict) -> list[str]:
    """Calls through TURN over impaired paths (benchmarks/paths.py)."""
    if not paths:
        return []
    lines = ["## Through TURN across NATs, clean and impaired paths", ""]
    if "not_measured" in paths:
        return lines + [f"Not measured: {paths['not_measured']}.", ""]

    def p(value: object) -> str:
        if isinstance(value, dict):
            return f"{_fmt(value.get('p50'))} / {_fmt(value.get('p95'))}"
        return _fmt(value)

    lines += [
        "A sender and its receivers in network namespaces with no route between them; coturn "
        "relays (the selected ICE pair is relay-relay); each receiver's TURN leg goes straight to "
        "coturn or through the userspace impairment relay (`netlab/relay.py`). Real sessions, "
        "Opus and data channels; a bar for a face (`netlab/peer.py`). loss: packets missing at "
        "playout; skipped: audio the jitter buffer dropped to catch up; lip sync: the lag of the "
        "mouth behind the voice in the receiver's MP4 (±40 ms is one frame). Calls took "
        f"{', '.join(_fmt(s) for s in paths.get('calls_s', []))} s.",
        "",
        "| path | ICE | wire kbit/s | loss % (relay's) | concealed % | skipped s | buffer ms "
        "| mouth-to-pixel p50 / p95 ms | A/V skew p50 / p95 ms | lip sync ms (corr.) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, leg in paths.get("legs", {}).items():
        if leg.get("failed"):
            lines.append(f"| {name}: {leg['path']} | call failed | | | | | | | | |")
            continue
        relay = leg.get("relay_down_lost_pct")
        lines.append(
            f"| {name}: {leg['path']} | {leg['ice']} | {_fmt(leg['wire_kbps'])} | "
            f"{_fmt(leg['loss_pct'])}" + ("" if relay is None else f" ({_fmt(relay)})") + " | "
            f"{_fmt(leg['concealed_pct'])} | {_fmt(leg['skipped_s'])} | "
            f"{_fmt(leg['buffer_target_ms'])} | {p(leg['mouth_to_pixel_ms'])} | "
            f"{p(leg['av_skew_ms'])} | {_fmt(leg['lip_sync_lag_ms'])} "
            f"({_fmt(leg['lip_sync_correlation'])}) |"
        )
    return lines + [""]


def _figures(result: dict) -> dict:
    """A section's figures without its provenance (the header shows that)."""
    return {k: v for k, v in result.items() if k != provenance.KEY}


def write(
    results: dict[str, dict],
    out_dir: Path,
    command: str = "photocall bench",
    written: datetime.datetime | None = None,
) -> Path:
    """Write ``RESULTS.md`` and the plots into ``out_dir``; return the path of RESULTS.md.
    ``command`` is the command writing it; each section's own provenance travels in its result."""
    out_dir.mkdir(parents=True, exist_ok=True)
    call = load_call(results) or CallBench()
    written = written or provenance.utc_now()
    lines = [
        "# photocall benchmark results",
        "",
        (
            f"Written by `{command}` on {written:%Y-%m-%d %H:%M} UTC ({provenance.host()}) from "
            "the NAME.json results in this folder. Each section's figures come from the run named "
            "below, which may be an earlier command than the one that wrote this page. Medians "
            "after warm-up; baselines measured in the same run as what they are compared with. "
            "Verdict: met or missed, and the measured value as a multiple of the target's (above "
            "1 is better)."
        ),
        "",
        *_sources_section(results),
        "## Targets",
        "",
        "| target | limit | measured | verdict |",
        "| --- | --- | --- | --- |",
        *(t.row() for t in targets(results)),
        "",
        *_calls_section(call, out_dir),
        *_bandwidth_section(call, out_dir),
        *_packetization_section(call, out_dir),
        *_demo_section(call, out_dir),
        *_render_section(results.get("render", {}), out_dir),
        *_motion_section(results.get("motion", {})),
        *_paths_section(results.get("paths", {})),
        *sfu_section(results.get("sfu", {}), out_dir),
    ]
    for name, result in results.items():
        lines += [f"## `{name}`: every figure", "", *_table(_figures(result)), ""]
    path = out_dir / "RESULTS.md"
    path.write_text("\n".join(lines))
    return path
