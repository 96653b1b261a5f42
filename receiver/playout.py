"""The receiver's playout clock, mix and frame schedule for all participants (sans-I/O).

:meth:`Playout.tick` is called every 20 ms of output with the time it runs at (CLOCK_MONOTONIC
ns). It pulls 20 ms from each sender's stream (jitter buffer -> Opus), mixes them and returns
what to do: open the recording, play the mix (MP4 and speaker), retire a participant that left.
When a tick reaches a video frame's instant it records, per participant, the sender sample being
played and the motion for it, as a :class:`VideoJob`; the adapter renders jobs (in a worker
thread) and hands each picture back to :meth:`Playout.rendered`, so the frame shown is the one
for the sample being played out. A render takes time, so a job is for the sample heard when its
picture is likely ready (the median of recent tick-to-picture times, at most a frame interval), as far as
received motion reaches: never a guessed face. Lip sync holds; the picture is that much sooner.

Nobody playing (not started yet, or every sender finished) stops the playout clock, so a
recording starts with the first audio and ends with the last face. Rendering every frame
(``every_frame``, for a file) queues every job; live, only the newest is worth drawing and older
unrendered ones are dropped (counted). ``receiver/player.py`` is the asyncio adapter.
"""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from photocall.receiver.motion_track import MotionSample
from photocall.receiver.outputs import grid
from photocall.receiver.stats import LatencySample
from photocall.receiver.stream import TICK_MS, TICK_SAMPLES, Played, RemoteStream
from photocall.shared.motion import SAMPLE_RATE

if TYPE_CHECKING:
    from photocall.shared.peer import Link

Pcm = np.ndarray[tuple[int], np.dtype[np.float32]]
Image = np.ndarray[tuple[int, int, int], np.dtype[np.uint8]]


@dataclass
class Participant:
    """A remote peer of the call. ``joined``/``gone``: CLOCK_MONOTONIC seconds; ``gone`` is
    when its link closed: it plays out its buffer, then leaves."""

    stream: RemoteStream
    link: Link
    joined: float = field(default_factory=time.monotonic)
    is_sender: bool = False
    gone: float | None = None


@dataclass(frozen=True)
class PlayoutConfig:
    """fps: video frames per second of output. tiles: lay the picture out for this many
    participants (0: as many as play at the first tick). every_frame: queue every frame (else
    only the newest). record: an MP4 is written. output_latency_s: from handing the mix to the
    speaker to hearing it. linger_s: the most a departed participant's buffer plays for.
    own_clock: the playout clock is the output's (nothing downstream keeps time of its own: an
    MP4 and a window, no speaker), so its phase may move (``Playout.clock_advance_ms``)."""

    fps: int = 25
    tile_size: int = 256
    tiles: int = 0
    every_frame: bool = True
    record: bool = False
    output_latency_s: float = 0.0
    linger_s: float = 1.0
    own_clock: bool = False


@dataclass(frozen=True)
class Tile:
    person: Participant
    sample: int | None  # sender sample being played when the frame is due (None: not playing)
    stalled_ms: float
    motion: MotionSample | None  # taken at playout time, so a late render draws the same face


@dataclass(frozen=True)
class VideoJob:
    index: int
    audio_ns: int  # when the frame's audio sample is heard
    tiles: tuple[Tile, ...]
    due_ns: int = 0  # the tick that queued it (the render estimate is measured from it)
    lead: int = 0  # samples drawn ahead of the sample playing at the frame's instant


@dataclass(frozen=True)
class RenderedTile:
    """One face drawn for a job; ``render_ms``: how long the renderer took."""

    person: Participant
    sample: int | None
    stalled_ms: float
    render_ms: float


# --- actions -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StartRecording:
    """Open the MP4 with a canvas of this size."""

    width: int
    height: int


@dataclass(frozen=True)
class PlayAudio:
    """20 ms of the mix, output sample ``sample`` on: into the MP4 and to the speaker."""

    sample: int
    pcm: Pcm


@dataclass(frozen=True)
class FrameDue:
    """A video job is queued: render what :meth:`Playout.next_job` gives."""

    index: int


@dataclass(frozen=True)
class Retire:
    """``person`` left and its buffer has played out: take its final report."""

    peer: str
    person: Participant


@dataclass(frozen=True)
class ShowFrame:
    """A rendered frame: into the MP4 (as frame ``index``) and onto the window."""

    index: int
    canvas: Image


@dataclass(frozen=True)
class FirstFrame:
    """The first frame with this participant's face was rendered."""

    stream: RemoteStream


MAX_ADVANCE_MS = 10
"""The most the playout clock runs sooner at one tick: the ticks stay at least half a tick
apart."""

TickAction = StartRecording | PlayAudio | FrameDue | Retire


class Playout:
    """``people``: the call's participants by peer id (shared with the session, which adds
    them; the playout retires them)."""

    def __init__(self, config: PlayoutConfig, people: dict[str, Participant]) -> None:
        self.config = config
        self.people = people
        self.canvas: tuple[int, int] | None = None  # (width, height), fixed at the first tick
        self.out_sample = 0  # output samples played since the first participant started
        self.next_video = 0.0  # output sample of the next video frame
        self.video_index = 0
        self.jobs: deque[VideoJob] = deque()
        self.frames_dropped = 0
        self._picture_ms: deque[float] = deque(maxlen=25)  # tick -> picture ready, recent jobs
        self.clock_advance_ms = 0  # the next tick is due this much sooner (set by each tick)

    def senders(self) -> list[Participant]:
        return [p for p in self.people.values() if p.is_sender]

    def active(self) -> bool:
        """Some sender has not finished."""
        return any(not p.stream.finished for p in self.senders())

    def tick(self, now_ns: int) -> list[TickAction]:
        actions: list[TickAction] = [*self._retire(now_ns / 1e9)]
        people = [p for p in self.senders() if not p.stream.finished]
        now_ms = now_ns / 1e6  # the clock the session stamps arrivals with
        played: list[tuple[Participant, Played]] = [(p, p.stream.next_audio(now_ms))
                                                     for p in people]  # fmt: skip
        if not any(pl.sample is not None for _, pl in played):
            return actions  # nobody is playing: the playout clock waits
        if self.canvas is None:
            cols, rows = grid(self.config.tiles or max(1, len(people)))
            self.canvas = (cols * self.config.tile_size, rows * self.config.tile_size)
            if self.config.record:
                actions.append(StartRecording(*self.canvas))
        mix = np.zeros(TICK_SAMPLES, np.float32)
        for _, pl in played:
            mix += pl.pcm
        np.clip(mix, -1.0, 1.0, out=mix)
        actions.append(PlayAudio(self.out_sample, mix))
        self.clock_advance_ms = self._advance(played)
        latency_ns = round(self.config.output_latency_s * 1e9)
        frame_samples = SAMPLE_RATE / self.config.fps
        while self.next_video < self.out_sample + TICK_SAMPLES:
            offset = int(self.next_video) - self.out_sample
            lead = self._lead(played, offset)
            offset += lead
            tiles = []
            for p, pl in played:
                sample = None if pl.sample is None else pl.sample + offset
                motion = (None if sample is None
                          else p.stream.motion_at(sample, pl.stalled_ms, pl.silent))  # fmt: skip
                tiles.append(Tile(p, sample, pl.stalled_ms, motion))
            audio_ns = now_ns + offset * 1_000_000_000 // SAMPLE_RATE + latency_ns
            if not self.config.every_frame and self.jobs:
                self.frames_dropped += len(self.jobs)
                self.jobs.clear()  # live: only the newest frame is worth drawing
            self.jobs.append(VideoJob(self.video_index, audio_ns, tuple(tiles), now_ns, lead))
            actions.append(FrameDue(self.video_index))
            self.video_index += 1
            self.next_video += frame_samples
        self.out_sample += TICK_SAMPLES
        return actions

    def _advance(self, played: list[tuple[Participant, Played]]) -> int:
        """Whole ms by which the next tick may come sooner: of the latency every playing
        stream could give back (``JitterBuffer.excess_ms``), the part below a tick, at most
        ``MAX_ADVANCE_MS`` a tick. A packet is needed at the start of the tick its first sample
        plays in: a cut of decoded audio shorter than a tick moves no deadline, so without this
        the ticks' phase against the packets' arrivals (0-20 ms, a matter of chance per call)
        stayed in every packet's wait. Whole ticks are the stream's to give back (it drops
        them); a clock that ran a tick sooner would only burst. Only where the playout owns
        its clock: a speaker's device keeps its own time."""
        if not self.config.own_clock:
            return 0
        jitters = [p.stream.jitter for p, pl in played if pl.sample is not None]
        if not jitters or any(j is None for j in jitters):
            return 0
        excess = min(j.excess_ms for j in jitters if j is not None)
        ms = min(MAX_ADVANCE_MS, math.floor(excess % TICK_MS))
        if ms < 1:
            return 0
        for j in jitters:
            if j is not None:
                j.advance(ms)
        return ms

    def _lead(self, played: list[tuple[Participant, Played]], offset: int) -> int:
        """Samples past ``offset`` to draw the frame for: the picture's expected delay (median
        of recent ones, at most a frame interval: a picture slower than that falls behind
        anyway), no further than every playing participant's newest
        received motion (a held or silent one does not limit it: its face is not new)."""
        if not self._picture_ms:
            return 0
        most = round(SAMPLE_RATE / self.config.fps)
        lead = min(most, round(float(np.median(self._picture_ms)) * SAMPLE_RATE / 1000))
        for p, pl in played:
            if pl.sample is None or pl.stalled_ms or pl.silent:
                continue
            newest = p.stream.track.newest
            lead = min(lead, max(0, (newest if newest is not None else 0) - pl.sample - offset))
        return lead

    def next_job(self) -> VideoJob | None:
        return self.jobs.popleft() if self.jobs else None

    def retry(self, job: VideoJob) -> None:
        """``job``'s render was cut off: it is the next one again."""
        self.jobs.appendleft(job)

    def rendered(self, job: VideoJob, canvas: Image, ready_ns: int,
                 tiles: list[RenderedTile]) -> list[ShowFrame | FirstFrame]:  # fmt: skip
        """``job`` was drawn as ``canvas``, ready at ``ready_ns``: its timing goes into each
        participant's stats."""
        actions: list[ShowFrame | FirstFrame] = [ShowFrame(job.index, canvas)]
        if job.due_ns:
            self._picture_ms.append((ready_ns - job.due_ns) / 1e6)
        heard_ns = job.audio_ns - round(self.config.output_latency_s * 1e9)  # handed out
        for t in tiles:
            stream = t.person.stream
            capture = None if t.sample is None else stream.capture_ns(t.sample)
            # A held frame shows no newly captured sample: it has no mouth-to-pixel time.
            m2p = None if capture is None or t.stalled_ms else (ready_ns - capture) / 1e6
            parts = None
            if m2p is not None and capture is not None and t.sample is not None:
                parts = _parts(stream, t.sample, job.lead, capture, heard_ns, ready_ns)
            skew_ms = (ready_ns - job.audio_ns) / 1e6
            if stream.stats.on_frame(ready_ns, t.render_ms, skew_ms, m2p, parts):
                actions.append(FirstFrame(stream))
        return actions

    def _retire(self, now_s: float) -> list[Retire]:
        """Participants whose link closed leave once their buffered audio has played."""
        retired = []
        for peer, p in list(self.people.items()):
            if p.gone is None:
                continue
            jitter = p.stream.jitter
            drained = p.stream.finished or jitter is None or jitter.depth_ms == 0
            if drained or now_s - p.gone > self.config.linger_s:
                del self.people[peer]
                retired.append(Retire(peer, p))
        return retired


def _parts(stream: RemoteStream, sample: int, lead: int, capture_ns: int, heard_ns: int,
           ready_ns: int) -> LatencySample | None:  # fmt: skip
    """Where the mouth-to-pixel time of the frame for ``sample`` went (None if its packet is
    no longer remembered). Every sample of a packet is heard as long after its capture as the
    packet's first one: the parts are those of the packet being played at the frame's instant
    (``lead`` samples before ``sample``: that packet was here at the tick), then the frame's."""
    played = sample - lead
    packet = stream.arrival_of(played)
    if packet is None:
        return None
    first, end, arrival_ms = packet
    to_first_ms = (played - first) * 1000 / SAMPLE_RATE
    lead_ms = lead * 1000 / SAMPLE_RATE
    captured_ms = capture_ns / 1e6 - lead_ms - to_first_ms  # the packet's first sample
    fill = (end - first) * 1000 / SAMPLE_RATE
    return LatencySample(
        packet_fill=fill,
        sender_transit=arrival_ms - captured_ms - fill,
        buffered=heard_ns / 1e6 - lead_ms - to_first_ms - arrival_ms,
        frame=(ready_ns - heard_ns) / 1e6,
    )
