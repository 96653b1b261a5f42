"""The face of a silent sender, made here: blinks and a slow sway (sans-I/O, no clock).

While a sender is silent it sends no motion (``sender/silence.py``); the receiver keeps its face
alive on its own instead of freezing it. :class:`IdleMotion` is a pure function of the sender's
sample clock and a seed, so a frame drawn twice is the same frame and tests need no clock:

* blinks: one per ``blink_slot_s`` (4 s: 15 a minute, within the 10–20 people blink) at a seeded
  offset in the slot; 150 ms each (50 ms closing, 25 ms closed, 75 ms opening, as the sender's
  head process draws them);
* sway: pitch, yaw and roll as sums of two slow sines (0.05–0.3 Hz) of a degree or two.

The sway fades in over ``fade_in_s`` from the pose the last frame held, so a silence does not
start with a jump.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from photocall.shared.motion import BLENDSHAPE_INDEX, SAMPLE_RATE

_BLINKS = (BLENDSHAPE_INDEX["eyeBlinkLeft"], BLENDSHAPE_INDEX["eyeBlinkRight"])


@dataclass(frozen=True)
class IdleConfig:
    """blink_slot_s: one blink per slot this long. blink_close_s / blink_hold_s /
    blink_open_s: its phases. sway_rad: amplitude of each of pitch, yaw and roll (radians, per
    sine). fade_in_s: the sway grows to full over this long after the silence begins."""

    blink_slot_s: float = 4.0
    blink_close_s: float = 0.05
    blink_hold_s: float = 0.025
    blink_open_s: float = 0.075
    sway_rad: tuple[float, float, float] = (0.012, 0.02, 0.008)
    fade_in_s: float = 1.0


def _unit(seed: int, *keys: int) -> float:
    """A uniform number in [0, 1) from integers (splitmix64): the same keys, the same number."""
    x = (seed * 0x9E3779B97F4A7C15 + sum(k * 0xBF58476D1CE4E5B9 * (i + 1)
                                         for i, k in enumerate(keys))) & (2**64 - 1)  # fmt: skip
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & (2**64 - 1)
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & (2**64 - 1)
    return ((x ^ (x >> 31)) >> 11) / float(2**53)


class IdleMotion:
    def __init__(self, seed: int, config: IdleConfig = IdleConfig()) -> None:
        self.config = config
        self.seed = seed
        # Two sines per axis: frequency (Hz) and phase (radians), drawn once.
        self._sines = [
            [(0.05 + 0.25 * _unit(seed, axis, k, 0), 2 * math.pi * _unit(seed, axis, k, 1))
             for k in range(2)]
            for axis in range(3)
        ]  # fmt: skip

    def blink(self, sample: int) -> float:
        """eyeBlink weight (0 open .. 1 closed) at sender ``sample``."""
        c = self.config
        t = sample / SAMPLE_RATE
        length = c.blink_close_s + c.blink_hold_s + c.blink_open_s
        slot = math.floor(t / c.blink_slot_s)
        start = slot * c.blink_slot_s + _unit(self.seed, 7, slot) * (c.blink_slot_s - length)
        u = t - start
        if u < 0 or u >= length:
            return 0.0
        if u < c.blink_close_s:
            return u / c.blink_close_s
        if u < c.blink_close_s + c.blink_hold_s:
            return 1.0
        return 1.0 - (u - c.blink_close_s - c.blink_hold_s) / c.blink_open_s

    def sway(self, sample: int) -> np.ndarray:
        """(3,) pitch, yaw, roll offsets (radians) at sender ``sample``."""
        t = sample / SAMPLE_RATE
        return np.array(
            [amp * sum(math.sin(2 * math.pi * f * t + ph) for f, ph in sines)
             for amp, sines in zip(self.config.sway_rad, self._sines, strict=True)],
            np.float32,
        )  # fmt: skip

    def apply(self, weights: np.ndarray, pose: np.ndarray, sample: int,
              silent_for: int) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
        """The face at ``sample``, ``silent_for`` samples into a silence, from the face the
        track gives there (the last frame held, then easing to neutral): sway added (fading
        in, relative to its value where the silence began) and blinks."""
        c = self.config
        fade = min(1.0, max(0.0, silent_for / (c.fade_in_s * SAMPLE_RATE)))
        weights = weights.copy()
        pose = pose.copy()
        offset = self.sway(sample) - self.sway(sample - silent_for)
        pose[:3] += np.float32(fade) * offset
        blink = np.float32(self.blink(sample))
        for i in _BLINKS:
            weights[i] = max(weights[i], blink)
        return weights, pose
