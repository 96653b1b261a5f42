"""Bench "photo": photo preparation on the development portraits, each figure against the old
behaviour in the same run.

- detection: faces 4-10 % of a wide shot's width, found by the full-range detector + upsampled
  mesh crop vs. the face mesh alone (the old path).
- streaks where the crop runs past the photo's border: ``streak_ratio`` of the filled region,
  mirror + blur (now) vs. repeated edge pixels (before). Natural texture gives ~1.
- the top edge under pitch ±0.3: ``streak_ratio`` (vertical) of the frame's top rows, with the
  person layer and its context margin vs. the warp sampling the bare crop (before).
- background drag: mean absolute change (0-255 levels) of the background far from the person
  (> 15 % of the side away from it) under yaw ±0.3, pitch ±0.3, roll 0.3, with the person layer
  vs. without (the whole frame warped).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from photocall.shared.motion import NUM_BLENDSHAPES, POSE_SIZE

PHOTOS = Path(__file__).resolve().parents[1] / "tests" / "data" / "photos"
FACE_HEIGHT_PX = {"obama.jpg": 300.0, "biden.jpg": 337.0}  # forehead (10) to chin (152)
POSES = {"yaw+0.3": (1, 0.3), "yaw-0.3": (1, -0.3), "pitch+0.3": (0, 0.3),
         "pitch-0.3": (0, -0.3), "roll+0.3": (2, 0.3)}  # fmt: skip


def group_shot(left: float, right: float, width: int = 1600, height: int = 1000) -> np.ndarray:
    """Obama (left) and Biden (right) pasted small into one wide canvas; ``left``/``right``: each
    face's height as a fraction of the canvas width."""
    from PIL import Image

    canvas = Image.new("RGB", (width, height), (118, 128, 140))
    for name, x, fraction in (("obama.jpg", 250, left), ("biden.jpg", 950, right)):
        person = Image.open(PHOTOS / name).convert("RGB")
        scale = fraction * width / FACE_HEIGHT_PX[name]
        person = person.resize((round(person.width * scale), round(person.height * scale)))
        canvas.paste(person, (x, height - person.height))
    return np.asarray(canvas)


def replicate_fill(rgb: np.ndarray, box: tuple[float, float, float], pixels: int) -> np.ndarray:
    """The old crop: edge pixels repeated past the photo's border."""
    from PIL import Image

    x0, y0, side = box
    height, width = rgb.shape[:2]
    pad = int(np.ceil(max(0.0, -x0, -y0, x0 + side - width, y0 + side - height))) + 1
    padded = np.pad(rgb, ((pad, pad), (pad, pad), (0, 0)), mode="edge")
    image = Image.fromarray(padded).resize(
        (pixels, pixels), Image.Resampling.LANCZOS,
        box=(x0 + pad, y0 + pad, x0 + pad + side, y0 + pad + side), reducing_gap=3.0,
    )  # fmt: skip
    return np.asarray(image)


def past_border(
    box: tuple[float, float, float], width: int, height: int, pixels: int
) -> tuple[np.ndarray, np.ndarray]:
    """Masks of the output pixels past the photo's left/right and top/bottom borders."""
    x0, y0, side = box
    centres = (np.arange(pixels) + 0.5) * side / pixels
    xs, ys = x0 + centres, y0 + centres
    sides = ((xs < 0) | (xs > width))[None].repeat(pixels, 0)
    ends = ((ys < 0) | (ys > height))[:, None].repeat(pixels, 1)
    return sides & ~ends, ends & ~sides


def streak_pair(rgb: np.ndarray, box: tuple[float, float, float], pixels: int) -> dict:
    """streak_ratio of the region past the border: repeated edge pixels vs. our fill."""
    from photocall.receiver.render.border import crop_filled, streak_ratio

    sides, ends = past_border(box, rgb.shape[1], rgb.shape[0], pixels)
    out = {}
    for name, image in (("edge_replicate", replicate_fill(rgb, box, pixels)),
                        ("mirror_blur", crop_filled(rgb, box, pixels))):  # fmt: skip
        ratios = [streak_ratio(image, mask, axis) for mask, axis in ((sides, 1), (ends, 0))
                  if mask.sum() > 50]  # fmt: skip
        out[name] = round(max(ratios), 2) if ratios else None
    out["filled_share"] = round(float((sides | ends).mean()), 3)
    return out


def cut_portrait() -> np.ndarray:
    """The astronaut cut tight at the chin's sides and below the collar: the crop runs past
    three borders (a close portrait cropped at the shoulders)."""
    import io

    from PIL import Image

    from photocall.receiver.render import default_photo_bytes

    image = Image.open(io.BytesIO(default_photo_bytes())).convert("RGB")
    return np.asarray(image.crop((80, 10, 380, 300)))


def renderers(prepared):
    """(before, after): the renderer without and with the person layer. The photo's own
    expression is kept (all-zero weights leave the face as photographed), so that only the
    head pose moves anything."""
    import torch

    from photocall.receiver.render.module import FrameSynth, SynthConfig
    from photocall.receiver.render.rig import RigConfig

    kept = RigConfig(release_expression=False)
    out = []
    for layer in (False, True):
        synth = FrameSynth(prepared, SynthConfig(person_layer=layer, rig=kept)).eval()

        def render(axis: int, value: float, synth=synth) -> np.ndarray:
            pose = torch.zeros(POSE_SIZE)
            pose[axis] = value
            with torch.inference_mode():
                frame = synth(torch.zeros(NUM_BLENDSHAPES), pose)
            return np.round(frame.numpy() * 255).astype(np.uint8)

        out.append(render)
    return out


def far_background(prepared, reach: float = 0.15) -> np.ndarray:
    """Pixels of the crop at least ``reach`` of the side away from the person."""
    import cv2

    m, size = prepared.margin, prepared.size
    person = (prepared.person[m : m + size, m : m + size] > 0).astype(np.uint8)
    distance = cv2.distanceTransform(1 - person, cv2.DIST_L2, 5)
    return distance > reach * size


def top_streaks(frame: np.ndarray, rows: int) -> float:
    from photocall.receiver.render.border import streak_ratio

    band = np.zeros(frame.shape[:2], bool)
    band[:rows] = True
    return streak_ratio(frame, band, axis=0)


def run(out_dir: Path, quick: bool = False) -> dict:
    from photocall.receiver.render import default_photo_bytes, prepare_photo
    from photocall.receiver.render.photo import PhotoError, crop_box, decode_photo, find_face
    from photocall.shared.landmarks import NOSE_TIP, default_detector, default_landmarker

    if not PHOTOS.is_dir():
        from photocall.shared.errors import UserError

        raise UserError(f"bench photo needs the development photos in {PHOTOS} (a checkout)")
    result: dict = {}
    detection = {}
    for fraction in (0.04, 0.05, 0.07, 0.10):
        shot = group_shot(fraction, 0.8 * fraction)
        row = {}
        for name, detector in (("mesh_only", None), ("full_range", default_detector())):
            try:
                points = find_face(shot, default_landmarker(), detector)
                row[name] = "larger face" if points[NOSE_TIP, 0] < 800 else "smaller face"
            except PhotoError:
                row[name] = "no face found"
        detection[f"faces_{round(fraction * 100)}pct_of_width"] = row
    result["detection"] = detection

    streaks = {}
    obama2 = decode_photo(PHOTOS / "obama2.jpg")
    cut = cut_portrait()
    for name, rgb in (("obama2", obama2), ("astronaut_cut_at_shoulders", cut)):
        box = crop_box(find_face(rgb, default_landmarker(), default_detector()))
        streaks[name] = streak_pair(rgb, box, 256)
    result["streak_ratio_past_border"] = streaks

    photos = {"astronaut": default_photo_bytes()}
    photos.update({p.stem: p for p in sorted(PHOTOS.glob("*.jpg"))})
    if quick:
        photos = dict(list(photos.items())[:2])
    top, drag = {}, {}
    for name, source in photos.items():
        prepared = prepare_photo(source, 256)
        before, after = renderers(prepared)
        far = far_background(prepared)
        top[name], drag[name] = {}, {"far_background_share": round(float(far.mean()), 2)}
        for pose, (axis, value) in POSES.items():
            frames = {"before": before(axis, value), "after": after(axis, value)}
            neutral = prepared.image.astype(np.float64)
            drag[name][pose] = {
                k: round(float(np.abs(f.astype(np.float64) - neutral)[far].mean()), 2)
                for k, f in frames.items()
            }
            if pose.startswith("pitch"):
                top[name][pose] = {k: round(top_streaks(f, 12), 2) for k, f in frames.items()}
        top[name]["photo_itself"] = round(top_streaks(prepared.image, 12), 2)
    result["top_edge_streak_ratio_under_pitch"] = top
    result["background_change_far_from_person"] = drag
    return result
