"""The audio → motion predictor: behaviour of the shipped model, streaming, errors."""

import wave

import numpy as np
import pytest

from photocall.sender.motion import MotionConfig, StreamingPredictor, predict_file, predict_pcm
from photocall.sender.motion.dsp import resample
from photocall.sender.motion.targets import MOUTH_INDEX
from photocall.sender.tts import synthesize
from photocall.shared.errors import UserError
from photocall.shared.motion import BLENDSHAPE_INDEX, HEAD_POSE_FIELDS

JAW = BLENDSHAPE_INDEX["jawOpen"]


@pytest.fixture(scope="module")
def speech():
    s = synthesize("The juice of lemons makes fine punch. Help the woman.", "en-029", 170, 45)
    pcm = np.concatenate([np.zeros(s.sample_rate // 2, np.float32), s.pcm])
    return pcm, s.sample_rate


def _mouth(frames):
    return np.stack([f.weights[MOUTH_INDEX] for f in frames])


def test_silence_gives_a_closed_still_mouth():
    for silence in (np.zeros(96_000, np.float32),
                    np.random.default_rng(0).normal(0, 1e-4, 96_000).astype(np.float32)):
        mouth = _mouth(predict_pcm(silence, 48_000))
        assert mouth.max() < 0.05
        assert np.abs(np.diff(mouth, axis=0)).max() < 0.01


def test_speech_opens_the_mouth(speech):
    pcm, rate = speech
    frames = predict_pcm(pcm, rate)
    jaw = np.array([f.weights[JAW] for f in frames])
    lead = jaw[: 10]  # the first 0.4 s are silent
    assert lead.max() < 0.05
    assert jaw.max() > 0.3
    assert np.mean(jaw[15:] > 0.1) > 0.4
    # frames are stamped on the 48 kHz clock at 25 fps, one per 40 ms of input
    assert [f.timestamp for f in frames[:3]] == [0, 1920, 3840]
    assert len(frames) == -(-len(pcm) * 25 // rate)


@pytest.mark.parametrize("rate, fps, lookahead", [(44_100, 30, 40), (48_000, 25, 40),
                                                  (8_000, 25, 40), (48_000, 25, 20)])
def test_streaming_equals_offline(speech, rate, fps, lookahead):
    pcm, native = speech
    audio = resample(pcm, native, rate).astype(np.float32)
    config = MotionConfig(fps=fps, seed=3, lookahead_ms=lookahead)
    offline = predict_pcm(audio, rate, config)
    predictor = StreamingPredictor(config, rate)
    rng = np.random.default_rng(1)
    streamed, start = [], 0
    while start < len(audio):
        n = int(rng.choice([1, 17, rate // 50, rate // 10], p=[0.05, 0.2, 0.45, 0.3]))
        streamed += predictor.push(audio[start:start + n])
        start += n
    streamed += predictor.flush()
    assert len(streamed) == len(offline)
    assert [f.timestamp for f in streamed] == [round(k * 48_000 / fps) for k in range(len(offline))]
    weights = np.abs(np.stack([f.weights for f in streamed]) - np.stack([f.weights for f in offline]))
    assert weights.max() <= 1e-6
    for a, b in zip(streamed, offline):
        assert np.allclose(a.pose.as_array(), b.pose.as_array(), atol=1e-6, rtol=0)


@pytest.mark.parametrize("lookahead", [40, 20])
def test_frames_arrive_within_the_lookahead(speech, lookahead):
    pcm, rate = speech
    predictor = StreamingPredictor(MotionConfig(lookahead_ms=lookahead), rate)
    chunk, pushed, emitted = rate // 50, 0, 0
    for start in range(0, len(pcm), chunk):
        pushed += len(pcm[start:start + chunk])
        emitted += len(predictor.push(pcm[start:start + chunk]))
        # every frame whose instant is ≥ the lookahead + 20 ms (one chunk) old is out
        due = max(0, (pushed / rate - lookahead / 1000 - 0.02) * 25)
        assert emitted >= int(due)


def test_head_blinks_and_pose_are_natural_and_seeded(speech):
    pcm, rate = speech
    a = predict_pcm(pcm, rate, MotionConfig(seed=1))
    b = predict_pcm(pcm, rate, MotionConfig(seed=1))
    c = predict_pcm(pcm, rate, MotionConfig(seed=2))
    assert all(x == y for x, y in zip(a, b))
    assert any(x.pose != y.pose for x, y in zip(a, c))
    pose = np.stack([f.pose.as_array() for f in a])
    assert np.abs(pose[:, :3]).max() < np.radians(20)
    assert pose[:, :3].std(axis=0).min() > 1e-4  # it moves
    still = predict_pcm(pcm, rate, MotionConfig(head=False))
    assert all(f.pose.as_array().tolist() == [0.0] * len(HEAD_POSE_FIELDS) for f in still)


def test_wrong_lookahead_for_the_weights_is_a_user_error():
    from importlib import resources

    shipped = resources.files("photocall.sender.motion") / "mouth_tcn.pt"
    with resources.as_file(shipped) as path, pytest.raises(UserError, match="trained for 40 ms"):
        StreamingPredictor(MotionConfig(lookahead_ms=20, weights=path))
    with pytest.raises(UserError, match="no weights are shipped for 60 ms"):
        StreamingPredictor(MotionConfig(lookahead_ms=60))


def test_files_that_are_not_audio_or_empty_are_user_errors(tmp_path):
    text = tmp_path / "notes.wav"
    text.write_text("this is not audio\n" * 50)
    with pytest.raises(UserError, match="notes.wav"):
        predict_file(text)
    empty = tmp_path / "empty.wav"
    with wave.open(str(empty), "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16_000)
    with pytest.raises(UserError, match="no audio"):
        predict_file(empty)
    with pytest.raises(UserError, match="no such file"):
        predict_file(tmp_path / "missing.wav")
    with pytest.raises(UserError, match="empty"):
        predict_pcm(np.zeros(0, np.float32), 48_000)


def test_motion_command_writes_a_motion_file(tmp_path, speech):
    from photocall.cli import main
    from photocall.shared.motionfile import read_motion_file

    pcm, rate = speech
    path = tmp_path / "in.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(rate)
        w.writeframes((pcm * 32767).astype("<i2").tobytes())
    out = tmp_path / "motion.jsonl"
    assert main(["motion", "--audio", str(path), "--out", str(out), "--fps", "30"]) == 0
    frames = read_motion_file(out)
    assert len(frames) == -(-len(pcm) * 30 // rate)
    assert max(f.weight("jawOpen") for f in frames) > 0.3
    assert main(["motion", "--audio", str(tmp_path / "nope.wav"), "--out", str(out)]) == 2


def test_int16_pcm_is_scaled_like_float(speech):
    pcm, rate = speech
    as_int = np.round(pcm * 32767).astype(np.int16)
    a = predict_pcm(as_int.astype(np.float32) / 32768, rate)
    b = predict_pcm(as_int, rate)
    assert all(x == y for x, y in zip(a, b)) and len(a) == len(b)
