"""``photocall demo``: a short real call in CI, its MP4 and stats, and the user's mistakes."""

from __future__ import annotations

import fractions
import json
from dataclasses import fields
from pathlib import Path

import numpy as np
import pytest

from photocall.cli import main
from photocall.demo import DemoConfig
from photocall.demo.stats import demo_stats, probe_mp4

SPEECH_S = 2.5


@pytest.fixture(scope="module")
def short_call(tmp_path_factory) -> tuple[Path, Path, dict]:
    from photocall.demo.run import run_demo

    folder = tmp_path_factory.mktemp("demo")
    config = DemoConfig(seconds=SPEECH_S, out=folder / "call.mp4", stats=folder / "stats.json")
    run_demo(config)
    return config.out, config.stats, json.loads(config.stats.read_text())


def _expected_duration() -> float:
    """The file holds the sender's lead-in silence and the speech."""
    from photocall.sender.session import SenderConfig

    defaults = {f.name: f.default for f in fields(SenderConfig)}
    return defaults["lead_in_s"] + SPEECH_S


@pytest.mark.slow
def test_demo_mp4_has_video_and_audio_of_the_speech(short_call) -> None:
    import av

    out, _, stats = short_call
    with av.open(str(out)) as container:
        assert len(container.streams.video) == 1 and len(container.streams.audio) == 1
        video = container.streams.video[0]
        assert (video.codec_context.width, video.codec_context.height) == (256, 256)
        pcm = np.concatenate(
            [f.to_ndarray().reshape(-1) for f in container.decode(container.streams.audio[0])]
        )
    info = probe_mp4(out)
    expected = _expected_duration()
    assert abs(info.duration_s - expected) <= 0.5, (info, expected)
    assert abs(info.audio_s - expected) <= 0.5, (info, expected)
    assert stats["frames"] == info.frames
    # The speech came through: the audio is not silence.
    assert float(np.sqrt(np.mean(pcm**2))) > 0.01


@pytest.mark.slow
def test_demo_stats_are_sane(short_call) -> None:
    _, _, stats = short_call
    for key in ("frames", "duration_s", "render_fps", "wire_kbps", "payload_kbps", "loss_pct"):
        assert key in stats
    for key in ("latency_ms", "av_skew_ms"):
        assert set(stats[key]) >= {"p50", "p95"}
    assert stats["frames"] >= 0.8 * 25 * stats["duration_s"]  # ~25 fps, few skipped frames
    assert stats["render_fps"] > 0
    # Headers cost something; the whole stream stays far below a video call.
    assert 5 < stats["payload_kbps"] < stats["wire_kbps"] < 100
    assert stats["loss_pct"] == 0.0  # loopback, no impairment
    # Loopback: the picture is late by the buffers only, never by seconds.
    assert 10 < stats["latency_ms"]["p50"] <= stats["latency_ms"]["p95"] < 2000
    assert abs(stats["av_skew_ms"]["p50"]) < 200


def test_demo_stats_normalize_to_the_stream_and_read_the_mp4(tmp_path) -> None:
    import av

    path = tmp_path / "clip.mp4"
    with av.open(str(path), "w") as container:
        video = container.add_stream("libx264", rate=25)
        video.width, video.height, video.pix_fmt = 64, 64, "yuv420p"
        video.codec_context.time_base = fractions.Fraction(1, 25)
        audio = container.add_stream("aac", rate=48000)
        audio.layout = "mono"
        for n in range(50):  # 2 s
            frame = av.VideoFrame.from_ndarray(np.full((64, 64, 3), n * 4, np.uint8), "rgb24")
            frame.pts = n
            container.mux(video.encode(frame))
        container.mux(video.encode(None))
        for k in range(100):  # 2 s in 20 ms frames
            frame = av.AudioFrame.from_ndarray(np.zeros((1, 960), np.float32), "fltp", "mono")
            frame.sample_rate, frame.pts = 48000, k * 960
            container.mux(audio.encode(frame))
        container.mux(audio.encode(None))

    from photocall.receiver.session import ReceiverResult

    report = {
        "seconds": 4.0,  # the peer stayed 4 s, its stream carried 2 s of audio
        "media_packets": 50,
        "payload_kbps": 10.0,
        "wire_kbps_computed": 20.0,
        "wire_kbps_transport": 30.0,
        "played_frames": 100,
        "concealed_frames": 5,
        "jitter": {"received": 47, "lost": 3, "late": 2},
        "render_ms": {"median": 20.0, "p95": 30.0},
        "mouth_to_pixel_ms": {"median": 70.0, "p95": 90.0},
        "av_skew_ms": {"median": 1.0, "p95": 4.0},
    }
    received = ReceiverResult("receiver", streams=[report], video_frames=50)

    stats = demo_stats(received, path, wall_s=9.0, packet_ms=40)
    assert stats.frames == 50
    assert stats.duration_s == pytest.approx(2.0, abs=0.05)
    assert stats.audio_s == pytest.approx(2.0, abs=0.1)
    assert stats.video_fps == pytest.approx(25.0, abs=1.0)
    assert stats.payload_kbps == pytest.approx(20.0)  # 10 kbit/s over 4 s = 20 over 50 × 40 ms
    assert stats.wire_kbps == pytest.approx(40.0)
    assert stats.transport_kbps == pytest.approx(60.0)
    assert stats.render_fps == pytest.approx(50.0)
    assert stats.loss_pct == pytest.approx(2.0)  # 3 missing at playout, 2 of them came late
    assert stats.late_pct == pytest.approx(4.0)
    assert stats.concealed_pct == pytest.approx(5.0)
    assert (stats.latency_ms.p50, stats.latency_ms.p95) == (70.0, 90.0)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--audio", "missing.wav"], "audio file not found"),
        (["--photo", "missing.jpg"], "photo not found"),
        (["--seconds", "0"], "--seconds must be positive"),
        (["--out", "."], "is a folder"),
        (["--text", "  "], "--text is empty"),
    ],
)
def test_demo_mistakes_are_one_line_errors(tmp_path, monkeypatch, capsys, args, message) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["demo", *args]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("photocall demo: error:") and message in err
    assert "\n" not in err and "Traceback" not in err
    assert not (tmp_path / "call.mp4").exists()


def test_demo_photo_that_is_not_an_image(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.jpg").write_text("not a picture")
    assert main(["demo", "--photo", "notes.jpg", "--seconds", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("photocall demo: error:") and "Traceback" not in err
    assert not (tmp_path / "call.mp4").exists()
