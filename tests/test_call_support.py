"""Shared pieces for the call tests (no tests here).

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

import asyncio
import contextlib
import dataclasses
import inspect
import wave
from pathlib import Path

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
    assert stream["played_frames"] + jitter["skipped"] >= jitter["received"], (stream, jitter)


def assert_audio_accounted(audio: np.ndarray, stream: dict, frame_s: float) -> None:
    """The MP4's audio (48 kHz) holds the played frames plus concealment (a hold conceals 20 ms, a
    lost frame ``frame_s``) plus AAC padding, and after that only silence: the receiver records
    silent ticks until it notices the sender has finished (how many depends on the load)."""
    played_s = stream["played_frames"] * frame_s
    low = played_s + stream["concealed_frames"] * 0.02
    high = played_s + stream["concealed_frames"] * frame_s + AAC_PADDING_S
    assert len(audio) / 48000 >= low - 1e-6, (len(audio) / 48000, low)
    tail = audio[int(high * 48000):]
    assert not len(tail) or np.abs(tail).max() < TAIL_SILENCE, (high, np.abs(tail).max())


def speech_like(seconds: float, seed: int = 0) -> np.ndarray:
    """Tone bursts with pauses (syllable-like energy envelope), 48 kHz mono float32."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * 48000)) / 48000
    envelope = np.zeros_like(t)
    start = 0.2
    while start < seconds - 0.3:
        length = rng.uniform(0.12, 0.35)
        on = (t >= start) & (t < start + length)
        envelope[on] = np.sin(np.pi * (t[on] - start) / length) * rng.uniform(0.4, 0.9)
        start += length + rng.uniform(0.08, 0.3)
    carrier = np.sin(2 * np.pi * 180 * t) + 0.5 * np.sin(2 * np.pi * 360 * t + 1.0)
    return (0.35 * envelope * carrier).astype(np.float32)


def write_wav(path: Path, pcm: np.ndarray, rate: int = 48000) -> Path:
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes((np.clip(pcm, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def read_mp4(path: Path) -> tuple[list[tuple[float, np.ndarray]], np.ndarray]:
    """([(seconds, rgb)], audio float32 48 kHz mono) of an MP4."""
    import av

    with av.open(str(path)) as c:
        frames = [(float(f.pts * f.time_base), f.to_ndarray(format="rgb24"))
                  for f in c.decode(video=0)]
    with av.open(str(path)) as c:
        audio = np.concatenate([f.to_ndarray().reshape(-1) for f in c.decode(audio=0)])
    return frames, audio


@contextlib.asynccontextmanager
async def signaling_server():
    """A real signaling server on loopback port 0 (``server.url``; ``server.hub`` to look inside)."""
    from photocall.signaling.config import SignalingConfig
    from photocall.signaling.server import serve

    server = await serve(SignalingConfig(port=0))
    try:
        yield server
    finally:
        await server.close()


async def wait_for(predicate, timeout: float, step: float = 0.02) -> bool:
    """Poll ``predicate`` (a plain or async callable) until it is true or ``timeout`` s pass;
    returns its last truth. Timeouts are generous upper bounds: a loaded machine only waits longer."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while True:
        result = predicate()
        if inspect.isawaitable(result):
            result = await result
        if result or loop.time() >= end:
            return bool(result)
        await asyncio.sleep(step)


async def wait_for_peers(server, room: str, count: int, timeout: float = 30.0) -> None:
    """Until ``count`` peers have joined ``room`` on ``server``."""
    assert await wait_for(lambda: len(server.hub.rooms.peers(room)) >= count, timeout), (
        f"{count} peers never joined {room!r}: {server.hub.rooms.peers(room)}"
    )
