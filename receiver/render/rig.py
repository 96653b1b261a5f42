"""The rig: the 52 ARKit blendshapes as landmark displacements, a jaw hinge and a neck pivot.

Coordinates are normalized like ``grid_sample``'s (align_corners=False): u = 2x/S - 1 for pixel x
of an S-pixel crop, the same for y; z (away from the camera) shares the scale. Displacements are
built in a face frame measured on the photo (ex toward the subject's left = image right, ey down,
ez away from the camera) and sized in face widths, so they fit any face.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from photocall.shared.landmarks import NOSE_TIP, NUM_LANDMARKS
from photocall.shared.motion import ARKIT_BLENDSHAPES, BLENDSHAPE_INDEX, NUM_BLENDSHAPES

if TYPE_CHECKING:  # photo.py imports the landmark names below
    from .photo import PreparedPhoto

# MediaPipe face mesh ids (NOSE_TIP and NUM_LANDMARKS: shared/landmarks.py). "Left"/"right"
# ("L"/"R") are the subject's (left = image right).
FOREHEAD = 10  # the top of the face oval, at the middle
CHIN = 152  # the bottom of the face oval
FACE_EDGE = {"R": 234, "L": 454}  # the face oval's outermost points, beside the eyes
UPPER_LIP_CENTRE = 13  # inner contour, at the middle
LOWER_LIP_CENTRE = 14
UPPER_LIP_TOP = 0  # outer contour, at the middle
LOWER_LIP_BOTTOM = 17
MOUTH_CORNER = {"R": 61, "L": 291}  # outer contour
INNER_MOUTH_CORNER = {"R": 78, "L": 308}
OUTER_EYE_CORNER = {"R": 33, "L": 263}
INNER_EYE_CORNER = {"R": 133, "L": 362}
BROW_ABOVE_EYE = {"R": 105, "L": 334}  # the brow point above the middle of the eye
NOSE_BASE = (2, 94)  # under the tip, above the upper lip
CHIN_POINTS = (152, 148, 377, 176, 400, 199, 175)
# groups
UPPER_OUTER = (61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291)
LOWER_OUTER = (61, 146, 91, 181, 84, 17, 314, 405, 321, 375, 291)
UPPER_INNER = (78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308)
LOWER_INNER = (78, 95, 88, 178, 87, 14, 317, 402, 318, 324, 308)
MOUTH_CORNERS = (*MOUTH_CORNER.values(), *INNER_MOUTH_CORNER.values())  # R, L outer; R, L inner
# each lid from the outer to the inner corner, corners excluded
EYE_UPPER = {"R": (246, 161, 160, 159, 158, 157, 173), "L": (466, 388, 387, 386, 385, 384, 398)}
EYE_LOWER = {"R": (7, 163, 144, 145, 153, 154, 155), "L": (249, 390, 373, 374, 380, 381, 382)}
EYE_CORNERS = {side: (OUTER_EYE_CORNER[side], INNER_EYE_CORNER[side]) for side in ("R", "L")}
# each eye's opening as x-sorted chains, corner to corner: (upper, lower), image left (R) first
EYE_CHAINS = tuple(
    tuple((first[side], *lid[side][::step], last[side]) for lid in (EYE_UPPER, EYE_LOWER))
    for side, first, last, step in (
        ("R", OUTER_EYE_CORNER, INNER_EYE_CORNER, 1),
        ("L", INNER_EYE_CORNER, OUTER_EYE_CORNER, -1),
    )
)
IRIS = {"R": (468, 469, 470, 471, 472), "L": (473, 474, 475, 476, 477)}
BROW = {
    "R": (46, 52, 53, 55, 63, 65, 66, 70, 105, 107),
    "L": (276, 282, 283, 285, 293, 295, 296, 300, 334, 336),
}  # each holds its BROW_ABOVE_EYE
NOSE_WING = {"R": (64, 98, 97, 48, 115), "L": (294, 327, 326, 278, 344)}
FACE_OVAL = (
    10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377,
    152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109,
)  # fmt: skip
LID_TRAVEL = 1.0  # the share of the lid gap the upper lid covers in a blink (the lower: rest)


@dataclass(frozen=True)
class NeutralFace:
    """A relaxed face's proportions, the reference the photo's own expression is measured
    against. The mediapipe wheel ships no canonical face geometry (only its protos), so these
    come from anthropometry: mouth width (cheilion to cheilion, ~50-54 mm) over the outer eye
    corners (~87-91 mm) is ~0.58-0.6; face-mesh corners 33/263 sit a little inside the
    exocanthion, hence 0.62. Only what lies clearly beyond a relaxed face is released."""

    mouth_width: float = 0.62  # mouth corners (61-291) over outer eye corners (33-263)
    lips_part: float = 0.07  # face widths the lips alone can part (teeth shown, jaw still)
    eye_aspect: float = 0.2  # lid gap over eye width below which the eye counts as narrowed
    brow_height: float = 0.15  # brow above the upper lid, in face widths, above = raised


@dataclass(frozen=True)
class RigConfig:
    jaw_drop: float = 0.25  # lower-lip drop at jawOpen = 1, in face widths
    camera_distance: float = 4.0  # in face widths, for the z-translation scale
    hair_ring: float = 1.35  # head points outside the face oval (hair), as a radius factor
    neutral: NeutralFace = NeutralFace()
    # False: the photo is the neutral face (its expression stays frozen in; the old behaviour)
    release_expression: bool = True


@dataclass(frozen=True)
class PhotoExpression:
    """The photo's own expression, estimated once from its landmarks against ``NeutralFace``
    (ARKit weight units unless stated). The rig renders commanded weights as absolute values by
    undoing it: weights_eff = weights * gain - offset, plus a fixed lip-closing displacement."""

    lip_gap: float  # inner-lip gap at the middle, in face widths
    jaw_open: float  # the share of the gap the jaw explains, in jawOpen units
    lips_part: float  # the rest of the gap (the lips alone), in face widths
    smile: float  # mouthSmile that explains the mouth's width
    eye_aspect: tuple[float, float]  # (left, right) lid gap over eye width
    eye_open: tuple[float, float]  # (left, right) eyeBlink that opens a narrowed eye (<= 0)
    brow_raise: float  # browInnerUp / browOuterUp that explains the brows' height


@dataclass(frozen=True, eq=False)
class Rig:
    """points: (N, 3) reference points (478 landmarks, then head-ring points that move rigidly
    with the head). basis: (52, N, 3) displacement per unit weight. jaw_mask: (N,) how much each
    point follows the jaw. jaw_hinge, jaw_axis: (3,). jaw_max: radians at jawOpen = 1.
    pivot: (3,) neck pivot. anchors: (A, 2) fixed points (border, shoulders). face_width: in
    normalized units. expression: the photo's own, which gain/offset and rest undo."""

    points: np.ndarray
    basis: np.ndarray
    jaw_mask: np.ndarray
    layer_jaw_masks: np.ndarray
    jaw_hinge: np.ndarray
    jaw_axis: np.ndarray
    jaw_max: float
    pivot: np.ndarray
    anchors: np.ndarray
    face_width: float
    camera_distance: float
    expression: PhotoExpression
    gain: np.ndarray  # (52,) weights_eff = weights * gain - offset
    offset: np.ndarray  # (52,)
    rest: np.ndarray  # (N, 3) fixed displacement that closes the photo's parted lips


class _Frame:
    """The face frame and helpers for writing displacements."""

    def __init__(self, p: np.ndarray) -> None:
        self.p = p
        ex = p[FACE_EDGE["L"]] - p[FACE_EDGE["R"]]
        self.fw = float(np.linalg.norm(ex[:2]))
        ex = ex / np.linalg.norm(ex)
        ey = p[CHIN] - p[FOREHEAD]
        ey = ey - ex * (ey @ ex)
        ey = ey / np.linalg.norm(ey)
        self.ex, self.ey, self.ez = ex, ey, np.cross(ex, ey)
        lip_r, lip_l = MOUTH_CORNER["R"], MOUTH_CORNER["L"]
        self.mouth = (p[UPPER_LIP_CENTRE] + p[LOWER_LIP_CENTRE] + p[lip_r] + p[lip_l]) / 4
        self.mw = float(np.linalg.norm(p[lip_l] - p[lip_r]))
        self.center = (p[FACE_EDGE["R"]] + p[FACE_EDGE["L"]]) / 2

    def vec(self, x: float = 0.0, y: float = 0.0, z: float = 0.0) -> np.ndarray:
        """A displacement in face widths along (subject's left, down, away)."""
        return (self.ex * x + self.ey * y + self.ez * z) * self.fw

    def lateral(self, origin: np.ndarray) -> np.ndarray:
        return (self.p - origin) @ self.ex

    def spread(self, group, vectors, radius: float, protect=()) -> np.ndarray:
        """Group points get their vectors; other points a distance-weighted blend of them that
        fades over ``radius`` face widths; ``protect`` points stay put."""
        group = np.asarray(group)
        vectors = np.broadcast_to(np.asarray(vectors, np.float64), (len(group), 3))
        dist = np.linalg.norm(self.p[:, None, :2] - self.p[None, group, :2], axis=-1)
        w = np.exp(-((dist / (radius * self.fw)) ** 2))
        blend = (w @ vectors) / np.maximum(w.sum(1, keepdims=True), 1e-9)
        out = blend * w.max(1, keepdims=True)
        out[list(protect)] = 0.0
        out[group] = vectors
        return out


def _eye_shapes(f: _Frame, side: str) -> dict[str, np.ndarray]:
    p = f.p
    up, lo = np.array(EYE_UPPER[side]), np.array(EYE_LOWER[side])
    iris, corners = np.array(IRIS[side]), EYE_CORNERS[side]
    gap = p[lo] - p[up]  # upper lid -> lower lid, per column
    height = float(np.linalg.norm(gap[3, :2]))
    width = float(np.linalg.norm(p[corners[0], :2] - p[corners[1], :2]))
    fixed = (*lo, *corners, *BROW[side], *iris)
    out: dict[str, np.ndarray] = {}
    # blink: the upper lid comes down LID_TRAVEL of the way, the lower lid up the rest (all
    # the way: the closed lid's lash line lands on the lower lid's, not a second dark line
    # above it, which the landmarker reads as a narrow open eye); the skin follows
    # over a short reach, so glasses frames and brows above the lid are not dragged along
    shape = f.spread(up, LID_TRAVEL * gap, 0.045, protect=fixed)
    shape += f.spread(lo, -(1 - LID_TRAVEL) * gap, 0.04, protect=(*up, *corners, *iris))
    line = p[up[3]] + LID_TRAVEL * gap[3]
    shape[iris] = f.ey * ((line - p[iris]) @ f.ey)[:, None]  # iris squashed onto the lid line
    out["eyeBlink"] = shape
    out["eyeSquint"] = f.spread(lo, -0.3 * gap, 0.05, protect=(*up, *corners, *iris)) + f.spread(
        up, 0.1 * gap, 0.04, protect=fixed
    )
    out["eyeWide"] = f.spread(up, -0.3 * gap, 0.06, protect=fixed)
    # gaze: the iris moves inside the eye; the upper lid follows vertical gaze a little
    inward = 1.0 if side == "R" else -1.0  # toward the nose, along ex
    look = {
        "eyeLookUp": (0.0, -0.3 * height),
        "eyeLookDown": (0.0, 0.3 * height),
        "eyeLookIn": (0.22 * width * inward, 0.0),
        "eyeLookOut": (-0.22 * width * inward, 0.0),
    }
    for name, (dx, dy) in look.items():
        move = np.zeros_like(p)
        move[iris] = f.ex * dx + f.ey * dy
        if dy:
            move += f.spread(up, f.ey * dy * 0.5, 0.03, protect=(*lo, *corners, *iris))
        out[name] = move
    return out


def _mouth_shapes(f: _Frame, jaw_drop: float | None = None) -> dict[str, np.ndarray]:
    p = f.p
    uo, lo = np.array(UPPER_OUTER), np.array(LOWER_OUTER)
    ui, li = np.array(UPPER_INNER), np.array(LOWER_INNER)
    upper = np.concatenate([uo[1:-1], ui[1:-1]])
    lower = np.concatenate([lo[1:-1], li[1:-1]])
    lips = np.concatenate([upper, lower, MOUTH_CORNERS])
    # half the lip gap each shape closes per column: none, the rest displacement closes the
    # photo's own gap (lips meet at all-zero weights) before any shape acts
    gap = np.zeros((len(ui) - 2, 3))
    lat = f.lateral(f.mouth) / f.mw  # -0.5 right corner .. +0.5 left corner
    side_l = np.clip(0.5 + lat, 0.0, 1.0)[:, None]
    side = {"Left": side_l, "Right": 1.0 - side_l}
    corner = {
        name: (MOUTH_CORNER[side], INNER_MOUTH_CORNER[side])
        for side, name in (("L", "Left"), ("R", "Right"))
    }
    sign = {"Left": 1.0, "Right": -1.0}  # outward along ex
    nose = (*NOSE_WING["R"], *NOSE_WING["L"], NOSE_TIP, *NOSE_BASE)
    out: dict[str, np.ndarray] = {}
    out["jawForward"] = f.spread(lower, f.vec(0, 0.01, -0.06), 0.25, protect=upper)
    # mouthClose = jawOpen closes the lips (ARKit's meaning): together they undo the jaw drop
    close = RigConfig().jaw_drop if jaw_drop is None else jaw_drop
    out["mouthClose"] = f.spread(lower, f.vec(0, -0.8 * close), 0.06, protect=upper) + f.spread(
        upper, f.vec(0, 0.2 * close), 0.04, protect=lower
    )
    funnel = np.zeros_like(p)
    funnel += f.spread(uo[1:-1], f.vec(0, -0.03, -0.02), 0.06, protect=lower)
    funnel += f.spread(lo[1:-1], f.vec(0, 0.03, -0.02), 0.06, protect=upper)
    funnel[ui[1:-1]] = f.vec(0, -0.045, -0.02)
    funnel[li[1:-1]] = f.vec(0, 0.045, -0.02)
    for s in ("Left", "Right"):
        funnel += f.spread(corner[s], f.vec(-sign[s] * 0.06, 0, -0.02), 0.08, protect=())
    out["mouthFunnel"] = funnel
    pucker = np.zeros_like(p)
    toward = (f.mouth - p) @ f.ex  # lips gather toward the mouth centre
    pucker[lips] = (f.ex[None] * toward[lips, None] * 0.35) + f.vec(0, 0, -0.04)
    pucker += (
        f.spread(lips, pucker[lips], 0.12, protect=())
        * (1 - np.isin(np.arange(len(p)), lips))[:, None]
    )
    out["mouthPucker"] = pucker
    for s in ("Left", "Right"):
        mouth_region = f.spread(lips, f.vec(sign[s] * 0.07), 0.2)
        out[f"mouth{s}"] = mouth_region
        c = corner[s]
        out[f"mouthSmile{s}"] = f.spread(c, f.vec(sign[s] * 0.06, -0.07, 0.01), 0.16)
        out[f"mouthFrown{s}"] = f.spread(c, f.vec(sign[s] * 0.01, 0.06), 0.14)
        out[f"mouthDimple{s}"] = f.spread(c, f.vec(sign[s] * 0.04, 0.0, 0.02), 0.1)
        out[f"mouthStretch{s}"] = f.spread(c, f.vec(sign[s] * 0.07, 0.03), 0.14)
        # pressed lips thin out and meet: the photo's own lip gap is closed at press 0.6
        press = np.zeros_like(p)
        press[uo[1:-1]] = (p[ui[1:-1]] - p[uo[1:-1]]) * 0.35 + 1.6 * gap
        press[lo[1:-1]] = (p[li[1:-1]] - p[lo[1:-1]]) * 0.35 - 1.6 * gap
        press[ui[1:-1]] = 1.6 * gap
        press[li[1:-1]] = -1.6 * gap
        out[f"mouthPress{s}"] = press * side[s]
        low = f.spread(lower, f.vec(0, 0.08), 0.08, protect=(*upper, *MOUTH_CORNERS))
        out[f"mouthLowerDown{s}"] = low * side[s]
        up = f.spread(upper, f.vec(0, -0.06), 0.06, protect=(*lower, *MOUTH_CORNERS, *nose))
        out[f"mouthUpperUp{s}"] = up * side[s]
    # a lip rolling in: its outer edge moves to its inner edge, which closes half the gap
    roll_l = np.zeros_like(p)
    roll_l[lo[1:-1]] = (p[li[1:-1]] - p[lo[1:-1]]) * 0.6 - 0.5 * gap
    roll_l[li[1:-1]] = f.vec(0, 0.0, 0.02) - 0.5 * gap
    out["mouthRollLower"] = roll_l
    roll_u = np.zeros_like(p)
    roll_u[uo[1:-1]] = (p[ui[1:-1]] - p[uo[1:-1]]) * 0.6 + 0.5 * gap
    roll_u[ui[1:-1]] = f.vec(0, 0.0, 0.02) + 0.5 * gap
    out["mouthRollUpper"] = roll_u
    chin = f.spread(CHIN_POINTS, f.vec(0, -0.04), 0.15, protect=upper)
    out["mouthShrugLower"] = f.spread(lower, f.vec(0, -0.04), 0.1, protect=upper) + chin
    out["mouthShrugUpper"] = f.spread(upper, f.vec(0, -0.03), 0.06, protect=(*lower, *nose))
    out["tongueOut"] = f.spread(lower, f.vec(0, 0.02), 0.06, protect=upper)
    return out


def _upper_face_shapes(f: _Frame) -> dict[str, np.ndarray]:
    p = f.p
    out: dict[str, np.ndarray] = {}
    mid = f.center
    for side, name, sign in (("L", "Left", 1.0), ("R", "Right", -1.0)):
        brow = np.array(BROW[side])
        lat = np.abs(f.lateral(mid)[brow])
        inner = brow[lat < np.median(lat)]
        outer = brow[lat >= np.median(lat)]
        eye = (*EYE_UPPER[side], *EYE_LOWER[side], *EYE_CORNERS[side], *IRIS[side])
        out[f"browDown{name}"] = f.spread(brow, f.vec(-sign * 0.015, 0.04), 0.08, protect=eye)
        out[f"browOuterUp{name}"] = f.spread(outer, f.vec(0, -0.05), 0.1, protect=eye)
        out.setdefault("browInnerUp", np.zeros_like(p))
        out["browInnerUp"] += f.spread(inner, f.vec(0, -0.05), 0.08, protect=eye)
        eye_low = p[list(EYE_LOWER[side])].mean(0)
        cheek_c = eye_low * 0.55 + p[MOUTH_CORNER[side]] * 0.45 + f.vec(sign * 0.06)
        dist = np.linalg.norm(p[:, :2] - cheek_c[:2], axis=1)
        cheek = np.flatnonzero(dist < 0.1 * f.fw)
        out[f"cheekSquint{name}"] = f.spread(cheek, f.vec(0, -0.03), 0.08, protect=eye)
        out[f"noseSneer{name}"] = f.spread(NOSE_WING[side], f.vec(0, -0.03), 0.06, protect=eye)
    # cheekPuff: the cheeks and the lower face oval bulge outward
    lat = f.lateral(mid)
    low = ((p - f.mouth) @ f.ey) > -0.15 * f.fw
    oval = np.zeros(len(p), bool)
    oval[list(FACE_OVAL)] = True
    puff = np.zeros_like(p)
    sel = np.flatnonzero(oval & low & (np.abs(lat) > 0.25 * f.fw))
    puff[sel] = f.ex[None] * np.sign(lat[sel])[:, None] * 0.04 * f.fw
    out["cheekPuff"] = f.spread(sel, puff[sel], 0.12, protect=(*UPPER_OUTER, *LOWER_OUTER))
    return out


def _jaw_mask(f: _Frame) -> np.ndarray:
    """How much each landmark rides the jaw: lower lip 1, upper lip 0, a ramp below the mouth."""
    depth = (f.p - f.mouth) @ f.ey
    mask = np.clip((depth + 0.01 * f.fw) / (0.25 * f.fw), 0.0, 1.0)
    # the upper lip stays, except close to the corners, which the jaw pulls down with it: the
    # opening pinches to a point at each corner instead of ending in vertical sides
    upper = list(UPPER_OUTER + UPPER_INNER)
    mask[upper] = 0.3 * np.clip(np.abs(f.lateral(f.mouth)[upper]) / (0.5 * f.mw), 0, 1) ** 4
    # the lower lip rides the jaw fully at the middle, less toward the corners (a rounded
    # opening, not a box with vertical sides)
    lower = list(LOWER_OUTER[1:-1] + LOWER_INNER[1:-1])
    across = f.lateral(f.mouth)[lower] / (0.5 * f.mw)
    mask[lower] = 0.3 + 0.7 * np.clip(1.0 - across**2, 0.0, 1.0)
    mask[list(MOUTH_CORNERS)] = 0.3
    return mask


def jaw_rotate(x, hinge, axis, angle: float, mask) -> np.ndarray:
    """Points ``x`` (K, 3) rotated about the hinge line by ``angle`` (positive opens), each as
    far as its ``mask`` (K,) says: the numpy twin of the module's per-frame jaw."""
    k = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
    rot = np.eye(3) + np.sin(angle) * k + (1 - np.cos(angle)) * (k @ k)
    return x + np.asarray(mask)[:, None] * ((x - hinge) @ rot.T + hinge - x)


def _eye_aspect(p: np.ndarray, side: str) -> float:
    up, lo = np.array(EYE_UPPER[side])[2:5], np.array(EYE_LOWER[side])[2:5]
    outer, inner = EYE_CORNERS[side]
    height = np.linalg.norm(p[lo, :2] - p[up, :2], axis=1).mean()
    return float(height / np.linalg.norm(p[outer, :2] - p[inner, :2]))


def estimate_expression(
    f: _Frame, jaw_drop: float, neutral: NeutralFace = NeutralFace()
) -> PhotoExpression:
    """The photo's expression from its landmarks (see ``PhotoExpression``)."""
    p = f.p
    ui, li = np.array(UPPER_INNER[4:7]), np.array(LOWER_INNER[4:7])
    gap = max(0.0, float(((p[li] - p[ui]) @ f.ey).mean()) / f.fw)
    # the lips alone part up to ~lips_part (a toothy smile); a wider gap is the jaw's
    lips = neutral.lips_part * (1.0 - np.exp(-gap / neutral.lips_part))
    eyes = float(np.linalg.norm(p[OUTER_EYE_CORNER["L"], :2] - p[OUTER_EYE_CORNER["R"], :2]))
    width = float(np.linalg.norm(p[MOUTH_CORNER["L"], :2] - p[MOUTH_CORNER["R"], :2])) / eyes
    smile = np.clip((width - neutral.mouth_width) / (2 * 0.06 * f.fw / eyes), 0.0, 1.0)
    aspect = (_eye_aspect(p, "L"), _eye_aspect(p, "R"))
    # a narrowed eye opens to the neutral aspect: eyeBlink < 0 lifts the lid (LID_TRAVEL of
    # the photo's lid gap a unit), by at most 0.3 (a lid stretched further would smear)
    opening = tuple(
        -min(0.3, max(0.0, neutral.eye_aspect / max(a, 1e-3) - 1.0) / LID_TRAVEL) for a in aspect
    )
    lid_r, lid_l = EYE_UPPER["R"][3], EYE_UPPER["L"][3]  # the lids' middles
    brow_r, brow_l = BROW_ABOVE_EYE["R"], BROW_ABOVE_EYE["L"]
    brow = np.mean([(p[lid_r] - p[brow_r]) @ f.ey, (p[lid_l] - p[brow_l]) @ f.ey]) / f.fw
    return PhotoExpression(
        lip_gap=gap,
        jaw_open=float((gap - lips) / jaw_drop),
        lips_part=float(lips),
        smile=float(smile),
        eye_aspect=aspect,
        eye_open=(float(opening[0]), float(opening[1])),
        brow_raise=float(np.clip((brow - neutral.brow_height) / 0.05, 0.0, 1.0)),
    )


def _weight_map(e: PhotoExpression) -> tuple[np.ndarray, np.ndarray]:
    """(gain, offset): weights_eff = weights * gain - offset maps ARKit's absolute weights onto
    the photo's rig, whose zero is the photo's own face."""
    gain, offset = np.ones(NUM_BLENDSHAPES), np.zeros(NUM_BLENDSHAPES)
    offset[BLENDSHAPE_INDEX["jawOpen"]] = e.jaw_open
    for side in ("Left", "Right"):
        offset[BLENDSHAPE_INDEX[f"mouthSmile{side}"]] = e.smile
        offset[BLENDSHAPE_INDEX[f"browOuterUp{side}"]] = e.brow_raise
    offset[BLENDSHAPE_INDEX["browInnerUp"]] = e.brow_raise
    for side, opening in zip(("Left", "Right"), e.eye_open):
        # eyeBlink 0 -> opening (< 0, lid lifted), eyeBlink 1 -> 1 (closed) as before
        gain[BLENDSHAPE_INDEX[f"eyeBlink{side}"]] = 1.0 - opening
        offset[BLENDSHAPE_INDEX[f"eyeBlink{side}"]] = -opening
    return gain, offset


def _lip_rest(f: _Frame, lift: np.ndarray) -> np.ndarray:
    """The displacement that closes what the jaw leaves of the photo's lip gap, per column:
    ``lift`` (9,) is how far the jaw's closing raises each inner lower-lip column. The upper
    lip comes down 40 % of the rest, the lower lip up 60 %; outer lips move with their inner
    edge; the skin around follows."""
    p = f.p
    ui, li = np.array(UPPER_INNER[1:-1]), np.array(LOWER_INNER[1:-1])
    uo, lo = np.array(UPPER_OUTER[1:-1]), np.array(LOWER_OUTER[1:-1])
    left = np.clip((p[li] - p[ui]) @ f.ey - lift, 0.0, None)  # what the jaw does not close
    down, up = f.ey[None] * (0.4 * left)[:, None], -f.ey[None] * (0.6 * left)[:, None]
    upper, lower = np.concatenate([ui, uo]), np.concatenate([li, lo])
    rest = f.spread(upper, np.concatenate([down, down]), 0.04, protect=(*lower, *MOUTH_CORNERS))
    rest += f.spread(lower, np.concatenate([up, up]), 0.05, protect=(*upper, *MOUTH_CORNERS))
    return rest


def build_rig(prepared: PreparedPhoto, config: RigConfig = RigConfig()) -> Rig:
    size = prepared.size
    p = prepared.landmarks.astype(np.float64) * (2.0 / size)
    p[:, :2] -= 1.0
    f = _Frame(p)
    shapes: dict[str, np.ndarray] = {}
    for side, name in (("L", "Left"), ("R", "Right")):
        for key, value in _eye_shapes(f, side).items():
            shapes[key + name] = value
    shapes.update(_mouth_shapes(f, config.jaw_drop))
    shapes.update(_upper_face_shapes(f))
    shapes["jawLeft"] = f.vec(0.07) * _jaw_mask(f)[:, None]
    shapes["jawRight"] = f.vec(-0.07) * _jaw_mask(f)[:, None]
    shapes["jawOpen"] = f.spread(MOUTH_CORNERS, f.vec(0, 0.015), 0.05)  # the hinge does the rest
    missing = set(ARKIT_BLENDSHAPES) - set(shapes)
    assert not missing, missing
    # hair: points outside the face oval that move rigidly with the head
    oval = p[list(FACE_OVAL)]
    above = ((oval - f.mouth) @ f.ey) < 0.0
    ring = f.center + (oval[above] - f.center) * config.hair_ring
    ring[:, 2] = oval[above, 2] + 0.1 * f.fw
    points = np.concatenate([p, ring])
    n = len(points)
    basis = np.zeros((NUM_BLENDSHAPES, n, 3))
    for name, shape in shapes.items():
        basis[BLENDSHAPE_INDEX[name], :NUM_LANDMARKS] = shape
    jaw_mask = np.zeros(n)
    jaw_mask[:NUM_LANDMARKS] = _jaw_mask(f)
    lower_lip = list(LOWER_OUTER[1:-1] + LOWER_INNER[1:-1])
    upper_lip = list(UPPER_OUTER[1:-1] + UPPER_INNER[1:-1])
    near_lower = np.zeros(n)
    near_lower[:NUM_LANDMARKS] = f.spread(lower_lip, np.ones(3), 0.22)[:, 0]
    near_upper = np.zeros(n)
    near_upper[:NUM_LANDMARKS] = f.spread(upper_lip, np.ones(3), 0.15)[:, 0]
    layer_masks = np.stack([jaw_mask * (1 - near_lower), jaw_mask + (1 - jaw_mask) * near_upper])
    hinge = (p[FACE_EDGE["R"]] + p[FACE_EDGE["L"]]) / 2 + f.vec(0, 0.05, 0.15)
    lip = p[LOWER_LIP_CENTRE] - hinge
    r_lip = np.linalg.norm(lip - f.ex * (lip @ f.ex))
    jaw_max = float(np.clip(config.jaw_drop * f.fw / r_lip, 0.15, 0.6))
    # the photo's own expression: the jaw share of its lip gap is undone by rotating the jaw
    # closed (jawOpen offset), what the jaw leaves by the lips themselves (rest displacement)
    expression = estimate_expression(f, config.jaw_drop, config.neutral)
    li = list(LOWER_INNER[1:-1])
    lift = np.zeros(len(li))
    rest = np.zeros((n, 3))
    if config.release_expression:
        gap = (p[li] - p[list(UPPER_INNER[1:-1])]) @ f.ey

        def lift_at(angle: float) -> np.ndarray:
            moved = jaw_rotate(p[li], hinge, f.ex, -angle, jaw_mask[li])
            return (p[li] - moved) @ f.ey

        theta = expression.jaw_open * jaw_max
        raised = lift_at(theta)
        # never past the upper lip in any column (a smile's corners part less than its middle)
        over = np.where(raised > 1e-6, np.maximum(gap, 0.0) / np.maximum(raised, 1e-6), 1.0)
        theta *= float(min(1.0, over.min()))
        expression = replace(expression, jaw_open=theta / jaw_max)
        lift = lift_at(theta)
        rest[:NUM_LANDMARKS] = _lip_rest(f, lift)
        gain, offset = _weight_map(expression)
    else:
        gain, offset = np.ones(NUM_BLENDSHAPES), np.zeros(NUM_BLENDSHAPES)
    chin = p[CHIN]
    pivot = np.array([f.center[0], chin[1], f.center[2]]) + f.vec(0, -0.1, 0.55)
    # fixed anchors: the crop border and the shoulders stay still
    edge = np.linspace(-1.0, 1.0, 9)
    # only the bottom and the lower sides: hair often reaches the top of the crop, and an
    # anchor there would fold the warp when the head moves up
    sides = edge[edge >= 0.0][1:-1]
    border = np.concatenate(
        [np.stack([edge, np.ones(9)], 1),
         np.stack([-np.ones(len(sides)), sides], 1), np.stack([np.ones(len(sides)), sides], 1)]
    )  # fmt: skip
    below = chin[:2] + f.vec(0, 0.45)[:2]
    shoulders = np.stack([below + f.vec(dx)[:2] for dx in (-1.4, -1.0, -0.6, 0.6, 1.0, 1.4)])
    shoulders = np.concatenate([shoulders, [chin[:2] + f.vec(-1.05, 0.1)[:2]],
                                [chin[:2] + f.vec(1.05, 0.1)[:2]]])  # fmt: skip
    anchors = np.concatenate([border, shoulders])
    f32 = np.float32
    return Rig(
        points=points.astype(f32),
        basis=basis.astype(f32),
        jaw_mask=jaw_mask.astype(f32),
        layer_jaw_masks=layer_masks.astype(f32),
        jaw_hinge=hinge.astype(f32),
        jaw_axis=f.ex.astype(f32),
        jaw_max=jaw_max,
        pivot=pivot.astype(f32),
        anchors=anchors.astype(f32),
        face_width=f.fw,
        camera_distance=config.camera_distance,
        expression=expression,
        gain=gain.astype(f32),
        offset=offset.astype(f32),
        rest=rest.astype(f32),
    )
