"""The receiver's playout clock, video rendering, outputs and stats, for all participants.

Playout ticks every 20 ms: each participant's jitter buffer -> Opus -> the mix -> MP4 / speaker.
When a tick reaches a video frame's instant it records, per participant, the sender sample being
played and the motion for it; the video loop renders that (in a worker thread), so the frame shown
is the one for the sample being played out.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from collections import deque
from dataclasses import dataclass, field

import numpy as np
from photocall.receiver.motion_track import MotionSample
from photocall.receiver.outputs import Mp4Writer, grid, tile
from photocall.receiver.stats import write_report
from photocall.receiver.stream import TICK_SAMPLES, Played, RemoteStream
from photocall.shared.motion import SAMPLE_RATE
from photocall.shared.peer import Link


@dataclass
class Participant:
    stream: RemoteStream
    link: Link
    joined: float = field(default_factory=time.monotonic)
    is_sender: bool = False
    gone: float | None = None  # when its link closed; it plays out its buffer, then leaves


@dataclass(frozen=True)
class Tile:
    person: Participant
    sample: int | None  # sender sample being played when the frame is due (None: not playing)
    stalled_ms: float
    motion: MotionSample | None  # taken at playout time, so a late render draws the same face


@dataclass(frozen=True)
class VideoJob:
    index: int
    audio_ns: int  # when the frame's audio sample is played out
    tiles: tuple[Tile, ...]


class Player:
    """Playout clock, video rendering, outputs and stats for all participants."""

    def __init__(self, config, role, result, window, speaker) -> None:
        self.config = config
        self.role = role
        self.result = result
        self.window = window
        self.speaker = speaker
        self.writer: Mp4Writer | None = None
        self.canvas: tuple[int, int] | None = None
        self.out_sample = 0  # output samples played since the first participant started
        self.next_video = 0.0  # output sample of the next video frame
        self.video_index = 0
        self.jobs: deque[VideoJob] = deque()
        self.job_ready = asyncio.Event()
        every = config.every_frame
        self.every_frame = (config.window is False) if every is None else every
        self.frames_dropped = 0
        self.render_pool = concurrent.futures.ThreadPoolExecutor(1, "photocall-render")
        self.finals: dict[str, dict] = {}

    def active(self) -> bool:
        return any(p.is_sender and not p.stream.finished for p in self.role.people.values())

    def senders(self) -> list[Participant]:
        return [p for p in self.role.people.values() if p.is_sender]

    async def playout(self) -> None:
        tick_s = TICK_SAMPLES / SAMPLE_RATE
        next_t = time.monotonic()
        while True:
            next_t += tick_s
            delay = next_t - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            elif delay < -0.5:
                next_t = time.monotonic()  # the loop was starved: do not burst to catch up
            self._tick()

    def _tick(self) -> None:
        self._retire()
        people = [p for p in self.senders() if not p.stream.finished]
        played: list[tuple[Participant, Played]] = [(p, p.stream.next_audio()) for p in people]
        if self.writer is None and self.config.out is not None and self.out_sample == 0:
            if not any(pl.sample is not None for _, pl in played):
                return  # nothing to record yet: the file starts with the first audio
            self._open_writer(len(people))
        elif self.out_sample == 0 and not any(pl.sample is not None for _, pl in played):
            return
        mix = np.zeros(TICK_SAMPLES, np.float32)
        for _, pl in played:
            mix += pl.pcm
        np.clip(mix, -1.0, 1.0, out=mix)
        tick_ns = time.monotonic_ns()
        latency_ns = int(self.speaker.latency_s * 1e9) if self.speaker is not None else 0
        if self.writer is not None:
            self.writer.write_audio(mix, self.out_sample)
        if self.speaker is not None:
            self.speaker.write(mix)
        frame_samples = SAMPLE_RATE / self.config.fps
        while self.next_video < self.out_sample + TICK_SAMPLES:
            offset = int(self.next_video) - self.out_sample
            tiles = []
            for p, pl in played:
                sample = None if pl.sample is None else pl.sample + offset
                motion = None if sample is None else p.stream.motion_at(sample, pl.stalled_ms)
                tiles.append(Tile(p, sample, pl.stalled_ms, motion))
            audio_ns = tick_ns + offset * 1_000_000_000 // SAMPLE_RATE + latency_ns
            if not self.every_frame and self.jobs:
                self.frames_dropped += len(self.jobs)
                self.jobs.clear()  # live: only the newest frame is worth drawing
            self.jobs.append(VideoJob(self.video_index, audio_ns, tuple(tiles)))
            self.job_ready.set()
            self.video_index += 1
            self.next_video += frame_samples
        self.out_sample += TICK_SAMPLES
        self.result.audio_samples = self.out_sample

    def _retire(self) -> None:
        """Participants whose link closed leave once their buffered audio has played."""
        now = time.monotonic()
        for peer, p in list(self.role.people.items()):
            if p.gone is None:
                continue
            drained = p.stream.finished or p.stream.jitter is None or p.stream.jitter.depth_ms == 0
            if drained or now - p.gone > 1.0:
                if p.is_sender:
                    self.finals[peer] = self._report(p)
                del self.role.people[peer]

    def _open_writer(self, n: int) -> None:
        cols, rows = grid(self.config.tiles or max(1, n))
        self.canvas = (cols * self.config.tile_size, rows * self.config.tile_size)
        self.writer = Mp4Writer(self.config.out, *self.canvas, self.config.fps)

    async def video(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await self.job_ready.wait()
            self.job_ready.clear()
            while self.jobs:
                job = self.jobs.popleft()
                self._show(job, *await loop.run_in_executor(self.render_pool, self._render, job))

    def drain(self) -> None:
        """Render what is still queued (every_frame mode) so the MP4 gets every frame."""
        while self.jobs:
            job = self.jobs.popleft()
            self._show(job, *self._render(job))

    def _show(self, job: VideoJob, canvas: np.ndarray, ready_ns: int, per_tile: list) -> None:
        if self.writer is not None:
            self.writer.write_video(canvas, job.index)
        if self.window is not None:
            self.window.show(canvas)
        self.result.video_frames += 1
        for person, sample, stalled, render_ms in per_tile:
            capture = person.stream.capture_ns(sample)
            # A held frame shows no newly captured sample: it has no mouth-to-pixel time.
            m2p = None if capture is None or stalled else (ready_ns - capture) / 1e6
            person.stream.stats.on_frame(render_ms, (ready_ns - job.audio_ns) / 1e6, m2p)

    def _render(self, job: VideoJob):
        size = self.config.tile_size
        tiles, per_tile = [], []
        for t in job.tiles:
            renderer = t.person.stream.renderer
            if renderer is None or t.motion is None:
                tiles.append(np.full((size, size, 3), 48, np.uint8))
                continue
            t0 = time.perf_counter_ns()
            tiles.append(renderer.render(t.motion.weights, t.motion.pose))
            per_tile.append((t.person, t.sample, t.stalled_ms, (time.perf_counter_ns() - t0) / 1e6))
        if self.canvas is None:
            cols, rows = grid(self.config.tiles or max(1, len(tiles)))
            self.canvas = (cols * size, rows * size)
        canvas = tile(tiles, *self.canvas)
        return canvas, time.monotonic_ns(), per_tile

    def _report(self, p: Participant) -> dict:
        stats = p.stream.stats
        transport = p.link.transport_bytes()
        if transport is not None:
            stats.on_transport(time.monotonic(), *transport)
        report = stats.report(time.monotonic() - p.joined, p.stream.jitter_report())
        report["name"] = p.stream.name
        report["photo"] = p.stream.photo_state
        return report

    def reports(self) -> list[dict]:
        live = {peer: self._report(p) for peer, p in self.role.people.items() if p.is_sender}
        return list({**self.finals, **live}.values())

    def about(self) -> dict:
        """How to read the timing numbers: in every-frame mode (an MP4 without a window) frames
        are rendered in order even when late, so av_skew_ms and mouth_to_pixel_ms include the
        render backlog; in the MP4 itself sound and picture share one clock (skew 0 by
        construction). In newest-frame mode (window) late frames are dropped instead."""
        return {
            "video_mode": "every-frame" if self.every_frame else "newest-frame",
            "video_frames_dropped": self.frames_dropped,
            "bad_messages_all_peers": self.result.bad_messages,  # senders or not
            "fps": self.config.fps,
        }

    async def stats_loop(self) -> None:
        while True:
            await asyncio.sleep(self.config.stats_interval_s)
            if self.config.stats is not None:
                write_report(self.config.stats, self.reports(), final=False, about=self.about())

    def finish(self) -> None:
        self.result.streams = self.reports()
        if self.config.stats is not None:
            write_report(self.config.stats, self.result.streams, final=True, about=self.about())
        self.render_pool.shutdown(wait=True)  # no render may still be using the writer
        if self.every_frame:
            self.drain()
        if self.writer is not None:
            self.writer.close()
            self.result.wrote = self.config.out
