"""The receiver's playout clock, video rendering, outputs and stats, for all participants.

Playout ticks every 20 ms: each participant's jitter buffer -> Opus -> the mix -> MP4 / speaker.
When a tick reaches a video frame's instant it records, per participant, the sender sample being
played and the motion for it; the video loop renders that (in a worker thread), so the frame shown
is the one for the sample being played out.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from collections import deque
from dataclasses import dataclass, field

import numpy as np
from photocall.receiver.motion_track import MotionSample
from photocall.receiver.outputs import Mp4Writer, grid, tile
from photocall.receiver.stats import (
    SCHEMA,
    CallReport,
    HeaderSizes,
    Mp4Report,
    PeerReport,
    VideoReport,
    write_report,
)
from photocall.receiver.stream import TICK_SAMPLES, Played, RemoteStream
from photocall.shared.motion import SAMPLE_RATE
from photocall.shared.peer import Link

log = logging.getLogger(__name__)


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
        self.rendering: VideoJob | None = None  # the job in the render thread
        self.finals: dict[str, PeerReport] = {}
        self.started = time.monotonic()

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
        if not any(pl.sample is not None for _, pl in played):
            # Nobody is playing: not started yet, or every sender has finished. The playout
            # clock waits, so the file starts with the first audio and ends with the last face
            # (not with frames of nobody).
            return
        if self.writer is None and self.config.out is not None:
            self._open_writer(len(people))
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
                job = self.rendering = self.jobs.popleft()
                self._show(job, *await loop.run_in_executor(self.render_pool, self._render, job))
                self.rendering = None

    def drain(self) -> None:
        """Render what is still queued (every_frame mode) so the MP4 gets every frame,
        including the one whose render the video loop's cancellation cut off."""
        if self.rendering is not None:
            self.jobs.appendleft(self.rendering)
            self.rendering = None
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
            stream = person.stream
            capture = stream.capture_ns(sample)
            # A held frame shows no newly captured sample: it has no mouth-to-pixel time.
            m2p = None if capture is None or stalled else (ready_ns - capture) / 1e6
            if stream.stats.on_frame(ready_ns, render_ms, (ready_ns - job.audio_ns) / 1e6, m2p):
                self._log_first_frame(stream)

    @staticmethod
    def _log_first_frame(stream: RemoteStream) -> None:
        stats = stream.stats
        since_start = stats.first_frame_ms(stats.sender_start_ns)
        log.info(
            "first frame from %s rendered %.0f ms after the link opened%s",
            stream.peer,
            stats.first_frame_ms(stats.link_open_ns),
            "" if since_start is None else f" ({since_start:.0f} ms after the sender started)",
        )

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

    def _report(self, p: Participant) -> PeerReport:
        stream = p.stream
        return stream.stats.report(
            name=stream.name,
            photo=stream.photo_state,
            connected_s=(p.gone if p.gone is not None else time.monotonic()) - p.joined,
            packet_samples=stream.packet_samples,
            jitter=stream.jitter_report(),
            decoder_errors=stream.decoder.counters.errors,
        )

    def report(self, final: bool) -> CallReport:
        live = {peer: self._report(p) for peer, p in self.role.people.items() if p.is_sender}
        mp4 = None
        if self.writer is not None:
            w = self.writer
            mp4 = Mp4Report(
                path=str(self.config.out),
                frames=w.frames,
                video_s=round(w.video_s, 3),
                audio_s=round(w.samples / SAMPLE_RATE, 3),
                fps=round(w.frames / w.video_s, 2) if w.video_s > 0 else 0.0,
            )
        return CallReport(
            schema=SCHEMA,
            final=final,
            receiver=self.result.peer_id,
            run_s=round(time.monotonic() - self.started, 3),
            header_bytes=HeaderSizes(),
            video=VideoReport("every-frame" if self.every_frame else "newest-frame",
                              self.config.fps, self.result.video_frames, self.frames_dropped),
            mp4=mp4,
            bad_messages=self.result.bad_messages,
            peers=tuple({**self.finals, **live}.values()),
        )  # fmt: skip

    async def stats_loop(self) -> None:
        while True:
            await asyncio.sleep(self.config.stats_interval_s)
            if self.config.stats is not None:
                write_report(self.config.stats, self.report(final=False))

    def finish(self) -> None:
        """After the loops have stopped: the last frames, the MP4, the final stats."""
        self.render_pool.shutdown(wait=True)  # no render may still be using the writer
        if self.every_frame:
            self.drain()
        if self.writer is not None:
            self.writer.close()
            self.result.wrote = self.config.out
        self.result.report = self.report(final=True)
        if self.config.stats is not None:
            write_report(self.config.stats, self.result.report)
