"""Audio and pictures for tests: speech-like tone bursts, WAV and PNG bytes, MP4 read back."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np

from photocall.sender.motion.audio_io import write_wav as write_wav  # the tests' WAV writer


def speech_like(seconds: float, seed: int = 0) -> np.ndarray:
    """Tone bursts with pauses (syllable-like energy envelope), 48 kHz mono float32."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * 48000)) / 48000
    envelope = np.zeros_like(t)
    start = 0.2
    while start < seconds - 0.3:
        length = rng.uniform(0.12, 0.35)
        on = slice(*np.searchsorted(t, [start, start + length]))  # start <= t < start + length
        envelope[on] = np.sin(np.pi * (t[on] - start) / length) * rng.uniform(0.4, 0.9)
        start += length + rng.uniform(0.08, 0.3)
    carrier = np.sin(2 * np.pi * 180 * t) + 0.5 * np.sin(2 * np.pi * 360 * t + 1.0)
    return (0.35 * envelope * carrier).astype(np.float32)


def read_mp4(path: Path) -> tuple[list[tuple[float, np.ndarray]], np.ndarray]:
    """([(seconds, rgb)], audio float32 48 kHz mono) of an MP4."""
    import av

    with av.open(str(path)) as c:
        frames = [(float(f.pts * f.time_base), f.to_ndarray(format="rgb24"))
                  for f in c.decode(video=0)]
    with av.open(str(path)) as c:
        audio = np.concatenate([f.to_ndarray().reshape(-1) for f in c.decode(audio=0)])
    return frames, audio


def png_bytes(image) -> bytes:
    """A PIL image as PNG file bytes (what a user's photo file holds)."""
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
