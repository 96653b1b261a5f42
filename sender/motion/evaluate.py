"""``photocall eval-motion``: the mouth model against an energy baseline on held-out speech.

Held out: the voices in ``EVAL_VOICES`` (accents and variants never trained on) speaking Harvard
sentences (the training texts are generated). Every figure is computed at the motion frame rate
(25 fps) on the predictor's real output, clean and with noise at 10 dB SNR.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from photocall.sender.motion.config import FEATURE_RATE, MotionConfig
from photocall.sender.motion.data import (
    EVAL_VOICES,
    TRAIN_VOICES,
    Augment,
    Clip,
    add_noise,
    make_clip,
)
from photocall.sender.motion.dsp import log_mel, resample
from photocall.sender.motion.texts import HARVARD, generated_sentences
from photocall.shared.motion import BLENDSHAPE_INDEX, MOUTH_BLENDSHAPES, VISEME_INDEX

SHAPES = ("jawOpen", "mouthClose", "mouthFunnel", "mouthPucker")
FPS = 25
STEP = 100 // FPS  # 100 Hz targets per motion frame
SIL = VISEME_INDEX["sil"]
_M = {name: MOUTH_BLENDSHAPES.index(name) for name in SHAPES}


@dataclass(frozen=True)
class Baseline:
    """Speech energy → jawOpen: a least-squares line on the frame level, and silence below a
    level threshold (then everything 0); other shapes take their mean over training speech."""

    slope: float
    intercept: float
    threshold_db: float
    speech_means: tuple[float, ...]  # per SHAPES
    speech_viseme: int

    @classmethod
    def fit(cls, clips: list[Clip]) -> Baseline:
        level = np.concatenate([c.level_db for c in clips])
        jaw = np.concatenate([c.mouth[:, _M["jawOpen"]] for c in clips])
        labels = np.concatenate([c.visemes for c in clips])
        speech = labels != SIL
        candidates = np.percentile(level, np.arange(5, 96, 5))
        threshold = float(max(candidates, key=lambda t: np.mean((level > t) == speech)))
        slope, intercept = np.polyfit(level[speech], jaw[speech], 1)
        mouth = np.concatenate([c.mouth for c in clips])[speech]
        means = tuple(float(mouth[:, _M[s]].mean()) for s in SHAPES)
        viseme = int(np.bincount(labels[speech], minlength=15).argmax())
        return cls(float(slope), float(intercept), threshold, means, viseme)

    def predict(self, level_db: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(n, len(SHAPES)) weights and (n,) visemes from (n,) frame levels."""
        speech = level_db > self.threshold_db
        out = np.tile(np.array(self.speech_means, np.float32), (len(level_db), 1))
        out[:, 0] = np.clip(self.slope * level_db + self.intercept, 0.0, 1.0)
        out[~speech] = 0.0
        return out, np.where(speech, self.speech_viseme, SIL)


def _scores(pred: np.ndarray, vis: np.ndarray, target: np.ndarray, labels: np.ndarray,
            interior: np.ndarray) -> dict[str, float]:
    silent = labels == SIL
    out = {"viseme_accuracy": float(np.mean(vis == labels))}
    for i, name in enumerate(SHAPES):
        out[f"mae_{name}"] = float(np.mean(np.abs(pred[:, i] - target[:, i])))
    out["silent_closed"] = float(np.mean(pred[silent, 0] < 0.05)) if silent.any() else float("nan")
    out["silent_interior_closed"] = (float(np.mean(pred[interior, 0] < 0.05))
                                     if interior.any() else float("nan"))
    return out


def _interior_silence(labels: np.ndarray, margin: int = 3) -> np.ndarray:
    """Silent frames at least ``margin`` frames (120 ms) from any speech frame."""
    speech = (labels != SIL).astype(float)
    near = np.convolve(speech, np.ones(2 * margin + 1), mode="same") > 0
    return (labels == SIL) & ~near


def _run_model(audio: np.ndarray, config: MotionConfig) -> tuple[np.ndarray, np.ndarray]:
    from photocall.sender.motion.predictor import StreamingPredictor

    predictor = StreamingPredictor(config, FEATURE_RATE)
    frames = predictor.push(audio) + predictor.flush()
    weights = np.stack([f.weights for f in frames])
    pred = weights[:, [BLENDSHAPE_INDEX[s] for s in SHAPES]]
    return pred, np.array(predictor.visemes)


def evaluate(clips: int = 48, weights: Path | None = None, seed: int = 1234) -> dict:
    from tqdm import tqdm

    rng = np.random.default_rng(seed)
    config = MotionConfig(fps=FPS, weights=weights, head=False)
    fit_clips = [make_clip(t, TRAIN_VOICES[i % len(TRAIN_VOICES)], 175, 50, rng, Augment())
                 for i, t in enumerate(generated_sentences(40, seed))]
    baseline = Baseline.fit(fit_clips)
    rows: dict[str, dict[str, list]] = {f"{who} {cond}": {} for who in ("model", "baseline")
                                        for cond in ("clean", "10dB")}
    for i in tqdm(range(clips), desc="evaluating", unit="clip"):
        voice = EVAL_VOICES[i % len(EVAL_VOICES)]
        text = HARVARD[i % len(HARVARD)]
        clip = make_clip(text, voice, int(rng.integers(130, 241)), int(rng.integers(25, 76)), rng,
                         None, pad_s=(0.3, 1.0))
        speaking = clip.visemes.repeat(160) != SIL
        speech_rms = float(np.sqrt(np.mean(clip.audio[: len(speaking)][speaking] ** 2)))
        noisy = np.clip(add_noise(rng, clip.audio.astype(np.float64), 10.0, speech_rms), -1, 1)
        target = clip.mouth[::STEP][:, [_M[s] for s in SHAPES]]
        labels = clip.visemes[::STEP]
        for cond, audio in (("clean", clip.audio), ("10dB", noisy.astype(np.float32))):
            pred, vis = _run_model(audio, config)
            n = min(len(pred), len(labels))
            level = log_mel(audio)[1][::STEP][:n]
            base, base_vis = baseline.predict(level)
            for who, p, v in (("model", pred[:n], vis[:n]), ("baseline", base, base_vis)):
                row = rows[f"{who} {cond}"]
                for key, value in (("pred", p), ("vis", v), ("target", target[:n]),
                                   ("labels", labels[:n])):
                    row.setdefault(key, []).append(value)
    report: dict = {"clips": clips, "voices": list(EVAL_VOICES), "fps": FPS,
                    "baseline": baseline.__dict__}
    for name, row in rows.items():
        labels = np.concatenate(row["labels"])
        interior = np.concatenate([_interior_silence(lab) for lab in row["labels"]])
        report[name] = _scores(np.concatenate(row["pred"]), np.concatenate(row["vis"]),
                               np.concatenate(row["target"]), labels, interior)
    report["frames"] = int(sum(len(x) for x in rows["model clean"]["labels"]))
    report["head"] = head_statistics(weights)
    return report


def evaluate_real(baseline: Baseline, weights: Path | None = None, lookahead_ms: int = 40,
                  split: str = "dev") -> dict:
    """The phone-level figures of ``realeval`` on the real-speech ``split`` (dev or train), for the
    model and the energy baseline."""
    from dataclasses import asdict

    from photocall.sender.motion.align import Aligner
    from photocall.sender.motion.predictor import StreamingPredictor
    from photocall.sender.motion.prompts import split as split_prompts
    from photocall.sender.motion.prompts import usable_prompts
    from photocall.sender.motion.realeval import MouthTrack, load_clips, score
    from photocall.shared.motion import ARKIT_BLENDSHAPES

    train, dev = split_prompts(usable_prompts())
    clips, failed = load_clips(dev if split == "dev" else train, Aligner())
    config = MotionConfig(fps=100, lookahead_ms=lookahead_ms, weights=weights, head=False)
    model_tracks, base_tracks = [], []
    for clip in clips:
        predictor = StreamingPredictor(config, FEATURE_RATE)
        frames = predictor.push(clip.audio) + predictor.flush()
        model_tracks.append(MouthTrack.from_weights(np.stack([f.weights for f in frames]),
                                                    ARKIT_BLENDSHAPES))
        base, _ = baseline.predict(log_mel(clip.audio)[1][: len(frames)])
        base_tracks.append(MouthTrack.from_weights(base, SHAPES))
    seconds = sum(len(c.audio) for c in clips) / FEATURE_RATE
    return {"split": split, "clips": [c.name for c in clips], "unaligned": failed,
            "seconds": seconds, "model": asdict(score(clips, model_tracks)),
            "baseline": asdict(score(clips, base_tracks))}


def head_statistics(weights: Path | None = None, seconds: float = 60.0, seed: int = 7) -> dict:
    """Blinks per minute and head-angle ranges over a ~60 s clip of held-out speech and pauses."""
    from photocall.sender.motion.predictor import StreamingPredictor
    from photocall.sender.tts import synthesize

    rng = np.random.default_rng(seed)
    parts, total, i = [], 0.0, 0
    while total < seconds:
        speech = synthesize(HARVARD[i % len(HARVARD)], EVAL_VOICES[0], 170, 50)
        pcm = resample(speech.pcm, speech.sample_rate)
        gap = np.zeros(int(rng.uniform(0.3, 2.0) * FEATURE_RATE))
        parts += [pcm, gap]
        total += (len(pcm) + len(gap)) / FEATURE_RATE
        i += 1
    audio = np.concatenate(parts)[: int(seconds * FEATURE_RATE)].astype(np.float32)
    predictor = StreamingPredictor(MotionConfig(fps=FPS, weights=weights, seed=seed), FEATURE_RATE)
    frames = predictor.push(audio) + predictor.flush()
    nods = predictor.head.nod_count if predictor.head else 0
    blink = np.array([f.weight("eyeBlinkLeft") for f in frames])
    blinks = int(np.sum((blink[1:] >= 0.5) & (blink[:-1] < 0.5)))
    pose = np.degrees(np.stack([f.pose.as_array()[:3] for f in frames]))
    return {
        "seconds": seconds,
        "blinks_per_min": blinks * 60.0 / seconds,
        "nods_per_min": nods * 60.0 / seconds,
        "speech_share": float(np.mean([f.weight("jawOpen") > 0.05 for f in frames])),
        **{f"{axis}_deg": [float(pose[:, j].min()), float(pose[:, j].max())]
           for j, axis in enumerate(("pitch", "yaw", "roll"))},
        **{f"{axis}_std_deg": float(pose[:, j].std()) for j, axis in enumerate(("pitch", "yaw", "roll"))},
    }


def format_report(report: dict) -> str:
    keys = ("viseme_accuracy", *(f"mae_{s}" for s in SHAPES), "silent_closed",
            "silent_interior_closed")
    heads = ("viseme acc", "MAE jaw", "MAE close", "MAE funnel", "MAE pucker", "sil jaw<.05",
             "sil interior")
    lines = [(f"held-out: {report['clips']} clips, {report['frames']} frames at "
              f"{report['fps']} fps, voices {', '.join(report['voices'])}"),
             f"{'':16}" + "".join(f"{h:>13}" for h in heads)]
    for name in ("model clean", "baseline clean", "model 10dB", "baseline 10dB"):
        lines.append(f"{name:16}" + "".join(f"{report[name][k]:13.3f}" for k in keys))
    h = report["head"]
    lines.append(f"60 s clip: {h['blinks_per_min']:.1f} blinks/min, {h['nods_per_min']:.1f} "
                 f"nods/min; head pitch "
                 f"{h['pitch_deg'][0]:.1f}..{h['pitch_deg'][1]:.1f}°, yaw {h['yaw_deg'][0]:.1f}.."
                 f"{h['yaw_deg'][1]:.1f}°, roll {h['roll_deg'][0]:.1f}..{h['roll_deg'][1]:.1f}°")
    return "\n".join(lines)
