"""``photocall render``: motion file -> MP4 with audio, and the contact sheet."""

from __future__ import annotations

import numpy as np
import pytest

from photocall.shared.motion import SAMPLE_RATE, HeadPose, MotionFrame
from photocall.shared.motionfile import write_motion_file


def _tone(path, seconds: float) -> None:
    import av

    with av.open(str(path), "w") as container:
        stream = container.add_stream("pcm_s16le", rate=SAMPLE_RATE)
        stream.layout = "mono"
        n = int(seconds * SAMPLE_RATE)
        pcm = (np.sin(np.arange(n) * 2 * np.pi * 220 / SAMPLE_RATE) * 8000).astype(np.int16)
        frame = av.AudioFrame.from_ndarray(pcm[None], format="s16", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)


def test_motion_is_sampled_at_the_video_rate():
    from photocall.receiver.render.video import motion_at

    frames = [
        MotionFrame.from_named(0, {"jawOpen": 0.0}),
        MotionFrame.from_named(SAMPLE_RATE // 10, {"jawOpen": 1.0}, HeadPose(yaw=0.2)),
    ]
    out = list(motion_at(frames, fps=50))
    assert len(out) == 6  # t = 0, 0.02, .. 0.1 s
    jaw = [w[17] for w, _ in out]
    assert jaw == pytest.approx([0.0, 0.2, 0.4, 0.6, 0.8, 1.0], abs=1e-6)
    assert out[-1][1][1] == pytest.approx(0.2)


@pytest.mark.slow
def test_render_command_writes_h264_with_aac(tmp_path, capsys):
    import av

    from photocall.cli import main

    frames = [
        MotionFrame.from_named(int(k * SAMPLE_RATE / 25), {"jawOpen": (k % 5) / 5})
        for k in range(12)
    ]
    motion, audio, out = tmp_path / "m.jsonl", tmp_path / "a.wav", tmp_path / "o.mp4"
    write_motion_file(motion, frames)
    _tone(audio, 1.0)
    assert main(["render", "--motion", str(motion), "--out", str(out), "--audio", str(audio)]) == 0
    assert "12 frames" in capsys.readouterr().out
    with av.open(str(out)) as container:
        video, sound = container.streams.video[0], container.streams.audio[0]
        assert video.codec_context.name == "h264" and video.format.name == "yuv420p"
        assert (video.width, video.height) == (256, 256)
        assert sound.codec_context.name == "aac"
        decoded = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
    assert len(decoded) == 12
    # the mouth moves: frames with jawOpen 0 and 0.8 differ around the mouth
    assert np.abs(decoded[0].astype(int) - decoded[4]).mean() > 0.5


def test_render_command_rejects_a_bad_motion_file(tmp_path, capsys):
    from photocall.cli import main

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"t": 0, "blendshapes": {"jawOpen": 7}}\n')
    assert main(["render", "--motion", str(bad), "--out", str(tmp_path / "o.mp4")]) == 2
    assert "bad.jsonl:1" in capsys.readouterr().err


@pytest.mark.slow
def test_contact_sheet_shows_every_entry(tmp_path):
    from PIL import Image

    from photocall.cli import main
    from photocall.receiver.render.sheet import SHEET_ROWS

    sheet = tmp_path / "sheet.png"
    assert main(["render", "--sheet", str(sheet)]) == 0
    image = np.asarray(Image.open(sheet))
    rows, cols = len(SHEET_ROWS), len(SHEET_ROWS[0])
    assert image.shape == (rows * 192, cols * 192, 3)
    tiles = image.reshape(rows, 192, cols, 192, 3).transpose(0, 2, 1, 3, 4).reshape(-1, 192, 192, 3)
    # every tile differs from the neutral one (each entry really moves something)
    neutral = tiles[0, 16:].astype(int)
    assert all(np.abs(t[16:].astype(int) - neutral).mean() > 0.05 for t in tiles[1:])
