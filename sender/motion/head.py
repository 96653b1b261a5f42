"""Head motion, blinks and gaze: a seeded stochastic process driven by speech prosody.

Per motion frame it takes the frame's level (dB), pitch (Hz, 0 when unvoiced) and the model's
speech probability, and returns eye/brow weights and a head pose:

* sway: Ornstein–Uhlenbeck drift on every pose axis (livelier while speaking), low-pass filtered
  so the head moves smoothly as a real one does, not by a fresh random step every frame (which
  was also most of the pose's bits on the wire);
* nods: a stressed syllable (level jumps above its running speech average) dips the head
  (pitch > 0) and brings it back over ~350 ms; high voice pitch lifts the head and brows a little;
* blinks: a gamma renewal process at ``blinks_per_min`` (~150 ms each: 50 ms closing, 25 ms
  closed, 75 ms opening), with an extra chance of blinking when speech pauses;
* gaze: saccades to small fixation targets, more often while speaking.

web/src/head_motion.js is this process line for line (same seeded generator, rng.py), so a browser
sender's blinks and sway equal Python's; change both together.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from photocall.sender.motion.rng import PortableRng
from photocall.shared.motion import BLENDSHAPE_INDEX, NUM_BLENDSHAPES, HeadPose


@dataclass(frozen=True)
class HeadConfig:
    blinks_per_min: float = 13.0  # base rate; phrase ends add a few
    blink_close_s: float = 0.05
    blink_hold_s: float = 0.025
    blink_open_s: float = 0.075
    sway_rad: tuple[float, float, float] = (0.02, 0.035, 0.015)  # pitch, yaw, roll std (idle)
    sway_shift: float = 0.01  # face widths std of x, y, z
    sway_tau_s: float = 2.5
    sway_smooth_s: float = 0.4  # low-pass time constant of the sway (its std kept)
    speaking_gain: float = 1.6  # sway std factor while speaking
    nod_rad: float = 0.05
    nod_s: float = 0.35
    nod_jump_db: float = 6.0
    nod_gap_s: float = 1.5  # accents, not every syllable
    gaze_interval_s: float = 1.4
    gaze_spread: tuple[float, float] = (0.18, 0.1)  # horizontal, vertical eyeLook* std


_IDX = BLENDSHAPE_INDEX
_LIMITS = np.array([0.25, 0.35, 0.2, 0.1, 0.1, 0.1])  # soft limits of the pose axes


class HeadMotion:
    def __init__(self, fps: int, seed: int, config: HeadConfig = HeadConfig()):
        self.c = config
        self.dt = 1.0 / fps
        self.rng = PortableRng(seed)  # web/src/head_motion.js draws the same numbers
        self.t = 0.0
        self.drift = np.zeros(6)  # the OU process; the sway follows it through a low-pass
        self.sway = np.zeros(6)
        self.nods: list[tuple[float, float]] = []  # (start time, amplitude)
        self.last_nod = -1.0
        self.nod_count = 0
        self.level_avg = -30.0
        self.level_hist = [-100.0] * 3
        self.f0_avg = 0.0
        self.lift = 0.0
        self.next_blink = self._blink_interval()
        self.blink_start = -1.0
        self.was_speaking = False
        self.voice = 0.0
        self.next_saccade = self.rng.gamma(2.0, config.gaze_interval_s / 2)
        self.gaze = np.zeros(2)
        self.gaze_target = np.zeros(2)

    def _blink_interval(self) -> float:
        mean = 60.0 / self.c.blinks_per_min
        return max(0.8, float(self.rng.gamma(3.0, mean / 3.0)))

    def _blink_value(self) -> float:
        c, age = self.c, self.t - self.blink_start
        if self.blink_start < 0 or age < 0:
            return 0.0
        if age < c.blink_close_s:
            return age / c.blink_close_s
        if age < c.blink_close_s + c.blink_hold_s:
            return 1.0
        age -= c.blink_close_s + c.blink_hold_s
        return max(0.0, 1.0 - age / c.blink_open_s)

    def step(self, level_db: float, pitch_hz: float, speaking: float) -> tuple[np.ndarray, HeadPose]:
        """One frame: (52,) float32 weights (eyes and brows only; mouth left at 0) and the pose."""
        c, dt, rng = self.c, self.dt, self.rng
        # speaking, with hysteresis so phrase boundaries are not flickers of the classifier
        self.voice += 0.3 * (speaking - self.voice)
        talking = self.voice > (0.35 if self.was_speaking else 0.65)
        # sway: OU process per axis, low-pass filtered; the low-pass takes a share τs/(τ + τs) of
        # the variance away, which the drift's larger steps give back
        std = np.array([*c.sway_rad, c.sway_shift, c.sway_shift, c.sway_shift])
        std = std * (c.speaking_gain if talking else 1.0)
        a = dt / c.sway_tau_s
        sq = np.sqrt(2 * a * (1 + c.sway_smooth_s / c.sway_tau_s))
        self.drift += -a * self.drift + std * sq * rng.standard_normal(6)
        self.sway += (dt / c.sway_smooth_s) * (self.drift - self.sway)
        # nods on stressed syllables: a level jump above the running speech average
        if talking:
            self.level_avg += 0.05 * (level_db - self.level_avg)
            jump = level_db - self.level_hist[0]
            if (level_db > self.level_avg + 3.0 and jump > c.nod_jump_db
                    and self.t - self.last_nod > c.nod_gap_s and rng.random() < 0.6):
                amp = c.nod_rad * float(np.clip(jump / 12.0, 0.4, 1.0)) * rng.uniform(0.7, 1.2)
                self.nods.append((self.t, amp))
                self.nod_count += 1
                self.last_nod = self.t
        self.level_hist = self.level_hist[1:] + [level_db]
        nod = 0.0
        for start, amp in self.nods:
            age = self.t - start
            if 0 <= age < c.nod_s:
                nod += amp * np.sin(np.pi * age / c.nod_s)
        self.nods = [n for n in self.nods if self.t - n[0] < c.nod_s]
        # voice pitch above its running average lifts head and brows
        if pitch_hz > 0:
            self.f0_avg = pitch_hz if self.f0_avg == 0 else self.f0_avg + 0.03 * (pitch_hz - self.f0_avg)
            excess = np.clip((pitch_hz / self.f0_avg - 1.0) * 4.0, 0.0, 1.0)
        else:
            excess = 0.0
        self.lift += 0.25 * (excess - self.lift)
        # blinks: renewal process, plus a chance at the end of a phrase
        if (self.was_speaking and not talking and self.next_blink - self.t > 1.0
                and self.t - self.blink_start > 2.0 and rng.random() < 0.3):
            self.next_blink = self.t
        self.was_speaking = talking
        if self.t >= self.next_blink:
            self.blink_start = self.t
            self.next_blink = self.t + self._blink_interval()
        blink = self._blink_value()
        # gaze: saccades to new fixation targets, small drift between
        if self.t >= self.next_saccade:
            self.gaze_target = rng.standard_normal(2) * np.array(c.gaze_spread)
            scale = 0.7 if talking else 1.0
            self.next_saccade = self.t + float(rng.gamma(2.0, scale * c.gaze_interval_s / 2))
        self.gaze += 0.7 * (self.gaze_target - self.gaze) + 0.004 * rng.standard_normal(2)
        self.t += dt

        w = np.zeros(NUM_BLENDSHAPES, np.float32)
        w[_IDX["eyeBlinkLeft"]] = w[_IDX["eyeBlinkRight"]] = blink
        gx, gy = np.clip(self.gaze, -0.6, 0.6)
        # gx > 0: both eyes turn to image right (the subject's left)
        w[_IDX["eyeLookOutLeft"]] = w[_IDX["eyeLookInRight"]] = max(gx, 0.0)
        w[_IDX["eyeLookInLeft"]] = w[_IDX["eyeLookOutRight"]] = max(-gx, 0.0)
        w[_IDX["eyeLookUpLeft"]] = w[_IDX["eyeLookUpRight"]] = max(gy, 0.0)
        w[_IDX["eyeLookDownLeft"]] = w[_IDX["eyeLookDownRight"]] = max(-gy, 0.0)
        w[_IDX["browInnerUp"]] = 0.35 * self.lift
        w[_IDX["browOuterUpLeft"]] = w[_IDX["browOuterUpRight"]] = 0.25 * self.lift
        pose = self.sway.copy()
        pose[0] += nod - 0.03 * self.lift
        pose = _LIMITS * np.tanh(pose / _LIMITS)  # soft clamp into natural ranges
        return np.clip(w, 0.0, 1.0), HeadPose.from_array(pose)


def neutral_head() -> tuple[np.ndarray, HeadPose]:
    return np.zeros(NUM_BLENDSHAPES, np.float32), HeadPose()
