"""Lip sync on real recorded speech, scored phone by phone against a forced alignment.

Every aligned phone is scored once, at its centre (the 10 ms frame nearest to it), pooled over
clips. The figures:

- ``bilabial_closed``: share of p/b/m where the lips are shut — jawOpen below the clip's median
  over speech phones *and* a closure shape (mouthClose, mouthPress*, mouthRoll*) ≥ 0.15, or
  jawOpen < 0.08 outright;
- ``auc_open_vs_bilabial``: AUC of jawOpen separating open vowels from p/b/m;
- ``auc_rounded_vs_open``: AUC of mouthFunnel + mouthPucker separating rounded phones from open
  vowels;
- ``silence_closed``: share of silent 10 ms frames (outside every phone) with jawOpen < 0.05;
  ``silence_interior_closed`` the same more than 100 ms from speech;
- per viseme (first viseme of each phone): median jawOpen and closure, and counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from photocall.sender.motion.align import (
    ARPABET_VISEMES,
    BILABIALS,
    OPEN_VOWELS,
    ROUNDED,
    SILENCE,
    Aligner,
    Phone,
)
from photocall.sender.motion.config import FEATURE_RATE
from photocall.sender.motion.prompts import Prompt

CLOSURE_SHAPES = ("mouthClose", "mouthPressLeft", "mouthPressRight", "mouthRollLower",
                  "mouthRollUpper")
ROUND_SHAPES = ("mouthFunnel", "mouthPucker")
CLOSED_JAW, CLOSURE_MIN, SILENT_JAW = 0.08, 0.15, 0.05
PAD_S = 0.3  # digital silence around each prompt (the recordings are trimmed to the speech)


@dataclass(frozen=True)
class RealClip:
    name: str
    audio: np.ndarray  # (n,) float32 at 16 kHz, padded with PAD_S of zeros each side
    phones: tuple[Phone, ...]  # on the padded clip's time axis, covering all of it


@dataclass(frozen=True)
class MouthTrack:
    """What is scored, at 100 Hz (frame i ↔ i·10 ms): (T,) each."""

    jaw: np.ndarray
    closure: np.ndarray  # max over CLOSURE_SHAPES
    rounding: np.ndarray  # mouthFunnel + mouthPucker

    @classmethod
    def from_weights(cls, weights: np.ndarray, names: tuple[str, ...]) -> MouthTrack:
        """(T, len(names)) weights named by ``names`` (shapes not named count as 0)."""
        col = {n: i for i, n in enumerate(names)}
        zero = np.zeros(len(weights), np.float32)

        def get(name: str) -> np.ndarray:
            return weights[:, col[name]] if name in col else zero

        return cls(get("jawOpen"), np.max([get(n) for n in CLOSURE_SHAPES], axis=0),
                   sum((get(n) for n in ROUND_SHAPES), zero))


@dataclass(frozen=True)
class RealScores:
    bilabial_closed: float
    auc_open_vs_bilabial: float
    auc_rounded_vs_open: float
    silence_closed: float
    silence_interior_closed: float
    open_jaw_median: float
    counts: dict[str, int]  # bilabial, open, rounded, silent_frames
    per_viseme: dict[str, tuple[float, float, int]] = field(default_factory=dict)
    """viseme → (median jawOpen, median closure, phones)."""


def load_clips(prompts: list[Prompt], aligner: Aligner) -> tuple[list[RealClip], list[str]]:
    """Decode and align; returns the clips and the names that would not align."""
    from photocall.sender.motion.audio_io import load_audio

    clips, failed = [], []
    pad = np.zeros(int(PAD_S * FEATURE_RATE), np.float32)
    for prompt in prompts:
        pcm, _ = load_audio(prompt.path, FEATURE_RATE)
        phones = aligner.align(pcm, prompt.text)
        if phones is None:
            failed.append(prompt.name)
            continue
        audio = np.concatenate([pad, pcm, pad])
        shifted = [Phone(0.0, PAD_S, SILENCE)]
        shifted += [Phone(p.start + PAD_S, p.end + PAD_S, p.name) for p in phones]
        shifted.append(Phone(phones[-1].end + PAD_S, len(audio) / FEATURE_RATE, SILENCE))
        clips.append(RealClip(prompt.name, audio, tuple(_merge_silence(shifted))))
    return clips, failed


def _merge_silence(phones: list[Phone]) -> list[Phone]:
    out: list[Phone] = []
    for p in phones:
        if p.end <= p.start:
            continue
        if out and p.name == SILENCE and out[-1].name == SILENCE:
            out[-1] = Phone(out[-1].start, p.end, SILENCE)
        else:
            out.append(p)
    return out


def auc(pos: np.ndarray, neg: np.ndarray) -> float:
    """P(a positive scores above a negative), ties counting half (Mann–Whitney)."""
    if not len(pos) or not len(neg):
        return float("nan")
    pos, neg = np.asarray(pos, np.float64)[:, None], np.asarray(neg, np.float64)[None, :]
    return float(np.mean((pos > neg) + 0.5 * (pos == neg)))


def silence_mask(phones: tuple[Phone, ...], frames: int, margin: int = 0) -> np.ndarray:
    """(frames,) True where frame i (time i·10 ms) is silent and over ``margin`` frames from
    any speech phone."""
    t = np.arange(frames) / 100.0
    speech = np.zeros(frames, bool)
    for p in phones:
        if p.name != SILENCE:
            speech |= (t >= p.start) & (t < p.end)
    if margin:
        speech = np.convolve(speech, np.ones(2 * margin + 1), mode="same") > 0
    return ~speech


def score(clips: list[RealClip], tracks: list[MouthTrack]) -> RealScores:
    """Pool phone-centre samples over clips (``tracks[i]`` belongs to ``clips[i]``)."""
    samples: dict[str, list[tuple[float, float, float, bool]]] = {}
    silent, interior = [], []
    for clip, track in zip(clips, tracks):
        n = len(track.jaw)
        speech = [p for p in clip.phones if p.name != SILENCE]
        centres = [min(n - 1, round(p.centre * 100)) for p in speech]
        median = float(np.median(track.jaw[centres])) if centres else 0.0
        for p, i in zip(speech, centres):
            below = track.jaw[i] < median
            samples.setdefault(p.name, []).append(
                (float(track.jaw[i]), float(track.closure[i]), float(track.rounding[i]), below))
        silent.append(track.jaw[silence_mask(clip.phones, n)])
        interior.append(track.jaw[silence_mask(clip.phones, n, 10)])

    def pick(names: frozenset[str], column: int) -> np.ndarray:
        return np.array([s[column] for name in names for s in samples.get(name, [])])

    bil = [s for name in BILABIALS for s in samples.get(name, [])]
    closed = [(jaw < CLOSED_JAW) or (below and closure >= CLOSURE_MIN)
              for jaw, closure, _, below in bil]
    open_jaw, bil_jaw = pick(OPEN_VOWELS, 0), pick(BILABIALS, 0)
    per_viseme: dict[str, list[tuple[float, float]]] = {}
    for name, rows in samples.items():
        viseme = ARPABET_VISEMES[name][0] if name in ARPABET_VISEMES else name.lower()
        per_viseme.setdefault(viseme, []).extend((r[0], r[1]) for r in rows)
    sil, inner = np.concatenate(silent), np.concatenate(interior)
    return RealScores(
        bilabial_closed=float(np.mean(closed)) if closed else float("nan"),
        auc_open_vs_bilabial=auc(open_jaw, bil_jaw),
        auc_rounded_vs_open=auc(pick(ROUNDED, 2), pick(OPEN_VOWELS, 2)),
        silence_closed=float(np.mean(sil < SILENT_JAW)) if len(sil) else float("nan"),
        silence_interior_closed=float(np.mean(inner < SILENT_JAW)) if len(inner) else float("nan"),
        open_jaw_median=float(np.median(open_jaw)) if len(open_jaw) else float("nan"),
        counts={"bilabial": len(bil), "open": len(open_jaw), "rounded": len(pick(ROUNDED, 2)),
                "silent_frames": len(sil)},
        per_viseme={v: (float(np.median([r[0] for r in rows])), float(np.median([r[1] for r in rows])),
                        len(rows)) for v, rows in sorted(per_viseme.items())},
    )
