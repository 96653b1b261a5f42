"""The baseline: a normal video call of the same frames.

aiortc's VP8 video track with its default settings (500 kbit/s start, REMB-driven between 250 kbit/s
and 1.5 Mbit/s) carries 256×256 frames at 25 fps between two peer connections in one process. We
measure what it puts on the wire (see ``loopback``) and the CPU time of the encoder (sender side)
and decoder (receiver side) per frame, on the thread that runs each.
"""

from __future__ import annotations

import asyncio
import contextlib
import fractions
import statistics
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from photocall.benchmarks import loopback

VIDEO_CLOCK_RATE = 90_000


@dataclass(frozen=True)
class Vp8Config:
    """fps: frame rate of the track; warmup_s: ignored start (bitrate ramp, keyframe);
    measure_s: the measured window; sample_s: interval of the bitrate-over-time series."""

    fps: int = 25
    warmup_s: float = 3.0
    measure_s: float = 10.0
    sample_s: float = 0.5


@dataclass(frozen=True)
class Vp8Result:
    """wire_kbps: sender->receiver IPv4 wire rate in the window; reverse_kbps: receiver->sender
    (RTCP); frames_sent/received in the window; *_cpu_ms: median thread CPU time per frame;
    series: (s, kbit/s) over the whole run, warm-up included."""

    width: int
    height: int
    fps: int
    wire_kbps: float
    reverse_kbps: float
    frames_sent: int
    frames_received: int
    encode_cpu_ms: float
    decode_cpu_ms: float
    series: tuple[tuple[float, float], ...] = field(default=())


class _CpuTimer:
    """Per-call thread CPU time of a function patched onto a class, for the duration of a run."""

    def __init__(self) -> None:
        self.samples_ns: list[int] = []

    @contextlib.contextmanager
    def patch(self, cls: type, name: str) -> Iterator[None]:
        original = getattr(cls, name)

        def timed(obj, *args, **kwargs):
            start = time.thread_time_ns()
            try:
                return original(obj, *args, **kwargs)
            finally:
                self.samples_ns.append(time.thread_time_ns() - start)

        setattr(cls, name, timed)
        try:
            yield
        finally:
            setattr(cls, name, original)

    def median_ms(self, skip: int = 0) -> float:
        kept = self.samples_ns[skip:] or self.samples_ns
        return statistics.median(kept) / 1e6 if kept else float("nan")


def _frame_track(frames: Sequence[np.ndarray], fps: int):
    from aiortc import VideoStreamTrack
    from av import VideoFrame

    class FrameTrack(VideoStreamTrack):
        """Yields ``frames`` in a loop, paced at ``fps`` (VideoStreamTrack paces at 30)."""

        def __init__(self) -> None:
            super().__init__()
            self.count = 0
            self._start: float | None = None

        async def recv(self) -> VideoFrame:
            now = time.perf_counter()
            if self._start is None:
                self._start = now
            due = self._start + self.count / fps
            if due > now:
                await asyncio.sleep(due - now)
            image = frames[self.count % len(frames)]
            frame = VideoFrame.from_ndarray(image, format="rgb24")
            frame.pts = self.count * VIDEO_CLOCK_RATE // fps
            frame.time_base = fractions.Fraction(1, VIDEO_CLOCK_RATE)
            self.count += 1
            return frame

    return FrameTrack()


async def _run_call(frames: Sequence[np.ndarray], config: Vp8Config) -> Vp8Result:
    from aiortc.codecs.vpx import Vp8Decoder, Vp8Encoder
    from aiortc.rtcrtpsender import RTCRtpSender

    encode, decode = _CpuTimer(), _CpuTimer()
    sender, receiver = loopback.new_peer_connection(), loopback.new_peer_connection()
    track = _frame_track(frames, config.fps)
    received = 0
    consumers: list[asyncio.Task] = []

    async def consume(remote) -> None:
        nonlocal received
        with contextlib.suppress(Exception):
            while True:
                await remote.recv()
                received += 1

    receiver.on("track", lambda remote: consumers.append(asyncio.ensure_future(consume(remote))))
    transceiver = sender.addTransceiver(track, direction="sendonly")
    vp8 = [c for c in RTCRtpSender.getCapabilities("video").codecs if c.mimeType == "video/VP8"]
    transceiver.setCodecPreferences(vp8)
    with encode.patch(Vp8Encoder, "encode"), decode.patch(Vp8Decoder, "decode"):
        try:
            await loopback.connect(sender, receiver)
            await loopback.wait_connected(sender)
            samples = [loopback.wire_sample(sender)]
            reverse = [loopback.wire_sample(receiver)]
            start = samples[0].t
            window: dict[str, tuple] = {}
            while samples[-1].t - start < config.warmup_s + config.measure_s:
                await asyncio.sleep(config.sample_s)
                samples.append(loopback.wire_sample(sender))
                if "start" not in window and samples[-1].t - start >= config.warmup_s:
                    reverse.append(loopback.wire_sample(receiver))
                    window["start"] = (samples[-1], track.count, received, len(encode.samples_ns),
                                       len(decode.samples_ns))  # fmt: skip
            reverse.append(loopback.wire_sample(receiver))
        finally:
            for task in consumers:
                task.cancel()
            await sender.close()
            await receiver.close()
    first, sent0, received0, enc0, dec0 = window["start"]
    height, width = frames[0].shape[:2]
    return Vp8Result(
        width=width,
        height=height,
        fps=config.fps,
        wire_kbps=loopback.kbps(first, samples[-1]),
        reverse_kbps=loopback.kbps(reverse[1], reverse[-1]),
        frames_sent=track.count - sent0,
        frames_received=received - received0,
        encode_cpu_ms=encode.median_ms(skip=enc0),
        decode_cpu_ms=decode.median_ms(skip=dec0),
        series=tuple(loopback.rate_series(samples)),
    )


def measure(frames: Sequence[np.ndarray], config: Vp8Config = Vp8Config()) -> Vp8Result:
    """Run the VP8 call over ``frames`` (RGB uint8, all one size), looping them."""
    if not frames:
        raise ValueError("need at least one frame")
    return asyncio.run(_run_call(frames, config))
