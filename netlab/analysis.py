"""What a receiver's MP4 shows: does the mouth move, and with the voice (lip sync)?

The MP4 holds sound and picture on one clock, so the lag between the mouth's motion and the
voice's loudness is what a viewer sees: motion and audio cross the network in the same packets,
and a receiver that scheduled motion by arrival instead of by sample time would show here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAX_LAG_FRAMES = 6


@dataclass(frozen=True)
class LipSync:
    """lag_frames: the shift of the mouth's motion that best matches the voice's loudness
    (positive: the mouth moves late); frame_ms: one frame; correlation: at that lag;
    mouth_motion: the range of the mouth signal over the frames (grey levels, 0-255): above a
    few levels the mouth visibly moves."""

    lag_frames: int
    frame_ms: float
    correlation: float
    mouth_motion: float

    @property
    def lag_ms(self) -> float:
        return self.lag_frames * self.frame_ms


def read_mp4(path: Path) -> tuple[list[tuple[float, np.ndarray]], np.ndarray]:
    """([(seconds, rgb)], audio float32 48 kHz mono) of an MP4."""
    import av

    with av.open(str(path)) as c:
        frames = [(float(f.pts * f.time_base), f.to_ndarray(format="rgb24"))
                  for f in c.decode(video=0)]  # fmt: skip
    with av.open(str(path)) as c:
        audio = np.concatenate([f.to_ndarray().reshape(-1) for f in c.decode(audio=0)])
    return frames, audio


def speech_span_s(audio: np.ndarray, rate: int = 48000, threshold: float = 0.02) -> tuple[float, float]:
    """(first, last) time with speech in it: 20 ms windows louder than ``threshold`` RMS."""
    n = rate // 50
    windows = audio[: len(audio) // n * n].reshape(-1, n)
    loud = np.flatnonzero(np.sqrt((windows**2).mean(axis=1)) > threshold)
    if not len(loud):
        raise ValueError("no speech")
    return float(loud[0]) / 50, float(loud[-1] + 1) / 50


def opus_round_trip(pcm: np.ndarray, packet_ms: int, bitrate: int) -> np.ndarray:
    """``pcm`` (48 kHz mono) as a lossless link plays it: through the sender's Opus encoder and
    a decoder. At a low bit rate Opus codes a narrow band: quiet fricatives (espeak's final "s")
    lose most of their energy, so the span that reads as speech is shorter than the clip's."""
    from photocall.receiver.audio import OpusDecoder
    from photocall.sender.opus import OpusConfig, OpusEncoder

    encoder = OpusEncoder(OpusConfig(bitrate=bitrate, frame_ms=packet_ms))
    decoder = OpusDecoder()
    n = encoder.frame_samples
    pcm = np.concatenate([pcm, np.zeros(-len(pcm) % n, np.float32)]).astype(np.float32)
    return np.concatenate([decoder.decode(encoder.encode(pcm[i : i + n]), n)
                           for i in range(0, len(pcm), n)])  # fmt: skip


def mouth_change(first: np.ndarray, img: np.ndarray) -> float:
    """A photo's mouth region (a face filling the picture): mean change against the first frame,
    in grey levels."""
    h, w = first.shape[:2]
    mouth = (slice(int(h * 0.55), int(h * 0.75)), slice(int(w * 0.35), int(w * 0.65)))
    return float(np.abs(img.astype(np.float32) - first.astype(np.float32))[mouth].mean())


def bar_jaw(first: np.ndarray, img: np.ndarray) -> float:
    """``netlab/doubles.py``'s bar: jawOpen read back, ×255 so that it reads like grey levels."""
    from photocall.netlab.doubles import bar_height

    return 255.0 * bar_height(img)


def lip_sync(frames: list[tuple[float, np.ndarray]], audio: np.ndarray, *, from_s: float = 0.0,
             mouth: Callable[[np.ndarray, np.ndarray], float] = mouth_change,
             rate: int = 48000) -> LipSync:  # fmt: skip
    """Lip sync over the frames from ``from_s`` on; ``mouth(first, frame)``: how open the mouth
    is in a frame (:func:`mouth_change` for a photo, :func:`bar_jaw` for the bar double)."""
    frames = [(t, img) for t, img in frames if t >= from_s]
    if len(frames) < 2 * MAX_LAG_FRAMES + 2:
        raise ValueError(f"{len(frames)} frames are too few to measure lip sync")
    first = frames[0][1]
    motion, energy = [], []
    half = rate // 50  # ±20 ms of audio around each frame
    for t, img in frames:
        motion.append(mouth(first, img))
        c = int(t * rate)
        win = audio[max(0, c - half) : c + half]
        energy.append(float(np.sqrt(np.mean(win**2))) if len(win) else 0.0)
    m, e = np.array(motion), np.array(energy)
    m0, e0 = m - m.mean(), e - e.mean()
    lags = list(range(-MAX_LAG_FRAMES, MAX_LAG_FRAMES + 1))
    # np.roll(m0, -k)[i] = m0[i + k]: the mouth's motion k frames later lines up with the voice
    scores = [float(np.dot(np.roll(m0, -k), e0)) for k in lags]
    best = lags[int(np.argmax(scores))]
    corr = float(np.corrcoef(np.roll(m0, -best), e0)[0, 1]) if m0.any() and e0.any() else 0.0
    frame_ms = 1000.0 * (frames[-1][0] - frames[0][0]) / (len(frames) - 1)
    return LipSync(best, frame_ms, corr, float(m.max() - m.min()))
