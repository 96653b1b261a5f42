"""The baselines of the side-by-side bench: plain WebRTC calls over RTP between two aiortc peer
connections in one process, carrying the same speech (a voice call) or the photo frames rendered
from it (a video call).

Voice: aiortc's Opus encoder as it is set (``OPUS_BITRATE`` bit/s, "voip", 20 ms packets, no DTX).
Video: aiortc's VP8 encoder at its defaults (500 kbit/s start, REMB between 250 kbit/s and
1.5 Mbit/s, CBR) or with all three set to one rate (``vp8_cap_bps``). Latency: a frame's capture
(the instant its track hands it over, paced in real time; for audio its first sample) -> the
decoded frame out of the receiving track; no device buffer or display is in it. Frames are matched
by their RTP timestamp relative to the first one received (the first frame sent: loopback loses
nothing).
"""

from __future__ import annotations

import asyncio
import contextlib
import fractions
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from photocall.benchmarks import loopback
from photocall.benchmarks.meter import Meter, Timeline
from photocall.shared.codec import FRAME_SAMPLES, SAMPLE_RATE

VIDEO_CLOCK_RATE = 90_000
OPUS_BITRATE = 96_000
"""What aiortc 1.x's ``OpusEncoder`` sets (stereo, "voip"); read back from it in ``opus_bitrate``."""
TAIL_S = 0.5
"""Sent after the clip, so the last window's bytes have left and arrived before the meter stops."""


@dataclass(frozen=True)
class RtpCall:
    """A finished call: its meter's timeline (clip second 0 = the first frame of the clip) and the
    capture -> decoded latency of each frame of the clip that arrived, ms."""

    timeline: Timeline
    latency_ms: tuple[float, ...]


def opus_bitrate() -> int:
    """The bit rate aiortc's Opus encoder sets, read off a fresh encoder."""
    from aiortc.codecs.opus import OpusEncoder

    return int(OpusEncoder().codec.bit_rate)


@contextlib.contextmanager
def opus_bitrate_set(bps: int | None) -> Iterator[None]:
    """aiortc's Opus encoders made in the block encode at ``bps`` (None: as aiortc sets it).
    aiortc has no API for it: its encoder sets the rate in ``__init__``."""
    from aiortc.codecs.opus import OpusEncoder

    original = OpusEncoder.__init__

    def init(self) -> None:
        original(self)
        self.codec.bit_rate = bps

    if bps is not None:
        OpusEncoder.__init__ = init  # type: ignore[method-assign]
    try:
        yield
    finally:
        OpusEncoder.__init__ = original  # type: ignore[method-assign]


@contextlib.contextmanager
def vp8_bitrate(bps: int | None) -> Iterator[None]:
    """aiortc's VP8 start, floor and ceiling all at ``bps`` for the block (None: its defaults).
    aiortc has no API for it: they are module constants its encoder reads."""
    from aiortc.codecs import vpx

    saved = vpx.DEFAULT_BITRATE, vpx.MIN_BITRATE, vpx.MAX_BITRATE
    if bps is not None:
        vpx.DEFAULT_BITRATE = vpx.MIN_BITRATE = vpx.MAX_BITRATE = bps
    try:
        yield
    finally:
        vpx.DEFAULT_BITRATE, vpx.MIN_BITRATE, vpx.MAX_BITRATE = saved


class _PacedTrack:
    """The parts both tracks share: frame k is handed over at start + (k + 1) × period (audio:
    when its last sample has happened, as ``sender.audio_sources.paced``) or start + k × period
    (video: a camera's frame is whole when it is taken); ``first`` frames of warm-up come before
    clip frame 0."""

    def __init__(self, period_s: float, warmup: int, audio: bool) -> None:
        self.period_s = period_s
        self.warmup = warmup
        self.count = 0
        self.start: float | None = None
        self._late = 1 if audio else 0

    def capture_s(self, k: int) -> float:
        """When frame k's first sample / picture was captured (monotonic s)."""
        assert self.start is not None
        return self.start + k * self.period_s

    @property
    def clip_start(self) -> float:
        return self.capture_s(self.warmup)

    async def next_index(self) -> int:
        now = time.monotonic()
        if self.start is None:
            self.start = now
        k = self.count
        due = self.capture_s(k + self._late)
        if due > now:
            await asyncio.sleep(due - now)
        self.count += 1
        return k


def _audio_track(pcm: np.ndarray, warmup: int):
    from aiortc import MediaStreamTrack
    from av import AudioFrame

    s16 = (np.clip(pcm, -1, 1) * 32767).astype("<i2")
    frames = len(s16) // FRAME_SAMPLES

    class ClipAudioTrack(MediaStreamTrack):
        kind = "audio"

        def __init__(self) -> None:
            super().__init__()
            self.pace = _PacedTrack(FRAME_SAMPLES / SAMPLE_RATE, warmup, audio=True)

        async def recv(self) -> AudioFrame:
            k = await self.pace.next_index()
            i = k - warmup
            # silence in the warm-up and after the clip, until the call is closed
            chunk = s16[i * FRAME_SAMPLES : (i + 1) * FRAME_SAMPLES] if 0 <= i < frames else None
            if chunk is None:
                chunk = np.zeros(FRAME_SAMPLES, "<i2")
            frame = AudioFrame(format="s16", layout="mono", samples=FRAME_SAMPLES)
            frame.planes[0].update(chunk.tobytes())
            frame.sample_rate = SAMPLE_RATE
            frame.pts = k * FRAME_SAMPLES
            frame.time_base = fractions.Fraction(1, SAMPLE_RATE)
            return frame

    return ClipAudioTrack()


def _video_track(frames: Sequence[np.ndarray], fps: int, warmup: int):
    from aiortc import MediaStreamTrack
    from av import VideoFrame

    class ClipVideoTrack(MediaStreamTrack):
        kind = "video"

        def __init__(self) -> None:
            super().__init__()
            self.pace = _PacedTrack(1 / fps, warmup, audio=False)

        async def recv(self) -> VideoFrame:
            k = await self.pace.next_index()
            # warm-up: the clip's first frames; after the clip: its last frame held
            index = k if k < warmup else min(k - warmup, len(frames) - 1)
            frame = VideoFrame.from_ndarray(frames[index], format="rgb24")
            frame.pts = k * VIDEO_CLOCK_RATE // fps
            frame.time_base = fractions.Fraction(1, VIDEO_CLOCK_RATE)
            return frame

    return ClipVideoTrack()


async def _call(track, mime: str, clock_rate: int, seconds: float) -> RtpCall:
    """Send ``track`` for the warm-up, ``seconds`` of clip and ``TAIL_S``; meter it all."""
    from aiortc.rtcrtpsender import RTCRtpSender

    sender, receiver = loopback.new_peer_connection(), loopback.new_peer_connection()
    meter = Meter()
    pace: _PacedTrack = track.pace
    arrivals: list[tuple[int, float]] = []  # (pts relative to the first received, monotonic s)
    consumers: list[asyncio.Task] = []

    async def consume(remote) -> None:
        with contextlib.suppress(Exception):
            while True:
                frame = await remote.recv()
                arrivals.append((frame.pts, time.monotonic()))

    receiver.on("track", lambda remote: consumers.append(asyncio.ensure_future(consume(remote))))
    transceiver = sender.addTransceiver(track, direction="sendonly")
    codecs = RTCRtpSender.getCapabilities(track.kind).codecs
    transceiver.setCodecPreferences([c for c in codecs if c.mimeType == mime])
    try:
        await loopback.connect(sender, receiver)
        meter.watch(sender, receiver)
        meter.start()
        await loopback.wait_connected(sender)
        while pace.start is None or time.monotonic() < pace.clip_start + seconds + TAIL_S:
            await asyncio.sleep(0.05)
        await meter.stop()
    finally:
        for task in consumers:
            task.cancel()
        await sender.close()
        await receiver.close()
    latency = []
    for pts, arrived in arrivals:
        k = round(pts / clock_rate / pace.period_s)
        if pace.warmup <= k and pace.capture_s(k) - pace.clip_start < seconds:
            latency.append((arrived - pace.capture_s(k)) * 1000)
    return RtpCall(Timeline(tuple(meter.samples), pace.clip_start), tuple(latency))


def voice_call(pcm: np.ndarray, warmup_s: float, opus_bps: int | None = None) -> RtpCall:
    """An Opus voice call of ``pcm`` (float32 mono, 48 kHz) over RTP, 20 ms packets, after
    ``warmup_s`` of silence (as photocall's sender's lead-in); Opus at ``opus_bps`` (None: as
    aiortc sets it)."""
    track = _audio_track(pcm, round(warmup_s * SAMPLE_RATE / FRAME_SAMPLES))
    with opus_bitrate_set(opus_bps):
        return asyncio.run(_call(track, "audio/opus", SAMPLE_RATE, len(pcm) / SAMPLE_RATE))


def video_call(
    frames: Sequence[np.ndarray], fps: int, warmup_s: float, vp8_cap_bps: int | None = None
) -> RtpCall:
    """A VP8 video call of ``frames`` (RGB uint8, one size) at ``fps``, after ``warmup_s`` of
    the clip's first frames (the encoder's key frame and rate ramp are left out)."""
    if not frames:
        raise ValueError("need at least one frame")
    track = _video_track(frames, fps, round(warmup_s * fps))
    with vp8_bitrate(vp8_cap_bps):
        return asyncio.run(_call(track, "video/VP8", VIDEO_CLOCK_RATE, len(frames) / fps))
