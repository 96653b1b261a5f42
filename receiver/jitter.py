"""Jitter buffer keyed by the sender's 48 kHz sample clock (sans-I/O: no asyncio, no clocks).

Entries are 20 ms audio frames, keyed by their first sample (already unwrapped to a monotonic
int). The caller pushes what arrives with its arrival time and pops once per 20 ms of playout.
A missing frame never stalls playout: ``pop`` returns ``None`` for it and the decoder conceals.

Depth adapts between ``min_ms`` and ``max_ms``: the target is the spread (p95 − p5) of transit
times (arrival − timestamp) over a sliding window, plus one frame. Playout starts once the buffer holds
the target; when it runs dry the playout position holds until it holds the target again (the
buffer deepens); when it holds more than the target plus 40 ms (or one frame, if longer) for a
while, one frame is skipped (the buffer shallows).

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
    (the sender paused) moves playout to the new audio instead of waiting through the gap."""

    frame_samples: int = FRAME_SAMPLES
    min_ms: float = 20.0
    max_ms: float = 100.0
    window: int = 100
    skip_after: int = 10
    resync_ms: float = 300.0
    max_ahead_ms: float = 2000.0
    max_behind_ms: float = 5000.0

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


@dataclass(frozen=True)
class Popped:
    """One playout step: ``timestamp`` is the sender sample the step plays; ``payload`` is the
    frame's data, or ``None`` when it is missing (lost or not yet here: conceal it). ``held``:
    nothing newer has arrived either, so playout holds at ``timestamp`` (the next pop asks for
    the same frame again); conceal as little as possible (one playout tick)."""

    timestamp: int
    payload: bytes | None
    held: bool = False


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
        self.counters = JitterCounters()

    @property
    def frame_ms(self) -> float:
        return self.config.frame_samples * 1000.0 / SAMPLE_RATE

    @property
    def target_ms(self) -> float:
        """Adaptive target depth: transit spread over the window + one frame, clamped."""
        if len(self._transit_ms) < 2:
            return self.config.min_ms
        ordered = sorted(self._transit_ms)
        # p95 - p5, not max - min: one early packet (a sender's final flush) or one very late
        # one should not set the latency of the whole call.
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
        spread = p95 - ordered[int(0.05 * len(ordered))]
        return min(self.config.max_ms, max(self.config.min_ms, spread + self.frame_ms))

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

    def push(self, timestamp: int, payload: bytes, arrival_ms: float) -> bool:
        """Add one frame; ``timestamp`` unwrapped. Returns False (and counts) if late,
        duplicate, out of the time bounds or over ``max_frames``."""
        if self.check_time(timestamp, arrival_ms) is not None:
            return False
        if len(self._frames) >= self.config.max_frames:
            self.counters.overflow += 1
            return False
        if self._next is not None and timestamp < self._next and self._started:
            self.counters.late += 1
            return False
        if timestamp in self._frames:
            self.counters.duplicate += 1
            return False
        self.counters.received += 1
        self._frames[timestamp] = payload
        self.bounds.accept(timestamp, arrival_ms)
        if self._next is None or (not self._started and timestamp < self._next):
            self._next = timestamp
        return True

    def pop(self) -> Popped | None:
        """The next 20 ms of playout, or None while priming (nothing to play yet)."""
        if self._next is None:
            return None
        if not self._started:
            if self.depth_ms < self.target_ms:
                return None
            self._started = True
        self._maybe_resync()
        if self._rebuffering:
            if self.depth_ms < self.target_ms and self.depth_ms < self.config.max_ms:
                self.counters.underruns += 1
                return Popped(self._next, None, held=True)
            self._rebuffering = False
        ts = self._next
        depth_before = self.depth_ms
        payload = self._frames.pop(ts, None)
        if payload is None and not any(t > ts for t in self._frames):
            # Nothing newer has arrived: the frame may be late, not lost. Hold the position
            # until the buffer holds the target again, rather than skip what may still come.
            self.counters.underruns += 1
            self._rebuffering = True
            return Popped(ts, None, held=True)
        if payload is None:
            self.counters.lost += 1
        self._next = ts + self.config.frame_samples
        self._adapt(depth_before)
        return Popped(ts, payload)

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
        if (hard or self._over >= self.config.skip_after) and self._next is not None:
            self._over = 0
            self._frames.pop(self._next, None)
            self._next += self.config.frame_samples
            self.counters.skipped += 1
        # Forget anything that fell behind the playout position (it can no longer play).
        for t in [t for t in self._frames if t < (self._next or 0)]:
            del self._frames[t]
