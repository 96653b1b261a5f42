"""Test doubles that keep real calls cheap on 2 CPU cores and make sync measurable (the tests'
``support.calls`` and the network lab's light peers share them).

``EnergyPredictor`` (jawOpen = audio RMS, centred window) stands in for the learned audio->motion
model, and ``BarRenderer`` draws jawOpen as the height of a bar, so the picture can be read back
from the MP4: the mouth's timing against the voice is exact by construction at the sender, and
whatever the network and the receiver do to it shows in the MP4.
"""

from __future__ import annotations

import numpy as np

from photocall.shared.motion import BLENDSHAPE_INDEX, MotionFrame

JAW = BLENDSHAPE_INDEX["jawOpen"]
FRAME = 1920  # 25 fps on the 48 kHz clock
HALF = 960


class EnergyPredictor:
    """Frame k (sample k*1920) = RMS of audio [k*1920 - 960, k*1920 + 960), scaled into jawOpen.
    It needs 960 samples of lookahead (within the 40 ms the sender allows)."""

    def __init__(self) -> None:
        self.audio = np.zeros(HALF, np.float32)  # the window of frame 0 starts before sample 0
        self.k = 0

    def push(self, pcm: np.ndarray) -> list[MotionFrame]:
        self.audio = np.concatenate([self.audio, pcm])
        out = []
        while len(self.audio) >= self.k * FRAME + 2 * HALF:
            window = self.audio[self.k * FRAME : self.k * FRAME + 2 * HALF]
            jaw = float(min(1.0, np.sqrt(np.mean(window**2)) * 4))
            out.append(MotionFrame.from_named(self.k * FRAME, {"jawOpen": jaw}))
            self.k += 1
        return out

    def flush(self) -> list[MotionFrame]:
        return []


class BarRenderer:
    """A 64x64 picture: a white bar whose height is jawOpen, on a fixed grey."""

    size = 64

    def render(self, weights: np.ndarray, pose: np.ndarray) -> np.ndarray:
        img = np.full((64, 64, 3), 80, np.uint8)
        h = round(float(weights[JAW]) * 64)
        img[64 - h :, 16:48] = 255
        return img


def bar_factory(photo: bytes, config) -> BarRenderer:
    return BarRenderer()


def bar_height(tile: np.ndarray) -> float:
    """Read jawOpen back from a (decoded, maybe scaled) BarRenderer tile."""
    column = tile[:, tile.shape[1] // 2].astype(np.float32).mean(axis=1)
    return float((column > 170).mean())
