"""Bench "call": photocall side by side with a voice call and a video call, and the packetization
trade-off.

1. Packetization: what the live sender makes of synthesized speech (20 ms chunks into the audio ->
   motion predictor; one Opus packet per 20, 40 or 60 ms; the sender's ``Packetizer`` pairing it
   with the motion of the same instant), coded as protocol v2 (a call's default), sent in real
   time over a real ``media`` data channel
   (unordered, no retransmits) between two peer connections. Wire bytes are counted at the DTLS
   transport plus IPv4/UDP headers (``loopback``); latency is what a sample waits for its packet
   to fill (the packet interval) plus the measured one-way delivery time.
2. Side by side (``side_by_side``), one run, the same speech with a pause: photocall v2 at its
   defaults, v2 with ``--max-kbps 16``, v1, a plain WebRTC Opus voice call and VP8 video calls;
   wire kbit/s while speaking and while silent, latency p50/p95, CPU per frame. The v2 default
   call's whole-call figures (mouth-to-pixel, A/V skew, render rate) are the call section's.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from photocall.benchmarks import loopback
from photocall.benchmarks.results import CallBench, ClipFigures, CpuFigures, PacketizationResult
from photocall.shared.codec import FRAME_MS, FRAME_SAMPLES, PACKET_MS, SAMPLE_RATE
from photocall.shared.motion import MotionFrame
from photocall.shared.protocol import MediaPacket

LOW_BITRATE = 12_000
"""A variant at a lower Opus bit rate: how close the defaults' neighbours come to the budget."""
SERIES_INTERVAL_S = 0.5
"""Interval of the bitrate-over-time series (the VP8 baseline uses the same)."""


@dataclass(frozen=True)
class SenderRun:
    """The media packets the live sender makes of a clip, and what making them cost.

    opus_cpu_ms: median thread CPU time of the Opus encoder per 20 ms of audio. motion_cpu_ms:
    mean thread CPU time of the audio -> motion predictor per 20 ms push (a mean: the model runs
    on every other push at 25 fps, so the median would pick one kind of push)."""

    packet_ms: int
    bitrate: int
    packets: tuple[MediaPacket, ...]
    opus_cpu_ms: float
    motion_cpu_ms: float

    @property
    def motion(self) -> list[MotionFrame]:
        return sorted((f for p in self.packets for f in p.motion), key=lambda f: f.timestamp)


def speech_pcm(text: str) -> np.ndarray:
    """Synthesized speech of ``text``: float32 mono at 48 kHz, as the sender's --text source."""
    from photocall.sender.audio_sources import speech_audio

    return speech_audio(text)


class _Timed:
    """Thread CPU time of each call to a pipeline part (the predictor's ``push``, the encoder's
    ``encode``), so the bench runs the live sender's own pipeline and still sees its parts."""

    def __init__(self, part: Any, method: str) -> None:
        self.part = part
        self.samples_ns: list[int] = []
        self._method = getattr(part, method)
        setattr(self, method, self._timed)

    def __getattr__(self, name: str) -> Any:  # everything else (frame_samples, flush, ...)
        return getattr(self.part, name)

    def _timed(self, *args: Any) -> Any:
        t0 = time.thread_time_ns()
        out = self._method(*args)
        self.samples_ns.append(time.thread_time_ns() - t0)
        return out


def run_sender_encoders(pcm: np.ndarray, packet_ms: int, bitrate: int) -> SenderRun:
    """The live sender's pipeline (``sender.pipeline``) over a clip, without network or pacing."""
    from photocall.sender.motion import MotionConfig, StreamingPredictor
    from photocall.sender.opus import OpusConfig, OpusEncoder
    from photocall.sender.pipeline import SenderPipeline

    encoder = _Timed(OpusEncoder(OpusConfig(bitrate=bitrate, frame_ms=packet_ms)), "encode")
    predictor = _Timed(StreamingPredictor(MotionConfig(), sample_rate=SAMPLE_RATE), "push")
    pipeline = SenderPipeline(predictor, encoder)
    usable = len(pcm) - len(pcm) % encoder.frame_samples
    packets: list[MediaPacket] = []
    for start in range(0, usable, FRAME_SAMPLES):
        packets += pipeline.push(start, pcm[start : start + FRAME_SAMPLES])
    packets += pipeline.flush()
    opus_ns, motion_ns = encoder.samples_ns, predictor.samples_ns
    per_packet = packet_ms // FRAME_MS
    return SenderRun(
        packet_ms=packet_ms,
        bitrate=bitrate,
        packets=tuple(packets),
        opus_cpu_ms=_median_ms(opus_ns[5:] or opus_ns) / per_packet,
        motion_cpu_ms=statistics.fmean(motion_ns[10:] or motion_ns) / 1e6,
    )


def _median_ms(samples_ns: list[int]) -> float:
    return statistics.median(samples_ns) / 1e6 if samples_ns else float("nan")


@dataclass(frozen=True)
class RenderRun:
    """Frames rendered from the sender's motion on the bundled photo; render_ms: median wall
    time per frame; render_cpu_ms: median thread CPU time per frame (torch may use more
    threads, so the wall time is what bounds the frame rate)."""

    frames: tuple[np.ndarray, ...]
    render_ms: float
    render_cpu_ms: float


def render_motion(motion: list, count: int) -> RenderRun:
    """Render the first ``count`` motion frames with the default renderer."""
    from photocall.receiver.render import create_renderer, default_photo_bytes, prepare_photo

    renderer = create_renderer(prepare_photo(default_photo_bytes()))
    frames, wall_ns, cpu_ns = [], [], []
    for frame in motion[:count]:
        w0, c0 = time.perf_counter_ns(), time.thread_time_ns()
        frames.append(renderer.render_frame(frame))
        wall_ns.append(time.perf_counter_ns() - w0)
        cpu_ns.append(time.thread_time_ns() - c0)
    return RenderRun(
        frames=tuple(frames),
        render_ms=_median_ms(wall_ns[5:] or wall_ns),
        render_cpu_ms=_median_ms(cpu_ns[5:] or cpu_ns),
    )


async def _send_over_channel(packets: list, ptime_ms: int, bitrate: int) -> PacketizationResult:
    from photocall.shared.media_v2 import MediaEncoderV2
    from photocall.shared.protocol import MediaPacketV2, ProtocolError, decode, encode

    sender, receiver = loopback.new_peer_connection(), loopback.new_peer_connection()
    channel = sender.createDataChannel("media", ordered=False, maxRetransmits=0)
    opened = asyncio.Event()
    channel.on("open", opened.set)
    sent_ns: dict[int, int] = {}
    one_way_ns: list[int] = []

    def on_message(message: bytes) -> None:
        arrived = time.perf_counter_ns()
        try:
            packet = decode(message)
        except ProtocolError:
            return
        if isinstance(packet, MediaPacketV2) and packet.seq in sent_ns:
            one_way_ns.append(arrived - sent_ns[packet.seq])

    receiver.on("datachannel", lambda ch: ch.on("message", on_message))
    coder = MediaEncoderV2()  # protocol v2, a call's default wire format
    v2 = [coder.encode(p) for p in packets]
    encoded = [encode(p) for p in v2]
    try:
        await loopback.connect(sender, receiver)
        await asyncio.wait_for(opened.wait(), 10)
        await asyncio.sleep(0.2)  # let the SCTP association settle before the window opens
        first, reverse_first = loopback.wire_sample(sender), loopback.wire_sample(receiver)
        samples = [first]
        sampler = asyncio.ensure_future(_sample_every(sender, SERIES_INTERVAL_S, samples))
        start = time.perf_counter()
        for index, (packet, data) in enumerate(zip(packets, encoded, strict=True)):
            # A packet leaves when its last 20 ms frame has been captured.
            due = start + (index + 1) * ptime_ms / 1000
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            sent_ns[packet.seq] = time.perf_counter_ns()
            channel.send(data)
        await asyncio.sleep(ptime_ms / 1000)  # the window is whole packet intervals
        last, reverse_last = loopback.wire_sample(sender), loopback.wire_sample(receiver)
        sampler.cancel()
    finally:
        await sender.close()
        await receiver.close()
    seconds = len(packets) * ptime_ms / 1000
    opus_bytes = sum(len(p.opus) for p in packets)
    motion_bytes = sum(
        len(data) - len(encode(replace(p, motion=b""))) for p, data in zip(v2, encoded, strict=True)
    )
    one_way_ms = np.array(one_way_ns, dtype=np.float64) / 1e6
    p50 = float(np.percentile(one_way_ms, 50)) if len(one_way_ms) else float("nan")
    return PacketizationResult(
        ptime_ms=ptime_ms,
        bitrate=bitrate,
        packets=len(packets),
        wire_kbps=(last.wire_bytes - first.wire_bytes) * 8 / 1000 / seconds,
        reverse_kbps=(reverse_last.wire_bytes - reverse_first.wire_bytes) * 8 / 1000 / seconds,
        payload_kbps=sum(map(len, encoded)) * 8 / 1000 / seconds,
        opus_kbps=opus_bytes * 8 / 1000 / seconds,
        motion_kbps=motion_bytes * 8 / 1000 / seconds,
        packet_bytes=statistics.fmean(map(len, encoded)),
        one_way_ms_p50=p50,
        one_way_ms_p95=float(np.percentile(one_way_ms, 95)) if len(one_way_ms) else float("nan"),
        latency_ms=ptime_ms + p50,
        delivered=len(one_way_ns) / len(packets),
        series=tuple(loopback.rate_series(samples)),  # whole intervals only
    )


async def _sample_every(pc, interval_s: float, samples: list) -> None:
    while True:
        await asyncio.sleep(interval_s)
        samples.append(loopback.wire_sample(pc))


def measure_packetization(sender: SenderRun, seconds: float | None = None) -> PacketizationResult:
    """Send the sender's packets (the first ``seconds``) over a data channel, in real time."""
    packets = list(sender.packets)
    if seconds is not None:
        packets = packets[: max(1, round(seconds * 1000 / sender.packet_ms))]
    return asyncio.run(_send_over_channel(packets, sender.packet_ms, sender.bitrate))


def run(out_dir: Path, quick: bool) -> CallBench:
    """Packetization 20/40/60 ms, then every call side by side (``side_by_side``); see the
    module doc."""
    import torch

    from photocall.benchmarks import paused_speech, side_by_side
    from photocall.benchmarks.cli import progress_line
    from photocall.demo import DEMO_TEXT
    from photocall.sender.session import SenderConfig
    from photocall.shared.cli_args import default_of

    # One torch thread, as in the demo and the motion bench: on 2 shared cores more threads spin
    # against each other, and thread CPU time would miss the work of the others.
    torch.set_num_threads(1)
    seconds = 2.0 if quick else 8.0
    # The call's defaults: the headline is its packet length at its Opus rate.
    default_ms, bitrate = default_of(SenderConfig, "packet_ms"), default_of(SenderConfig, "bitrate")
    # Side by side first: the whole calls are the most sensitive to what ran before them in this
    # process. The video calls get the photo rendered from the clip's motion.
    clip = paused_speech.make(quick)

    def frames() -> list:
        progress_line("call: rendering the video calls' frames")
        motion = run_sender_encoders(clip.pcm, default_ms, bitrate).motion
        return list(render_motion(motion, int(clip.seconds * side_by_side.VIDEO_FPS)).frames)

    calls, demo = side_by_side.run(clip, frames, progress_line)
    progress_line("call: packetization over a data channel")
    pcm = speech_pcm(DEMO_TEXT)[: int((seconds + 0.5) * SAMPLE_RATE)]
    senders = [run_sender_encoders(pcm, ms, bitrate) for ms in PACKET_MS]
    packetization = [measure_packetization(s, seconds) for s in senders]
    if not quick:  # the lowest Opus rate the call offers, at the longest packets
        low = run_sender_encoders(pcm, PACKET_MS[-1], LOW_BITRATE)
        packetization.append(measure_packetization(low, seconds))
    sender = senders[PACKET_MS.index(default_ms)]
    ours = packetization[PACKET_MS.index(default_ms)]
    video = render_motion(sender.motion, 2 * side_by_side.VIDEO_FPS)  # the render CPU figures
    v2 = next(r for r in calls if r.kind == "photocall" and r.available)
    vp8 = next(r for r in calls if r.kind == "video")
    return CallBench(
        seconds=seconds,
        packet_ms=default_ms,
        packetization=tuple(packetization),
        series=ours.series,
        photocall_kbps=ours.wire_kbps,
        vp8_kbps=vp8.wire_kbps_speaking,
        ratio_vs_vp8=_ratio(vp8.wire_kbps_speaking, v2.wire_kbps_speaking),
        demo=demo,
        cpu=CpuFigures(
            # per video frame (40 ms = two 20 ms audio steps at 25 fps)
            sender_ms=2 * (sender.opus_cpu_ms + sender.motion_cpu_ms),
            opus_ms_per_20ms=sender.opus_cpu_ms,
            motion_ms_per_20ms=sender.motion_cpu_ms,
            receiver_ms=video.render_cpu_ms,
            render_wall_ms=video.render_ms,
        ),
        clip=ClipFigures(seconds=clip.seconds, speaking=clip.speaking, silent=clip.silent),
        calls=tuple(calls),
    )


def _ratio(theirs: float | None, ours: float | None) -> float | None:
    return theirs / ours if theirs is not None and ours else None
