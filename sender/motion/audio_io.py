"""Audio files in, through PyAV: any container and codec it reads, as mono float32; and mono
16-bit WAV out."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from photocall.shared.errors import UserError

DECODE_RATE = 48_000


def load_audio(path: str | Path, rate: int = DECODE_RATE) -> tuple[np.ndarray, int]:
    """(mono float32 samples in [-1, 1] at ``rate``, rate). UserError for anything that is not audio.

    Raw G.722 (``.g722``, as Asterisk ships prompts) has no header, so its suffix names the format."""
    import av

    path = Path(path)
    if not path.is_file():
        raise UserError(f"{path}: no such file")
    try:
        container = av.open(str(path), format="g722" if path.suffix == ".g722" else None)
    except (av.error.FFmpegError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: not an audio file PyAV can read ({exc})") from exc
    with container:
        if not container.streams.audio:
            raise UserError(f"{path}: has no audio stream")
        stream = container.streams.audio[0]
        resampler = av.AudioResampler(format="flt", layout="mono", rate=rate)
        chunks = []
        try:
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray().reshape(-1))
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
        except av.error.FFmpegError as exc:
            raise UserError(f"{path}: the audio could not be decoded ({exc})") from exc
    pcm = np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, np.float32)
    if len(pcm) == 0:
        raise UserError(f"{path}: contains no audio samples")
    return pcm, rate


def write_wav(path: Path, pcm: np.ndarray, rate: int = DECODE_RATE) -> Path:
    """Mono float samples in [-1, 1] (clipped) as a 16-bit WAV at ``rate``."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((np.clip(pcm, -1, 1) * 32767).astype("<i2").tobytes())
    return path
