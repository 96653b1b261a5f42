"""Training targets: phones (espeak-ng mnemonics or ARPAbet) → Oculus visemes → ARKit mouth
weights, co-articulated.

Co-articulation follows Cohen & Massaro's dominance model: every phoneme segment pulls the mouth
toward its viseme pose with a dominance that peaks at the segment's centre and decays
exponentially with distance; the pose at time t is the dominance-weighted mean of the poses.
Lip-closing and lip-shaping visemes (PP, FF, ou, CH) dominate; tongue visemes (DD, kk, nn) let
the lips follow their neighbours. Silence dominates strongly so pauses close the mouth.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from photocall.sender.motion.align import ARPABET_VISEMES, SILENCE, Phone
from photocall.shared.motion import (
    BLENDSHAPE_INDEX,
    MOUTH_BLENDSHAPES,
    VISEME_INDEX,
    VISEME_POSES,
    VISEMES,
)

MOUTH_INDEX = np.array([BLENDSHAPE_INDEX[n] for n in MOUTH_BLENDSHAPES])

# Where the targets leave the shared viseme table: ARKit face capture of speech shows bilabials
# with the lips pressed and rolled in (closure shapes near 0.5, jaw nearly shut) and mid vowels
# opening the jaw further; the table's softer PP pose trained a model that missed half the
# closures on real speech.
CAPTURE_POSES: dict[str, dict[str, float]] = {
    "PP": {"jawOpen": 0.03, "mouthClose": 0.03, "mouthPressLeft": 0.5, "mouthPressRight": 0.5,
           "mouthRollLower": 0.55, "mouthRollUpper": 0.4},
    "E": {"jawOpen": 0.4},
    "oh": {"jawOpen": 0.4, "mouthFunnel": 0.6, "mouthPucker": 0.35},
}


def _mouth_poses() -> np.ndarray:
    poses = VISEME_POSES[:, MOUTH_INDEX].copy()
    for viseme, shapes in CAPTURE_POSES.items():
        if viseme == "PP":
            poses[VISEME_INDEX[viseme]] = 0.0  # replaced whole, not merged
        for name, value in shapes.items():
            poses[VISEME_INDEX[viseme], MOUTH_BLENDSHAPES.index(name)] = value
    return poses


MOUTH_POSES = _mouth_poses()  # (15, 28)

# Shapes with a pose of their own but another viseme's label (the classifier keeps 15 classes).
# "ao": American English AO ("thought", "call", "all", "for") is an open back vowel with at most
# slight rounding; ARKit capture shows the jaw open and little funnel or pucker, far below the
# rounded oh/ou (funnel + pucker 0.95 / 1.1). As the rounded oh it taught the model to round an
# open vowel (the targets themselves scored 0.93 on rounded vs open phones).
EXTRA_SHAPES: dict[str, tuple[str, dict[str, float]]] = {
    "ao": ("aa", {"jawOpen": 0.5, "mouthLowerDownLeft": 0.25, "mouthLowerDownRight": 0.25,
                  "mouthFunnel": 0.12, "mouthPucker": 0.05}),
}
SHAPES = (*VISEMES, *EXTRA_SHAPES)
"""Every target shape: the 15 visemes, then EXTRA_SHAPES; ``Segment.shape`` indexes it."""
SHAPE_LABEL = np.array([*range(len(VISEMES)), *(VISEME_INDEX[v] for v, _ in EXTRA_SHAPES.values())])


def _extra_poses() -> np.ndarray:
    poses = np.zeros((len(EXTRA_SHAPES), len(MOUTH_BLENDSHAPES)))
    for i, (_, shapes) in enumerate(EXTRA_SHAPES.values()):
        for name, value in shapes.items():
            poses[i, MOUTH_BLENDSHAPES.index(name)] = value
    return poses


SHAPE_POSES = np.concatenate([MOUTH_POSES, _extra_poses()])  # (len(SHAPES), 28)
_SHAPE_INDEX = {name: i for i, name in enumerate(SHAPES)}
# CMUdict/Festival phones whose target shape differs from their viseme in align.ARPABET_VISEMES
# (that table also groups phones for the figures, where AO stays with the rounded oh viseme class)
ARPABET_SHAPES: dict[str, tuple[str, ...]] = {"AO": ("ao",)}

# espeak-ng English mnemonics (stress and length marks stripped) → viseme; a pair is a diphthong
# whose second half moves to the second viseme.
_PHONEME_VISEMES: dict[str, tuple[str, ...]] = {
    "_": ("sil",), "p": ("PP",), "b": ("PP",), "m": ("PP",), "f": ("FF",), "v": ("FF",),
    "T": ("TH",), "D": ("TH",), "t": ("DD",), "d": ("DD",), "?": ("DD",), "k": ("kk",),
    "g": ("kk",), "N": ("kk",), "x": ("kk",), "tS": ("CH",), "dZ": ("CH",), "S": ("CH",),
    "Z": ("CH",), "s": ("SS",), "z": ("SS",), "n": ("nn",), "l": ("nn",), "r": ("RR",),
    "3": ("RR",), "w": ("ou",), "j": ("ih",),
    "a": ("aa",), "aa": ("aa",), "a#": ("aa",), "A": ("aa",), "V": ("aa",), "aI": ("aa", "ih"),
    "aU": ("aa", "ou"), "A@": ("aa", "RR"), "aI@": ("aa", "E"), "aI3": ("aa", "RR"),
    "e": ("E",), "E": ("E",), "@": ("E",), "e@": ("E", "RR"), "eI": ("E", "ih"), "@L": ("E", "nn"),
    "I": ("ih",), "i": ("ih",), "i@": ("ih", "E"), "i@3": ("ih", "RR"), "I#": ("ih",),
    "0": ("ao",), "O": ("ao",), "O@": ("ao", "RR"), "o@": ("ao", "RR"), "oU": ("oh", "ou"),
    "OI": ("oh", "ih"), "o": ("oh",), "u": ("ou",), "U": ("ou",), "U@": ("ou", "RR"),
}  # fmt: skip

# Dominance strength and time constant (s) per viseme. p/b/m and silence dominate hard: the lips
# must meet at the centre of even a 40 ms closure (with 3.0 the targets themselves closed only 90 %
# of the aligned p/b/m of real speech) and shut soon after speech ends.
_STRENGTH = {"sil": 6.0, "PP": 8.0, "FF": 2.5, "TH": 1.2, "DD": 0.6, "kk": 0.5, "CH": 2.0,
             "SS": 1.2, "nn": 0.6, "RR": 1.5, "aa": 1.3, "E": 1.0, "ih": 1.0, "oh": 1.5,
             "ou": 2.0, "ao": 1.3}  # fmt: skip
_TAU = 0.035
# A p/b/m holds the closed pose, and its label, over its whole segment and at least this long
# around its centre: the aligner gives short bilabials 20–40 ms, and the dominance blend alone
# left them half open (neighbours' pull), so the model learned to half-close them.
CLOSURE_HOLD_S = 0.05


def phoneme_visemes(phoneme: str) -> tuple[str, ...]:
    """The viseme(s) of one espeak-ng mnemonic; unknown ones fall back on their first letter."""
    core = phoneme.strip("',%=").replace(":", "").replace(";", "")
    if core.startswith("_") or not core:
        return ("sil",)
    for cut in range(len(core), 0, -1):
        if core[:cut] in _PHONEME_VISEMES:
            return _PHONEME_VISEMES[core[:cut]]
    return ("E",) if core[0] in "aeiouAEIOU0@" else ("DD",)


@dataclass(frozen=True)
class Segment:
    start: float  # s
    end: float  # s
    viseme: int  # the label (index into VISEMES)
    shape: int = -1  # the target pose (index into SHAPES); -1: the viseme's own

    @property
    def pose(self) -> int:
        return self.viseme if self.shape < 0 else self.shape


def _segment(start: float, end: float, name: str) -> Segment:
    shape = _SHAPE_INDEX[name]
    return Segment(start, end, int(SHAPE_LABEL[shape]), shape if shape >= len(VISEMES) else -1)


def viseme_segments(events: list[tuple[float, tuple[str, ...]]], duration: float) -> list[Segment]:
    """Segments from ``(start_s, visemes)`` events, each lasting until the next; a diphthong's
    visemes split its time evenly. Time before the first event is silence."""
    out: list[Segment] = []
    if not events or events[0][0] > 0:
        out.append(Segment(0.0, events[0][0] if events else duration, VISEME_INDEX["sil"]))
    for i, (start, names) in enumerate(events):
        end = events[i + 1][0] if i + 1 < len(events) else duration
        if end <= start:
            continue
        cut = np.linspace(start, end, len(names) + 1)
        out += [_segment(cut[k], cut[k + 1], n) for k, n in enumerate(names)]
    return out


def segments(phonemes: tuple[tuple[int, str], ...], duration: float) -> list[Segment]:
    """Viseme segments from espeak-ng ``(start_ms, phoneme)`` events; gaps are silence."""
    events = []
    for i, (ms, phoneme) in enumerate(phonemes):
        names = phoneme_visemes(phoneme)
        if phoneme.lstrip("',%=").startswith("h") and i + 1 < len(phonemes):
            names = phoneme_visemes(phonemes[i + 1][1])[:1]  # /h/ takes the next vowel's shape
        events.append((ms / 1000.0, names))
    return viseme_segments(events, duration)


def phone_segments(phones: tuple[Phone, ...] | list[Phone], duration: float) -> list[Segment]:
    """Viseme segments from ARPAbet phones (aligner or Festival); /h/ takes the next phone's shape."""
    events = []
    for i, p in enumerate(phones):
        if p.name == "HH":
            after = phones[i + 1].name if i + 1 < len(phones) else SILENCE
            names = ARPABET_SHAPES.get(after, ARPABET_VISEMES.get(after, ("sil",)))[:1]
        else:
            names = ARPABET_SHAPES.get(p.name, ARPABET_VISEMES[p.name])
        events.append((p.start, names))
    return viseme_segments(events, duration)


def frame_targets(segs: list[Segment], times: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(len(times), 28) float32 co-articulated mouth weights and (len(times),) int64 viseme labels."""
    labels = np.zeros(len(times), np.int64)
    num = np.zeros((len(times), MOUTH_POSES.shape[1]))
    den = np.full(len(times), 1e-9)
    for seg in segs:
        inside = (times >= seg.start) & (times < seg.end)
        labels[inside] = seg.viseme
        name = SHAPES[seg.pose]
        half = (seg.end - seg.start) / 2
        dist = np.maximum(np.abs(times - (seg.start + half)) - half, 0.0)  # 0 inside the segment
        dom = _STRENGTH[name] * np.exp(-dist / _TAU) * min(1.0, 0.5 + half / 0.05)
        num += dom[:, None] * SHAPE_POSES[seg.pose][None, :]
        den += dom
    mouth = num / den[:, None]
    closed = VISEME_INDEX["PP"]
    for seg in segs:
        if seg.viseme == closed:
            centre, half = (seg.start + seg.end) / 2, max(seg.end - seg.start, CLOSURE_HOLD_S) / 2
            held = (times >= centre - half) & (times < centre + half)
            mouth[held], labels[held] = MOUTH_POSES[closed], closed
    return mouth.astype(np.float32), labels
