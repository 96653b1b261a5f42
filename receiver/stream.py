"""One remote participant as the receiver sees it: packets in; audio and motion at playout out.

Sans-I/O: the session feeds it decoded packets with arrival times and pulls 20 ms of audio per
playout tick. The audio it returns is tagged with the sender sample it plays, so the frame the
renderer draws is the one for the sample being played out (lip sync by construction).

Whatever the peer sends, what the stream holds is bounded: media after its Bye (but for
``bye_grace_ms``: the media channel is unordered), and media
whose timestamp lies outside the time bounds around the playout point (``jitter.TimeBounds``),
are counted in ``stats.drops`` and dropped; the jitter buffer and the motion track hold at most
``max_frames``. A stream that keeps sending out-of-bounds media (``bad_time_limit`` within
``bad_time_window_s``) sets ``abuse``: the session cuts its link off.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field, replace

import numpy as np

from photocall.receiver.audio import OpusDecoder, opus_frame_samples
from photocall.receiver.idle import IdleMotion
from photocall.receiver.jitter import JitterBuffer, JitterConfig, Popped, TimeBounds
from photocall.receiver.motion_track import (
    MotionSample,
    MotionSource,
    MotionTrack,
    MotionTrackConfig,
)
from photocall.receiver.stats import JitterReport, PhotoState, StreamStats
from photocall.receiver.wire_meter import StreamState
from photocall.shared import protocol
from photocall.shared.budget import Strikes
from photocall.shared.codec import (
    FRAME_SAMPLES,
    OPUS_PRE_SKIP,
    SAMPLE_RATE,
    VALID_PACKET_SAMPLES,
    is_dtx,
)

TICK_SAMPLES = FRAME_SAMPLES  # playout runs in 20 ms steps
TICK_MS = TICK_SAMPLES * 1000 / SAMPLE_RATE
SHORTEN_STEP_SAMPLES = TICK_SAMPLES
"""Decoded audio is dropped in whole ticks to give latency back: a packet is needed at the
start of the tick its first sample plays in, so a cut of less than a tick moves no packet's
deadline; it would only leave a sub-tick phase that every later packet then waits for."""
SHORTEN_FADE_SAMPLES = 120
"""2.5 ms: the cross-fade where decoded speech is dropped."""
ARRIVALS_KEPT = 128
"""Audio packets whose arrival time is remembered: 2.5 s and more, far more than is buffered."""
SAME_CLOCK_NS = 10_000_000_000
"""A sender's ClockSync reaches us well within this after its capture (tens of ms on loopback):
if its CLOCK_MONOTONIC reading is not within this of ours, its clock is another machine's."""


@dataclass(frozen=True)
class Played:
    """20 ms of one participant's audio. ``sample``: the sender sample of pcm[0], None while
    the stream has not started. ``stalled_ms``: how long playout has held at this position.
    ``silent``: the sender is silent (DTX): its face is kept alive here (``receiver/idle.py``)."""

    pcm: np.ndarray
    sample: int | None
    stalled_ms: float
    silent: bool = False


@dataclass
class RemoteStream:
    peer: str
    jitter_config: JitterConfig = field(default_factory=JitterConfig)
    track_config: MotionTrackConfig = field(default_factory=MotionTrackConfig)
    bad_time_limit: int = 50
    bad_time_window_s: float = 10.0
    bye_grace_ms: float = 1000.0

    def __post_init__(self) -> None:
        self.name = self.peer
        self.stats = StreamStats(self.peer)
        self.assembler = protocol.PhotoAssembler()
        self.photo_id: int | None = None  # the id of the last photo assembled (repeats dropped)
        self.unwrapper: protocol.SequenceUnwrapper | None = None
        self.jitter: JitterBuffer | None = None
        self.decoder = OpusDecoder()
        self.track = MotionTrack(self.track_config)
        self.sync: protocol.ClockSync | None = None  # the latest
        self._start_sync: protocol.ClockSync | None = None  # the first: the sender's start
        self._capture_sync: protocol.ClockSync | None = None  # a later one: maps its samples
        self.same_clock: bool | None = None  # None until a capture ClockSync arrived
        self.renderer = None  # set once the photo is prepared
        self.photo_state = PhotoState.WAITING
        # (sender sample, pcm, stalled ms, silent)
        self._segments: deque[tuple[int, np.ndarray, float, bool]] = deque()
        self._buffered = 0  # samples in _segments
        self.idle = IdleMotion(seed=sum(self.peer.encode()))
        self._silent_from: int | None = None  # sender sample where the current silence began
        self._silent_samples = 0  # silence played and not yet counted in silent_frames
        self.sender_silent = False  # the newest media packet was DTX: the sender is silent
        self._newest: int | None = None  # unwrapped timestamp of the newest media packet
        self._newest_end = 0  # ... and the end of its audio
        # (first sample, end, arrival ms) of the last audio packets: where a sample's
        # mouth-to-pixel time went (``arrival_of``).
        self._arrived: deque[tuple[int, int, float]] = deque(maxlen=ARRIVALS_KEPT)
        self._state_since = 0  # sender sample where the sender's current state began
        self._stalled_ms = 0.0
        self.ended = False  # the peer said Bye: play out what is buffered, then stop
        self.ended_ms: float | None = None  # when the Bye arrived (media channel's clock)
        c = self.jitter_config
        self.bounds = TimeBounds(c.max_ahead_ms, c.max_behind_ms, c.window)
        self._bad_time = Strikes(self.bad_time_limit, self.bad_time_window_s)
        self.abuse: str | None = None  # why this stream should be cut off

    @property
    def finished(self) -> bool:
        """Ended and everything buffered has been played."""
        # What is queued of a hold (concealment) or a silence is not audio still to play.
        queued = any(not stalled and not silent for _, _, stalled, silent in self._segments)
        return self.ended and not queued and (self.jitter is None or not self.jitter.depth_ms)

    def end(self, now_ms: float) -> None:
        """The peer said Bye at ``now_ms``: its media is taken for ``bye_grace_ms`` more."""
        self.ended = True
        self.ended_ms = now_ms

    # --- input -----------------------------------------------------------------------------

    def on_media(self, packet: protocol.MediaPacket, nbytes: int, arrival_ms: float) -> bool:
        """Take one media packet that arrived at ``arrival_ms`` (our clock). False: dropped
        (counted in ``stats.drops``). Raises ProtocolError for a packet that cannot be used
        (the caller counts it)."""
        drops = self.stats.drops
        if self.ended and (self.ended_ms is None or arrival_ms - self.ended_ms > self.bye_grace_ms):
            # Media sent just before the Bye can arrive after it (the media
            # channel is unordered): bye_grace_ms of it is still taken, nothing after.
            drops.after_bye += 1
            return False
        samples = opus_frame_samples(packet.opus) if packet.opus else 0
        if packet.opus and samples not in VALID_PACKET_SAMPLES:
            raise protocol.ProtocolError(f"Opus packet of {samples} samples (want 20 to 120 ms)")
        if self.jitter is not None and packet.opus and samples != self.jitter.config.frame_samples:
            raise protocol.ProtocolError("packet duration changed mid-stream")
        if self.unwrapper is None:
            # ClockSync (sent before media) carries the unwrapped sample: start the unwrapping there.
            self.unwrapper = protocol.SequenceUnwrapper(
                32, self.sync.sample if self.sync is not None else None
            )
        highest = self.unwrapper.highest
        ts = packet.timestamp if highest is None else protocol.unwrap(packet.timestamp, highest, 32)
        verdict = self.bounds.check(ts, arrival_ms)
        if verdict is not None:
            if verdict == "far_future":
                drops.far_future += 1
            else:
                drops.far_past += 1
            if self._bad_time.strike(arrival_ms / 1000) and self.abuse is None:
                self.abuse = "media timestamps keep falling outside the time bounds"
            return False
        self.unwrapper.unwrap(packet.timestamp)  # only a packet kept moves the unwrapping on
        self.bounds.accept(ts, arrival_ms)
        overflow = self.track.overflow
        for frame in packet.unwrapped_motion(ts):
            self.track.add(frame)
        if packet.opus:
            if self.jitter is None:
                self.jitter = JitterBuffer(replace(self.jitter_config, frame_samples=samples))
            overflow += self.jitter.counters.overflow
            self.jitter.push(ts, packet.opus, arrival_ms, dtx=is_dtx(packet.opus))
            if not is_dtx(packet.opus):
                self._arrived.append((ts, ts + samples, arrival_ms))
            overflow -= self.jitter.counters.overflow
        if self.track.overflow != overflow:
            drops.buffer_full += 1
        if packet.opus and (self._newest is None or ts >= self._newest):
            if self._newest is None or is_dtx(packet.opus) != self.sender_silent:
                self._state_since = ts
            self._newest, self._newest_end = ts, ts + samples
            self.sender_silent = is_dtx(packet.opus)
        self.stats.on_media(nbytes, samples, ts, silent=is_dtx(packet.opus))
        return True

    def on_clock_sync(self, sync: protocol.ClockSync, now_ns: int) -> None:
        """The sender's first ClockSync carries its start; later ones map its samples to its
        CLOCK_MONOTONIC (shared/PROTOCOL.md). ``now_ns``: our CLOCK_MONOTONIC at arrival."""
        self.sync = sync
        if self._start_sync is None:
            self._start_sync = sync
            return
        if sync == self._start_sync:
            return  # a keepalive repeating it, before the stream starts
        if self._capture_sync is None:
            self.same_clock = 0 <= now_ns - sync.monotonic_ns <= SAME_CLOCK_NS
            self.stats.sender_start_ns = self._start_sync.monotonic_ns if self.same_clock else None
        self._capture_sync = sync

    # --- playout ---------------------------------------------------------------------------

    def next_audio(self, now_ms: float | None = None) -> Played:
        """The next 20 ms of this participant's audio (silence while priming). ``now_ms``: the
        playout time on the clock of ``on_media``'s ``arrival_ms`` (the jitter buffer times
        each packet's wait with it). Decoded audio waits in a queue of (first sample, pcm)
        pieces, of which playout may drop ticks to give latency back (``_shorten``);
        ``Played.sample`` is the sender sample of its pcm[0]."""
        while self._buffered < TICK_SAMPLES:
            step = self.jitter.pop(now_ms) if self.jitter is not None else None
            if step is None:
                if not self._buffered:
                    return Played(np.zeros(TICK_SAMPLES, np.float32), None, 0.0)
                break  # (cannot happen once playing: pop holds rather than return None)
            self._decode(step)
        return self._take()

    def _decode(self, step: Popped) -> None:
        assert self.jitter is not None
        held = step.held
        # While holding, conceal one tick at a time: the late packet may arrive any moment.
        samples = TICK_SAMPLES if held else (step.samples or self.jitter.config.frame_samples)
        pcm = self.decoder.decode(step.payload, samples)
        if step.silent:
            if self._silent_from is None:
                self._silent_from = step.timestamp
        else:
            self._silent_from = None
            if step.payload is None:
                self.stats.concealed_frames += 1
            else:
                self.stats.played_frames += 1
        self._stalled_ms = self._stalled_ms + samples * 1000 / SAMPLE_RATE if held else 0.0
        start = step.timestamp - OPUS_PRE_SKIP  # decoded audio lags the packet by pre-skip
        first = self._shorten(step, pcm)
        if step.silent:  # counted in packets, though silence plays a tick at a time
            self._silent_samples += samples - first
            frame = self.jitter.config.frame_samples
            self.stats.silent_frames += self._silent_samples // frame
            self._silent_samples %= frame
        if first < samples:
            self._segments.append((start + first, pcm[first:], self._stalled_ms, step.silent))
            self._buffered += samples - first

    def _take(self) -> Played:
        """The next tick of the queue (padded with silence only if it ran short)."""
        sample, _, stalled, silent = self._segments[0]
        parts, need = [], TICK_SAMPLES
        while need and self._segments:
            first, pcm, held_ms, quiet = self._segments[0]
            parts.append(pcm[:need])
            if len(pcm) <= need:
                self._segments.popleft()
            else:
                self._segments[0] = (first + need, pcm[need:], held_ms, quiet)
            need -= len(parts[-1])
        self._buffered -= TICK_SAMPLES - need
        if need:
            parts.append(np.zeros(need, np.float32))
        if self.jitter is not None:  # audio buffered ahead of this tick: packets + decoded
            ahead = self.jitter.depth_ms + self._buffered * 1000 / SAMPLE_RATE
            self.stats.depth_ms.append(ahead)
        return Played(np.concatenate(parts) if len(parts) > 1 else parts[0], sample, stalled,
                      silent)  # fmt: skip

    def _shorten(self, step: Popped, pcm: np.ndarray) -> int:
        """Where in ``pcm`` (a step just decoded) playout starts: later by the jitter buffer's
        ``excess_ms`` (in whole ticks; it skips whole frames itself) when playout runs later
        than it needs to. A silent step may go whole; of speech, the
        dropped audio's start is cross-faded into what plays instead, so it does not click."""
        assert self.jitter is not None
        step_ms = SHORTEN_STEP_SAMPLES * 1000 / SAMPLE_RATE
        drop = int(self.jitter.excess_ms // step_ms) * SHORTEN_STEP_SAMPLES
        if step.held or not drop:
            return 0
        n = SHORTEN_FADE_SAMPLES
        if not step.silent:  # speech keeps a tick at least, for the cross-fade
            drop = min(drop, (len(pcm) - TICK_SAMPLES) // SHORTEN_STEP_SAMPLES * SHORTEN_STEP_SAMPLES)
        drop = min(drop, len(pcm))
        if drop <= 0:
            return 0
        if not step.silent:
            ramp = np.linspace(0.0, 1.0, n, dtype=np.float32)
            pcm[drop : drop + n] = pcm[:n] * (1 - ramp) + pcm[drop : drop + n] * ramp
        self.jitter.shorten(drop * 1000 / SAMPLE_RATE)
        return drop

    def stream_state(self) -> StreamState:
        """Where the sender's stream is, for the wire meter."""
        return StreamState(self._newest_end, self.sender_silent, self._state_since)

    def motion_at(self, sample: int, stalled_ms: float, silent: bool = False) -> MotionSample:
        """The face at sender ``sample``: the received motion; while the sender is silent and
        no frame covers ``sample``, that face kept alive here (blinks, sway)."""
        motion = self.track.at(sample, stalled_ms)
        if not silent or self._silent_from is None or motion.source == MotionSource.INTERP:
            return motion
        weights, pose = self.idle.apply(motion.weights, motion.pose, sample,
                                        max(0, sample - self._silent_from))  # fmt: skip
        return MotionSample(weights, pose, MotionSource.IDLE)

    def capture_ns(self, sample: int) -> int | None:
        """Our CLOCK_MONOTONIC time at which the sender captured ``sample``; None before its
        first capture ClockSync, or when its clock is another machine's."""
        sync = self._capture_sync
        if sync is None or not self.same_clock:
            return None
        return sync.monotonic_ns + (sample - sync.sample) * 1_000_000_000 // SAMPLE_RATE

    def arrival_of(self, sample: int) -> tuple[int, int, float] | None:
        """The audio packet that played sender ``sample``: (the first sample it plays, the
        sender sample that completed it, its arrival ms), or None if it is no longer
        remembered. Decoded audio lags its packet by the pre-skip: ``sample`` is played from
        the packet that holds sample + pre-skip."""
        for start, end, arrival in reversed(self._arrived):
            if start <= sample + OPUS_PRE_SKIP < end:
                return start - OPUS_PRE_SKIP, end, arrival
        return None

    @property
    def packet_samples(self) -> int | None:
        return None if self.jitter is None else self.jitter.config.frame_samples

    def jitter_report(self) -> JitterReport:
        if self.jitter is None:
            return JitterReport()
        c = self.jitter.counters
        return JitterReport(
            received=c.received, lost=c.lost, late=c.late, duplicate=c.duplicate,
            underruns=c.underruns, skipped=c.skipped, resyncs=c.resyncs, dtx=c.dtx, silent=c.silent,
            trimmed=c.trimmed, shortened=c.shortened,
            shortened_ms=round(c.shortened_ms, 1), advanced_ms=round(c.advanced_ms, 1),
            target_ms=round(self.jitter.target_ms, 1),
            wait_target_ms=round(self.jitter.wait_target_ms, 1),
        )  # fmt: skip
