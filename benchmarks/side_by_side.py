"""Bench "call", side by side: photocall against plain WebRTC calls, each over the same speech.

One run, the same clip for every call (``paused_speech``: a sentence, a pause of at least 2 s, a
sentence) and the same meter (``meter``: wire bytes both ways at the transport, every header
counted; process CPU):

* photocall, protocol v2 at its defaults; v2 with ``--max-kbps 16``; protocol v1. Each a whole
  call as ``photocall demo`` makes it (signaling server, ``run_sender`` / ``run_receiver`` with
  their configs, MP4 recording included), so the rows are what the sender and receiver configs
  make. Latency: the receiver's mouth-to-pixel (``receiver/STATS.md``). The first whole call in
  a process runs slow (its first model steps and renders, aiortc's first connection: the v2
  row once read 439 / 1185 ms p50 / p95 against 146 / 263 ms for the same call alone), so a
  warm-up call over the clip's first ``WARMUP_S`` goes first and is not reported.
* a voice call: aiortc's Opus over RTP at 20 ms, as aiortc sets it, and at 32 kbit/s (libwebrtc's
  default for voice). Latency: mouth-to-ear up to the decoded audio (``rtp_calls``).
* a video call: the photo frames rendered from the clip's motion, through aiortc's VP8 at its
  defaults and capped at 150 kbit/s. Latency: capture-to-display up to the decoded frame.

Clip time on the wire: for photocall, the meter is read as each media packet is handed to the
channel and placed at that packet's audio time (its sample timestamp), so a window of the clip
counts the bytes sent for that audio even when a starved sender sends late (on 2 busy cores it
does); what is sent between packets (control messages, heartbeats) counts in the time between
them. For the RTP calls, the meter samples every 50 ms and clip second 0 is where their tracks
hand over clip frame 0. CPU: process CPU over the clip on the same time axis, per 40 ms. Hooks on ``shared.peer.Link`` sends,
installed through ``shared.peer.Mesh.attach`` for the length of a photocall row, find the two
peer connections and read the meter; nothing in the sender or receiver changes.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import secrets
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from photocall.benchmarks import rtp_calls
from photocall.benchmarks.meter import Meter, Timeline
from photocall.benchmarks.paused_speech import PausedSpeech
from photocall.benchmarks.results import CallRow, DemoFigures
from photocall.receiver.stats import Percentiles
from photocall.sender.motion.audio_io import write_wav
from photocall.shared.codec import SAMPLE_RATE

if TYPE_CHECKING:
    from photocall.receiver.stats import CallReport

MAX_KBPS = 16
VOICE_BROWSER_BPS = 32_000
"""libwebrtc's Opus rate for a mono voice call (what a browser sends by default)."""
VP8_CAP_BPS = 150_000
VIDEO_FPS = 25
VIDEO_WARMUP_S = 2.0
"""VP8's key frame and rate ramp, before clip second 0 (the clip's first frames, looped in)."""
VOICE_WARMUP_S = 0.3
"""Silence before the voice call's clip: the same as photocall's sender's lead-in."""
CONNECT_TIMEOUT_S = 30.0
WARMUP_S = 3.0
"""The warm-up call's length: the clip's first seconds (speech), not reported."""
SENDER_ID, RECEIVER_ID = "bench-sender", "bench-receiver"


def max_kbps_supported() -> bool:
    """Whether this sender has a wire budget (``SenderConfig.max_kbps``)."""
    from photocall.sender.session import SenderConfig

    return "max_kbps" in {f.name for f in dataclasses.fields(SenderConfig)}


# --- photocall rows ------------------------------------------------------------------------------


@dataclasses.dataclass
class _Watch:
    """What the hooks saw: the meter read at each packet (at its audio time: seconds from the
    stream's first sample), the receiver's stats."""

    meter: Meter
    first_ts: int | None = None
    last_ts: int | None = None
    packet_s: float = 0.0
    stats: list = dataclasses.field(default_factory=list)

    def media(self, ts: int) -> None:
        if self.first_ts is None:
            self.first_ts = ts
        elif self.last_ts is not None and ts != self.last_ts:
            self.packet_s = ((ts - self.last_ts) % 2**32) / SAMPLE_RATE
        self.last_ts = ts
        self.meter.sample(((ts - self.first_ts) % 2**32) / SAMPLE_RATE)

    def control(self) -> None:
        """Bytes up to a control message count up to the end of the last packet's audio."""
        if self.first_ts is not None and self.last_ts is not None:
            self.meter.sample(((self.last_ts - self.first_ts) % 2**32) / SAMPLE_RATE
                              + self.packet_s)  # fmt: skip


@contextlib.contextmanager
def _hooks(watch: _Watch) -> Iterator[None]:
    """Find the sender's and receiver's peer connections as their meshes attach them, note each
    media packet the sender sends, and keep the receiver's per-frame samples (its report keeps
    only percentiles)."""
    from photocall.receiver import stats as receiver_stats
    from photocall.shared import peer, protocol

    attach, report = peer.Mesh.attach, receiver_stats.StreamStats.report

    def hooked_attach(mesh, state, pc):
        link = attach(mesh, state, pc)
        if mesh.peer_id == SENDER_ID:
            watch.meter.watch(sender_pc=pc)
            send_media, send_control = link.media_send, link.send_control

            def media_send(data: bytes) -> bool:
                watch.media(protocol.decode(data).timestamp)
                return send_media(data)

            def control_send(data: bytes) -> bool:
                watch.control()
                return send_control(data)

            link.media_send = media_send
            link.send_control = control_send
        elif mesh.peer_id == RECEIVER_ID:
            watch.meter.watch(receiver_pc=pc)
        return link

    def hooked_report(self, *args, **kwargs):
        watch.stats.append(self)
        return report(self, *args, **kwargs)

    peer.Mesh.attach = hooked_attach  # type: ignore[method-assign]
    receiver_stats.StreamStats.report = hooked_report  # type: ignore[method-assign]
    try:
        yield
    finally:
        peer.Mesh.attach = attach  # type: ignore[method-assign]
        receiver_stats.StreamStats.report = report  # type: ignore[method-assign]


async def _photocall(wav: Path, tmp: Path, sender: dict[str, Any], receiver: dict[str, Any],
                     meter: Meter) -> CallReport:  # fmt: skip
    from photocall.receiver.config import ReceiverConfig
    from photocall.receiver.session import run_receiver
    from photocall.sender.session import SenderConfig, run_sender
    from photocall.shared.room import RoomConfig
    from photocall.signaling.client import SignalingClient
    from photocall.signaling.config import SignalingConfig
    from photocall.signaling.server import SignalingServer
    from photocall.signaling.tokens import make_token

    room, secret = f"bench-{secrets.token_hex(4)}", secrets.token_hex(16)
    token = make_token(secret, room, 3600)
    async with SignalingServer(SignalingConfig(port=0, secret=secret, serve_static=False)) as srv:
        receiving = asyncio.create_task(run_receiver(SignalingClient, ReceiverConfig(
            RoomConfig(srv.url, room, peer_id=RECEIVER_ID, token=token),
            out=tmp / "call.mp4", stats=tmp / "stats.json", exit_when_done=True, **receiver)))  # fmt: skip
        try:
            await run_sender(SignalingClient, SenderConfig(
                RoomConfig(srv.url, room, peer_id=SENDER_ID, token=token), audio=wav,
                connect_timeout_s=CONNECT_TIMEOUT_S, **sender))  # fmt: skip
            received = await asyncio.wait_for(asyncio.shield(receiving), 15.0)
        finally:
            if not receiving.done():
                receiving.cancel()
                await asyncio.gather(receiving, return_exceptions=True)
    if received.report is None or not received.report.peers:
        raise RuntimeError("the receiver got no stream from the sender")
    return received.report


def photocall_row(clip: PausedSpeech, name: str, setting: str, sender: dict[str, Any],
                  receiver: dict[str, Any]) -> tuple[CallRow, DemoFigures]:  # fmt: skip
    """One photocall call of ``clip`` with these ``SenderConfig`` / ``ReceiverConfig`` fields."""
    from photocall.sender.session import SenderConfig
    from photocall.shared.cli_args import default_of

    lead_in_s = sender.get("lead_in_s", default_of(SenderConfig, "lead_in_s"))
    watch = _Watch(Meter())
    with tempfile.TemporaryDirectory(prefix="photocall-bench-") as folder, _hooks(watch):
        tmp = Path(folder)
        write_wav(tmp / "speech.wav", clip.pcm)
        started = time.monotonic()
        report = asyncio.run(_photocall(tmp / "speech.wav", tmp, sender, receiver, watch.meter))
        wall_s = time.monotonic() - started
    if watch.first_ts is None:
        raise RuntimeError("the sender sent no media packets")
    timeline = Timeline(tuple(watch.meter.samples), lead_in_s)
    demo = _demo_figures(report, wall_s, watch.stats[-1] if watch.stats else None)
    (peer,) = report.peers
    row = CallRow(
        name=name,
        kind="photocall",
        setting=f"{setting}; {peer.packet_ms:g} ms packets" if peer.packet_ms else setting,
        latency="mouth-to-pixel",
        latency_ms=peer.mouth_to_pixel_ms,
        latency_samples=len(demo.latency_samples_ms),
        note=(
            "the receiver's own measure (its speech detector, at the transport): speaking "
            f"{_kbps(peer.wire_kbps_speaking)}, silent {_kbps(peer.wire_kbps_silent)} kbit/s"
        ),
        **_wire(timeline, clip),
    )
    return row, demo


def warm_up(clip: PausedSpeech) -> None:
    """One whole v2 call over the clip's first ``WARMUP_S``, its figures thrown away: the rows
    after it are not a process's first call."""
    with tempfile.TemporaryDirectory(prefix="photocall-bench-") as folder:
        tmp = Path(folder)
        write_wav(tmp / "speech.wav", clip.pcm[: round(WARMUP_S * SAMPLE_RATE)])
        v2 = {"protocols": (2,)}
        asyncio.run(_photocall(tmp / "speech.wav", tmp, v2, v2, Meter()))


def _kbps(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _wire(timeline: Timeline, clip: PausedSpeech) -> dict[str, Any]:
    """The wire figures and the CPU per 40 ms over the clip."""
    return {
        "cpu_ms_per_frame": timeline.cpu_ms_per_frame(0.0, clip.seconds),
        "wire_kbps_speaking": timeline.kbps(clip.speaking),
        "wire_kbps_silent": timeline.kbps((clip.silent,)),
        "reverse_kbps": timeline.kbps(((0.0, clip.seconds),), "reverse"),
        "series": timeline.series(clip.seconds),
    }


def _demo_figures(report: CallReport, wall_s: float, stats: Any) -> DemoFigures:
    """The figures of a photocall row's ``CallReport`` (``receiver/STATS.md``) that the call
    section reports, with the per-frame samples behind its percentiles."""
    (peer,) = report.peers
    mp4 = report.mp4
    render = peer.render_ms
    figures = DemoFigures(
        frames=mp4.frames if mp4 else None,
        duration_s=mp4.video_s if mp4 else None,
        video_fps=mp4.fps if mp4 else None,
        render_fps=round(1000 / render.p50, 1) if render.p50 else 0.0,
        render_ms=render,
        latency_ms=peer.mouth_to_pixel_ms,
        av_skew_ms=peer.av_skew_ms,
        first_frame_after_link_ms=peer.first_frame_after_link_ms,
        media_s=peer.media_s,
        wire_kbps=peer.wire_kbps,
        payload_kbps=peer.payload_kbps,
        loss_pct=peer.loss_pct,
        concealed_pct=peer.concealed_pct,
        packet_ms=peer.packet_ms,
        wall_s=round(wall_s, 2),
    )
    if stats is None:
        return figures
    skew = list(stats.av_skew_ms)
    return replace(
        figures,
        latency_samples_ms=tuple(round(v, 2) for v in stats.mouth_to_pixel_ms),
        av_skew_samples_ms=tuple(round(v, 2) for v in skew),
        render_samples_ms=tuple(round(v, 2) for v in stats.render_ms),
        abs_av_skew_ms_p95=float(np.percentile(np.abs(skew), 95)) if skew else None,
    )


# --- the RTP baselines ---------------------------------------------------------------------------


def _rtp_row(call: rtp_calls.RtpCall, clip: PausedSpeech, **fields: Any) -> CallRow:
    return CallRow(
        latency_ms=Percentiles.of(list(call.latency_ms)),
        latency_samples=len(call.latency_ms),
        **_wire(call.timeline, clip),
        **fields,
    )


def voice_row(clip: PausedSpeech, opus_bps: int | None) -> CallRow:
    call = rtp_calls.voice_call(clip.pcm, VOICE_WARMUP_S, opus_bps)
    as_set = opus_bps is None
    bps = rtp_calls.opus_bitrate() if as_set else opus_bps
    return _rtp_row(
        call, clip,
        name=f"voice call, Opus {bps / 1000:g} kbit/s",
        kind="voice",
        setting=f"RTP, Opus {bps / 1000:g} kbit/s "
        f"({'as aiortc sets it' if as_set else 'libwebrtc’s voice default'}), stereo, 20 ms, "
        "voip, no DTX",
        latency="mouth-to-ear",
    )  # fmt: skip


def video_row(clip: PausedSpeech, frames: list[np.ndarray], cap_bps: int | None) -> CallRow:
    call = rtp_calls.video_call(frames, VIDEO_FPS, VIDEO_WARMUP_S, cap_bps)
    height, width = frames[0].shape[:2]
    rate = ("500 kbit/s start, 250–1500 by REMB (aiortc's defaults)" if cap_bps is None
            else f"start, floor and ceiling {cap_bps / 1000:g} kbit/s")  # fmt: skip
    return _rtp_row(
        call, clip,
        name="VP8 video call, " + ("aiortc's defaults" if cap_bps is None
                                    else f"capped at {cap_bps / 1000:g} kbit/s"),
        kind="video",
        setting=f"RTP, VP8 {width}×{height} at {VIDEO_FPS} fps, {rate}",
        latency="capture-to-display",
        note="video only (no audio track); the frames are the photo rendered from the speech",
    )  # fmt: skip


def _budget_row(clip: PausedSpeech, progress: Callable[[str], None]) -> CallRow:
    """v2 with ``--max-kbps 16``, or a row that says why this sender cannot run it."""
    from photocall.shared.errors import UserError

    name, setting = f"photocall v2, --max-kbps {MAX_KBPS}", f"protocol v2, max_kbps={MAX_KBPS}"
    if not max_kbps_supported():
        why = "this sender has no wire budget (SenderConfig.max_kbps)"
    else:
        progress(f"side by side: photocall v2 --max-kbps {MAX_KBPS}")
        try:
            row, _ = photocall_row(clip, name, setting, {"protocols": (2,), "max_kbps": MAX_KBPS},
                                   {"protocols": (2,)})  # fmt: skip
            return row
        except UserError as exc:  # the sender refuses the budget: say so, in its words
            why = f"the sender refused it: {exc}"
    return CallRow(name=name, kind="photocall", setting=setting, available=False,
                   note=f"not measured: {why}")  # fmt: skip


# --- all of them ---------------------------------------------------------------------------------


def run(
    clip: PausedSpeech,
    frames: Callable[[], list[np.ndarray]],
    progress: Callable[[str], None] = print,
) -> tuple[list[CallRow], DemoFigures]:
    """Every row over ``clip`` (``frames``: makes the video calls' pictures of it, after the
    photocall rows); the v2 default row's whole-call figures as the call section's demo."""
    rows: list[CallRow] = []
    progress(f"side by side: a warm-up call ({WARMUP_S:g} s, not reported)")
    warm_up(clip)
    progress("side by side: photocall v2 at its defaults")
    v2, demo = photocall_row(clip, "photocall v2", "protocol v2, defaults",
                             {"protocols": (2,)}, {"protocols": (2,)})  # fmt: skip
    rows.append(v2)
    rows.append(_budget_row(clip, progress))
    progress("side by side: photocall v1")
    row, _ = photocall_row(clip, "photocall v1", "protocol v1, defaults",
                           {"protocols": (1,)}, {"protocols": (1,)})  # fmt: skip
    rows.append(row)
    progress("side by side: voice calls")
    rows.append(voice_row(clip, None))
    rows.append(voice_row(clip, VOICE_BROWSER_BPS))
    progress("side by side: video calls")
    pictures = frames()
    rows.append(video_row(clip, pictures, None))
    rows.append(video_row(clip, pictures, VP8_CAP_BPS))
    return rows, demo
