"""Motion track -> video file: frames sampled at the video rate, H.264 in MP4, optional AAC audio."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from photocall.shared.errors import UserError
from photocall.shared.motion import SAMPLE_RATE, MotionFrame


def motion_at(frames: Sequence[MotionFrame], fps: float) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """(weights, pose) at t = k / fps for k = 0 .. the last motion frame, linearly interpolated
    between the motion frames around t (held at the ends)."""
    if not frames:
        raise UserError("the motion file has no frames")
    times = np.array([f.timestamp for f in frames], dtype=np.float64) / SAMPLE_RATE
    weights = np.stack([f.weights for f in frames])
    poses = np.stack([f.pose.as_array() for f in frames])
    count = int(np.floor(times[-1] * fps + 1e-9)) + 1
    for k in range(count):
        t = k / fps
        i = int(np.searchsorted(times, t, side="right"))
        if i == 0:
            yield weights[0], poses[0]
        elif i == len(times):
            yield weights[-1], poses[-1]
        else:
            a = (t - times[i - 1]) / (times[i] - times[i - 1])
            yield (
                ((1 - a) * weights[i - 1] + a * weights[i]).astype(np.float32),
                ((1 - a) * poses[i - 1] + a * poses[i]).astype(np.float32),
            )


def write_video(
    path: Path,
    frames: Iterator[np.ndarray],
    size: int,
    fps: int,
    audio: Path | None = None,
) -> int:
    """Encode (size, size, 3) RGB frames as H.264 (libx264, yuv420p) in an MP4; mux ``audio``
    as AAC, cut to the video's length. Returns the number of video frames written."""
    import av

    audio_in = None
    if audio is not None:
        try:
            audio_in = av.open(str(audio))
        except (av.error.FFmpegError, OSError) as exc:
            raise UserError(f"cannot read audio {audio}: {exc}") from None
        if not audio_in.streams.audio:
            audio_in.close()
            raise UserError(f"{audio} has no audio stream")
    container = av.open(str(path), mode="w")
    try:
        # every stream must exist before the first packet is muxed
        video = container.add_stream("libx264", rate=fps)
        video.width = video.height = size
        video.pix_fmt = "yuv420p"
        video.options = {"crf": "20", "preset": "veryfast"}
        sound = None
        if audio_in is not None:
            sound = container.add_stream("aac", rate=SAMPLE_RATE)
            sound.layout = "mono"
        count = 0
        for rgb in frames:
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb), format="rgb24")
            for packet in video.encode(frame):
                container.mux(packet)
            count += 1
        for packet in video.encode():
            container.mux(packet)
        if sound is not None:
            _mux_audio(container, sound, audio_in, count / fps)
    finally:
        container.close()
        if audio_in is not None:
            audio_in.close()
    return count


def _mux_audio(container, stream, source, seconds: float) -> None:
    import av

    resampler = av.AudioResampler(format="fltp", layout="mono", rate=SAMPLE_RATE)
    limit = round(seconds * SAMPLE_RATE)
    written = 0
    decoded = source.decode(audio=0)
    for frame in decoded:
        for out in resampler.resample(frame):
            if written >= limit:
                break
            keep = min(out.samples, limit - written)
            if keep < out.samples:
                data = np.ascontiguousarray(out.to_ndarray()[:, :keep])
                out = av.AudioFrame.from_ndarray(data, format="fltp", layout="mono")
                out.sample_rate = SAMPLE_RATE
            out.pts = written
            written += out.samples
            for packet in stream.encode(out):
                container.mux(packet)
    for packet in stream.encode(None):
        container.mux(packet)
