"""Training, targets and DSP pieces of the audio → motion model."""

from dataclasses import replace

import numpy as np
import pytest
import torch

from photocall.sender.motion.data import clip_from_speech, retarget
from photocall.sender.motion.dsp import LogMel, Resampler, log_mel, pitch_hz, resample
from photocall.sender.motion.head import HeadMotion
from photocall.sender.motion.model import ModelConfig, MouthTCN
from photocall.sender.motion.targets import MOUTH_POSES, frame_targets, phoneme_visemes, segments
from photocall.sender.motion.train import TrainConfig, _batch, loss_fn, make_dataset, train
from photocall.shared.motion import BLENDSHAPE_INDEX, MOUTH_BLENDSHAPES, VISEME_INDEX


@pytest.mark.parametrize("rate", [48_000, 44_100, 22_050, 8_000])
def test_resampler_streams_like_offline_and_keeps_a_tone(rate):
    rng = np.random.default_rng(0)
    t = np.arange(rate) / rate
    x = np.sin(2 * np.pi * 440 * t).astype(np.float32)
    whole = resample(x, rate)
    r, parts, i = Resampler(rate), [], 0
    while i < len(x):
        n = int(rng.integers(1, 3000))
        parts.append(r.push(x[i:i + n]))
        i += n
    assert np.array_equal(np.concatenate(parts), whole)
    assert len(whole) == 16_000
    assert abs(np.abs(whole[1000:]).max() - 1.0) < 0.01
    if rate == 48_000:  # the anti-aliasing filter passes speech and stops what would fold back
        assert np.abs(resample(np.sin(2 * np.pi * 3000 * t), rate)[1000:]).max() > 0.95
        assert np.abs(resample(np.sin(2 * np.pi * 12000 * t), rate)[1000:]).max() < 0.05


def test_log_mel_streams_like_offline_and_pitch_is_found():
    rng = np.random.default_rng(0)
    x = rng.normal(0, 0.1, 16_000)
    mel, level = log_mel(x)
    stream = LogMel()
    parts = [stream.push(x[i:i + 333]) for i in range(0, len(x), 333)]
    assert np.array_equal(np.concatenate([p[0] for p in parts]), mel)
    assert mel.shape == (100, 40) and abs(float(level[50]) - 20 * np.log10(0.1)) < 1.0
    t = np.arange(640) / 16_000
    assert abs(pitch_hz(np.sign(np.sin(2 * np.pi * 140 * t))) - 140) < 5
    assert pitch_hz(rng.normal(0, 0.1, 640)) == 0.0


def test_phonemes_map_to_visemes_and_silence_closes():
    assert phoneme_visemes("p") == ("PP",)
    assert phoneme_visemes("'aI") == ("aa", "ih")
    assert phoneme_visemes(",u:") == ("ou",)
    assert phoneme_visemes("_:") == ("sil",)
    segs = segments(((100, "m"), (200, "'A:"), (400, "_")), 1.2)
    times = np.arange(0, 1.2, 0.01)
    mouth, labels = frame_targets(segs, times)
    jaw = MOUTH_BLENDSHAPES.index("jawOpen")
    assert labels[5] == VISEME_INDEX["sil"] and labels[30] == VISEME_INDEX["aa"]
    # the vowel opens the jaw (its neighbours, a closure and silence, dominate hard and pull the
    # peak below the aa pose's 0.6) far past the closed lips of /m/
    assert mouth[30, jaw] > 0.35 and mouth[15, jaw] < 0.05 and mouth[-1].max() < 0.01
    assert mouth.max() <= MOUTH_POSES.max() + 1e-6


def test_espeak_thought_vowels_take_the_open_ao_shape_and_clips_can_be_retargeted():
    # "call" (k O: l): the open aa label, slight rounding; a clip remade from its phones equals
    # the clip as made
    assert phoneme_visemes("'O:") == ("ao",) and phoneme_visemes("O@") == ("ao", "RR")
    assert phoneme_visemes(",oU") == ("oh", "ou")
    segs = segments(((0, "_"), (100, "k"), (150, "'O:"), (350, "l"), (400, "_")), 0.6)
    assert segs[2].viseme == VISEME_INDEX["aa"] and segs[2].pose != VISEME_INDEX["aa"]
    rng = np.random.default_rng(0)
    clip = clip_from_speech(rng.standard_normal(16_000).astype(np.float32) * 0.1,
                            ((0, "_"), (100, "k"), (150, "'O:"), (350, "l"), (400, "_")), rng,
                            None)
    again = retarget(replace(clip, mouth=clip.mouth * 0, visemes=clip.visemes * 0))
    assert np.array_equal(again.mouth, clip.mouth) and np.array_equal(again.visemes, clip.visemes)
    assert again.visemes.tolist().count(VISEME_INDEX["aa"]) >= 19


def test_a_short_bilabial_holds_the_closed_pose():
    # a 20 ms /m/ between two open vowels: closed and labelled over 50 ms around its centre, the
    # vowels' pull on it notwithstanding; the vowels' own centres stay open
    segs = segments(((0, "_"), (100, "'A:"), (300, "m"), (320, "A:"), (520, "_")), 0.7)
    times = np.arange(0, 0.7, 0.01)
    mouth, labels = frame_targets(segs, times)
    jaw = MOUTH_BLENDSHAPES.index("jawOpen")
    held = (times >= 0.285) & (times < 0.335)
    assert np.array_equal(np.flatnonzero(labels == VISEME_INDEX["PP"]), np.flatnonzero(held))
    assert np.allclose(mouth[held], MOUTH_POSES[VISEME_INDEX["PP"]])
    assert mouth[20, jaw] > 0.3 and mouth[42, jaw] > 0.3


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_silence_state_is_a_fixed_point(dtype):
    torch.manual_seed(0)
    model = MouthTCN(ModelConfig(channels=8)).to(dtype).eval()
    silence = torch.log(torch.full((1, 40, 30), 1e-6, dtype=dtype))
    with torch.no_grad():
        out, _ = model(silence)
    # Exact in real arithmetic, so the bound is rounding only: the steady state (a one-column conv)
    # and the forward pass (30 columns) sum the same products in different orders, through six
    # layers of up to 200-term sums; that differs by a few eps of the largest activation (8 eps
    # at most over 300 seeds), never by an absolute 1e-6 on outputs of ~20. A wrong history
    # moves outputs by O(1).
    bound = 64 * torch.finfo(dtype).eps * float(out.abs().max())
    assert float((out - out[:, :, :1]).abs().max()) <= bound


def test_the_viseme_head_blends_in_the_lip_poses():
    torch.manual_seed(0)
    model = MouthTCN(ModelConfig(channels=8)).eval()
    out = torch.randn(1, 28 + 15, 6, dtype=torch.float64)
    plain = torch.sigmoid(out[:, :28])
    sure = out.clone()
    sure[:, 28:] = -50.0
    for t, viseme in enumerate(("PP", "ou", "oh", "sil", "DD", "aa")):
        sure[0, 28 + VISEME_INDEX[viseme], t] = 50.0
    mouth, silence = model.mouth(sure)
    # a sure closure or rounding gives exactly its pose, whatever the regression head says
    for t, viseme in enumerate(("PP", "ou", "oh")):
        assert torch.allclose(mouth[0, :, t], torch.tensor(MOUTH_POSES[VISEME_INDEX[viseme]],
                                                           dtype=torch.float64), atol=1e-9)
    # other visemes leave the regression head alone; p(silence) comes out for the gate
    assert torch.allclose(mouth[0, :, 3:], plain[0, :, 3:].double(), atol=1e-9)
    assert silence[0].tolist() == pytest.approx([0, 0, 0, 1, 0, 0], abs=1e-9)
    # an unsure classifier blends in proportion: half p/b/m, half aa
    half = sure[:, :, 5:].clone()
    half[0, 28 + VISEME_INDEX["PP"]] = 50.0
    mouth, _ = model.mouth(half)
    pp = torch.tensor(MOUTH_POSES[VISEME_INDEX["PP"]], dtype=torch.float64)
    assert torch.allclose(mouth[0, :, 0], 0.5 * plain[0, :, 5] + 0.5 * pp, atol=1e-9)
    # checkpoints from before the blend keep their plain sigmoid
    legacy = MouthTCN(ModelConfig(channels=8, blend_visemes=())).eval()
    assert torch.equal(legacy.mouth(sure)[0], torch.sigmoid(sure[:, :28]))


def test_closure_and_silence_frames_weigh_more_in_the_loss():
    torch.manual_seed(0)
    model = MouthTCN(ModelConfig(channels=8, delay=0)).eval()
    mel = torch.randn(1, 40, 60)
    with torch.no_grad():
        pred, _ = model.mouth(model(mel)[0])
    at_start = torch.tensor([True])
    # a target off by 0.1 on one frame labelled p/b/m (3) and everywhere else exact: its share
    # of the L1 triples against an unlabelled-p/b/m twin
    target = pred.clone()
    target[0, :, 30] += 0.1
    labels = torch.full((1, 60), VISEME_INDEX["aa"])
    with torch.no_grad():
        base = float(loss_fn(model, mel, target, labels, at_start, 0.0, 3.0, 2.0))
        labels[0, 30] = VISEME_INDEX["PP"]
        closure = float(loss_fn(model, mel, target, labels, at_start, 0.0, 3.0, 2.0))
    assert closure / base == pytest.approx(3 * 60 / 62, rel=1e-4)


@pytest.mark.slow
def test_a_few_training_steps_lower_the_loss():
    clips = make_dataset(6, seed=3, progress=False)
    config = TrainConfig(steps=40, batch=4, crop=200, lr=3e-3, threads=1,
                         model=ModelConfig(channels=32))
    torch.manual_seed(0)
    probe = _batch(clips, np.random.default_rng(9), 6, 200)
    fresh = MouthTCN(config.model)
    fresh.mean.copy_(torch.from_numpy(np.concatenate([c.features for c in clips]).mean(0)))
    fresh.std.copy_(torch.from_numpy(np.concatenate([c.features for c in clips]).std(0)))
    with torch.no_grad():
        before = float(loss_fn(fresh.eval(), *probe, config.viseme_weight))
    model, result = train(config, clips=clips, progress=False)
    with torch.no_grad():
        after = float(loss_fn(model, *probe, config.viseme_weight))
    assert after < 0.7 * before
    assert result.losses[-1][1] < result.losses[0][1]


def test_head_process_blinks_at_a_human_rate():
    head = HeadMotion(fps=25, seed=5)
    rng = np.random.default_rng(0)
    blinks, pose, prev = [], [], 0.0
    for k in range(25 * 120):  # two minutes, alternating 4 s speech and 2 s pause
        speaking = 1.0 if (k // 25) % 6 < 4 else 0.0
        level = -20 + 8 * rng.random() if speaking else -70.0
        weights, p = head.step(level, 120.0 + 30 * rng.random() if speaking else 0.0, speaking)
        b = float(weights[BLENDSHAPE_INDEX["eyeBlinkLeft"]])
        if b >= 0.5 > prev:
            blinks.append(k)
        prev = b
        pose.append(p.as_array())
    assert 10 * 2 <= len(blinks) <= 20 * 2
    assert min(np.diff(blinks)) >= 10  # ≥ 0.4 s apart
    pose = np.degrees(np.stack(pose))
    assert np.abs(pose[:, :3]).max() < 15
    assert pose[:, 1].std() > 0.5  # it sways


def test_the_closure_logit_bias_lands_in_the_weights_and_nowhere_else():
    clips = make_dataset(2, seed=5, progress=False)
    models = []
    for bias in (0.0, 2.0):
        config = TrainConfig(steps=2, batch=2, crop=100, threads=1, closure_logit_bias=bias,
                             model=ModelConfig(channels=8))
        models.append(train(config, clips=clips, progress=False)[0].state_dict())
    plain, biased = models
    pp = len(MOUTH_BLENDSHAPES) + VISEME_INDEX["PP"]
    assert float(biased["out.bias"][pp] - plain["out.bias"][pp]) == pytest.approx(2.0)
    for name, value in plain.items():
        other = biased[name].clone()
        if name == "out.bias":
            other[pp] = value[pp]
        assert torch.equal(value, other), name
