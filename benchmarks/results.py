"""The bench results as types: what a bench's ``run()`` returns and what ``report.py`` reads.

Inside, frozen dataclasses; at the JSON boundary (``NAME.json``), ``to_json`` on the way out and
``from_json`` on the way back. Reading is lenient on purpose: ``RESULTS.md`` is rewritten from
whatever results a folder holds, some written by older versions of a bench, so a figure a result
lacks reads as None (shown as "not measured") and keys a type does not know are skipped (the
report's "every figure" tables still list them, from the raw JSON).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import asdict, dataclass
from typing import Any, TypeVar

from photocall.benchmarks.vp8_baseline import Vp8Result
from photocall.receiver.stats import Percentiles
from photocall.shared.errors import UserError

T = TypeVar("T")


class ResultError(UserError):
    """A result is not shaped like its type (an object where a list belongs, ...)."""


def _dataclass_in(hint: Any) -> type | None:
    """The dataclass in a field's type (``Percentiles | None`` -> Percentiles), if any."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        candidates = typing.get_args(hint)
    else:
        candidates = (hint,)
    found = [a for a in candidates if isinstance(a, type) and dataclasses.is_dataclass(a)]
    return found[0] if found else None


def _value(hint: Any, value: Any, where: str) -> Any:
    if value is None:
        return None
    inner = _dataclass_in(hint)
    if inner is not None:
        return from_json(inner, value, where)
    if typing.get_origin(hint) is tuple:
        if not isinstance(value, (list, tuple)):
            raise ResultError(f"{where}: expected a list, got {type(value).__name__}")
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_value(args[0], v, f"{where}[{i}]") for i, v in enumerate(value))
        return tuple(_value(a, v, f"{where}[{i}]") for i, (a, v) in enumerate(zip(args, value)))
    return value


def from_json(cls: type[T], data: Any, where: str = "result") -> T:
    """``cls`` (a dataclass) from its JSON object; missing figures are None (see the module
    doc), unknown keys are skipped. ResultError names the place that is not shaped right."""
    if not isinstance(data, dict):
        raise ResultError(f"{where}: expected an object, got {type(data).__name__}")
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            values[f.name] = _value(hints[f.name], data[f.name], f"{where}.{f.name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            values[f.name] = None
    return cls(**values)


def rounded(data: dict[str, Any], digits: int = 3) -> dict[str, Any]:
    """Floats rounded for a readable JSON, in lists and nested lists too (series)."""

    def r(value: Any) -> Any:
        if isinstance(value, float):
            return round(value, digits)
        if isinstance(value, (list, tuple)):
            return [r(v) for v in value]
        return value

    return {k: r(v) for k, v in data.items()}


# --- the call bench (call.json) ------------------------------------------------------------------


@dataclass(frozen=True)
class PacketizationResult:
    """One packet interval, measured over a real data channel.

    wire_kbps: sender->receiver on the wire (IPv4); reverse_kbps: receiver->sender (SCTP SACKs);
    payload_kbps: the encoded media packets alone; opus_kbps/motion_kbps: their parts;
    packet_bytes: mean encoded packet size; one_way_ms: send -> receive, p50/p95;
    latency_ms: packet interval + one-way p50 (what the oldest sample in a packet waits);
    delivered: fraction of packets received; series: (s, wire kbit/s)."""

    ptime_ms: int
    bitrate: int
    packets: int
    wire_kbps: float
    reverse_kbps: float
    payload_kbps: float
    opus_kbps: float
    motion_kbps: float
    packet_bytes: float
    one_way_ms_p50: float
    one_way_ms_p95: float
    latency_ms: float
    delivered: float
    series: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True)
class DemoFigures:
    """The whole call (``photocall demo``) as the call bench reports it: the receiver's figures
    (``receiver/STATS.md``: frames, duration_s = the MP4's video length, video_fps, render_ms,
    latency_ms = mouth_to_pixel_ms, av_skew_ms, first_frame_after_link_ms, media_s, wire_kbps,
    payload_kbps, loss_pct, concealed_pct, packet_ms), render_fps = 1000 / median render ms,
    wall_s: the whole demo; the per-frame samples behind the percentiles (ms, rounded to 0.01)
    and abs_av_skew_ms_p95: the p95 of |A/V skew| (None without frames)."""

    frames: int | None = None
    duration_s: float | None = None
    video_fps: float | None = None
    render_fps: float | None = None
    render_ms: Percentiles | None = None
    latency_ms: Percentiles | None = None
    av_skew_ms: Percentiles | None = None
    first_frame_after_link_ms: float | None = None
    media_s: float | None = None
    wire_kbps: float | None = None
    payload_kbps: float | None = None
    loss_pct: float | None = None
    concealed_pct: float | None = None
    packet_ms: float | None = None
    wall_s: float | None = None
    latency_samples_ms: tuple[float, ...] = ()
    av_skew_samples_ms: tuple[float, ...] = ()
    render_samples_ms: tuple[float, ...] = ()
    abs_av_skew_ms_p95: float | None = None


@dataclass(frozen=True)
class CpuFigures:
    """CPU time per video frame (40 ms: two 20 ms audio steps at 25 fps), in ms: sender_ms =
    Opus + audio -> motion; receiver_ms: render (thread CPU), render_wall_ms (wall); the VP8
    baseline's encode and decode; and per 20 ms of audio, the sender's two parts."""

    sender_ms: float | None = None
    opus_ms_per_20ms: float | None = None
    motion_ms_per_20ms: float | None = None
    receiver_ms: float | None = None
    render_wall_ms: float | None = None
    vp8_encode_ms: float | None = None
    vp8_decode_ms: float | None = None


@dataclass(frozen=True)
class CallRow:
    """One call of the side-by-side comparison (``side_by_side``), all over the same speech.

    name: what it is, in words; kind: "photocall", "voice" (an RTP Opus call) or "video" (an
    RTP VP8 call); setting: its codec settings as set (e.g. aiortc's Opus bit rate);
    available: False when this version of photocall cannot run it (``note`` says why; every
    figure is then None). wire_kbps_speaking / wire_kbps_silent: sender -> receiver on the wire,
    every header counted (``meter``), over the sentences / the pause; reverse_kbps:
    receiver -> sender over the whole clip. latency: what ``latency_ms`` measures
    ("mouth-to-pixel", "mouth-to-ear", "capture-to-display"); latency_ms: its p50/p95 over
    ``latency_samples`` frames. cpu_ms_per_frame: process CPU time (both ends, every thread)
    per 40 ms of call over the clip. series: (s of speech, sender -> receiver kbit/s).
    note: what to know when reading the row."""

    name: str
    kind: str
    setting: str
    available: bool = True
    wire_kbps_speaking: float | None = None
    wire_kbps_silent: float | None = None
    reverse_kbps: float | None = None
    latency: str | None = None
    latency_ms: Percentiles | None = None
    latency_samples: int | None = None
    cpu_ms_per_frame: float | None = None
    series: tuple[tuple[float, float], ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class ClipFigures:
    """The side-by-side bench's speech (``paused_speech``): its length, the sentences and the
    measured part of the pause, in seconds."""

    seconds: float | None = None
    speaking: tuple[tuple[float, float], ...] = ()
    silent: tuple[float, float] | None = None


@dataclass(frozen=True)
class CallBench:
    """``call.json``: the same ``seconds`` of speech through every packet interval
    (``packetization``; the first ``PACKET_MS`` rows at the default Opus rate, then variants),
    the VP8 baseline of the same frames, and the whole demo call. packet_ms: the call's default
    packet length, whose wire rate is the headline (``photocall_kbps``, its ``series``);
    ratio_vs_vp8 = vp8_kbps / photocall_kbps."""

    seconds: float | None = None
    packet_ms: int | None = None
    packetization: tuple[PacketizationResult, ...] = ()
    series: tuple[tuple[float, float], ...] = ()
    vp8: Vp8Result | None = None
    photocall_kbps: float | None = None
    vp8_kbps: float | None = None
    ratio_vs_vp8: float | None = None
    demo: DemoFigures | None = None
    cpu: CpuFigures | None = None
    clip: ClipFigures | None = None
    calls: tuple[CallRow, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The JSON object (packetization rows and VP8 figures rounded to 3 digits)."""
        data = asdict(self)
        data["packetization"] = [rounded(row) for row in data["packetization"]]
        data["vp8"] = None if data["vp8"] is None else rounded(data["vp8"])
        data["calls"] = [rounded(row) for row in data["calls"]]
        return data


# --- the other benches: the figures the targets read ------------------------------------------


@dataclass(frozen=True)
class Timing:
    """Per-call time of one timed function, in ms."""

    median_ms: float | None = None
    p90_ms: float | None = None
    p99_ms: float | None = None


@dataclass(frozen=True)
class MotionBench:
    """``motion.json``'s headline: the predictor's time per 20 ms push and its target."""

    target_median_ms: float | None = None
    predictor: Timing | None = None


@dataclass(frozen=True)
class SignalingBench:
    """``signaling.json``'s headline: relay latency p99 and its target."""

    relay_p99_ms: float | None = None
    target_p99_ms: float | None = None


@dataclass(frozen=True)
class RenderSize:
    """One render size of ``render.json``: the best backend's frames per second."""

    best_fps: float | None = None


def render_size(render: dict[str, Any], size: int) -> RenderSize | None:
    """The render bench's figures at ``size`` (its JSON keys sizes by their decimal string)."""
    sizes = render.get("sizes")
    entry = sizes.get(str(size)) if isinstance(sizes, dict) else None
    return None if entry is None else from_json(RenderSize, entry, f"render.sizes.{size}")
