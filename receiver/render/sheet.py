"""Contact sheet: a labelled grid of frames sweeping each blendshape group and the head angles,
so a person can see what the rig does."""

from __future__ import annotations

import numpy as np

from photocall.shared.motion import BLENDSHAPE_INDEX, HEAD_POSE_FIELDS, POSE_SIZE

# rows of (label, {blendshape or head field: value})
SHEET_ROWS: tuple[tuple[tuple[str, dict[str, float]], ...], ...] = (
    (("neutral", {}), ("jawOpen .25", {"jawOpen": 0.25}), ("jawOpen .5", {"jawOpen": 0.5}),
     ("jawOpen .75", {"jawOpen": 0.75}), ("jawOpen 1", {"jawOpen": 1.0}),
     ("jawLeft", {"jawLeft": 1.0, "jawOpen": 0.2}), ("jawRight", {"jawRight": 1.0, "jawOpen": 0.2}),
     ("tongueOut", {"tongueOut": 1.0, "jawOpen": 0.4})),
    (("smile", {"mouthSmileLeft": 1.0, "mouthSmileRight": 1.0}),
     ("smileLeft", {"mouthSmileLeft": 1.0}), ("frown", {"mouthFrownLeft": 1.0, "mouthFrownRight": 1.0}),
     ("pucker", {"mouthPucker": 1.0}), ("funnel", {"mouthFunnel": 1.0}),
     ("stretch", {"mouthStretchLeft": 1.0, "mouthStretchRight": 1.0}),
     ("mouthLeft", {"mouthLeft": 1.0}), ("mouthClose+jaw", {"mouthClose": 0.3, "jawOpen": 0.3})),
    (("press", {"mouthPressLeft": 1.0, "mouthPressRight": 1.0}),
     ("rollLower", {"mouthRollLower": 1.0}), ("rollUpper", {"mouthRollUpper": 1.0}),
     ("shrugLower", {"mouthShrugLower": 1.0}),
     ("upperUp", {"mouthUpperUpLeft": 1.0, "mouthUpperUpRight": 1.0}),
     ("lowerDown", {"mouthLowerDownLeft": 1.0, "mouthLowerDownRight": 1.0}),
     ("dimple", {"mouthDimpleLeft": 1.0, "mouthDimpleRight": 1.0}), ("cheekPuff", {"cheekPuff": 1.0})),
    (("blinkLeft", {"eyeBlinkLeft": 1.0}), ("blinkRight", {"eyeBlinkRight": 1.0}),
     ("blink both", {"eyeBlinkLeft": 1.0, "eyeBlinkRight": 1.0}),
     ("squint", {"eyeSquintLeft": 1.0, "eyeSquintRight": 1.0}),
     ("wide", {"eyeWideLeft": 1.0, "eyeWideRight": 1.0}),
     ("look up", {"eyeLookUpLeft": 1.0, "eyeLookUpRight": 1.0}),
     ("look left", {"eyeLookOutLeft": 1.0, "eyeLookInRight": 1.0}),
     ("look right", {"eyeLookInLeft": 1.0, "eyeLookOutRight": 1.0})),
    (("browInnerUp", {"browInnerUp": 1.0}), ("browDown", {"browDownLeft": 1.0, "browDownRight": 1.0}),
     ("browOuterUp", {"browOuterUpLeft": 1.0, "browOuterUpRight": 1.0}),
     ("cheekSquint", {"cheekSquintLeft": 1.0, "cheekSquintRight": 1.0}),
     ("noseSneer", {"noseSneerLeft": 1.0, "noseSneerRight": 1.0}),
     ("viseme aa", {"jawOpen": 0.6, "mouthLowerDownLeft": 0.3, "mouthLowerDownRight": 0.3}),
     ("viseme ou", {"mouthPucker": 0.8, "mouthFunnel": 0.3, "jawOpen": 0.15}),
     ("viseme E", {"jawOpen": 0.35, "mouthStretchLeft": 0.35, "mouthStretchRight": 0.35})),
    (("yaw +.3", {"yaw": 0.3}), ("yaw -.3", {"yaw": -0.3}), ("pitch +.3", {"pitch": 0.3}),
     ("pitch -.3", {"pitch": -0.3}), ("roll +.3", {"roll": 0.3}), ("x +.3", {"x": 0.3}),
     ("z +.5", {"z": 0.5}), ("yaw+jaw", {"yaw": 0.25, "jawOpen": 0.6})),
)  # fmt: skip


def motion_arrays(values: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    weights = np.zeros(len(BLENDSHAPE_INDEX), np.float32)
    pose = np.zeros(POSE_SIZE, np.float32)
    for name, value in values.items():
        if name in HEAD_POSE_FIELDS:
            pose[HEAD_POSE_FIELDS.index(name)] = value
        else:
            weights[BLENDSHAPE_INDEX[name]] = value
    return weights, pose


def contact_sheet(renderer, cell: int = 192) -> np.ndarray:
    """(H, W, 3) uint8: every entry of ``SHEET_ROWS`` rendered, labelled, ``cell`` px square."""
    from PIL import Image, ImageDraw

    rows = []
    for row in SHEET_ROWS:
        tiles = []
        for label, values in row:
            frame = Image.fromarray(renderer.render(*motion_arrays(values)))
            frame = frame.resize((cell, cell), Image.Resampling.LANCZOS)
            draw = ImageDraw.Draw(frame)
            draw.rectangle((0, 0, cell, 14), fill=(0, 0, 0))
            draw.text((3, 1), label, fill=(255, 255, 255))
            tiles.append(np.asarray(frame))
        rows.append(np.concatenate(tiles, 1))
    return np.concatenate(rows, 0)
