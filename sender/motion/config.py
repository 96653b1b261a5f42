"""The audio → motion configuration (one dataclass for the component)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FEATURE_RATE = 16_000
"""Internal sample rate of the features, Hz."""
HOP = 160
"""Feature hop: 10 ms at 16 kHz; the model runs at 100 frames per second."""
WINDOW = 400
"""Feature window: 25 ms at 16 kHz, ending at the hop's last sample (causal)."""
N_MELS = 40


@dataclass(frozen=True)
class MotionConfig:
    """How speech becomes motion frames.

    fps: motion frames per second (25 or 30 are typical; any 1–120 works).
    lookahead_ms: audio the model may hear past a frame's instant. Must match the weights
      (the shipped ones are trained for 40 ms; ``photocall train-motion --lookahead-ms`` makes others).
    seed: seed of the head/blink/gaze process.
    weights: a checkpoint path; None loads the weights shipped in the package.
    head: animate head, blinks and gaze (False: neutral pose, open eyes).
    """

    fps: int = 25
    lookahead_ms: int = 40
    seed: int = 0
    weights: Path | None = None
    head: bool = True

    def __post_init__(self) -> None:
        if not 1 <= self.fps <= 120:
            raise ValueError(f"fps must be in 1..120, got {self.fps}")
        if self.lookahead_ms % 10 or not 10 <= self.lookahead_ms <= 200:
            raise ValueError(f"lookahead_ms must be a multiple of 10 in 10..200, got {self.lookahead_ms}")

    @property
    def delay_frames(self) -> int:
        """Model delay in 10 ms feature frames: output i (time i·10 ms) comes with feature i + delay.

        Feature j ends at (j + 1)·10 ms, so output i has heard audio up to (i + delay + 1)·10 ms.
        """
        return self.lookahead_ms // 10 - 1
