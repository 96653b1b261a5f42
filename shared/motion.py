"""The motion space both peers speak: 52 ARKit blendshapes, a head pose, and visemes.

Everything here is plain data; no I/O. Conventions (the renderer and the predictor follow them):

* Time is the sender's 48 kHz sample clock: ``MotionFrame.timestamp`` is a sample index.
* Weights are ARKit blendshape activations in [0, 1], in Apple's order (``ARKIT_BLENDSHAPES``),
  the order of ``ARFaceAnchor.BlendShapeLocation`` in Apple's documentation, grouped by region.
* Head pose is relative to the reference photo's pose. Angles in radians, as seen by the camera
  (image x right, image y down): ``pitch > 0`` tips the face down (chin toward chest), ``yaw > 0``
  turns the face toward image right, ``roll > 0`` tilts it clockwise in the image. Translation in
  face-width units: ``x`` toward image right, ``y`` toward image down, ``z`` toward the camera.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from photocall.shared.codec import SAMPLE_RATE  # the clock timestamps count (re-exported)

ARKIT_BLENDSHAPES: tuple[str, ...] = (
    # Left eye
    "eyeBlinkLeft", "eyeLookDownLeft", "eyeLookInLeft", "eyeLookOutLeft", "eyeLookUpLeft",
    "eyeSquintLeft", "eyeWideLeft",
    # Right eye
    "eyeBlinkRight", "eyeLookDownRight", "eyeLookInRight", "eyeLookOutRight", "eyeLookUpRight",
    "eyeSquintRight", "eyeWideRight",
    # Mouth and jaw
    "jawForward", "jawLeft", "jawRight", "jawOpen",
    "mouthClose", "mouthFunnel", "mouthPucker", "mouthLeft", "mouthRight",
    "mouthSmileLeft", "mouthSmileRight", "mouthFrownLeft", "mouthFrownRight",
    "mouthDimpleLeft", "mouthDimpleRight", "mouthStretchLeft", "mouthStretchRight",
    "mouthRollLower", "mouthRollUpper", "mouthShrugLower", "mouthShrugUpper",
    "mouthPressLeft", "mouthPressRight", "mouthLowerDownLeft", "mouthLowerDownRight",
    "mouthUpperUpLeft", "mouthUpperUpRight",
    # Eyebrows
    "browDownLeft", "browDownRight", "browInnerUp", "browOuterUpLeft", "browOuterUpRight",
    # Cheeks
    "cheekPuff", "cheekSquintLeft", "cheekSquintRight",
    # Nose
    "noseSneerLeft", "noseSneerRight",
    # Tongue
    "tongueOut",
)  # fmt: skip
NUM_BLENDSHAPES = len(ARKIT_BLENDSHAPES)
BLENDSHAPE_INDEX: dict[str, int] = {name: i for i, name in enumerate(ARKIT_BLENDSHAPES)}

MOUTH_BLENDSHAPES: tuple[str, ...] = tuple(
    n for n in ARKIT_BLENDSHAPES if n.startswith(("jaw", "mouth", "tongue"))
)
"""The shapes speech drives: jaw*, mouth* and tongueOut (28 of them)."""

HEAD_POSE_FIELDS: tuple[str, ...] = ("pitch", "yaw", "roll", "x", "y", "z")
POSE_SIZE = len(HEAD_POSE_FIELDS)
"""6: a head pose as an array (``HeadPose.as_array``)."""

MAX_ANGLE = math.pi / 2
"""Largest head rotation the motion space admits, per axis, in radians."""
MAX_TRANSLATION = 2.0
"""Largest head translation the motion space admits, per axis, in face widths."""

# The 15 Oculus/Meta (OVR LipSync) visemes, in their order.
VISEMES: tuple[str, ...] = (
    "sil", "PP", "FF", "TH", "DD", "kk", "CH", "SS", "nn", "RR", "aa", "E", "ih", "oh", "ou",
)  # fmt: skip
VISEME_INDEX: dict[str, int] = {name: i for i, name in enumerate(VISEMES)}

# Viseme -> ARKit pose. A hand-made table, symmetric left/right, with the jaw doing most of the
# opening and the lips shaping it. Names not listed are 0. Sources of the shapes, by viseme:
# sil  silence, lips closed and relaxed          PP  p b m: lips pressed, slightly rolled in
# FF   f v: lower lip tucked under upper teeth   TH  th: tongue tip between the teeth
# DD   t d: small opening, lips spread a little  kk  k g: small-medium opening
# CH   ch j sh: lips forward and flared          SS  s z: teeth nearly closed, lips spread
# nn   n l: small opening                        RR  r: lips rounded, slightly forward
# aa   a: wide jaw opening                       E   e: medium opening, lips spread
# ih   i: small opening, lips spread             oh  o: round, medium opening
# ou   u w: lips pushed forward, small opening
VISEME_TO_ARKIT: dict[str, dict[str, float]] = {
    "sil": {},
    "PP": {"jawOpen": 0.04, "mouthClose": 0.04, "mouthPressLeft": 0.5, "mouthPressRight": 0.5,
           "mouthRollLower": 0.25, "mouthRollUpper": 0.2},
    "FF": {"jawOpen": 0.1, "mouthRollLower": 0.6, "mouthUpperUpLeft": 0.25,
           "mouthUpperUpRight": 0.25, "mouthShrugUpper": 0.2},
    "TH": {"jawOpen": 0.16, "tongueOut": 0.45, "mouthUpperUpLeft": 0.1, "mouthUpperUpRight": 0.1},
    "DD": {"jawOpen": 0.2, "mouthStretchLeft": 0.15, "mouthStretchRight": 0.15,
           "mouthLowerDownLeft": 0.1, "mouthLowerDownRight": 0.1},
    "kk": {"jawOpen": 0.25, "mouthStretchLeft": 0.2, "mouthStretchRight": 0.2},
    "CH": {"jawOpen": 0.15, "mouthFunnel": 0.5, "mouthPucker": 0.3, "mouthUpperUpLeft": 0.2,
           "mouthUpperUpRight": 0.2, "mouthLowerDownLeft": 0.2, "mouthLowerDownRight": 0.2},
    "SS": {"jawOpen": 0.08, "mouthStretchLeft": 0.35, "mouthStretchRight": 0.35,
           "mouthSmileLeft": 0.15, "mouthSmileRight": 0.15, "mouthUpperUpLeft": 0.1,
           "mouthUpperUpRight": 0.1, "mouthLowerDownLeft": 0.1, "mouthLowerDownRight": 0.1},
    "nn": {"jawOpen": 0.18, "mouthStretchLeft": 0.1, "mouthStretchRight": 0.1},
    "RR": {"jawOpen": 0.15, "mouthFunnel": 0.35, "mouthPucker": 0.35},
    "aa": {"jawOpen": 0.6, "mouthLowerDownLeft": 0.3, "mouthLowerDownRight": 0.3,
           "mouthUpperUpLeft": 0.1, "mouthUpperUpRight": 0.1},
    "E": {"jawOpen": 0.35, "mouthStretchLeft": 0.35, "mouthStretchRight": 0.35,
          "mouthSmileLeft": 0.2, "mouthSmileRight": 0.2, "mouthUpperUpLeft": 0.15,
          "mouthUpperUpRight": 0.15, "mouthLowerDownLeft": 0.25, "mouthLowerDownRight": 0.25},
    "ih": {"jawOpen": 0.22, "mouthStretchLeft": 0.3, "mouthStretchRight": 0.3,
           "mouthSmileLeft": 0.25, "mouthSmileRight": 0.25},
    "oh": {"jawOpen": 0.45, "mouthFunnel": 0.6, "mouthPucker": 0.2},
    "ou": {"jawOpen": 0.15, "mouthPucker": 0.8, "mouthFunnel": 0.3},
}  # fmt: skip


def viseme_pose(viseme: str) -> np.ndarray:
    """The ARKit weights of one viseme as a (52,) float32 array; ``KeyError`` if unknown."""
    weights = np.zeros(NUM_BLENDSHAPES, dtype=np.float32)
    for name, value in VISEME_TO_ARKIT[viseme].items():
        weights[BLENDSHAPE_INDEX[name]] = value
    return weights


VISEME_POSES: np.ndarray = np.stack([viseme_pose(v) for v in VISEMES])
"""(15, 52) float32: row i is the ARKit pose of ``VISEMES[i]``."""


@dataclass(frozen=True)
class HeadPose:
    """Head pose relative to the reference photo (see the module docstring for axes and signs).

    pitch, yaw, roll: radians, each within ±``MAX_ANGLE``.
    x, y, z: face widths, each within ±``MAX_TRANSLATION``.
    """

    pitch: float = 0.0
    yaw: float = 0.0
    roll: float = 0.0
    x: float = 0.0
    y: float = 0.0
    z: float = 0.0

    def __post_init__(self) -> None:
        for name in HEAD_POSE_FIELDS:
            value = getattr(self, name)
            limit = MAX_ANGLE if name in ("pitch", "yaw", "roll") else MAX_TRANSLATION
            if not math.isfinite(value) or abs(value) > limit:
                raise ValueError(f"head {name}={value!r} is outside ±{limit:.4g}")

    def as_array(self) -> np.ndarray:
        """(6,) float32: pitch, yaw, roll, x, y, z."""
        return np.array([getattr(self, n) for n in HEAD_POSE_FIELDS], dtype=np.float32)

    @classmethod
    def from_array(cls, values: np.ndarray | list[float]) -> HeadPose:
        return cls(*(float(v) for v in values))


NEUTRAL_POSE = HeadPose()


def _readonly_weights(weights: np.ndarray | list[float] | tuple[float, ...]) -> np.ndarray:
    array = np.array(weights, dtype=np.float32).reshape(-1)
    if array.shape != (NUM_BLENDSHAPES,):
        raise ValueError(f"expected {NUM_BLENDSHAPES} blendshape weights, got {array.size}")
    if not np.all(np.isfinite(array)):
        raise ValueError("blendshape weights must be finite")
    if array.min() < 0.0 or array.max() > 1.0:
        bad = int(np.argmax((array < 0) | (array > 1)))
        raise ValueError(f"{ARKIT_BLENDSHAPES[bad]}={array[bad]:.4g} is outside [0, 1]")
    array.setflags(write=False)
    return array


@dataclass(frozen=True, eq=False)
class MotionFrame:
    """The face at one instant.

    timestamp: sample index on the sender's 48 kHz clock (int, ≥ 0).
    weights: (52,) float32, read-only, ARKit order, each in [0, 1].
    pose: head pose relative to the reference photo.
    """

    timestamp: int
    weights: np.ndarray = field(default_factory=lambda: np.zeros(NUM_BLENDSHAPES, np.float32))
    pose: HeadPose = NEUTRAL_POSE

    def __post_init__(self) -> None:
        if isinstance(self.timestamp, bool) or not isinstance(self.timestamp, (int, np.integer)):
            raise TypeError(f"timestamp must be an integer sample index, got {self.timestamp!r}")
        if self.timestamp < 0:
            raise ValueError(f"timestamp must be ≥ 0, got {self.timestamp}")
        object.__setattr__(self, "timestamp", int(self.timestamp))
        object.__setattr__(self, "weights", _readonly_weights(self.weights))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MotionFrame):
            return NotImplemented
        return (
            self.timestamp == other.timestamp
            and self.pose == other.pose
            and bool(np.array_equal(self.weights, other.weights))
        )

    __hash__ = None  # type: ignore[assignment]

    @property
    def seconds(self) -> float:
        return self.timestamp / SAMPLE_RATE

    def weight(self, name: str) -> float:
        return float(self.weights[BLENDSHAPE_INDEX[name]])

    @classmethod
    def from_named(
        cls, timestamp: int, blendshapes: Mapping[str, float], pose: HeadPose = NEUTRAL_POSE
    ) -> MotionFrame:
        """Build a frame from ``{name: weight}``; missing names are 0, unknown names raise."""
        weights = np.zeros(NUM_BLENDSHAPES, dtype=np.float32)
        for name, value in blendshapes.items():
            if name not in BLENDSHAPE_INDEX:
                raise ValueError(f"unknown blendshape {name!r}")
            weights[BLENDSHAPE_INDEX[name]] = value
        return cls(timestamp, weights, pose)

    def to_named(self) -> dict[str, float]:
        """``{name: weight}`` for the non-zero weights."""
        return {ARKIT_BLENDSHAPES[i]: float(w) for i, w in enumerate(self.weights) if w != 0.0}


def seconds_to_samples(seconds: float) -> int:
    return round(seconds * SAMPLE_RATE)
