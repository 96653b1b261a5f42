"""``photocall eval-motion``: the mouth model against an energy baseline on held-out speech.

TTS: the voices in ``EVAL_VOICES`` (accents and variants never trained on) speaking Harvard
sentences (the training texts are generated), scored against their targets at the motion frame
rate (25 fps) on the predictor's real output, clean and with noise at 10 dB SNR.
Real speech: the dev split of the Asterisk prompts, force-aligned and scored phone by phone
(``realeval``).
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


def evaluate(clips: int = 48, weights: Path | None = None, seed: int = 1234,
             lookahead_ms: int = 40, real: bool = True, split: str = "dev") -> dict:
    """The TTS figures on ``clips`` held-out utterances (0: none) and, with ``real``, the
    real-speech figures on the dev split; the energy baseline is fitted on TTS speech."""
    rng = np.random.default_rng(seed)
    fit_clips = [make_clip(t, TRAIN_VOICES[i % len(TRAIN_VOICES)], 175, 50, rng, Augment())
                 for i, t in enumerate(generated_sentences(40, seed))]
    baseline = Baseline.fit(fit_clips)
    report: dict = {"lookahead_ms": lookahead_ms, "baseline": baseline.__dict__}
    if real:
        report["real"] = evaluate_real(baseline, weights, lookahead_ms, split)
    if clips:
        report["tts"] = _evaluate_tts(baseline, rng, clips, weights, lookahead_ms)
    return report


def _evaluate_tts(baseline: Baseline, rng: np.random.Generator, clips: int,
                  weights: Path | None, lookahead_ms: int) -> dict:
    from tqdm import tqdm

    config = MotionConfig(fps=FPS, lookahead_ms=lookahead_ms, weights=weights, head=False)
    rows: dict[str, dict[str, list]] = {f"{who} {cond}": {} for who in ("model", "baseline")
                                        for cond in ("clean", "10dB")}
    for i in tqdm(range(clips), desc="evaluating", unit="clip", disable=None):
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
    report: dict = {"clips": clips, "voices": list(EVAL_VOICES), "fps": FPS}
    for name, row in rows.items():
        labels = np.concatenate(row["labels"])
        interior = np.concatenate([_interior_silence(lab) for lab in row["labels"]])
        report[name] = _scores(np.concatenate(row["pred"]), np.concatenate(row["vis"]),
                               np.concatenate(row["target"]), labels, interior)
    report["frames"] = int(sum(len(x) for x in rows["model clean"]["labels"]))
    report["head"] = head_statistics(weights, lookahead_ms=lookahead_ms)
    return report


def evaluate_real(baseline: Baseline, weights: Path | None = None, lookahead_ms: int = 40,
                  split: str = "dev") -> dict:
    """The phone-level figures of ``realeval`` on the real-speech ``split`` (``prompts.SPLITS``),
    for the model and the energy baseline."""
    from dataclasses import asdict

    from photocall.sender.motion.align import Aligner
    from photocall.sender.motion.predictor import StreamingPredictor
    from photocall.sender.motion.prompts import named_split, usable_prompts
    from photocall.sender.motion.realeval import MouthTrack, load_clips, score
    from photocall.shared.motion import ARKIT_BLENDSHAPES

    clips, failed = load_clips(named_split(usable_prompts(), split), Aligner())
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


def head_statistics(weights: Path | None = None, seconds: float = 60.0, seed: int = 7,
                    lookahead_ms: int = 40) -> dict:
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
    predictor = StreamingPredictor(MotionConfig(fps=FPS, lookahead_ms=lookahead_ms, weights=weights,
                                                seed=seed), FEATURE_RATE)
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
    lines = [f"lookahead {report['lookahead_ms']} ms"]
    if "real" in report:
        lines += _format_real(report["real"])
    if "tts" in report:
        lines += _format_tts(report["tts"])
    return "\n".join(lines)


_REAL_KEYS = ("bilabial_closed", "auc_open_vs_bilabial", "auc_rounded_vs_open", "silence_closed",
              "silence_interior_closed", "open_jaw_median")
_REAL_HEADS = ("p/b/m closed", "AUC open/pbm", "AUC round/open", "sil jaw<.05", "sil interior",
               "open jaw med")
REAL_GOALS = {"bilabial_closed": 0.9, "auc_open_vs_bilabial": 0.95, "auc_rounded_vs_open": 0.9,
              "silence_closed": 0.98}


def _format_real(real: dict) -> list[str]:
    counts = real["model"]["counts"]
    lines = [f"real speech ({real['split']} split of the Asterisk prompts): {len(real['clips'])} "
             f"clips, {real['seconds']:.0f} s; {counts['bilabial']} p/b/m, {counts['open']} open "
             f"vowels, {counts['rounded']} rounded, {counts['silent_frames']} silent frames"
             + (f"; not aligned: {', '.join(real['unaligned'])}" if real["unaligned"] else ""),
             f"{'':16}" + "".join(f"{h:>15}" for h in _REAL_HEADS)]
    for who in ("model", "baseline"):
        lines.append(f"{who:16}" + "".join(f"{real[who][k]:15.3f}" for k in _REAL_KEYS))
    lines.append(f"{'goal':16}" + "".join(f"{'>= ' + str(REAL_GOALS[k]) if k in REAL_GOALS else '':>15}"
                                         for k in _REAL_KEYS))
    lines.append("per viseme, median jawOpen / closure (phones), model | baseline:")
    for viseme, (jaw, closure, n) in real["model"]["per_viseme"].items():
        bj, bc, _ = real["baseline"]["per_viseme"].get(viseme, (float("nan"),) * 3)
        lines.append(f"  {viseme:4} {jaw:5.2f} / {closure:4.2f} ({n:4d}) | {bj:5.2f} / {bc:4.2f}")
    return lines


def _format_tts(report: dict) -> list[str]:
    keys = ("viseme_accuracy", *(f"mae_{s}" for s in SHAPES), "silent_closed",
            "silent_interior_closed")
    heads = ("viseme acc", "MAE jaw", "MAE close", "MAE funnel", "MAE pucker", "sil jaw<.05",
             "sil interior")
    lines = [(f"TTS held-out: {report['clips']} clips, {report['frames']} frames at "
              f"{report['fps']} fps, voices {', '.join(report['voices'])}"),
             f"{'':16}" + "".join(f"{h:>13}" for h in heads)]
    for name in ("model clean", "baseline clean", "model 10dB", "baseline 10dB"):
        lines.append(f"{name:16}" + "".join(f"{report[name][k]:13.3f}" for k in keys))
    h = report["head"]
    lines.append(f"60 s clip: {h['blinks_per_min']:.1f} blinks/min, {h['nods_per_min']:.1f} "
                 f"nods/min; head pitch "
                 f"{h['pitch_deg'][0]:.1f}..{h['pitch_deg'][1]:.1f}°, yaw {h['yaw_deg'][0]:.1f}.."
                 f"{h['yaw_deg'][1]:.1f}°, roll {h['roll_deg'][0]:.1f}..{h['roll_deg'][1]:.1f}°")
    return lines
