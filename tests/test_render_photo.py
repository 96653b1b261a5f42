"""Photo preparation on real portraits: small faces in wide and group shots, crops that run past
the photo's border (filled without streaks), the person mask and the background plate."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photocall.benchmarks.photo import (
    cut_portrait,
    far_background,
    group_shot,
    renderers,
    replicate_fill,
    streak_pair,
    top_streaks,
)
from photocall.receiver.render import PhotoError, default_photo_bytes, prepare_photo
from photocall.receiver.render.border import BorderConfig, fit_crop
from photocall.receiver.render.photo import crop_box, decode_photo, find_face
from photocall.shared.landmarks import default_detector, default_landmarker
from support.media import png_bytes

PHOTOS = Path(__file__).parent / "data" / "photos"


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
    prepared = prepare_photo(png_bytes(Image.fromarray(group_shot(0.06, 0.045))), 256)
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
        prepare_photo(png_bytes(cat))


def test_the_bundled_photo_still_prepares():
    assert prepare_photo(default_photo_bytes(), 256).image.shape == (256, 256, 3)


# -- crops past the photo's border --------------------------------------------------------------


def test_a_crop_slightly_past_a_border_is_shifted_inside():
    x0, y0, side = fit_crop((-20.0, 50.0, 400.0), 1000, 1000)
    assert (x0, y0, side) == (0.0, 50.0, 400.0)
    x0, _, _ = fit_crop((620.0, 50.0, 400.0), 1000, 1000)
    assert x0 == 600.0


def test_a_shift_is_bounded_so_the_face_stays_near_the_centre():
    x0, _, side = fit_crop((-200.0, 0.0, 400.0), 1000, 1000, BorderConfig(max_shift=0.1))
    assert (x0, side) == (-160.0, 400.0)


def test_a_crop_wider_than_the_photo_shrinks_within_its_limit():
    x0, _, side = fit_crop((-100.0, 0.0, 800.0), 700, 1000, BorderConfig(min_side=0.8))
    assert side == 700.0 and x0 == 0.0  # shrunk about its centre, then shifted flush
    _, _, side = fit_crop((-100.0, 0.0, 800.0), 500, 1000, BorderConfig(min_side=0.8))
    assert side == 640.0


@pytest.mark.parametrize("name", ["obama2", "cut"])
def test_the_fill_past_the_border_has_no_streaks(name):
    rgb = decode_photo(PHOTOS / "obama2.jpg") if name == "obama2" else cut_portrait()
    box = crop_box(find_face(rgb, default_landmarker(), default_detector()))
    result = streak_pair(rgb, box, 256)
    assert result["filled_share"] > 0.1  # the crop does run past the border
    assert result["edge_replicate"] > 20.0  # the metric sees the old streaks ...
    assert result["mirror_blur"] < 2.0  # ... and none in the fill (natural texture: ~1)


def test_replicate_fill_is_the_old_crop():
    # the benchmark's "before" is what prepare_photo did: inside the photo both crops agree
    rgb = decode_photo(PHOTOS / "obama.jpg")
    box = (100.0, 100.0, 600.0)
    from photocall.receiver.render.border import crop_filled

    assert np.array_equal(replicate_fill(rgb, box, 256), crop_filled(rgb, box, 256))


# -- the person apart from the background -------------------------------------------------------


@pytest.fixture(scope="module")
def obama():
    return prepare_photo(PHOTOS / "obama.jpg", 256)


def test_the_prepared_image_is_the_centre_of_the_context(obama):
    m, size = obama.margin, obama.size
    assert obama.context.shape == (size + 2 * m, size + 2 * m, 3) and m > 0
    assert np.array_equal(obama.context[m : m + size, m : m + size], obama.image)


def test_the_person_covers_the_face_and_not_the_curtains(obama):
    m = obama.margin
    face = np.round(obama.landmarks[:, :2] + m).astype(int)
    assert obama.person[face[:, 1], face[:, 0]].min() == 1.0
    corners = obama.person[m : m + 40, m : m + 40], obama.person[m : m + 40, -m - 40 : -m]
    assert max(c.max() for c in corners) == 0.0  # the top corners show curtains


def test_the_plate_is_the_photo_wherever_the_person_layer_lets_it_show(obama):
    m, size = obama.margin, obama.size
    alpha = obama.person[m : m + size, m : m + size]
    shows = alpha < 1.0
    assert np.array_equal(obama.plate[shows], obama.image[shows])
    # and where the person was, it holds something else: the inpainted background
    assert np.abs(obama.plate[~shows].astype(int) - obama.image[~shows]).mean() > 10


@pytest.fixture(scope="module")
def obama_renderers(obama):
    return renderers(obama)


def test_the_person_layer_leaves_the_neutral_frame_as_it_was(obama, obama_renderers):
    before, after = obama_renderers
    assert np.abs(after(0, 0.0).astype(int) - before(0, 0.0)).max() <= 1


@pytest.mark.parametrize("axis, value", [(1, 0.3), (1, -0.3), (0, 0.3), (2, 0.3)])
def test_head_motion_leaves_the_background_still(obama, obama_renderers, axis, value):
    before, after = obama_renderers
    far = far_background(obama)
    assert far.mean() > 0.05

    def change(frame: np.ndarray) -> float:
        return float(np.abs(frame.astype(float) - obama.image)[far].mean())

    assert change(before(axis, value)) > 3.0  # the old warp dragged the curtains ...
    assert change(after(axis, value)) < 0.5  # ... now they stay put
    moved = np.abs(after(axis, value).astype(float) - obama.image).mean(-1) > 20
    assert moved.mean() > 0.05  # while the person does move


def test_the_top_edge_does_not_smear_under_pitch():
    prepared = prepare_photo(PHOTOS / "biden.jpg", 256)
    before, after = renderers(prepared)
    assert top_streaks(before(0, 0.3), 12) > 20.0  # the crop's top row repeated downward
    assert top_streaks(after(0, 0.3), 12) < 2.0
