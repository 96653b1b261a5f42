"""``photocall train-motion``: make the data, train the mouth model, write the checkpoint.

Everything is seeded: the same command on the same machine reproduces the shipped weights
(thread count changes float summation order, so use the same ``--threads``).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import torch
from torch.nn import functional as F

from photocall.sender.motion.data import (
    TRAIN_VOICES,
    Augment,
    Clip,
    clip_from_speech,
    make_clip,
    voice_params,
)
from photocall.sender.motion.model import N_MOUTH, N_OUT, SIL, ModelConfig, MouthTCN
from photocall.sender.motion.texts import generated_sentences
from photocall.shared.motion import VISEME_INDEX

PP = VISEME_INDEX["PP"]

log = logging.getLogger(__name__)
DEFAULT_AUGMENT = Augment()


@dataclass(frozen=True)
class TrainConfig:
    """clips: espeak-ng utterances; festival_clips: utterances per Festival voice; real_copies:
    augmented copies of each aligned real prompt of the train split (0: no real speech);
    mix: the share of each source (espeak-ng, Festival, real) in a batch."""

    clips: int = 2000
    festival_clips: int = 200
    real_copies: int = 6
    mix: tuple[float, float, float] = (0.35, 0.2, 0.45)
    steps: int = 2000
    batch: int = 16
    crop: int = 300  # frames (3 s) per training example
    lr: float = 2e-3
    viseme_weight: float = 0.1
    # loss weight of frames labelled p/b/m and silence: a lip closure or a shut mouth in a pause
    # is what a viewer checks first, and both are a small share of the frames
    closure_weight: float = 5.0
    silence_weight: float = 2.0
    # cross-entropy weight of the p/b/m class: its probability closes the lips (MouthTCN.mouth),
    # and a closure missed looks worse than one a neighbour frame too many
    closure_class_weight: float = 5.0
    # added to the trained p/b/m logit (a calibration chosen on the validation split: +1 kept
    # the closures and raised the jaw AUC of open vowels against p/b/m 0.953 -> 0.966 at 20 ms)
    closure_logit_bias: float = 1.0
    seed: int = 0
    hold_out_validation: bool = False  # train without the validation prompts (prompts.py)
    threads: int = 2
    model: ModelConfig = field(default_factory=ModelConfig)


@dataclass(frozen=True)
class TrainResult:
    losses: tuple[tuple[int, float], ...]  # (step, mean loss over the last interval)
    data_seconds: float
    train_seconds: float
    audio_hours: float
    counts: tuple[int, ...] = ()  # clips per source (espeak-ng, Festival, real), when known


def make_dataset(count: int, seed: int, voices: tuple[str, ...] = TRAIN_VOICES,
                 augment: Augment | None = DEFAULT_AUGMENT, progress: bool = True) -> list[Clip]:
    from tqdm import tqdm

    rng = np.random.default_rng(seed)
    texts = generated_sentences(count, seed)
    return [make_clip(t, *voice_params(rng, voices), rng, augment)
            for t in tqdm(texts, desc="synthesizing", disable=not progress, unit="clip")]


@dataclass(frozen=True)
class TrainingSet:
    clips: list[Clip]
    weights: np.ndarray  # (len(clips),) sampling probability of each clip, sums to 1
    counts: tuple[int, int, int]  # clips from espeak-ng, Festival, real speech


def festival_dataset(per_voice: int, seed: int, augment: Augment | None = DEFAULT_AUGMENT,
                     progress: bool = True) -> list[Clip]:
    """Generated sentences (other than espeak-ng's) in each Festival voice, rate 0.8–1.3×."""
    from tqdm import tqdm

    from photocall.sender.motion.dsp import resample
    from photocall.sender.motion.festival import VOICES, synthesize_batch

    rng = np.random.default_rng(seed + 100)
    clips = []
    for v, voice in enumerate(tqdm(VOICES, desc="festival", disable=not progress, unit="voice")):
        texts = generated_sentences(per_voice, seed + 101 + v)
        stretch = [float(x) for x in rng.uniform(0.8, 1.3, per_voice)]
        for speech in synthesize_batch(texts, voice, stretch):
            clips.append(clip_from_speech(resample(speech.pcm, speech.sample_rate), speech.phones,
                                          rng, augment))
    return clips


def real_dataset(copies: int, seed: int, augment: Augment | None = DEFAULT_AUGMENT,
                 progress: bool = True, hold_out_validation: bool = False) -> list[Clip]:
    """The train split of the Asterisk prompts (never the dev split, never the reserved ones;
    without its validation prompts if ``hold_out_validation``), force-aligned, each in
    ``copies`` augmented versions."""
    from tqdm import tqdm

    from photocall.sender.motion.align import Aligner
    from photocall.sender.motion.audio_io import load_audio
    from photocall.sender.motion.config import FEATURE_RATE
    from photocall.sender.motion.prompts import split, usable_prompts

    rng = np.random.default_rng(seed + 200)
    aligner, clips = Aligner(), []
    train_prompts, _ = split(usable_prompts())
    for prompt in tqdm(train_prompts, desc="real speech", disable=not progress, unit="prompt"):
        pcm, _ = load_audio(prompt.path, FEATURE_RATE)
        phones = aligner.align(pcm, prompt.text)
        if phones is None:
            continue
        made = [replace(clip_from_speech(pcm, tuple(phones), rng, augment), name=prompt.name)
                for _ in range(copies)]
        if not (hold_out_validation and prompt.validation):  # made anyway: the same draws follow
            clips += made
    return clips


def make_training_set(config: TrainConfig, progress: bool = True) -> TrainingSet:
    parts = [make_dataset(config.clips, config.seed, progress=progress),
             festival_dataset(config.festival_clips, config.seed, progress=progress)
             if config.festival_clips else [],
             real_dataset(config.real_copies, config.seed, progress=progress,
                          hold_out_validation=config.hold_out_validation)
             if config.real_copies else []]
    share = np.array([m if part else 0.0 for m, part in zip(config.mix, parts)])
    share /= share.sum()
    weights = np.concatenate([np.full(len(part), s / len(part)) for s, part in zip(share, parts)
                              if part])
    return TrainingSet([c for part in parts for c in part], weights / weights.sum(),
                       tuple(len(part) for part in parts))  # type: ignore[arg-type]


def _batch(clips: list[Clip], rng: np.random.Generator, size: int, crop: int,
           weights: np.ndarray | None = None) -> tuple[torch.Tensor, ...]:
    """Random crops (clips drawn by ``weights``, else uniformly); shorter clips are padded with
    their last frame (silence)."""
    mels, mouths, labels, starts = [], [], [], []
    picks = (rng.integers(len(clips), size=size) if weights is None
             else rng.choice(len(clips), size=size, p=weights))
    for i in picks:
        c = clips[int(i)]
        # a quarter of the crops begin where the stream does, so the start is learned too
        start = 0 if rng.random() < 0.25 else int(rng.integers(max(1, len(c.features) - crop + 1)))
        starts.append(start)
        sl = slice(start, start + crop)
        m, w, v = c.features[sl], c.mouth[sl], c.visemes[sl]
        if len(m) < crop:
            extra = crop - len(m)
            m = np.concatenate([m, np.repeat(m[-1:], extra, 0)])
            w = np.concatenate([w, np.repeat(w[-1:], extra, 0)])
            v = np.concatenate([v, np.repeat(v[-1:], extra, 0)])
        mels.append(m.T), mouths.append(w.T), labels.append(v)
    return (torch.from_numpy(np.stack(mels)), torch.from_numpy(np.stack(mouths)),
            torch.from_numpy(np.stack(labels)), torch.tensor(starts) == 0)


def loss_fn(model: MouthTCN, mel: torch.Tensor, mouth: torch.Tensor, labels: torch.Tensor,
            at_start: torch.Tensor, viseme_weight: float, closure_weight: float = 1.0,
            silence_weight: float = 1.0, closure_class_weight: float = 1.0) -> torch.Tensor:
    """L1 on the mouth weights (``model.mouth``: what the predictor outputs, before its silence
    gate) + cross-entropy on the visemes, output shifted by the delay. The L1 of frames labelled
    p/b/m or silence counts ``closure_weight`` or ``silence_weight`` times, the cross-entropy of
    p/b/m frames ``closure_class_weight`` times.

    Every crop starts from the steady state of its first frame, as a stream does. That is the
    truth for crops at a clip's start (``at_start``); other crops begin mid-clip, so their first
    receptive field is left out of the loss."""
    d = model.config.delay
    out, _ = model(mel)
    skip = min(model.config.receptive_field, mel.shape[2] // 3)
    frames = mel.shape[2] - d
    mask = torch.ones(mel.shape[0], frames)
    mask[~at_start, :skip] = 0.0
    pred, _ = model.mouth(out[:, :, d:])
    labels = labels[:, :frames]
    weight = mask * (1.0 + (closure_weight - 1.0) * (labels == PP)
                     + (silence_weight - 1.0) * (labels == SIL))
    l1 = (torch.abs(pred - mouth[:, :, :frames]).mean(dim=1) * weight).sum() / weight.sum()
    classes = torch.ones(N_OUT - N_MOUTH)
    classes[PP] = closure_class_weight
    ce = F.cross_entropy(out[:, N_MOUTH:, d:], labels, weight=classes, reduction="none")
    ce = (ce * mask).sum() / mask.sum()
    return l1 * 10 + viseme_weight * ce


def train(config: TrainConfig, clips: list[Clip] | TrainingSet | None = None,
          progress: bool = True) -> tuple[MouthTCN, TrainResult]:
    """Train on ``clips`` (a list is sampled uniformly), or on ``make_training_set(config)``."""
    from tqdm import tqdm

    torch.set_num_threads(config.threads)
    torch.manual_seed(config.seed)
    t0 = time.perf_counter()
    if clips is None:
        clips = make_training_set(config, progress)
    weights = clips.weights if isinstance(clips, TrainingSet) else None
    counts = clips.counts if isinstance(clips, TrainingSet) else (len(clips),)
    clips = clips.clips if isinstance(clips, TrainingSet) else clips
    t1 = time.perf_counter()
    model = MouthTCN(config.model)
    feats = np.concatenate([c.features for c in clips])
    model.mean.copy_(torch.from_numpy(feats.mean(0)))
    model.std.copy_(torch.from_numpy(feats.std(0) + 1e-3))
    opt = torch.optim.AdamW(model.parameters(), lr=config.lr, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, config.lr, total_steps=config.steps,
                                                pct_start=0.1)
    rng = np.random.default_rng(config.seed + 1)
    losses, running = [], []
    interval = max(1, config.steps // 20)
    bar = tqdm(range(config.steps), desc="training", disable=not progress, unit="step")
    for step in bar:
        loss = loss_fn(model, *_batch(clips, rng, config.batch, config.crop, weights),
                       config.viseme_weight, config.closure_weight, config.silence_weight,
                       config.closure_class_weight)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        running.append(loss.item())
        if (step + 1) % interval == 0 or step + 1 == config.steps:
            losses.append((step + 1, float(np.mean(running))))
            bar.set_postfix(loss=f"{losses[-1][1]:.4f}")
            log.info("step %d loss %.4f", step + 1, losses[-1][1])
            running = []
    with torch.no_grad():
        model.out.bias[N_MOUTH + PP] += config.closure_logit_bias
    model.eval()
    hours = sum(len(c.audio) for c in clips) / 16000 / 3600
    return model, TrainResult(tuple(losses), t1 - t0, time.perf_counter() - t1, hours,
                              counts)


def save(model: MouthTCN, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save(model.checkpoint(), path)
