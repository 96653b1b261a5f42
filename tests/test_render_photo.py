"""Photo preparation on real portraits: small faces in wide and group shots, crops that run past
the photo's border (filled without streaks), the person mask and the background plate."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from photocall.receiver.render import PhotoError, default_photo_bytes, prepare_photo
from photocall.receiver.render.landmarks import default_detector, default_landmarker
from photocall.receiver.render.photo import decode_photo, find_face
from PIL import Image

PHOTOS = Path(__file__).parent / "data" / "photos"
FACE_HEIGHT_PX = {"obama.jpg": 300.0, "biden.jpg": 337.0}  # forehead (10) to chin (152)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def group_shot(left: float, right: float, width: int = 1600, height: int = 1000) -> np.ndarray:
    """Obama (left) and Biden (right) pasted small into one wide canvas; ``left``/``right``: each
    face's height as a fraction of the canvas width."""
    canvas = Image.new("RGB", (width, height), (118, 128, 140))
    for name, x, fraction in (("obama.jpg", 250, left), ("biden.jpg", 950, right)):
        person = Image.open(PHOTOS / name).convert("RGB")
        scale = fraction * width / FACE_HEIGHT_PX[name]
        person = person.resize((round(person.width * scale), round(person.height * scale)))
        canvas.paste(person, (x, height - person.height))
    return np.asarray(canvas)


def face_height(points: np.ndarray) -> float:
    return float(np.linalg.norm(points[152, :2] - points[10, :2]))


@pytest.mark.parametrize("fraction", [0.05, 0.07, 0.10])
def test_small_faces_in_a_wide_shot_are_found(fraction):
    shot = group_shot(fraction, 0.8 * fraction)
    points = find_face(shot, default_landmarker(), default_detector())
    assert points[1, 0] < 800, "the larger face (left) is taken"
    # the mesh fits that face: its height matches the pasted size within 15 %
    assert face_height(points) == pytest.approx(fraction * shot.shape[1], rel=0.15)


def test_the_face_mesh_alone_misses_them():
    # the reason for the detector: without it the same wide shot has "no face"
    with pytest.raises(PhotoError, match="no face"):
        find_face(group_shot(0.06, 0.05), default_landmarker(), None)


def test_the_largest_of_two_small_faces_is_chosen():
    left = find_face(group_shot(0.07, 0.05), default_landmarker(), default_detector())
    right = find_face(group_shot(0.05, 0.07), default_landmarker(), default_detector())
    assert left[1, 0] < 800 < right[1, 0]


def test_a_wide_shot_prepares_a_crop_around_the_face():
    prepared = prepare_photo(_png(Image.fromarray(group_shot(0.06, 0.045))), 256)
    found = default_landmarker().detect(prepared.image)
    assert found, "the upsampled crop shows a face the mesh finds again"
    # the stored landmarks agree with that fresh detection on the crop (within 2 px)
    distance = np.linalg.norm(found[0][:, :2] - prepared.landmarks[:, :2], axis=1)
    assert np.median(distance) < 2.0


def test_detection_agrees_with_the_whole_photo_mesh_on_portraits():
    for name in ("biden.jpg", "obama.jpg", "obama2.jpg"):
        rgb = decode_photo(PHOTOS / name)
        mesh = find_face(rgb, default_landmarker(), None)
        detected = find_face(rgb, default_landmarker(), default_detector())
        error = np.median(np.linalg.norm(mesh[:, :2] - detected[:, :2], axis=1))
        assert error < 0.02 * face_height(mesh), (name, error)


def test_a_photo_without_a_human_face_is_refused():
    from skimage import data

    cat = Image.fromarray(data.chelsea())
    with pytest.raises(PhotoError, match="no face found"):
        prepare_photo(_png(cat))


def test_the_bundled_photo_still_prepares():
    assert prepare_photo(default_photo_bytes(), 256).image.shape == (256, 256, 3)
