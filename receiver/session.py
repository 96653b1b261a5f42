"""The receiving side of a call: every other participant's audio and animated photo, tiled.

Usable from Python (``await run_receiver(ReceiverConfig(...))``) and from ``photocall receive``.
Three loops share one event loop: playout (every 20 ms: jitter buffer -> Opus -> mix -> MP4 /
speaker), video (renders the frame for the sample being played, in a worker thread), stats.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from photocall.receiver.jitter import JitterConfig
from photocall.receiver.motion_track import MotionSample
from photocall.receiver.outputs import Mp4Writer, Speaker, grid, tile
from photocall.receiver.stats import write_report
from photocall.receiver.stream import TICK_SAMPLES, Played, RemoteStream
from photocall.sender.session import PHOTO_ACCEPTED, PHOTO_REJECTED
from photocall.shared import protocol
from photocall.shared.motion import SAMPLE_RATE
from photocall.shared.peer import MEDIA, Link, Mesh, MeshConfig, new_peer_id

from photocall.errors import UserError

log = logging.getLogger(__name__)


class Renderer(Protocol):
    size: int

    def render(self, weights: np.ndarray, pose: np.ndarray) -> np.ndarray: ...


@dataclass(frozen=True)
class ReceiverConfig:
    """One receiving participant.

    out: MP4 to write (H.264 + AAC). window: show a live window. speaker: play on the default
    output device (warning and headless playout where there is none). stats: JSON report path,
    rewritten every ``stats_interval_s`` and at the end. tile_size: pixels per participant.
    tiles: lay the picture out for this many participants (0: as many as at the first frame).
    every_frame: render every video frame even when rendering is slower than real time (the MP4
    gets them all, late; default when there is no window), instead of only the newest.
    backend/device: renderer backend. duration_s: stop after this long. exit_when_done: stop
    once every sender that came has left.
    """

    signal_url: str
    room: str
    out: Path | None = None
    window: bool = False
    speaker: bool = False
    stats: Path | None = None
    stats_interval_s: float = 2.0
    peer_id: str | None = None
    token: str | None = None
    name: str = "photocall"
    ice_servers: tuple[str, ...] = ()
    fps: int = 25
    tile_size: int = 256
    tiles: int = 0
    every_frame: bool | None = None
    backend: str = "torch"
    device: str = "cpu"
    jitter: JitterConfig = field(default_factory=JitterConfig)
    duration_s: float | None = None
    exit_when_done: bool = False
    idle_timeout_s: float = 4.0

    def __post_init__(self) -> None:
        if not 1 <= self.fps <= 60:
            raise UserError(f"fps must be in 1..60, got {self.fps}")


@dataclass
class ReceiverResult:
    peer_id: str
    streams: list[dict] = field(default_factory=list)  # final per-participant reports
    video_frames: int = 0
    audio_samples: int = 0
    bad_messages: int = 0
    seconds: float = 0.0
    departures: list[tuple[str, str, float]] = field(default_factory=list)  # peer, why, when


def default_renderer(photo: bytes, config: ReceiverConfig) -> Renderer:
    """Photo -> renderer (heavy: runs in a worker thread). PhotoError says what is wrong."""
    from photocall.receiver.render import create_renderer, prepare_photo

    renderer = create_renderer(prepare_photo(photo, config.tile_size), config.backend, config.device)
    # The first frame pays for lazy initialisation (hundreds of ms): pay it now, not live.
    renderer.render(np.zeros(52, np.float32), np.zeros(6, np.float32))
    return renderer


@dataclass
class _Participant:
    stream: RemoteStream
    link: Link
    joined: float = field(default_factory=time.monotonic)
    is_sender: bool = False
    gone: float | None = None  # when its link closed; it plays out its buffer, then leaves


@dataclass(frozen=True)
class _Tile:
    person: _Participant
    sample: int | None  # sender sample being played when the frame is due (None: not playing)
    stalled_ms: float
    motion: MotionSample | None  # taken at playout time, so a late render draws the same face


@dataclass(frozen=True)
class _VideoJob:
    index: int
    audio_ns: int  # when the frame's audio sample is played out
    tiles: tuple[_Tile, ...]


class _ReceiverRole:
    def __init__(self, config: ReceiverConfig, result: ReceiverResult, renderer_factory) -> None:
        self.config = config
        self.result = result
        self.renderer_factory = renderer_factory
        self.people: dict[str, _Participant] = {}
        self.had_sender = False
        self.prep_pool = concurrent.futures.ThreadPoolExecutor(1, "photocall-photo")
        self._tasks: set[asyncio.Task] = set()

    # --- Role ------------------------------------------------------------------------------

    def link_open(self, link: Link) -> None:
        stream = RemoteStream(link.remote, self.config.jitter)
        self.people[link.remote] = _Participant(stream, link)
        link.send_control(protocol.encode(protocol.Hello(self.config.name, ("render",))))

    def link_message(self, link: Link, channel: str, data: bytes | str) -> None:
        person = self.people.get(link.remote)
        if person is None or person.gone is not None:
            return
        stream = person.stream
        try:
            if isinstance(data, str):
                raise protocol.ProtocolError("text message on a binary channel")
            packet = protocol.decode(data)
            if channel == MEDIA:
                if not isinstance(packet, protocol.MediaPacket):
                    raise protocol.ProtocolError(f"{type(packet).__name__} on the media channel")
                stream.on_media(packet, len(data), time.monotonic() * 1000)
                self._mark_sender(person)
            else:
                self._control(person, packet)
        except protocol.ProtocolError as exc:
            stream.stats.bad_messages += 1
            self.result.bad_messages += 1
            log.debug("dropped a bad message from %s on %s: %s", link.remote, channel, exc)

    def link_closed(self, link: Link, reason: str) -> None:
        person = self.people.get(link.remote)
        if person is not None and person.link is link:
            person.gone = time.monotonic()
            self.result.departures.append((link.remote, reason, person.gone))
            if person.is_sender:
                log.info("%s left: %s", person.stream.name, reason)

    def heartbeat(self) -> bytes:
        # A receive-only peer's keepalive: its own clock (sample 0: it captures nothing).
        return protocol.encode(protocol.ClockSync(0, time.monotonic_ns()))

    # --- control ---------------------------------------------------------------------------

    def _mark_sender(self, person: _Participant) -> None:
        if not person.is_sender:
            person.is_sender = True
            self.had_sender = True

    def _control(self, person: _Participant, packet: protocol.Packet) -> None:
        stream = person.stream
        if isinstance(packet, protocol.Hello):
            stream.name = packet.name or stream.peer
            if "photo" in packet.capabilities:
                self._mark_sender(person)
        elif isinstance(packet, protocol.PhotoChunk):
            self._mark_sender(person)
            try:
                photo = stream.assembler.add(packet)
            except protocol.ProtocolError as exc:
                self._reject(person, f"the photo did not arrive intact: {exc}")
                raise
            if photo is not None:
                stream.photo_state = "preparing"
                task = asyncio.ensure_future(self._prepare(person, photo))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
        elif isinstance(packet, protocol.ClockSync):
            stream.sync = packet
        elif isinstance(packet, protocol.Notice):
            log.warning("notice from %s: %s: %s", stream.name, packet.code, packet.message)
        elif isinstance(packet, protocol.Bye):
            log.info("%s said bye: %s", stream.name, packet.reason or "(no reason)")
            stream.ended = True
        else:
            raise protocol.ProtocolError(f"{type(packet).__name__} on the control channel")

    async def _prepare(self, person: _Participant, photo: bytes) -> None:
        loop = asyncio.get_running_loop()
        try:
            renderer = await loop.run_in_executor(
                self.prep_pool, self.renderer_factory, photo, self.config
            )
        except UserError as exc:  # PhotoError: not an image, no face, too large
            self._reject(person, str(exc))
            return
        except Exception as exc:
            log.exception("preparing %s's photo failed", person.stream.name)
            self._reject(person, f"the receiver could not prepare it: {exc}")
            return
        person.stream.renderer = renderer
        person.stream.photo_state = "ready"
        log.info("photo of %s ready", person.stream.name)
        person.link.send_control(
            protocol.encode(protocol.Notice(PHOTO_ACCEPTED, "photo ready"))
        )

    def _reject(self, person: _Participant, why: str) -> None:
        person.stream.photo_state = "rejected"
        log.warning("rejected the photo of %s: %s", person.stream.name, why)
        message = why.encode()[: protocol.MAX_TEXT_BYTES].decode(errors="ignore")
        person.link.send_control(protocol.encode(protocol.Notice(PHOTO_REJECTED, message)))


async def run_receiver(
    config: ReceiverConfig,
    *,
    stop: asyncio.Event | None = None,
    renderer_factory: Any = None,
) -> ReceiverResult:
    """Join the room and play every sender until ``stop``, ``duration_s``, the window closing,
    or (with ``exit_when_done``) the last sender leaving. Writes the MP4 and the stats."""
    stop = stop or asyncio.Event()
    result = ReceiverResult(config.peer_id or new_peer_id("recv"))
    role = _ReceiverRole(config, result, renderer_factory or default_renderer)
    window = None
    if config.window:
        from photocall.receiver.window import Window

        window = Window(f"photocall — room {config.room}")
    speaker = Speaker.open() if config.speaker else None
    mesh = Mesh(MeshConfig(config.signal_url, config.room, result.peer_id, config.token,
                           config.ice_servers, idle_timeout_s=config.idle_timeout_s), role)
    await mesh.start()
    player = _Player(config, role, result, window, speaker)
    started = time.monotonic()
    tasks = [asyncio.create_task(player.playout()), asyncio.create_task(player.video()),
             asyncio.create_task(player.stats_loop())]
    try:
        while not stop.is_set():
            await asyncio.sleep(0.05)
            if config.duration_s is not None and time.monotonic() - started > config.duration_s:
                break
            if window is not None and window.closed:
                break
            if config.exit_when_done and role.had_sender and not player.active():
                break
            for task in tasks:
                if task.done():
                    task.result()  # a crashed loop is a bug: surface it
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for link in mesh.open_links():  # tell the others now rather than let them time out
            link.send_control(protocol.encode(protocol.Bye("receiver leaving")))
        await asyncio.sleep(0.05)
        await mesh.close()
        result.seconds = time.monotonic() - started
        player.finish()
        role.prep_pool.shutdown(wait=False, cancel_futures=True)
        if window is not None:
            window.close()
        if speaker is not None:
            speaker.close()
    return result


class _Player:
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
        self.jobs: deque[_VideoJob] = deque()
        self.job_ready = asyncio.Event()
        every = config.every_frame
        self.every_frame = (config.window is False) if every is None else every
        self.frames_dropped = 0
        self.render_pool = concurrent.futures.ThreadPoolExecutor(1, "photocall-render")
        self.finals: dict[str, dict] = {}

    def active(self) -> bool:
        return any(p.is_sender and not p.stream.finished for p in self.role.people.values())

    def senders(self) -> list[_Participant]:
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
        played: list[tuple[_Participant, Played]] = [(p, p.stream.next_audio()) for p in people]
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
                tiles.append(_Tile(p, sample, pl.stalled_ms, motion))
            audio_ns = tick_ns + offset * 1_000_000_000 // SAMPLE_RATE + latency_ns
            if not self.every_frame and self.jobs:
                self.frames_dropped += len(self.jobs)
                self.jobs.clear()  # live: only the newest frame is worth drawing
            self.jobs.append(_VideoJob(self.video_index, audio_ns, tuple(tiles)))
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

    def _show(self, job: _VideoJob, canvas: np.ndarray, ready_ns: int, per_tile: list) -> None:
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

    def _render(self, job: _VideoJob):
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

    def _report(self, p: _Participant) -> dict:
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

    async def stats_loop(self) -> None:
        while True:
            await asyncio.sleep(self.config.stats_interval_s)
            if self.config.stats is not None:
                write_report(self.config.stats, self.reports(), final=False)

    def finish(self) -> None:
        self.result.streams = self.reports()
        if self.config.stats is not None:
            write_report(self.config.stats, self.result.streams, final=True)
        self.render_pool.shutdown(wait=True)  # no render may still be using the writer
        if self.every_frame:
            self.drain()
        if self.writer is not None:
            self.writer.close()
