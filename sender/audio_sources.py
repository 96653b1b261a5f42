"""Where the sender's audio comes from: a file, text (espeak-ng), or the microphone.

Every source yields :class:`AudioChunk` s of 20 ms (960 samples, 48 kHz mono float32) in real
time: a file or text is paced by the clock as if it were being spoken now, so the capture time of
sample ``s`` is ``start_ns + s / 48 kHz`` and mouth-to-pixel latency means the same for all three.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from photocall.shared.codec import FRAME_SAMPLES, SAMPLE_RATE
from photocall.shared.errors import UserError


@dataclass(frozen=True)
class AudioChunk:
    """pcm: (960,) float32 in [-1, 1]. sample: sender sample index of pcm[0].
    capture_ns: CLOCK_MONOTONIC (``time.monotonic_ns``) at which pcm[0] was captured."""

    pcm: np.ndarray
    sample: int
    capture_ns: int


def _frames(pcm: np.ndarray) -> Iterator[np.ndarray]:
    pcm = np.asarray(pcm, np.float32).reshape(-1)
    pad = (-len(pcm)) % FRAME_SAMPLES
    pcm = np.concatenate([pcm, np.zeros(pad, np.float32)])
    for i in range(0, len(pcm), FRAME_SAMPLES):
        yield pcm[i : i + FRAME_SAMPLES]


def load_audio_file(path: str | Path) -> np.ndarray:
    """The whole file as 48 kHz mono float32 (PyAV decodes and resamples)."""
    import av

    path = Path(path)
    if not path.is_file():
        raise UserError(f"audio file not found: {path}")
    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                raise UserError(f"{path} has no audio stream")
            resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
            parts = []
            for frame in container.decode(audio=0):
                for out in resampler.resample(frame):
                    parts.append(out.to_ndarray().reshape(-1))
            for out in resampler.resample(None):
                parts.append(out.to_ndarray().reshape(-1))
    except av.error.FFmpegError as exc:
        raise UserError(f"cannot read audio from {path}: {exc}") from None
    if not parts:
        raise UserError(f"{path} contains no audio samples")
    return np.clip(np.concatenate(parts).astype(np.float32), -1.0, 1.0)


def resample(pcm: np.ndarray, rate: int) -> np.ndarray:
    """Mono float32 at ``rate`` -> 48 kHz (PyAV's resampler)."""
    import av

    if rate == SAMPLE_RATE:
        return np.asarray(pcm, np.float32)
    frame = av.AudioFrame.from_ndarray(np.asarray(pcm, np.float32).reshape(1, -1), format="flt",
                                       layout="mono")
    frame.sample_rate = rate
    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
    parts = [f.to_ndarray().reshape(-1) for f in resampler.resample(frame)]
    parts += [f.to_ndarray().reshape(-1) for f in resampler.resample(None)]
    return np.concatenate(parts).astype(np.float32)


def speech_audio(text: str) -> np.ndarray:
    """Text spoken by espeak-ng (sender/tts.py), at 48 kHz."""
    from photocall.sender.tts import synthesize

    if not text.strip():
        raise UserError("--text is empty")
    speech = synthesize(text)
    return resample(speech.pcm, speech.sample_rate)


async def paced(
    pcm: np.ndarray,
    lead_in_s: float = 0.0,
    *,
    clock_ns: Callable[[], int] = time.monotonic_ns,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> AsyncIterator[AudioChunk]:
    """Yield 20 ms chunks as a microphone would: chunk k when its last sample has 'happened'.
    ``lead_in_s`` of silence first, so the receiver's jitter buffer fills before speech starts.
    ``clock_ns``/``sleep``: CLOCK_MONOTONIC and asyncio's sleep (tests pass fakes)."""
    silence = np.zeros(int(lead_in_s * SAMPLE_RATE), np.float32)
    start_ns = clock_ns()
    for k, frame in enumerate(_frames(np.concatenate([silence, pcm]))):
        sample = k * FRAME_SAMPLES
        due_ns = start_ns + (sample + FRAME_SAMPLES) * 1_000_000_000 // SAMPLE_RATE
        # Always yield to the event loop, even when behind: the connection runs on it too.
        await sleep(max(0.0, (due_ns - clock_ns()) / 1e9))
        yield AudioChunk(frame, sample, start_ns + sample * 1_000_000_000 // SAMPLE_RATE)


def check_microphone() -> None:
    """UserError now (before connecting anywhere) if there is no input device."""
    try:
        import sounddevice as sd
    except OSError as exc:  # libportaudio2 missing
        raise UserError(f"no microphone support: {exc} (install libportaudio2)") from None
    try:
        sd.check_input_settings(samplerate=SAMPLE_RATE, channels=1, dtype="float32")
    except (sd.PortAudioError, ValueError) as exc:
        raise UserError(f"no usable microphone: {exc}. Use --audio FILE or --text.") from None


async def microphone() -> AsyncIterator[AudioChunk]:
    """Live 20 ms chunks from the default input device (sounddevice / PortAudio)."""
    check_microphone()
    import sounddevice as sd

    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[np.ndarray, int]] = asyncio.Queue(maxsize=50)

    def callback(indata, frames, time_info, status) -> None:  # PortAudio thread
        # The first sample was captured one buffer ago.
        ns = time.monotonic_ns() - frames * 1_000_000_000 // SAMPLE_RATE
        loop.call_soon_threadsafe(_offer, queue, (indata[:, 0].copy(), ns))

    try:
        stream = sd.InputStream(samplerate=SAMPLE_RATE, channels=1, dtype="float32",
                                blocksize=FRAME_SAMPLES, callback=callback)
    except sd.PortAudioError as exc:
        raise UserError(f"cannot open a microphone: {exc}. Use --audio FILE or --text.") from None
    sample = 0
    with stream:
        while True:
            pcm, ns = await queue.get()
            yield AudioChunk(pcm, sample, ns)
            sample += FRAME_SAMPLES


def _offer(queue: asyncio.Queue, item: object) -> None:
    if queue.full():
        queue.get_nowait()  # drop the oldest: we are behind, keep latency bounded
    queue.put_nowait(item)
