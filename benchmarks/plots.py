"""The PNG plots of RESULTS.md, from the benchmarks' JSON results (matplotlib, Agg backend).

Sized to be read at a glance on a screen: 1100 px wide, 13-point text, every axis with its unit,
every series named in words (``run_label`` turns the render bench's run keys into words). Each
``plot_*`` takes a section's result and the output folder and returns the file name, or None when
the result has nothing to plot.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from photocall.benchmarks.results import CallBench, CallRow

TARGET_KBPS = 32
"""The design's wire budget, headers included."""
TARGET_SILENT_KBPS = 6
"""... while the sender is silent."""
TARGET_LATENCY_P95_MS = 100
"""Mouth-to-pixel p95 on loopback."""
TARGET_SKEW_MS = 20
"""|A/V skew| p95."""
VIDEO_FPS = 25

FIGSIZE = (11.0, 5.5)  # inches; at DPI this is 1100 × 550 px
DPI = 100
STYLE = {
    "font.size": 13,
    "axes.titlesize": 15,
    "axes.labelsize": 13,
    "legend.fontsize": 12,
    "xtick.labelsize": 12,
    "ytick.labelsize": 12,
    "axes.grid": True,
    "grid.alpha": 0.3,
}
SIZE_COLORS = {"256": "tab:blue", "512": "tab:orange"}
_BACKENDS = {"torch": "torch", "onnxruntime": "ONNX Runtime", "tensorrt": "TensorRT"}


@contextmanager
def _figure(path: Path, ncols: int = 1, height: float = FIGSIZE[1]) -> Iterator[tuple]:
    """(figure, axes) drawn in STYLE and saved to ``path`` at the end of the block."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with matplotlib.rc_context(STYLE):
        # constrained: room for legends placed outside the axes, at a fixed pixel size
        fig, axes = plt.subplots(
            1, ncols, figsize=(FIGSIZE[0], height), dpi=DPI, layout="constrained"
        )
        try:
            yield fig, axes
            fig.savefig(path, dpi=DPI)
        finally:
            plt.close(fig)


def run_label(name: str) -> str:
    """A render run key in words: 'baseline_tps_warp_torch_1t' -> 'baseline (plain TPS warp),
    torch, 1 thread'; a key it does not know comes back as it is."""
    baseline = name.startswith("baseline_tps_warp_")
    backend, _, how = name.removeprefix("baseline_tps_warp_").rpartition("_")
    if backend not in _BACKENDS:
        return name
    if how == "cuda":
        how = "CUDA GPU"
    elif how.endswith("t") and how[:-1].isdigit():
        threads = int(how[:-1])
        how = f"{threads} thread" + "s" * (threads != 1)
    else:
        return name
    what = "baseline (plain TPS warp)" if baseline else "renderer"
    return f"{what}, {_BACKENDS[backend]}, {how}"


def _percentile(values: list[float], q: float) -> float:
    import numpy as np

    return float(np.percentile(values, q))


def _kbps(value: float | None) -> str:
    return f"{value:.0f} kbit/s on average" if isinstance(value, (int, float)) else "not measured"


def plot_bitrate(call: CallBench, out_dir: Path) -> str | None:
    vp8 = call.vp8
    theirs, ours = (vp8.series if vp8 else ()), call.series
    if not theirs and not ours:
        return None
    path = out_dir / "bitrate.png"
    with _figure(path) as (_, ax):
        if theirs:
            # Its series includes the warm-up its average leaves out: draw that before 0 s, so
            # both calls' measured seconds line up.
            seconds = call.seconds
            warmup = max(0.0, round(theirs[-1][0] - seconds, 1)) if seconds else 0.0
            if warmup:
                ax.axvspan(-warmup, 0, color="0.85",
                           label=f"VP8 warm-up ({warmup:g} s, left out of its average)")  # fmt: skip
            assert vp8 is not None  # theirs is its series
            size = f"{vp8.width}×{vp8.height} at {vp8.fps} fps"
            ax.plot([t - warmup for t, _ in theirs], [k for _, k in theirs], "o-",
                    color="tab:red", label=f"VP8 video call, {size}: {_kbps(vp8.wire_kbps)}")  # fmt: skip
        if ours:
            ax.plot([t for t, _ in ours], [k for _, k in ours], "o-", color="tab:blue",
                    label=f"photocall, {call.packet_ms or '?'} ms packets: "
                    f"{_kbps(call.photocall_kbps)}")  # fmt: skip
        ax.axhline(TARGET_KBPS, color="k", lw=1.2, ls="--",
                   label=f"photocall's target: {TARGET_KBPS} kbit/s")  # fmt: skip
        ax.set_yscale("log")
        _plain_ticks(ax.yaxis)
        peak = max((k for s in (theirs, ours) if s for _, k in s), default=100.0)
        ax.set_yticks([t for t in (10, 20, 50, 100, 200, 500, 1000, 2000) if t <= 2 * peak])
        ax.set_xlabel("time into the measured window (s)")
        ax.set_ylabel("sent on the wire (kbit/s, log scale)")
        ax.set_title("Bitrate over time, every header included: photocall against a video call")
        ax.legend(loc="center right")
    return path.name


def _plain_ticks(axis) -> None:
    from matplotlib.ticker import NullFormatter, ScalarFormatter

    axis.set_major_formatter(ScalarFormatter())
    axis.set_minor_formatter(NullFormatter())


def plot_packetization(call: CallBench, out_dir: Path) -> str | None:
    rows = call.packetization
    if not rows:
        return None
    path = out_dir / "packetization.png"
    main_rate = rows[0].bitrate or 0
    main = [r for r in rows if r.bitrate == main_rate]
    with _figure(path) as (_, ax):
        latency = [r.latency_ms for r in main]
        ax.plot(latency, [r.wire_kbps for r in main], "o-", ms=8,
                label=f"on the wire, all headers (Opus at {main_rate / 1000:g} kbit/s)")  # fmt: skip
        ax.plot(latency, [r.payload_kbps for r in main], "s--", ms=7,
                label="payload alone (Opus + face motion)")  # fmt: skip
        for r in main:
            ax.annotate(f"{r.ptime_ms} ms packets", (r.latency_ms, r.wire_kbps),
                        textcoords="offset points", xytext=(6, 6))  # fmt: skip
        for r in rows:
            if r not in main:
                ax.plot(r.latency_ms, r.wire_kbps, "^", ms=10,
                        label=f"on the wire, Opus at {r.bitrate / 1000:g} kbit/s, "
                        f"{r.ptime_ms} ms packets")  # fmt: skip
        ax.axhline(TARGET_KBPS, color="k", lw=1.2, ls=":", label=f"target: {TARGET_KBPS} kbit/s")
        ax.set_ylim(0, 1.15 * max(r.wire_kbps for r in rows))  # room for the annotations
        ax.margins(x=0.2)
        ax.set_xlabel("latency added: packet length + one-way delivery (ms)")
        ax.set_ylabel("bit rate (kbit/s)")
        ax.set_title("Longer packets: fewer headers per second, more latency")
        ax.legend(loc="lower left")
    return path.name


def plot_latency(call: CallBench, out_dir: Path) -> str | None:
    demo = call.demo
    if demo is None:
        return None
    latency, skew = list(demo.latency_samples_ms), list(demo.av_skew_samples_ms)
    if not latency and not skew:
        return None
    path = out_dir / "latency.png"
    with _figure(path, ncols=2) as (fig, (left, right)):
        if latency:
            left.hist(latency, bins=30, color="tab:blue")
            left.axvline(TARGET_LATENCY_P95_MS, color="k", ls="--",
                         label=f"target for the p95: ≤ {TARGET_LATENCY_P95_MS} ms")  # fmt: skip
            p95 = _percentile(latency, 95)
            left.axvline(p95, color="tab:red", ls=":", lw=2, label=f"measured p95: {p95:.0f} ms")
        left.set_xlabel("mouth-to-pixel latency (ms)")
        left.set_ylabel("video frames")
        left.set_title("Sound captured → its frame on screen")
        if skew:
            right.hist(skew, bins=30, color="tab:green")
            p95 = _percentile([abs(v) for v in skew], 95)
            for sign in (-1, 1):
                first = sign > 0  # one legend entry per line pair
                right.axvline(sign * TARGET_SKEW_MS, color="k", ls="--",
                              label=f"target: |skew| ≤ {TARGET_SKEW_MS} ms" if first else None)  # fmt: skip
                right.axvline(sign * p95, color="tab:red", ls=":", lw=2,
                              label=f"measured |skew| p95: {p95:.0f} ms" if first else None)  # fmt: skip
        right.set_xlabel("frame shown − its audio played (ms; > 0: video late)")
        right.set_ylabel("video frames")
        right.set_title("Audio/video skew")
        fig.suptitle(f"The whole call on loopback ({len(latency or skew)} frames)")
        fig.legend(loc="outside lower center", ncol=4, fontsize=11)  # below: bars fill the top
    return path.name


def render_runs(render: dict) -> list[tuple[str, str, dict]]:
    """(size, run key, timing) for every run of the render bench."""
    sizes = render.get("sizes", {})
    return [
        (size, name, timing)
        for size, entry in sizes.items()
        if isinstance(entry, dict)
        for name, timing in entry.get("runs", {}).items()
        if isinstance(timing, dict) and "median_ms" in timing
    ]


def plot_render(render: dict, out_dir: Path) -> str | None:
    rows = render_runs(render)
    if not rows:
        return None
    path = out_dir / "render.png"
    names = list(dict.fromkeys(name for _, name, _ in rows))  # first seen first
    sizes = list(dict.fromkeys(size for size, _, _ in rows))
    height = max(FIGSIZE[1], 1.2 + 0.45 * len(names) * len(sizes))
    bar = 0.8 / len(sizes)
    with _figure(path, height=height) as (fig, ax):
        for i, size in enumerate(sizes):
            timing = {name: t for s, name, t in rows if s == size}
            ys = [k + i * bar for k, name in enumerate(names) if name in timing]
            ms = [timing[name]["median_ms"] for name in names if name in timing]
            color = SIZE_COLORS.get(size)
            ax.barh(ys, ms, height=bar, color=color, label=f"{size}×{size} px")
            for y, value in zip(ys, ms, strict=True):
                ax.annotate(f"{_ms(value)} ms ({1000 / value:.3g} fps)", (value, y),
                            va="center", xytext=(4, 0), textcoords="offset points", fontsize=11,
                            bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none",
                                  "alpha": 0.8})  # fmt: skip
            target = render["sizes"][size].get("target_fps")
            if target:
                ax.axvline(1000 / target, color=color, ls=":", lw=1.5,
                           label=f"target at {size}×{size}: {target:g} frames/s")  # fmt: skip
        ax.axvline(1000 / VIDEO_FPS, color="k", ls="--", lw=1.2,
                   label=f"{VIDEO_FPS} frames/s, the call's video rate")  # fmt: skip
        ax.set_yticks([k + bar * (len(sizes) - 1) / 2 for k in range(len(names))])
        ax.set_yticklabels([run_label(n) for n in names])
        ax.invert_yaxis()
        ax.set_xscale("log")
        _plain_ticks(ax.xaxis)
        longest = max(t["median_ms"] for _, _, t in rows)
        ax.set_xlim(right=longest * 10)  # room for the value labels
        ax.set_xlabel("time per frame, median wall clock (ms, log scale; shorter is better)")
        ax.set_title("Render time per frame, per backend and size")
        fig.legend(loc="outside lower center", ncol=3, fontsize=11)
    return path.name


def _ms(value: float) -> str:
    """3.77, 20.4, 132, 1424: about three digits, never an exponent."""
    return f"{value:.0f}" if value >= 100 else f"{value:.3g}"


# --- the side-by-side calls (call.json "calls") --------------------------------------------------

KIND_COLORS = {"photocall": "tab:blue", "voice": "tab:green", "video": "tab:red"}


def call_label(row: CallRow) -> str:
    """The row's name, then its setting wrapped below it, for the bar plots' axis."""
    import textwrap

    return "\n".join([row.name, *textwrap.wrap(row.setting, 44)])


def _measured(call: CallBench) -> list[CallRow]:
    return [r for r in call.calls if r.available]


def _bars(ax, rows: list[CallRow], series: list[tuple[str, list[float | None], str]],
          unit: str) -> None:  # fmt: skip
    """Horizontal bars, one group per row, one bar per (label, values, hatch) in ``series``."""
    height = 0.8 / len(series)
    for j, (label, values, hatch) in enumerate(series):
        ys = [k + j * height for k in range(len(rows))]
        ok = [(y, v, r) for y, v, r in zip(ys, values, rows, strict=True) if v is not None]
        ax.barh([y for y, _, _ in ok], [v for _, v, _ in ok], height=height, hatch=hatch,
                color=[KIND_COLORS.get(r.kind, "0.5") for _, _, r in ok], edgecolor="k",
                label=label)  # fmt: skip
        for y, v, _ in ok:
            ax.annotate(f"{_ms(v)} {unit}", (v, y), va="center", xytext=(4, 0),
                        textcoords="offset points", fontsize=10)  # fmt: skip
    ax.set_yticks([k + height * (len(series) - 1) / 2 for k in range(len(rows))])
    ax.set_yticklabels([call_label(r) for r in rows], fontsize=10)
    ax.invert_yaxis()


def _bar_height(rows: list) -> float:
    return max(FIGSIZE[1], 1.8 + 1.0 * len(rows))


def plot_calls_wire(call: CallBench, out_dir: Path) -> str | None:
    rows = _measured(call)
    if not rows:
        return None
    path = out_dir / "calls_wire.png"
    with _figure(path, height=_bar_height(rows)) as (fig, ax):
        _bars(ax, rows, [("while speaking", [r.wire_kbps_speaking for r in rows], ""),
                         ("while silent (the pause)", [r.wire_kbps_silent for r in rows], "//")],
              "kbit/s")  # fmt: skip
        ax.axvline(TARGET_KBPS, color="k", ls="--", lw=1.2,
                   label=f"photocall's target while speaking: {TARGET_KBPS} kbit/s")  # fmt: skip
        ax.axvline(TARGET_SILENT_KBPS, color="k", ls=":", lw=1.2,
                   label=f"… while silent: {TARGET_SILENT_KBPS} kbit/s")  # fmt: skip
        ax.set_xscale("log")
        _plain_ticks(ax.xaxis)
        ax.set_xlim(right=4 * max(v for r in rows for v in (r.wire_kbps_speaking,
                                                            r.wire_kbps_silent) if v))  # fmt: skip
        ax.set_xlabel("sender → receiver, every header (kbit/s, log scale)")
        ax.set_title("Wire rate per call: speaking and silent")
        fig.legend(loc="outside lower center", ncol=2, fontsize=11)
    return path.name


def plot_calls_latency(call: CallBench, out_dir: Path) -> str | None:
    rows = [r for r in _measured(call) if r.latency_ms is not None]
    if not rows:
        return None
    path = out_dir / "calls_latency.png"
    with _figure(path, height=_bar_height(rows)) as (fig, ax):
        _bars(ax, rows, [("p50", [r.latency_ms.p50 for r in rows if r.latency_ms], ""),
                         ("p95", [r.latency_ms.p95 for r in rows if r.latency_ms], "//")],
              "ms")  # fmt: skip
        ax.axvline(TARGET_LATENCY_P95_MS, color="k", ls="--", lw=1.2,
                   label=f"photocall's target for the p95: {TARGET_LATENCY_P95_MS} ms")  # fmt: skip
        ax.set_xscale("log")
        _plain_ticks(ax.xaxis)
        longest = max(v for r in rows if r.latency_ms for v in (r.latency_ms.p95 or 0,))
        ax.set_xlim(right=5 * max(longest, TARGET_LATENCY_P95_MS))
        ax.set_xlabel("capture → frame / sound ready (ms, log scale)")
        ax.set_title("Latency per call: p50 and p95")
        fig.legend(loc="outside lower center", ncol=3, fontsize=11)
    return path.name


def plot_calls_cpu(call: CallBench, out_dir: Path) -> str | None:
    rows = [r for r in _measured(call) if r.cpu_ms_per_frame is not None]
    if not rows:
        return None
    path = out_dir / "calls_cpu.png"
    with _figure(path, height=_bar_height(rows)) as (fig, ax):
        _bars(ax, rows, [("process CPU, both ends", [r.cpu_ms_per_frame for r in rows], "")],
              "ms")  # fmt: skip
        ax.axvline(40, color="k", ls="--", lw=1.2, label="40 ms: one core, all of it")
        ax.set_xlim(right=1.4 * max(40.0, *(r.cpu_ms_per_frame or 0 for r in rows)))
        ax.set_xlabel("CPU ms per 40 ms of call (one frame at 25 fps)")
        ax.set_title("CPU per call, both ends")
        fig.legend(loc="outside lower center", ncol=2, fontsize=11)
    return path.name


def plot_calls_series(call: CallBench, out_dir: Path) -> str | None:
    rows = [r for r in _measured(call) if r.series]
    if not rows:
        return None
    path = out_dir / "calls_series.png"
    styles = ["-", "--", ":", "-."]
    seen: dict[str, int] = {}
    with _figure(path) as (fig, ax):
        clip = call.clip
        if clip is not None and clip.silent is not None:
            ax.axvspan(*clip.silent, color="0.88", label="the pause (measured part)")
        for r in rows:
            style = styles[seen.get(r.kind, 0) % len(styles)]
            seen[r.kind] = seen.get(r.kind, 0) + 1
            ax.plot([t for t, _ in r.series], [max(k, 0.1) for _, k in r.series], style,
                    color=KIND_COLORS.get(r.kind, "0.5"), lw=2,
                    label=r.name)  # fmt: skip
        ax.axhline(TARGET_KBPS, color="k", lw=1, ls="--", label=f"target: {TARGET_KBPS} kbit/s")
        ax.set_yscale("log")
        _plain_ticks(ax.yaxis)
        ax.set_xlabel("seconds of speech")
        ax.set_ylabel("sent on the wire (kbit/s, log)")
        ax.set_title("Bitrate over the same speech, every header included")
        fig.legend(loc="outside right center", fontsize=10)
    return path.name
