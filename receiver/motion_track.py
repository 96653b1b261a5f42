"""Motion at any sender sample: interpolation between received frames, hold, ease to neutral.

Sans-I/O. Frames arrive out of order (the media channel is unordered) and some never arrive.
``at(sample)`` linearly interpolates the two frames around ``sample``; past the newest frame it
holds the last one for ``hold_ms`` and then eases (smoothstep) to the neutral face over
``ease_ms``, so a long loss leaves a calm face instead of a frozen open mouth.

Bounded whatever a peer sends: frames more than ``horizon_ms`` behind the newest are forgotten
as frames arrive (not only while audio plays: a motion-only stream is trimmed too), and at most
``max_frames`` are held (more are refused, counted in ``overflow``). The stream refuses frames
out of its time bounds before they get here (``jitter.TimeBounds``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from photocall.shared.motion import NUM_BLENDSHAPES, POSE_SIZE, SAMPLE_RATE, MotionFrame


@dataclass(frozen=True)
class MotionTrackConfig:
    """hold_ms: how long the last frame is held when newer ones are missing. ease_ms: duration
    of the ease to neutral after that. max_gap_ms: the widest gap still bridged by interpolation.
    keep_ms: frames older than this behind the playout position are forgotten. horizon_ms:
    frames older than this behind the newest one are forgotten. max_frames: frames held at most
    (60 frames/s over the 2 s ahead and 6 s behind that the time bounds allow)."""

    hold_ms: float = 120.0
    ease_ms: float = 400.0
    max_gap_ms: float = 240.0
    keep_ms: float = 1000.0
    horizon_ms: float = 8000.0
    max_frames: int = 512


class MotionSource(StrEnum):
    """How a ``MotionSample`` was made."""

    INTERP = "interp"  # between two received frames
    HOLD = "hold"  # the last frame, held while newer ones are missing
    EASE = "ease"  # on the way from the last frame to the neutral face
    NEUTRAL = "neutral"  # no frame to go by: the neutral face
    IDLE = "idle"  # the sender is silent: blinks and sway made by the receiver (stream.py)


@dataclass(frozen=True)
class MotionSample:
    """weights (52,) float32 ARKit order; pose (6,) float32 pitch,yaw,roll,x,y,z; ``source``
    says how it was made."""

    weights: np.ndarray
    pose: np.ndarray
    source: MotionSource


def _neutral() -> tuple[np.ndarray, np.ndarray]:
    return np.zeros(NUM_BLENDSHAPES, np.float32), np.zeros(POSE_SIZE, np.float32)


@dataclass
class MotionTrack:
    config: MotionTrackConfig = field(default_factory=MotionTrackConfig)

    def __post_init__(self) -> None:
        self._times: list[int] = []
        self._frames: list[tuple[np.ndarray, np.ndarray]] = []
        self.received = 0
        self.overflow = 0  # frames refused: max_frames were held

    def __len__(self) -> int:
        return len(self._times)

    @property
    def newest(self) -> int | None:
        """Sender sample of the newest frame held (None: none)."""
        return self._times[-1] if self._times else None

    def add(self, frame: MotionFrame) -> bool:
        """False (not kept) for a duplicate or when ``max_frames`` are held (counted)."""
        i = bisect.bisect_left(self._times, frame.timestamp)
        if i < len(self._times) and self._times[i] == frame.timestamp:
            return False  # duplicate
        if len(self._times) >= self.config.max_frames:
            self.overflow += 1
            return False
        self._times.insert(i, frame.timestamp)
        self._frames.insert(i, (frame.weights.astype(np.float32), frame.pose.as_array()))
        self.received += 1
        newest = self._times[-1]
        if newest - self._times[0] > self.config.horizon_ms * SAMPLE_RATE / 1000:
            self._forget_before(newest - int(self.config.horizon_ms * SAMPLE_RATE / 1000))
        return True

    def at(self, sample: int, stalled_ms: float = 0.0) -> MotionSample:
        """Motion for sender ``sample``. ``stalled_ms``: playout time spent without new audio
        at this position (the playout held), which counts toward hold and ease."""
        self._forget_before(sample - int(self.config.keep_ms * SAMPLE_RATE / 1000))
        i = bisect.bisect_right(self._times, sample)  # frames[i-1] <= sample < frames[i]
        if i == 0:
            if self._times and (self._times[0] - sample) * 1000 / SAMPLE_RATE <= 40:
                w, p = self._frames[0]
                return MotionSample(w, p, MotionSource.HOLD)
            return MotionSample(*_neutral(), MotionSource.NEUTRAL)
        t0 = self._times[i - 1]
        w0, p0 = self._frames[i - 1]
        if i < len(self._times) and stalled_ms == 0.0:
            t1 = self._times[i]
            if (t1 - t0) * 1000 / SAMPLE_RATE <= self.config.max_gap_ms:
                a = np.float32((sample - t0) / (t1 - t0))
                w1, p1 = self._frames[i]
                return MotionSample(w0 + a * (w1 - w0), p0 + a * (p1 - p0), MotionSource.INTERP)
        age_ms = (sample - t0) * 1000 / SAMPLE_RATE + stalled_ms
        if age_ms <= self.config.hold_ms:
            return MotionSample(w0, p0, MotionSource.HOLD)
        x = min(1.0, (age_ms - self.config.hold_ms) / self.config.ease_ms)
        k = np.float32(1.0 - x * x * (3.0 - 2.0 * x))  # smoothstep from 1 down to 0
        return MotionSample(w0 * k, p0 * k, MotionSource.EASE if x < 1.0 else MotionSource.NEUTRAL)

    def _forget_before(self, sample: int) -> None:
        # Keep at least the newest frame at or before `sample` (it anchors hold and ease).
        i = bisect.bisect_right(self._times, sample) - 1
        if i > 0:
            del self._times[:i]
            del self._frames[:i]
