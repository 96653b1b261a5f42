"""Test doubles and accounting for the call tests.

Two test doubles keep loopback calls cheap on 2 CPU cores and make sync measurable:
``EnergyPredictor`` (jawOpen = audio RMS, centred window) stands in for the learned audio->motion
model, and ``BarRenderer`` draws jawOpen as the height of a bar, so the picture can be read back
from the MP4. The real predictor and renderer run in ``test_call_real.py``.

What a call delivers is checked by accounting, not by counts that depend on the machine's load:
``assert_stream_accounted`` (every packet sent arrived; every one that arrived was played, or
counted late or skipped) and ``assert_audio_accounted`` (the MP4's audio is what was played plus
what was concealed).
"""

from __future__ import annotations

import dataclasses

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


TAIL_SILENCE = 1e-3  # what AAC makes of digital silence after speech, with margin
AAC_PADDING_S = 3 * 1024 / 48000  # at most: two frames of encoder delay, the last one filled out


def assert_stream_accounted(stream, packets_sent: int) -> None:
    """``stream`` (a receiver's PeerReport, or its JSON) got all ``packets_sent`` media packets (loopback loses none;
    pass what an injected loss let through), and the jitter buffer accounts for each: played, or
    counted as late or skipped. How many were late or skipped depends on the machine's load."""
    if dataclasses.is_dataclass(stream):  # a PeerReport, or its JSON
        stream = dataclasses.asdict(stream)
    jitter = stream["jitter"]
    assert stream["media_packets"] == packets_sent, (stream["media_packets"], packets_sent)
    assert jitter["received"] + jitter["late"] + jitter["duplicate"] == packets_sent, jitter
    # a frame that was received and never played must have been skipped (to shorten the buffer)
    # or have been a DTX packet (the sender fell silent: nothing to play)
    played = stream["played_frames"] + jitter["skipped"] + jitter["dtx"]
    assert played >= jitter["received"], (stream, jitter)


def assert_audio_accounted(audio: np.ndarray, stream: dict, frame_s: float) -> None:
    """The MP4's audio (48 kHz) holds the played frames plus concealment (a hold conceals 20 ms, a
    lost frame ``frame_s``) plus the silences the sender announced (``frame_s`` each) plus AAC
    padding, and after that only silence: the receiver records silent ticks until it notices
    the sender has finished (how many depends on the load)."""
    played_s = (stream["played_frames"] + stream["silent_frames"]) * frame_s
    low = played_s + stream["concealed_frames"] * 0.02
    high = played_s + stream["concealed_frames"] * frame_s + AAC_PADDING_S
    assert len(audio) / 48000 >= low - 1e-6, (len(audio) / 48000, low)
    tail = audio[int(high * 48000):]
    assert not len(tail) or np.abs(tail).max() < TAIL_SILENCE, (high, np.abs(tail).max())
