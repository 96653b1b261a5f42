"""The receiver's playout in real time: an asyncio adapter around ``playout.Playout``.

Three loops: playout (calls ``Playout.tick`` every 20 ms and carries out what it returns: the
MP4, the speaker), video (renders the queued jobs in a worker thread and shows them: MP4,
window) and stats (rewrites the report file). The clock is injected (``clock_ns``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

import numpy as np

from photocall.receiver.outputs import Mp4Writer, tile
from photocall.receiver.playout import (
    FirstFrame,
    FrameDue,
    Participant,
    PlayAudio,
    Playout,
    PlayoutConfig,
    RenderedTile,
    Retire,
    ShowFrame,
    StartRecording,
    VideoJob,
)
from photocall.receiver.stats import (
    SCHEMA,
    CallReport,
    HeaderSizes,
    Mp4Report,
    PeerDrops,
    PeerReport,
    VideoReport,
    write_report,
)
from photocall.receiver.stream import TICK_SAMPLES, RemoteStream
from photocall.shared.logs import escape
from photocall.shared.motion import SAMPLE_RATE

if TYPE_CHECKING:
    from photocall.receiver.outputs import Speaker
    from photocall.receiver.session import ReceiverConfig, ReceiverResult
    from photocall.receiver.window import Window

__all__ = ["Participant", "Player"]

log = logging.getLogger(__name__)


class People(Protocol):
    people: dict[str, Participant]

    def drop_reports(self) -> tuple[PeerDrops, ...]: ...


def priming_tick(due: float, now: float, tick_s: float, poll_s: float) -> float:
    """When to tick next after the tick ``due`` found nobody playing: ``poll_s`` after it (not
    a whole ``tick_s``), never in the past."""
    return max(due + poll_s, now)


class Player:
    """Playout, video rendering, outputs and stats for all participants. ``role.people`` holds
    the participants; ``clock_ns``: CLOCK_MONOTONIC nanoseconds (tests pass a fake one)."""

    def __init__(self, config: ReceiverConfig, role: People, result: ReceiverResult,
                 window: Window | None, speaker: Speaker | None, *,
                 clock_ns: Callable[[], int] = time.monotonic_ns) -> None:  # fmt: skip
        self.config = config
        self.role = role
        self.result = result
        self.window = window
        self.speaker = speaker
        self.clock_ns = clock_ns
        every = config.every_frame
        self.every_frame = (config.window is False) if every is None else every
        self.core = Playout(
            PlayoutConfig(
                fps=config.fps, tile_size=config.tile_size, tiles=config.tiles,
                every_frame=self.every_frame, record=config.out is not None,
                output_latency_s=speaker.latency_s if speaker is not None else 0.0,
                own_clock=speaker is None,
            ),
            role.people,
        )  # fmt: skip
        self.writer: Mp4Writer | None = None
        self.job_ready = asyncio.Event()
        self.render_pool = concurrent.futures.ThreadPoolExecutor(1, "photocall-render")
        self.rendering: VideoJob | None = None  # the job in the render thread
        self.finals: dict[str, PeerReport] = {}
        self.started = self._now()

    def _now(self) -> float:
        return self.clock_ns() / 1e9

    def active(self) -> bool:
        return self.core.active()

    # --- audio -------------------------------------------------------------------------------

    PRIME_POLL_S = 0.005
    """While nobody plays, the clock ticks this often, so playout starts within this of the
    moment the first packet may play (not up to a whole 20 ms tick later), and stays in that
    phase with the packets that follow."""

    async def playout(self) -> None:
        tick_s = TICK_SAMPLES / SAMPLE_RATE
        next_t = self._now()
        while True:
            next_t += tick_s
            delay = next_t - self._now()
            # Always yield, even when behind: the connection and (in the demo) the sender run
            # on this event loop too.
            await asyncio.sleep(max(0.0, delay))
            if delay < -0.5:
                next_t = self._now()  # the loop was starved: do not burst to catch up
            played = self.core.out_sample
            self.tick()
            next_t -= self.core.clock_advance_ms / 1000  # phase toward the packets' arrivals
            if self.core.out_sample == played:  # nobody played: look again soon
                next_t = priming_tick(next_t, self._now(), tick_s, self.PRIME_POLL_S) - tick_s

    def tick(self) -> None:
        """One 20 ms step of playout, now."""
        for action in self.core.tick(self.clock_ns()):
            match action:
                case Retire(peer, person):
                    if person.is_sender:
                        self.finals[peer] = self._report(person)
                case StartRecording(width, height):
                    assert self.config.out is not None  # the core records only then
                    self.writer = Mp4Writer(self.config.out, width, height, self.config.fps)
                case PlayAudio(sample, pcm):
                    if self.writer is not None:
                        self.writer.write_audio(pcm, sample)
                    if self.speaker is not None:
                        self.speaker.write(pcm)
                case FrameDue():
                    self.job_ready.set()
        self.result.audio_samples = self.core.out_sample

    # --- video -------------------------------------------------------------------------------

    async def video(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await self.job_ready.wait()
            self.job_ready.clear()
            while (job := self.core.next_job()) is not None:
                self.rendering = job
                self._show(job, *await loop.run_in_executor(self.render_pool, self._render, job))
                self.rendering = None

    def drain(self) -> None:
        """Render what is still queued (every_frame mode) so the MP4 gets every frame,
        including the one whose render the video loop's cancellation cut off."""
        if self.rendering is not None:
            self.core.retry(self.rendering)
            self.rendering = None
        while (job := self.core.next_job()) is not None:
            self._show(job, *self._render(job))

    def _show(self, job: VideoJob, canvas: np.ndarray, ready_ns: int,
              tiles: list[RenderedTile]) -> None:  # fmt: skip
        for action in self.core.rendered(job, canvas, ready_ns, tiles):
            match action:
                case ShowFrame(index, picture):
                    if self.writer is not None:
                        self.writer.write_video(picture, index)
                    if self.window is not None:
                        self.window.show(picture)
                    self.result.video_frames += 1
                case FirstFrame(stream):
                    self._log_first_frame(stream)

    @staticmethod
    def _log_first_frame(stream: RemoteStream) -> None:
        stats = stream.stats
        since_start = stats.first_frame_ms(stats.sender_start_ns)
        log.info(
            "first frame from %s rendered %.0f ms after the link opened%s",
            escape(stream.peer),
            stats.first_frame_ms(stats.link_open_ns),
            "" if since_start is None else f" ({since_start:.0f} ms after the sender started)",
        )

    def _render(self, job: VideoJob) -> tuple[np.ndarray, int, list[RenderedTile]]:
        """The job's picture (in the render thread), when it was ready, each face's timing."""
        size = self.config.tile_size
        tiles: list[np.ndarray] = []
        drawn: list[RenderedTile] = []
        for t in job.tiles:
            renderer = t.person.stream.renderer
            if renderer is None or t.motion is None:
                tiles.append(np.full((size, size, 3), 48, np.uint8))
                continue
            t0 = time.perf_counter_ns()
            tiles.append(renderer.render(t.motion.weights, t.motion.pose))
            render_ms = (time.perf_counter_ns() - t0) / 1e6
            drawn.append(RenderedTile(t.person, t.sample, t.stalled_ms, render_ms))
        assert self.core.canvas is not None  # fixed by the tick that queued the job
        return tile(tiles, *self.core.canvas), self.clock_ns(), drawn

    # --- stats -------------------------------------------------------------------------------

    def _report(self, p: Participant) -> PeerReport:
        stream = p.stream
        return stream.stats.report(
            name=stream.name,
            photo=stream.photo_state,
            connected_s=(p.gone if p.gone is not None else self._now()) - p.joined,
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
            run_s=round(self._now() - self.started, 3),
            header_bytes=HeaderSizes(),
            video=VideoReport("every-frame" if self.every_frame else "newest-frame",
                              self.config.fps, self.result.video_frames, self.core.frames_dropped),
            mp4=mp4,
            bad_messages=self.result.bad_messages,
            peers=tuple({**self.finals, **live}.values()),
            drops=self.role.drop_reports(),
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
