"""Renderer tests, measured on rendered frames by running the face landmarker on them."""

from __future__ import annotations

import io

import numpy as np
import pytest

from photocall.receiver.render import (
    PhotoError,
    create_renderer,
    default_photo_bytes,
    prepare_photo,
)
from photocall.receiver.render.sheet import SHEET_ROWS, motion_arrays
from photocall.shared.landmarks import default_landmarker
from photocall.shared.motion import BLENDSHAPE_INDEX, HEAD_POSE_FIELDS
from support.media import png_bytes

# MediaPipe indices, subject's left (image right) and right
LEFT_EYE = (386, 374, 263, 362)  # top, bottom, outer, inner
RIGHT_EYE = (159, 145, 33, 133)
NOSE_TIP = 1


@pytest.fixture(scope="module")
def renderer(prepared):
    return create_renderer(prepared, "torch")


def frame_of(renderer, **values: float) -> np.ndarray:
    return renderer.render(*motion_arrays(values))


def landmarks(image: np.ndarray) -> np.ndarray | None:
    faces = default_landmarker().detect(image)
    return max(faces, key=lambda f: np.ptp(f[:, 0])) if faces else None


def eye_ratio(points: np.ndarray, eye: tuple[int, int, int, int]) -> float:
    top, bottom, outer, inner = eye
    return float(
        np.linalg.norm(points[top, :2] - points[bottom, :2])
        / np.linalg.norm(points[outer, :2] - points[inner, :2])
    )


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2)
    return float(10 * np.log10(255.0**2 / max(mse, 1e-12)))


def test_prepared_photo_is_a_square_crop_with_the_face(prepared):
    assert prepared.image.shape == (256, 256, 3) and prepared.image.dtype == np.uint8
    found = landmarks(prepared.image)
    assert found is not None
    # the stored landmarks agree with a fresh detection on the crop (within 2 px)
    assert np.median(np.linalg.norm(found[:, :2] - prepared.landmarks[:, :2], axis=1)) < 2.0


def test_neutral_motion_reproduces_the_photo_when_its_expression_is_kept(prepared):
    import torch

    from photocall.receiver.render.module import FrameSynth, SynthConfig
    from photocall.receiver.render.rig import RigConfig

    kept = FrameSynth(prepared, SynthConfig(rig=RigConfig(release_expression=False)))
    with torch.no_grad():
        frame = kept(torch.zeros(52), torch.zeros(6)).numpy()
    assert psnr((frame * 255 + 0.5).astype(np.uint8), prepared.image) >= 35.0


def test_neutral_motion_releases_the_photos_smile_only_around_the_mouth(renderer, prepared):
    # the astronaut smiles with her teeth showing: at all-zero weights the lips close, the
    # rest of the picture (hair, eyes, background above the nose) stays the photo's
    frame = frame_of(renderer)
    above_nose = int(prepared.landmarks[1, 1]) - 4
    assert psnr(frame[:above_nose], prepared.image[:above_nose]) >= 40.0
    assert psnr(frame, prepared.image) < 35.0


def test_motion_changes_the_frame(renderer, prepared):
    # the PSNR tests above cannot pass by ignoring the motion
    assert psnr(frame_of(renderer, jawOpen=0.8), prepared.image) < 30.0
    assert psnr(frame_of(renderer, yaw=0.3), prepared.image) < 25.0


def test_face_is_found_in_the_contact_sheet_sweep(renderer):
    entries = [values for row in SHEET_ROWS for _, values in row]
    jaw = [{"jawOpen": v, "yaw": 0.2 * v} for v in np.linspace(0, 1, 12)]
    frames = [frame_of(renderer, **values) for values in entries + jaw]
    found = sum(landmarks(frame) is not None for frame in frames)
    assert found / len(frames) >= 0.99, f"face found in {found}/{len(frames)} frames"


def test_jaw_open_opens_the_inner_lip_gap_monotonically(renderer):
    gaps = []
    for value in np.linspace(0.0, 1.0, 6):
        points = landmarks(frame_of(renderer, jawOpen=float(value)))
        assert points is not None
        gaps.append(points[14, 1] - points[13, 1])
    assert np.all(np.diff(gaps) > 0.5), gaps
    assert gaps[-1] - gaps[0] > 10.0, gaps  # pixels at 256 px: a real opening


def test_blink_left_closes_the_left_eye_only(renderer):
    neutral = landmarks(frame_of(renderer))
    blink = landmarks(frame_of(renderer, eyeBlinkLeft=1.0))
    assert neutral is not None and blink is not None
    left = eye_ratio(blink, LEFT_EYE) / eye_ratio(neutral, LEFT_EYE)
    right = eye_ratio(blink, RIGHT_EYE) / eye_ratio(neutral, RIGHT_EYE)
    assert left <= 0.3, f"left eye ratio kept {left:.0%}"
    assert abs(right - 1.0) < 0.15, f"right eye ratio changed to {right:.0%}"
    # the subject's left eye is on the image right
    assert neutral[LEFT_EYE[0], 0] > neutral[RIGHT_EYE[0], 0]


def test_yaw_moves_the_nose_to_opposite_sides(renderer):
    xs = {}
    for yaw in (-0.3, 0.0, 0.3):
        points = landmarks(frame_of(renderer, yaw=yaw))
        assert points is not None
        xs[yaw] = points[NOSE_TIP, 0]
    # yaw > 0 turns the face toward image right (shared/motion.py)
    assert xs[0.3] > xs[0.0] + 3 and xs[-0.3] < xs[0.0] - 3, xs


def test_render_frame_matches_render(renderer):
    from photocall.shared.motion import HeadPose, MotionFrame

    frame = MotionFrame.from_named(0, {"jawOpen": 0.4}, HeadPose(yaw=0.1))
    weights, pose = motion_arrays({"jawOpen": 0.4, "yaw": 0.1})
    assert np.array_equal(renderer.render_frame(frame), renderer.render(weights, pose))
    assert HEAD_POSE_FIELDS[1] == "yaw" and BLENDSHAPE_INDEX["jawOpen"] == 17


# -- bad photos -------------------------------------------------------------------------------


def test_not_an_image_is_refused():
    with pytest.raises(PhotoError, match="not an image"):
        prepare_photo(b"this is not a photo" * 10)


def test_a_photo_without_a_face_is_refused():
    from PIL import Image

    rng = np.random.default_rng(0)
    noise = Image.fromarray(rng.integers(0, 255, (300, 300, 3), dtype=np.uint8))
    with pytest.raises(PhotoError, match="no face"):
        prepare_photo(png_bytes(noise))


def test_too_many_bytes_are_refused(tmp_path):
    big = tmp_path / "big.jpg"
    big.write_bytes(b"\xff" * (10 * 1024 * 1024 + 1))
    with pytest.raises(PhotoError, match="10 MiB"):
        prepare_photo(big)
    with pytest.raises(PhotoError, match="10 MiB"):
        prepare_photo(big.read_bytes())


def test_too_many_pixels_are_refused():
    from PIL import Image

    with pytest.raises(PhotoError, match="20 megapixels"):
        prepare_photo(png_bytes(Image.new("L", (5000, 4001))))


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(PhotoError, match="cannot read photo"):
        prepare_photo(tmp_path / "nope.jpg")


def test_exif_rotation_is_honoured(prepared):
    from PIL import Image

    upright = Image.open(io.BytesIO(default_photo_bytes()))
    # store the pixels rotated and tag them "rotate 90 CW to display" (orientation 6)
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    stored.save(out, format="JPEG", quality=95, exif=exif.tobytes())
    again = prepare_photo(out.getvalue(), 256)
    assert psnr(again.image, prepared.image) > 25.0


def test_several_faces_pick_the_largest(prepared):
    from PIL import Image

    face = Image.open(io.BytesIO(default_photo_bytes())).convert("RGB")
    canvas = Image.new("RGB", (900, 500), (200, 200, 200))
    canvas.paste(face.resize((160, 160)), (20, 300))
    canvas.paste(face.resize((440, 440)), (400, 30))
    chosen = prepare_photo(png_bytes(canvas), 256)
    x0, _, side = chosen.crop
    assert x0 > 300 and side > 250  # the big face, not the small one at the left


def test_unknown_backend_is_a_value_error(prepared):
    with pytest.raises(ValueError, match="unknown render backend"):
        create_renderer(prepared, "vulkan")


def test_cli_prints_a_clear_error_for_a_bad_photo(tmp_path, capsys):
    from photocall.cli import main

    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"nope")
    assert main(["render", "--photo", str(bad), "--sheet", str(tmp_path / "s.png")]) == 2
    assert "not an image" in capsys.readouterr().err


@pytest.fixture(scope="module")
def closed_mouth(renderer):
    """A photo with closed lips: the astronaut rendered with pressed lips, prepared again."""
    from PIL import Image

    pressed = frame_of(renderer, mouthPressLeft=0.7, mouthPressRight=0.7)
    prepared = prepare_photo(png_bytes(Image.fromarray(pressed)), 256)
    assert abs(prepared.landmarks[14, 1] - prepared.landmarks[13, 1]) < 1.0
    return create_renderer(prepared, "torch")


def test_closed_lips_stay_closed_and_open_with_the_jaw(closed_mouth):
    from photocall.shared.motion import VISEME_INDEX, VISEME_POSES

    def gap(weights: np.ndarray) -> float:
        points = landmarks(closed_mouth.render(weights, np.zeros(6, np.float32)))
        assert points is not None
        return float(points[14, 1] - points[13, 1])

    assert gap(VISEME_POSES[VISEME_INDEX["sil"]]) < 1.0
    assert gap(VISEME_POSES[VISEME_INDEX["PP"]]) < 1.5
    opening = []
    for value in (0.0, 0.3, 0.6, 1.0):
        weights = np.zeros(52, np.float32)
        weights[BLENDSHAPE_INDEX["jawOpen"]] = value
        opening.append(gap(weights))
    assert np.all(np.diff(opening) > 1.0), opening


def test_rig_moves_landmarks_for_every_blendshape(prepared):
    from photocall.receiver.render.rig import build_rig
    from photocall.shared.motion import ARKIT_BLENDSHAPES

    rig = build_rig(prepared)
    still = [n for i, n in enumerate(ARKIT_BLENDSHAPES) if np.abs(rig.basis[i]).max() < 1e-3]
    assert still == []


def test_head_pose_follows_the_documented_signs(prepared):
    import torch

    from photocall.receiver.render.module import FrameSynth

    synth = FrameSynth(prepared)

    def nose(**values: float) -> np.ndarray:
        weights, pose = motion_arrays(values)
        with torch.no_grad():
            points = synth.landmarks(torch.from_numpy(weights), torch.from_numpy(pose))[0]
        return points[NOSE_TIP].numpy()

    def eye_line(**values: float) -> float:  # image-right eye minus image-left eye, in y
        weights, pose = motion_arrays(values)
        with torch.no_grad():
            points = synth.landmarks(torch.from_numpy(weights), torch.from_numpy(pose))[0]
        return float(points[263, 1] - points[33, 1])

    rest = nose()
    assert nose(yaw=0.2)[0] > rest[0] + 0.01  # toward image right
    assert nose(pitch=0.2)[1] > rest[1] + 0.01  # face tips down
    assert eye_line(roll=0.2) > eye_line() + 0.02  # clockwise: the image-right side goes down
    assert nose(x=0.1)[0] > rest[0] + 0.01 and nose(y=0.1)[1] > rest[1] + 0.01
    with torch.no_grad():
        wide = synth.landmarks(torch.zeros(52), torch.tensor([0, 0, 0, 0, 0, 0.5]))[0]
        base = synth.landmarks(torch.zeros(52), torch.zeros(6))[0]
    assert np.ptp(wide[:, 0].numpy()) > np.ptp(base[:, 0].numpy())  # z toward the camera
