"""Jitter buffer keyed by the sender's 48 kHz sample clock (sans-I/O: no asyncio, no clocks).

Entries are 20 ms audio frames, keyed by their first sample (already unwrapped to a monotonic
int). The caller pushes what arrives with its arrival time and pops once per 20 ms of playout.
A missing frame never stalls playout: ``pop`` returns ``None`` for it and the decoder conceals.

Depth adapts between ``min_ms`` and ``max_ms``: the target is the spread (p95 − p5) of transit
times (arrival − timestamp) over a sliding window, plus one frame. Playout starts once the buffer holds
the target; when it runs dry the playout position holds until it holds the target again (the
buffer deepens); when it holds more than the target plus 40 ms (or one frame, if longer) for a
while, one frame is skipped (the buffer shallows).

With a clock (``pop(now_ms)``), waits rule instead of depth, whatever the phase of arrivals and
pops. Playout starts, and resumes after running dry, once the frame to play has waited
``wait_target_ms`` (not once a whole frame more is buffered: that alone left playout a 40 ms
packet later after each held packet). At each pop, ``excess_ms`` is how much sooner playout could
run with every packet of the last ``trim_memory`` still waiting ``min_wait_ms + trim_margin_ms``:
the playout offset (now − the popped frame's instant) minus the largest transit time among them.
An excess of a frame or more skips a frame here; the stream (``stream.py``) gives back a smaller
excess in whole 20 ms ticks, cross-faded (``shortened``), and the playout clock the rest, by
running its next tick that much sooner (``advance``; where it owns its clock). So a transient (one held packet) costs
latency for about ``trim_memory`` packets, not for the rest of the call. An underrun soon after such a trim means
the memory was too short for this path's delay peaks: it doubles (up to ``trim_memory_max``), so
periodic peaks cost a few underruns, not one per period.

Silence (the sender's DTX, ``shared.codec.is_dtx``; ``push(..., dtx=True)``): a DTX packet means "nothing until the next
packet". From it on, missing frames are silence, not loss: playout runs on (``Popped.silent``),
nothing is held or counted lost, and the timeline stays where it was, so speech that resumes
plays at the same latency. Silence is where latency is free to change: when speech resumes with
more buffered than the target, the silent frames in between are skipped (``trimmed``); a first
speech packet that comes after its slot already played as silence moves playout back to it.

Bounded in time on both sides of the playout point, whatever a peer sends: a packet whose
transit time (arrival − timestamp) is more than ``max_ahead_ms`` below the median of recent
ones claims audio from the far future, more than ``max_behind_ms`` above it from the far past;
either is counted (``far_future``/``far_past``) and dropped. A legitimate sender's clock runs
with ours, so its transit times stay within the network's jitter of each other. At most
``max_frames`` entries are ever held.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from photocall.shared.codec import FRAME_SAMPLES, SAMPLE_RATE


@dataclass(frozen=True)
class JitterConfig:
    """frame_samples: samples per entry (20 ms at 48 kHz). min_ms/max_ms: target depth bounds.
    window: packets over which the transit spread is measured. skip_after: consecutive
    over-deep pops before one frame is skipped. resync_ms: a gap in timestamps larger than this
    (the sender paused) moves playout to the new audio instead of waiting through the gap.
    trim_window / trim_margin_ms: with a clock, latency is given back when every packet of the
    last ``trim_window`` (the trim memory; it doubles up to ``trim_window_max`` on an underrun
    soon after a trim) would still wait ``min_wait_ms`` plus this margin. min_wait_ms: the
    jitter-buffer floor with a clock: the least a frame waits after it arrived before it plays
    (the transit spread when that is larger)."""

    frame_samples: int = FRAME_SAMPLES
    min_ms: float = 20.0
    max_ms: float = 100.0
    window: int = 100
    skip_after: int = 10
    resync_ms: float = 300.0
    max_ahead_ms: float = 2000.0
    max_behind_ms: float = 5000.0
    trim_window: int = 12
    trim_window_max: int = 400
    trim_margin_ms: float = 5.0
    min_wait_ms: float = 5.0

    @property
    def max_frames(self) -> int:
        """Entries held at most: the ceiling on depth and the far-future bound, with margin."""
        frame_ms = self.frame_samples * 1000.0 / SAMPLE_RATE
        return int((2 * self.max_ms + self.max_ahead_ms) / frame_ms) + 8


@dataclass
class JitterCounters:
    received: int = 0
    late: int = 0
    duplicate: int = 0
    lost: int = 0
    underruns: int = 0
    skipped: int = 0
    resyncs: int = 0
    far_future: int = 0  # claimed audio beyond max_ahead_ms: dropped
    far_past: int = 0  # beyond max_behind_ms in the past: dropped
    overflow: int = 0  # the buffer held max_frames already: dropped
    dtx: int = 0  # of received: DTX frames (the sender fell silent; nothing to play)
    silent: int = 0  # frames played as silence the sender announced (DTX): not lost
    trimmed: int = 0  # silent frames skipped to shorten the latency as speech resumed
    shortened: int = 0  # times the stream dropped decoded audio to give latency back
    shortened_ms: float = 0.0  # ... how much in all
    advanced: int = 0  # times the playout clock ran sooner to give latency back (< a tick)
    advanced_ms: float = 0.0  # ... how much in all


@dataclass(frozen=True)
class Popped:
    """One playout step: ``timestamp`` is the sender sample the step plays; ``payload`` is the
    frame's data, or ``None`` when it is missing (lost or not yet here: conceal it). ``held``:
    nothing newer has arrived either, so playout holds at ``timestamp`` (the next pop asks for
    the same frame again); conceal as little as possible (one playout tick). ``silent``: the
    sender is silent (DTX): play silence, nothing was lost. ``samples``: how long the step
    plays when not a whole frame (silence with a clock plays 20 ms at a time)."""

    timestamp: int
    payload: bytes | None
    held: bool = False
    silent: bool = False
    samples: int | None = None


def transit_ms(timestamp: int, arrival_ms: float) -> float:
    return arrival_ms - timestamp * 1000.0 / SAMPLE_RATE


@dataclass
class TimeBounds:
    """Whether a packet's timestamp is within ``max_ahead_ms`` / ``max_behind_ms`` of where
    the stream's clock says it should be: its transit time (arrival − timestamp) against the
    median of the last ``window`` accepted ones.

    A sender whose clock really jumped (a restarted source) sends packets that agree with each
    other: after ``reanchor_after`` in a row whose transit times lie within ``max_ahead_ms / 4``
    of each other, the new timeline is taken (``reanchors``). A peer whose timestamps keep
    jumping never gets there."""

    max_ahead_ms: float = 2000.0
    max_behind_ms: float = 5000.0
    window: int = 100
    reanchor_after: int = 3

    def __post_init__(self) -> None:
        self.transits: deque[float] = deque(maxlen=self.window)
        self._suspects: list[float] = []  # transit times of the last far packets, in a row
        self.reanchors = 0

    def accept(self, timestamp: int, arrival_ms: float) -> None:
        """The packet is kept: its transit time joins the window."""
        self.transits.append(transit_ms(timestamp, arrival_ms))

    def check(self, timestamp: int, arrival_ms: float) -> str | None:
        """None if within bounds (then :meth:`accept` it if kept), else ``"far_future"`` or
        ``"far_past"``."""
        transit = transit_ms(timestamp, arrival_ms)
        verdict = None
        if self.transits:
            ordered = sorted(self.transits)
            deviation = transit - ordered[len(ordered) // 2]
            if deviation < -self.max_ahead_ms:
                verdict = "far_future"
            elif deviation > self.max_behind_ms:
                verdict = "far_past"
        if verdict is None:
            self._suspects.clear()
            return None
        if self._suspects and abs(transit - self._suspects[0]) > self.max_ahead_ms / 4:
            self._suspects.clear()
        self._suspects.append(transit)
        if len(self._suspects) < self.reanchor_after:
            return verdict
        self.reanchors += 1
        self.transits.clear()
        self.transits.extend(self._suspects[:-1])  # the packet itself joins when accepted
        self._suspects.clear()
        return None


@dataclass
class JitterBuffer:
    config: JitterConfig = field(default_factory=JitterConfig)

    def __post_init__(self) -> None:
        self._frames: dict[int, bytes] = {}
        self.bounds = TimeBounds(self.config.max_ahead_ms, self.config.max_behind_ms,
                                 self.config.window)  # fmt: skip
        self._transit_ms = self.bounds.transits  # the accepted packets' transit times
        self._next: int | None = None  # sender sample of the next pop; None until primed
        self._started = False
        self._rebuffering = False
        self._over = 0
        self._arrivals: dict[int, float] = {}  # arrival_ms of each frame held
        self._dtx: set[int] = set()  # frames held that are DTX (the sender fell silent)
        # Transit times of the last trim_window_max packets kept; the trim looks at the newest
        # trim_memory of them.
        self._recent: deque[float] = deque(maxlen=self.config.trim_window_max)
        self.trim_memory = self.config.trim_window
        self._excess = 0.0
        self._since_trim: int | None = None  # pops since latency was last given back
        self._silent_from: int | None = None  # the DTX frame that began the current silence
        self.counters = JitterCounters()

    @property
    def frame_ms(self) -> float:
        return self.config.frame_samples * 1000.0 / SAMPLE_RATE

    @property
    def target_ms(self) -> float:
        """Adaptive target depth: transit spread over the window + one frame, clamped."""
        if len(self._transit_ms) < 2:
            return self.config.min_ms
        # p95 - p5, not max - min: one early packet (a sender's final flush) or one very late
        # one should not set the latency of the whole call.
        return min(self.config.max_ms, max(self.config.min_ms, self.spread_ms + self.frame_ms))

    @property
    def over_margin_ms(self) -> float:
        """How far above the target the buffer may stay without shrinking: two 20 ms frames,
        but one frame of 40 or 60 ms (two of those kept a start-up burst's +80 ms for the
        whole call)."""
        return max(self.frame_ms, 2 * FRAME_SAMPLES * 1000.0 / SAMPLE_RATE)

    @property
    def depth_ms(self) -> float:
        """Audio buffered ahead of the playout position, in ms (0 when empty)."""
        if not self._frames:
            return 0.0
        start = self._next if self._next is not None else min(self._frames)
        end = max(self._frames) + self.config.frame_samples
        return max(0.0, (end - start) * 1000.0 / SAMPLE_RATE)

    @property
    def silent(self) -> bool:
        """Playout is in a silence the sender announced."""
        return self._silent_from is not None

    @property
    def spread_ms(self) -> float:
        """Transit spread (p95 - p5) over the window; 0 with fewer than two packets."""
        if len(self._transit_ms) < 2:
            return 0.0
        ordered = sorted(self._transit_ms)
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
        return p95 - ordered[int(0.05 * len(ordered))]

    @property
    def started(self) -> bool:
        return self._started

    @property
    def position(self) -> int | None:
        """Sender sample that the next pop will play (None before the first packet)."""
        return self._next

    def check_time(self, timestamp: int, arrival_ms: float) -> str | None:
        """None if ``timestamp`` arriving at ``arrival_ms`` is within the bounds, else
        ``"far_future"`` or ``"far_past"`` (counted)."""
        verdict = self.bounds.check(timestamp, arrival_ms)
        if verdict == "far_future":
            self.counters.far_future += 1
        elif verdict == "far_past":
            self.counters.far_past += 1
        return verdict

    def push(self, timestamp: int, payload: bytes, arrival_ms: float, dtx: bool = False) -> bool:
        """Add one frame; ``timestamp`` unwrapped. ``dtx``: it holds no audio, the sender fell
        silent (``shared.codec.is_dtx``). Returns False (and counts) if late, duplicate, out of
        the time bounds or over ``max_frames``."""
        if self.check_time(timestamp, arrival_ms) is not None:
            return False
        if len(self._frames) >= self.config.max_frames:
            self.counters.overflow += 1
            return False
        if self._next is not None and timestamp < self._next and self._started:
            if self._silent_from is None or timestamp <= self._silent_from:
                self.counters.late += 1
                self._recent.append(transit_ms(timestamp, arrival_ms))  # the trim must see it
                return False
            # Speech after a silence, later than the latency allowed: its slot played as
            # silence, so playing it now costs only more silence. Playout moves back to it.
            self._next = timestamp
        if timestamp in self._frames:
            self.counters.duplicate += 1
            return False
        self.counters.received += 1
        self._frames[timestamp] = payload
        self._arrivals[timestamp] = arrival_ms
        if dtx:
            self._dtx.add(timestamp)
            self.counters.dtx += 1
        self.bounds.accept(timestamp, arrival_ms)
        self._recent.append(transit_ms(timestamp, arrival_ms))
        if self._next is None or (not self._started and timestamp < self._next):
            self._next = timestamp
        return True

    @property
    def wait_target_ms(self) -> float:
        """How long a frame waits after its arrival before it may start playing (with a clock):
        the transit spread, at least ``min_wait_ms``."""
        return min(self.config.max_ms, max(self.config.min_wait_ms, self.spread_ms))

    def _waited(self, ts: int, now_ms: float) -> float:
        arrival = self._arrivals.get(ts)
        return -1.0 if arrival is None else now_ms - arrival

    def pop(self, now_ms: float | None = None) -> Popped | None:
        """The next frame of playout, or None while priming (nothing to play yet). ``now_ms``
        (the clock of ``push``'s ``arrival_ms``): when the frame plays. With it, playout starts
        once the first frame has waited ``wait_target_ms`` (not when a frame more than the
        spread is buffered: a whole 40 ms packet), and the wait trim runs."""
        if self._next is None:
            return None
        if not self._started:
            if now_ms is not None:
                if self._waited(self._next, now_ms) < self.wait_target_ms:
                    return None
            elif self.depth_ms < self.target_ms:
                return None
            self._started = True
        self._maybe_resync()
        if self._rebuffering:
            if not self._may_resume(now_ms):
                self.counters.underruns += 1
                return Popped(self._next, None, held=True)
            self._rebuffering = False
        if self._silent_from is not None:
            self._trim_silence(now_ms)
        ts = self._next
        depth_before = self.depth_ms
        payload = self._frames.pop(ts, None)
        self._arrivals.pop(ts, None)
        if ts in self._dtx:
            self._dtx.discard(ts)
            if self._silent_from is None:
                self._silent_from = ts
            payload = None
        elif payload is not None:
            self._silent_from = None
        if self._since_trim is not None:
            self._since_trim += 1
        if self._silent_from is not None and payload is None:
            # With a clock, silence plays 20 ms at a time, so speech that resumes starts on the
            # first tick it may, not on the frame grid of before (which a hold may have shifted).
            fs = self.config.frame_samples
            step = FRAME_SAMPLES if now_ms is not None and fs % FRAME_SAMPLES == 0 else fs
            if (ts - self._silent_from) % fs == 0:
                self.counters.silent += 1
            self._next = ts + step
            self._measure_excess(ts, now_ms)
            self._forget_behind()
            return Popped(ts, None, silent=True, samples=None if step == fs else step)
        if payload is None and not any(t > ts for t in self._frames):
            # Nothing newer has arrived: the frame may be late, not lost. Hold the position
            # until it (or a newer one) has waited, rather than skip what may still come.
            self.counters.underruns += 1
            self._rebuffering = True
            self._excess = 0.0
            self._back_off()
            return Popped(ts, None, held=True)
        if payload is None:
            self.counters.lost += 1
        self._next = ts + self.config.frame_samples
        self._measure_excess(ts, now_ms)
        self._adapt(depth_before)
        return Popped(ts, payload)

    def _may_resume(self, now_ms: float | None) -> bool:
        """After running dry: with a clock, once the first frame held at or after the playout
        position has waited ``wait_target_ms`` (as at the start); without, once the buffer holds
        the target again."""
        assert self._next is not None
        if now_ms is None:
            return self.depth_ms >= self.target_ms or self.depth_ms >= self.config.max_ms
        ahead = [t for t in self._frames if t >= self._next]
        return bool(ahead) and self._waited(min(ahead), now_ms) >= self.wait_target_ms

    @property
    def excess_ms(self) -> float:
        """How much sooner playout could run, as measured at the last pop (0 without a clock,
        while the trim memory fills, and while holding): every packet of the last
        ``trim_memory`` would still have waited ``min_wait_ms + trim_margin_ms``."""
        return self._excess

    def _measure_excess(self, ts: int, now_ms: float | None) -> None:
        if now_ms is None or len(self._recent) < self.trim_memory:
            self._excess = 0.0
            return
        offset = now_ms - ts * 1000.0 / SAMPLE_RATE  # a packet of transit t waits offset - t
        latest = max(self._recent[i] for i in range(-self.trim_memory, 0))
        self._excess = max(0.0, offset - latest - self.config.min_wait_ms
                           - self.config.trim_margin_ms)  # fmt: skip

    def shorten(self, ms: float) -> None:
        """The stream dropped ``ms`` of decoded audio (less than a frame) to give back excess
        latency: the next pop comes that much sooner."""
        self.counters.shortened += 1
        self.counters.shortened_ms += ms
        self._excess = max(0.0, self._excess - ms)
        self._since_trim = 0

    def advance(self, ms: float) -> None:
        """The playout clock runs ``ms`` sooner from the next pop on (its phase moved toward
        the packets' arrivals; less than a tick, which ``shorten`` cannot give back)."""
        self.counters.advanced += 1
        self.counters.advanced_ms += ms
        self._excess = max(0.0, self._excess - ms)
        self._since_trim = 0

    def _back_off(self) -> None:
        """An underrun soon (four trim memories) after giving latency back: the memory was too
        short for this path's delay peaks; remember twice as long."""
        if self._since_trim is not None and self._since_trim <= 4 * self.trim_memory:
            self.trim_memory = min(self.config.trim_window_max, 2 * self.trim_memory)
        self._since_trim = None

    def _trim_silence(self, now_ms: float | None) -> None:
        """In a silence, speech has arrived early enough to start sooner than the silent
        frames before it would let it: skip those (silence is free to drop). With a clock, it
        starts once it has waited ``wait_target_ms``; without, when the buffer holds more than
        the target."""
        assert self._next is not None
        ahead = [t for t in self._frames if t > self._next and t not in self._dtx]
        if self._next in self._frames or not ahead:
            return
        first = min(ahead)
        if now_ms is not None:
            if self._waited(first, now_ms) >= self.wait_target_ms:
                self.counters.trimmed += (first - self._next) // self.config.frame_samples
                self._next = first
            return
        fs = self.config.frame_samples
        while self._next < first and self.depth_ms - self.frame_ms >= self.target_ms:
            self._next += fs
            self.counters.trimmed += 1

    def _forget_behind(self) -> None:
        """Forget anything that fell behind the playout position (it can no longer play)."""
        for t in [t for t in self._frames if t < (self._next or 0)]:
            del self._frames[t]
            self._arrivals.pop(t, None)
            self._dtx.discard(t)

    def _maybe_resync(self) -> None:
        assert self._next is not None
        if self._next in self._frames or not self._frames:
            return
        first = min(self._frames)
        if (first - self._next) * 1000.0 / SAMPLE_RATE > self.config.resync_ms:
            self.counters.resyncs += 1
            self._next = first

    def _adapt(self, depth_before: float) -> None:
        # Skip a frame only after the buffer has been too deep for skip_after pops in a row, so
        # a burst that arrives at once is not thrown away. Depth is taken before the pop: it
        # includes the frame being played.
        if depth_before > self.target_ms + self.over_margin_ms:
            self._over += 1
        else:
            self._over = 0
        # Far past the ceiling (a burst after a stall), latency matters more than one frame.
        hard = depth_before > max(2 * self.config.max_ms, self.config.max_ms + 4 * self.frame_ms)
        # Every packet of the trim memory would still wait long enough a frame sooner
        # (``excess_ms``): whatever the phase of arrivals and pops (depth alone cannot tell).
        early = self._excess >= self.frame_ms and self._next in self._frames
        if (hard or early or self._over >= self.config.skip_after) and self._next is not None:
            self._over = 0
            self._excess = max(0.0, self._excess - self.frame_ms)
            self._since_trim = 0
            self._frames.pop(self._next, None)
            self._arrivals.pop(self._next, None)
            self._dtx.discard(self._next)
            self._next += self.config.frame_samples
            self.counters.skipped += 1
        self._forget_behind()
