"""Where the call goes: an MP4 file with audio, the speaker, and the tiled picture.

The MP4's clock is the receiver's playout clock: audio sample ``o`` of the file is output sample
``o``; video frame ``n`` is drawn for output sample ``n * 48000 / fps``.
"""

from __future__ import annotations

import fractions
import logging
import math
import threading
from collections import deque
from pathlib import Path

import numpy as np

from photocall.shared.errors import UserError
from photocall.shared.motion import SAMPLE_RATE

log = logging.getLogger(__name__)


def grid(n: int) -> tuple[int, int]:
    """(columns, rows) for n tiles: 1x1, 2x1, 2x2, 3x2, 3x3, ..."""
    cols = max(1, math.ceil(math.sqrt(n)))
    rows = max(1, math.ceil(max(n, 1) / cols))
    return cols, rows


def tile(images: list[np.ndarray], width: int, height: int) -> np.ndarray:
    """Place RGB uint8 images in a grid on a (height, width, 3) canvas, each scaled to fit."""
    from PIL import Image

    canvas = np.full((height, width, 3), 24, np.uint8)
    if not images:
        return canvas
    cols, rows = grid(len(images))
    cell = min(width // cols, height // rows)
    x0 = (width - cols * cell) // 2
    y0 = (height - rows * cell) // 2
    for i, img in enumerate(images):
        if img.shape[:2] != (cell, cell):
            img = np.asarray(Image.fromarray(img).resize((cell, cell), Image.BILINEAR))
        r, c = divmod(i, cols)
        canvas[y0 + r * cell : y0 + (r + 1) * cell, x0 + c * cell : x0 + (c + 1) * cell] = img
    return canvas


class Mp4Writer:
    """H.264 + AAC in MP4 (PyAV). Video may skip frames (variable frame rate) but never runs
    ahead of the audio: both use the playout clock."""

    def __init__(self, path: str | Path, width: int, height: int, fps: int) -> None:
        import av

        self._av = av
        try:
            self._container = av.open(str(path), "w")
        except (OSError, av.error.FFmpegError) as exc:
            raise UserError(f"cannot write {path}: {exc}") from None
        video = self._container.add_stream("libx264", rate=fps)
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        video.options = {"preset": "veryfast", "crf": "20"}
        video.codec_context.time_base = fractions.Fraction(1, fps)
        audio = self._container.add_stream("aac", rate=SAMPLE_RATE)
        audio.layout = "mono"
        self._video, self._audio = video, audio
        self._fifo = av.AudioFifo()
        self._fps = fps
        self._last_pts = -1
        self.frames = 0
        self.samples = 0

    def write_audio(self, pcm: np.ndarray, sample: int) -> None:
        frame = self._av.AudioFrame.from_ndarray(
            np.asarray(pcm, np.float32).reshape(1, -1), format="fltp", layout="mono"
        )
        frame.sample_rate = SAMPLE_RATE
        frame.pts = sample
        frame.time_base = fractions.Fraction(1, SAMPLE_RATE)
        self._fifo.write(frame)
        size = self._audio.codec_context.frame_size or 1024
        while self._fifo.samples >= size:
            self._mux(self._audio, self._fifo.read(size))
        self.samples += len(pcm)

    def write_video(self, rgb: np.ndarray, index: int) -> None:
        if index <= self._last_pts:
            return
        frame = self._av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb), format="rgb24")
        frame.pts = index
        self._last_pts = index
        self._mux(self._video, frame)
        self.frames += 1

    @property
    def video_s(self) -> float:
        """Length of the video stream: up to the end of the last frame."""
        return (self._last_pts + 1) / self._fps

    def _mux(self, stream, frame) -> None:
        for packet in stream.encode(frame):
            self._container.mux(packet)

    def close(self) -> None:
        rest = self._fifo.read()
        if rest is not None:
            self._mux(self._audio, rest)
        for stream in (self._audio, self._video):
            for packet in stream.encode(None):
                self._container.mux(packet)
        self._container.close()


class Speaker:
    """Plays the mix on the default output device; ``Speaker.open`` returns None (with a
    warning) where there is no device, and the call goes on headless."""

    def __init__(self, stream, queue: deque) -> None:
        self._stream = stream
        self._queue = queue
        self.latency_s = float(stream.latency)

    @classmethod
    def open(cls) -> Speaker | None:
        try:
            import sounddevice as sd
        except OSError as exc:
            log.warning("no speaker output (%s); playing out headless", exc)
            return None
        queue: deque[np.ndarray] = deque(maxlen=25)
        lock = threading.Lock()
        leftover = [np.zeros(0, np.float32)]

        def callback(out, frames, time_info, status) -> None:  # PortAudio thread
            with lock:
                buf = leftover[0]
                while len(buf) < frames and queue:
                    buf = np.concatenate([buf, queue.popleft()])
                take = buf[:frames]
                leftover[0] = buf[frames:]
            out[: len(take), 0] = take
            out[len(take) :, 0] = 0.0  # underrun: silence rather than a glitch loop

        try:
            stream = sd.OutputStream(samplerate=SAMPLE_RATE, channels=1, dtype="float32",
                                     blocksize=960, callback=callback)
            stream.start()
        except Exception as exc:  # noqa: BLE001 - PortAudioError and friends: no device here
            log.warning("no speaker output (%s); playing out headless", exc)
            return None
        return cls(stream, queue)

    def write(self, pcm: np.ndarray) -> None:
        self._queue.append(np.asarray(pcm, np.float32))

    def close(self) -> None:
        self._stream.stop()
        self._stream.close()
