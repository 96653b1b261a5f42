"""``photocall demo``: a short real call in CI, its MP4 and stats, and the user's mistakes."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import numpy as np
import pytest

from photocall.cli import main
from photocall.demo import DemoConfig
from support.media import read_mp4
from support.report_schema import check_keys

SPEECH_S = 2.5


@pytest.fixture(scope="module")
def short_call(tmp_path_factory) -> tuple[Path, Path, dict]:
    from photocall.demo.run import run_demo

    folder = tmp_path_factory.mktemp("demo")
    config = DemoConfig(seconds=SPEECH_S, out=folder / "call.mp4", stats=folder / "stats.json")
    run_demo(config)
    return config.out, config.stats, json.loads(config.stats.read_text())


def _sender_defaults() -> dict:
    from photocall.sender.session import SenderConfig

    return {f.name: f.default for f in fields(SenderConfig)}


@pytest.mark.slow
def test_demo_mp4_has_video_and_audio_of_the_speech(short_call) -> None:
    out, _, stats = short_call
    frames, pcm = read_mp4(out)
    assert frames[0][1].shape == (256, 256, 3)
    expected = _sender_defaults()["lead_in_s"] + SPEECH_S  # the lead-in silence and the speech
    # plus, on a loaded machine, 20 ms for each playout tick held waiting for a late packet
    held_s = stats["peers"][0]["jitter"]["underruns"] * 0.02
    assert expected - 0.5 <= len(frames) / 25 <= expected + held_s + 0.5, (len(frames), held_s)
    assert expected - 0.5 <= len(pcm) / 48000 <= expected + held_s + 0.5, (len(pcm), held_s)
    assert stats["mp4"]["frames"] == len(frames)
    # The speech came through: the audio is not silence.
    assert float(np.sqrt(np.mean(pcm**2))) > 0.01


@pytest.mark.slow
def test_demo_mp4_ends_with_the_face(short_call) -> None:
    out, _, _ = short_call
    frames, _ = read_mp4(out)
    last = frames[-1][1].astype(np.float32)
    earlier = np.stack([img for _, img in frames[-6:-1]]).astype(np.float32)
    # A photo, not a flat fill (a flat frame's spread is 0; the astronaut's is ~75)...
    assert float(last.std()) > 30
    # ...and the same face as the frames before it (the mouth moves a few pixels at most).
    assert float(np.abs(last - earlier.mean(axis=0)).mean()) < 10


@pytest.mark.slow
def test_demo_stats_follow_the_schema_and_agree(short_call) -> None:
    _, _, stats = short_call
    check_keys(stats)  # the same schema as photocall receive --stats (test_call.py)
    assert stats["final"] is True and stats["video"]["mode"] == "every-frame"
    (peer,) = stats["peers"]
    packet_s = _sender_defaults()["packet_ms"] / 1000
    assert peer["packet_ms"] == packet_s * 1000
    # What arrived is what was said: the lead-in and the speech, padded to a whole packet.
    said = _sender_defaults()["lead_in_s"] + SPEECH_S
    assert said - 1e-6 <= peer["media_s"] <= said + packet_s
    assert peer["media_s"] < peer["connected_s"]
    assert peer["loss_pct"] == 0.0  # loopback, no impairment
    # Headers cost something; the stream stays far below a video call.
    assert 5 < peer["payload_kbps"] < peer["wire_kbps"] < 100
    assert peer["photo_wire_bytes"] > peer["photo_bytes"] > 10_000  # the photo, once, apart
    mp4 = stats["mp4"]
    # The MP4 runs on the playout clock: what arrived, less what came too late or was skipped
    # to shallow the buffer, plus the concealment played while it ran dry (each step at most a
    # packet long).
    jitter = peer["jitter"]
    dropped = jitter["late"] + jitter["skipped"]
    assert peer["media_s"] - (dropped + 1) * packet_s <= mp4["audio_s"]
    steps = peer["played_frames"] + peer["silent_frames"] + peer["concealed_frames"]
    assert mp4["audio_s"] <= (steps + 1) * packet_s  # each playout step at most a packet long
    # The speech is said with a silent lead-in: the sender said so, and it was measured apart.
    assert jitter["dtx"] >= 1 and peer["silent_s"] > 0 and peer["speaking_s"] > 1.5
    assert peer["wire_kbps_speaking"] > peer["payload_kbps"]  # measured, all headers
    assert mp4["frames"] >= 0.8 * 25 * mp4["video_s"]  # ~25 fps, few skipped frames
    # One clock maps the sender's samples: a frame comes after its sample's capture, and before
    # the receiver stopped (every frame is drawn for the MP4, so on a loaded machine the last
    # ones after the link closed; how late depends on the load: benchmarks/ measures that).
    m2p = peer["mouth_to_pixel_ms"]
    assert 0 < m2p["p50"] <= m2p["p95"] <= m2p["max"] < 1000 * stats["run_s"]
    assert peer["av_skew_ms"]["p50"] is not None
    # One process, one clock: sender start -> link open -> first frame.
    assert 0 < peer["first_frame_after_link_ms"] < peer["first_frame_after_sender_start_ms"]


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
