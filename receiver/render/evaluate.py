"""``photocall eval-render``: how the renderer holds up on a photo, measured on its own output.

Each photo is rendered through the standard sweep (neutral, a jawOpen ramp, each blink, yaw +/-,
smile, pucker, neutral again); the face landmarker runs on every rendered frame, and the figures
below are read off its landmarks, never off the rig's own (which would only check the rig
against itself):

- lip gap at rest: inner-lip gap (lip centres, landmarks 13-14) at all-zero weights, in face
  heights (forehead to chin, 10-152). All-zero is ARKit's neutral face: lips together, whatever
  the photo shows.
- jaw rank: Spearman's rho of the lip gap against the commanded jawOpen over the ramp.
- blink: the commanded eye's aspect ratio drop at eyeBlink* = 1, and the other eye's change.
- yaw: the nose tip moves toward image right at yaw > 0 and left at yaw < 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .photo import PreparedPhoto
from .rig import (
    CHIN,
    EYE_CORNERS,
    EYE_LOWER,
    EYE_UPPER,
    FOREHEAD,
    LOWER_LIP_BOTTOM,
    LOWER_LIP_CENTRE,
    MOUTH_CORNER,
    NOSE_TIP,
    UPPER_LIP_CENTRE,
    UPPER_LIP_TOP,
)

JAW_RAMP = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
YAW = 0.3
# eye landmarks: three lid pairs (upper, lower) around the middle and the corners (outer,
# inner), per the subject's side; the subject's left eye is on the image right
EYE_PAIRS = {
    "left": (*zip(EYE_UPPER["L"][4:1:-1], EYE_LOWER["L"][4:1:-1]), EYE_CORNERS["L"]),
    "right": (*zip(EYE_UPPER["R"][2:5], EYE_LOWER["R"][2:5]), EYE_CORNERS["R"]),
}


@dataclass(frozen=True)
class Goals:
    rest_gap: float = 0.02  # at most, in face heights
    jaw_rank: float = 0.9  # Spearman's rho, at least
    blink_drop: float = 0.6  # the commanded eye's aspect ratio falls by at least this
    other_eye: float = 0.25  # the other eye's aspect ratio changes by at most this


@dataclass(frozen=True)
class Sweep:
    """The standard sweep: (label, {blendshape or head field: value}), in render order."""

    entries: tuple[tuple[str, dict[str, float]], ...] = (
        ("neutral", {}),
        *((f"jawOpen {v:g}", {"jawOpen": v}) for v in JAW_RAMP[1:]),
        ("blinkLeft", {"eyeBlinkLeft": 1.0}),
        ("blinkRight", {"eyeBlinkRight": 1.0}),
        (f"yaw +{YAW:g}", {"yaw": YAW}),
        (f"yaw -{YAW:g}", {"yaw": -YAW}),
        ("smile", {"mouthSmileLeft": 1.0, "mouthSmileRight": 1.0}),
        ("pucker", {"mouthPucker": 1.0}),
        ("neutral again", {}),
    )


@dataclass(frozen=True)
class PhotoFigures:
    """What the landmarker saw on one photo's sweep. NaN where it found no face."""

    name: str
    rest_gap: float  # face heights
    jaw_rank: float  # Spearman's rho over JAW_RAMP
    jaw_gaps: tuple[float, ...]  # lip gap (face heights) at each JAW_RAMP value
    blink_left: float  # eye-aspect drop of the left eye at eyeBlinkLeft = 1 (0.6 = 60 %)
    blink_left_other: float  # |change| of the right eye then
    blink_right: float
    blink_right_other: float
    nose_shift: tuple[float, float]  # nose x at yaw +/- minus at neutral, in face heights
    faces_found: int
    frames: int

    def checks(self, goals: Goals = Goals()) -> dict[str, bool]:
        return {
            "rest gap": self.rest_gap <= goals.rest_gap,
            "jaw rank": self.jaw_rank >= goals.jaw_rank,
            "blink L": self.blink_left >= goals.blink_drop,
            "other L": self.blink_left_other <= goals.other_eye,
            "blink R": self.blink_right >= goals.blink_drop,
            "other R": self.blink_right_other <= goals.other_eye,
            "yaw sign": self.nose_shift[0] > 0 > self.nose_shift[1],
            "faces": self.faces_found == self.frames,
        }

    def passed(self, goals: Goals = Goals()) -> bool:
        return all(self.checks(goals).values())


@dataclass
class SweepResult:
    figures: PhotoFigures
    frames: list[np.ndarray] = field(repr=False)
    landmarks: list[np.ndarray | None] = field(repr=False)


def spearman(x, y) -> float:
    """Spearman's rank correlation (average ranks for ties); NaN if either side is constant."""

    def ranks(v: np.ndarray) -> np.ndarray:
        order = np.argsort(v, kind="stable")
        r = np.empty(len(v))
        r[order] = np.arange(len(v), dtype=float)
        for value in np.unique(v):  # ties share their mean rank
            tie = v == value
            r[tie] = r[tie].mean()
        return r

    a, b = ranks(np.asarray(x, float)), ranks(np.asarray(y, float))
    if np.ptp(a) == 0 or np.ptp(b) == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def eye_aspect(points: np.ndarray, side: str) -> float:
    *pairs, (outer, inner) = EYE_PAIRS[side]
    height = np.mean([np.linalg.norm(points[u, :2] - points[v, :2]) for u, v in pairs])
    return float(height / np.linalg.norm(points[outer, :2] - points[inner, :2]))


def _largest(faces: list[np.ndarray]) -> np.ndarray | None:
    return max(faces, key=lambda f: float(np.ptp(f[:, 0]))) if faces else None


def run_sweep(renderer, name: str, landmarker=None, sweep: Sweep = Sweep()) -> SweepResult:
    """Render the sweep with ``renderer`` and measure it with ``landmarker``."""
    from photocall.shared.landmarks import default_landmarker

    from .sheet import motion_arrays

    landmarker = landmarker or default_landmarker()
    frames = [renderer.render(*motion_arrays(values)) for _, values in sweep.entries]
    found = [_largest(landmarker.detect(frame)) for frame in frames]
    by_label = dict(zip((label for label, _ in sweep.entries), found))
    nan = float("nan")
    neutral = by_label["neutral"]

    def gap(points: np.ndarray | None) -> float:
        if points is None or neutral is None:
            return nan
        height = np.linalg.norm(neutral[CHIN, :2] - neutral[FOREHEAD, :2])
        lips = points[LOWER_LIP_CENTRE, :2] - points[UPPER_LIP_CENTRE, :2]
        return float(np.linalg.norm(lips) / height)

    def eye_change(label: str, side: str) -> float:
        points = by_label[label]
        if points is None or neutral is None:
            return nan
        return 1.0 - eye_aspect(points, side) / eye_aspect(neutral, side)

    jaw_gaps = [gap(by_label["neutral" if v == 0 else f"jawOpen {v:g}"]) for v in JAW_RAMP]
    shifts = []
    for label in (f"yaw +{YAW:g}", f"yaw -{YAW:g}"):
        points = by_label[label]
        if points is None or neutral is None:
            shifts.append(nan)
            continue
        height = np.linalg.norm(neutral[CHIN, :2] - neutral[FOREHEAD, :2])
        shifts.append(float((points[NOSE_TIP, 0] - neutral[NOSE_TIP, 0]) / height))
    figures = PhotoFigures(
        name=name,
        rest_gap=gap(neutral),
        jaw_rank=spearman(JAW_RAMP, jaw_gaps) if not np.isnan(jaw_gaps).any() else nan,
        jaw_gaps=tuple(jaw_gaps),
        blink_left=eye_change("blinkLeft", "left"),
        blink_left_other=abs(eye_change("blinkLeft", "right")),
        blink_right=eye_change("blinkRight", "right"),
        blink_right_other=abs(eye_change("blinkRight", "left")),
        nose_shift=(shifts[0], shifts[1]),
        faces_found=sum(f is not None for f in found),
        frames=len(frames),
    )
    return SweepResult(figures, frames, found)


def evaluate_photo(
    source: bytes | str | Path, name: str, size: int = 256, backend: str = "torch"
) -> tuple[SweepResult, PreparedPhoto]:
    """Prepare ``source``, build a renderer and run the sweep: (result, prepared photo)."""
    from . import create_renderer, prepare_photo

    prepared = prepare_photo(source, size)
    renderer = create_renderer(prepared, backend)
    return run_sweep(renderer, name), prepared


# -- the pictures ---------------------------------------------------------------------------


def _labelled(image: np.ndarray, label: str, cell: int) -> np.ndarray:
    from PIL import Image, ImageDraw

    tile = Image.fromarray(image)
    if tile.size != (cell, cell):
        tile = tile.resize((cell, cell), Image.Resampling.NEAREST)
    draw = ImageDraw.Draw(tile)
    draw.rectangle((0, 0, cell, 12), fill=(0, 0, 0))
    draw.text((2, 0), label, fill=(255, 255, 255))
    return np.asarray(tile)


def _crop_box(points: np.ndarray, group: tuple[int, ...], margin: float, size: int):
    """A square (x0, y0, side) around landmark ``group`` plus ``margin`` of its width."""
    pts = points[list(group), :2]
    lo, hi = pts.min(0), pts.max(0)
    side = float(max(hi - lo) * (1 + 2 * margin))
    cx, cy = (lo + hi) / 2
    side = min(side, size)
    x0 = int(np.clip(round(cx - side / 2), 0, size - side))
    y0 = int(np.clip(round(cy - side / 2), 0, size - side))
    return x0, y0, round(side)


MOUTH_GROUP = (*MOUTH_CORNER.values(), UPPER_LIP_TOP, LOWER_LIP_BOTTOM, UPPER_LIP_CENTRE,
               LOWER_LIP_CENTRE)  # fmt: skip
# the outer eye corners and the lids' middles
EYES_GROUP = (
    *(EYE_CORNERS[s][0] for s in "RL"),
    *(lid[s][3] for lid in (EYE_UPPER, EYE_LOWER) for s in "RL"),
)
MOUTH_CROPS = ("neutral", "jawOpen 0.2", "jawOpen 0.4", "jawOpen 0.6", "jawOpen 1", "smile")
EYE_CROPS = ("neutral", "blinkLeft", "blinkRight")


def contact_sheet(result: SweepResult, rest_points: np.ndarray, sweep: Sweep = Sweep()):
    """(H, W, 3) uint8: the sweep's frames in a row, then 4x crops of the mouth and the eyes.
    ``rest_points``: the prepared photo's landmarks (crop pixels), to place the crops."""
    labels = [label for label, _ in sweep.entries]
    size = result.frames[0].shape[0]
    cell = 160
    width = 7 * cell  # sweep frames per row
    strip = np.concatenate(
        [_labelled(f, label, cell) for f, label in zip(result.frames, labels)], 1
    )
    # crops: the mouth (with room for the open jaw below it) and both eyes, each at 4x
    mx, my, ms = _crop_box(rest_points, MOUTH_GROUP, 0.25, size)
    my = min(my + ms // 6, size - ms)
    ex, ey, es = _crop_box(rest_points, EYES_GROUP, 0.08, size)
    eh = max(8, es // 3)
    ey = int(np.clip(ey + es // 2 - eh // 2, 0, size - eh))
    from PIL import Image

    mouth_tiles = []
    for label in MOUTH_CROPS:
        frame = result.frames[labels.index(label)]
        crop = Image.fromarray(frame[my : my + ms, mx : mx + ms]).resize(
            (4 * ms, 4 * ms), Image.Resampling.NEAREST
        )
        mouth_tiles.append(_labelled(np.asarray(crop), f"4x {label}", 4 * ms))
    eye_tiles = []
    for label in EYE_CROPS:
        frame = result.frames[labels.index(label)]
        crop = Image.fromarray(frame[ey : ey + eh, ex : ex + es]).resize(
            (4 * es, 4 * eh), Image.Resampling.NEAREST
        )
        eye_tiles.append(np.asarray(crop))
    rows = [strip[:, start : start + width] for start in range(0, strip.shape[1], width)]
    rows += [np.concatenate(mouth_tiles, 1), np.concatenate(eye_tiles, 1)]
    width = max(r.shape[1] for r in rows)
    rows = [np.pad(r, ((0, 0), (0, width - r.shape[1]), (0, 0))) for r in rows]
    return np.concatenate(rows, 0)


# -- the table ------------------------------------------------------------------------------


def format_table(figures: list[PhotoFigures], goals: Goals = Goals()) -> str:
    head = (
        f"{'photo':<14} {'rest gap':>9} {'jaw rho':>8} {'blink L':>8} {'other':>6} "
        f"{'blink R':>8} {'other':>6} {'nose +/-':>13} {'faces':>6}  result"
    )
    lines = [
        head,
        (
            f"{'goal':<14} {'<=' + format(goals.rest_gap, '.3f'):>9} "
            f"{'>=' + format(goals.jaw_rank, '.2f'):>8} {'>=' + format(goals.blink_drop, '.0%'):>8} "
            f"{'<=' + format(goals.other_eye, '.0%'):>6} {'>=' + format(goals.blink_drop, '.0%'):>8} "
            f"{'<=' + format(goals.other_eye, '.0%'):>6} {'+ / -':>13} {'all':>6}"
        ),
    ]
    for f in figures:
        checks = f.checks(goals)
        failed = [k for k, ok in checks.items() if not ok]
        lines.append(
            f"{f.name:<14} {f.rest_gap:>9.3f} {f.jaw_rank:>8.2f} {f.blink_left:>8.0%} "
            f"{f.blink_left_other:>6.0%} {f.blink_right:>8.0%} {f.blink_right_other:>6.0%} "
            f"{f.nose_shift[0]:>+6.3f}/{f.nose_shift[1]:<+6.3f} "
            f"{f.faces_found:>2}/{f.frames:<3}  "
            + ("pass" if not failed else "FAIL: " + ", ".join(failed))
        )
    return "\n".join(lines)
