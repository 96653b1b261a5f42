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
- hostile photos (20 megapixels: a face filling the frame, one colour, 16-bit grey, fully
  transparent): wall time and peak RSS rise of one preparation, each in a fresh interpreter,
  now vs. the old pattern (``legacy_prepare``: the whole photo as an array, padded before
  cropping).
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
    result["hostile_20_megapixels"] = hostile(quick)
    return result


# -- hostile photos: time and peak memory of one preparation ------------------------------------

FACE_BOX_OBAMA = (330, 85, 650, 485)  # obama.jpg's face, forehead to chin 75 % of the height


def face_filling_jpeg(width: int = 4000, height: int = 5000, quality: int = 85) -> bytes:
    """A ``width`` x ``height`` JPEG (20 megapixels by default) whose face fills the frame:
    obama.jpg's face upscaled (forehead to chin 75 % of the height)."""
    import io

    from PIL import Image

    with Image.open(PHOTOS / "obama.jpg") as photo:
        face = photo.convert("RGB").crop(FACE_BOX_OBAMA)
    out = io.BytesIO()
    face.resize((width, height), Image.Resampling.BICUBIC).save(out, "JPEG", quality=quality)
    return out.getvalue()


def single_colour_png(width: int = 5000, height: int = 4000) -> bytes:
    """A valid ``width`` x ``height`` PNG of one colour: tiny on the wire, 20 megapixels decoded."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (90, 140, 200)).save(out, "PNG", compress_level=1)
    return out.getvalue()


def legacy_crop_filled(rgb: np.ndarray, box: tuple[float, float, float], pixels: int) -> np.ndarray:
    """The old ``crop_filled``: the whole photo mirror-padded by the crop's overhang, then
    resampled (a face filling a 20-megapixel photo padded ~470 MB)."""
    from PIL import Image

    from photocall.receiver.render.border import BorderConfig, blur_past_border

    config = BorderConfig()
    height, width = rgb.shape[:2]
    x0, y0, side = box
    over = max(0.0, -x0, -y0, x0 + side - width, y0 + side - height)
    pad = int(np.ceil(over)) + 2 if over > 0 else 0
    padded = np.pad(rgb, ((pad, pad), (pad, pad), (0, 0)), mode="symmetric") if pad else rgb
    image = Image.fromarray(padded).resize(
        (pixels, pixels), Image.Resampling.LANCZOS,
        box=(x0 + pad, y0 + pad, x0 + pad + side, y0 + pad + side), reducing_gap=3.0,
    )  # fmt: skip
    if not pad:
        return np.asarray(image)
    return blur_past_border(image, box, (width, height), config)


def legacy_prepare(photo: bytes, size: int = 256) -> None:
    """The old preparation's memory pattern (the baseline): the whole photo decoded to a NumPy
    array, the face found on it, the crop padded at full size; then the same person layers."""
    from photocall.receiver.render.background import person_layers
    from photocall.receiver.render.border import fit_crop
    from photocall.receiver.render.photo import CONTEXT_MARGIN, crop_box, decode_photo, find_face
    from photocall.shared.landmarks import default_detector, default_landmarker

    rgb = decode_photo(photo)
    points = find_face(rgb, default_landmarker(), default_detector())
    x0, y0, side = fit_crop(crop_box(points), rgb.shape[1], rgb.shape[0])
    margin = round(CONTEXT_MARGIN * size)
    outer = side * (size + 2 * margin) / size
    box = (x0 - (outer - side) / 2, y0 - (outer - side) / 2, outer)
    context = legacy_crop_filled(rgb, box, size + 2 * margin)
    scale = size / side
    crop_points = (points - np.array([x0, y0, 0.0], dtype=np.float32)) * np.float32(scale)
    person_layers(context, crop_points[:, :2] + margin)


def hostile_photos() -> dict[str, bytes]:
    """The photos a hostile (or careless) peer sends: 20 megapixels each."""
    import io

    from PIL import Image

    grey16 = io.BytesIO()
    Image.fromarray(np.full((4000, 5000), 40_000, np.uint16)).save(grey16, "PNG", compress_level=1)
    rgba = io.BytesIO()
    Image.new("RGBA", (5000, 4000), (250, 0, 250, 0)).save(rgba, "PNG", compress_level=1)
    return {
        "face_filling_20mp_jpeg": face_filling_jpeg(),
        "single_colour_20mp_png": single_colour_png(),
        "grey16_20mp_png": grey16.getvalue(),
        "transparent_20mp_png": rgba.getvalue(),
    }


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def measure_preparation(photos: dict[str, bytes], repeats: int, legacy: bool = False) -> dict:
    """Prepare each photo ``repeats`` times in this process (the models loaded first): the
    median wall time and the largest rise of the resident set above where it stood before a
    preparation (Linux's peak RSS, VmHWM, reset per run through /proc/self/clear_refs).
    ``legacy``: the old preparation's pattern (``legacy_prepare``) instead."""
    import gc
    import time

    from photocall.receiver.render import PhotoError, default_photo_bytes, prepare_photo

    prepare_photo(default_photo_bytes(), 256)  # the models, loaded once
    results = {}
    for name, photo in photos.items():
        times, peaks, outcome = [], [], "prepared"
        for _ in range(repeats):
            gc.collect()
            Path("/proc/self/clear_refs").write_text("5")  # VmHWM := VmRSS
            before = _status_kib("VmRSS")
            start = time.perf_counter()
            try:
                legacy_prepare(photo) if legacy else prepare_photo(photo, 256)
            except PhotoError as exc:
                outcome = f"refused: {exc}"
            times.append(time.perf_counter() - start)
            peaks.append(_status_kib("VmHWM") - before)
        results[name] = {
            "outcome": outcome,
            "median_s": round(float(np.median(times)), 3),
            "peak_rss_rise_mib": round(max(peaks) / 1024, 1),
        }
    return results


def measure_in_subprocess(photos: dict[str, bytes], repeats: int, legacy: bool = False) -> dict:
    """``measure_preparation`` in a fresh interpreter, so nothing else this process holds
    counts (the photos travel through a temporary folder)."""
    import json
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for name, photo in photos.items():
            (Path(folder) / name).write_bytes(photo)
        code = (
            "import json, sys; from pathlib import Path; "
            "from photocall.benchmarks.photo import measure_preparation; "
            "photos = {n: (Path(sys.argv[1]) / n).read_bytes() for n in sys.argv[4:]}; "
            "print(json.dumps(measure_preparation(photos, int(sys.argv[2]), sys.argv[3] == '1')))"
        )
        done = subprocess.run(
            [sys.executable, "-c", code, folder, str(repeats), str(int(legacy)), *photos],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def hostile(quick: bool) -> dict:
    """Time and peak memory of preparing 20-megapixel photos, now against the old pattern."""
    photos = hostile_photos()
    repeats = 1 if quick else 3
    now = measure_in_subprocess(photos, repeats)
    before = measure_in_subprocess(photos, 1 if quick else 2, legacy=True)
    return {
        name: {
            "before": before[name],
            "now": now[name],
            "time_ratio": round(before[name]["median_s"] / max(now[name]["median_s"], 1e-3), 1),
            "memory_ratio": round(
                before[name]["peak_rss_rise_mib"] / max(now[name]["peak_rss_rise_mib"], 1.0), 1
            ),
        }
        for name in photos
    }
