"""``photocall eval-render`` on real portraits: the photo's own expression released, the jaw
opening the lips in order, blinks the landmarker sees, yaw in the right direction."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from photocall.receiver.render import default_photo_bytes, prepare_photo
from photocall.receiver.render.evaluate import Goals, evaluate_photo, format_table, spearman
from photocall.receiver.render.rig import build_rig

PHOTOS = Path(__file__).parent / "data" / "photos"
# a closed mouth, a toothy smile, a mid-speech open mouth (see data/photos/README.md)
EVAL_PHOTOS = ("biden", "obama", "obama2")


def _source(name: str):
    return default_photo_bytes() if name == "astronaut" else PHOTOS / f"{name}.jpg"


@pytest.mark.parametrize("name", EVAL_PHOTOS + ("astronaut",))
def test_eval_render_meets_every_goal(name):
    result, _ = evaluate_photo(_source(name), name, 256)
    figures = result.figures
    assert figures.passed(Goals()), "\n" + format_table([figures])


def test_the_photos_own_expression_is_estimated():
    expression = {
        name: build_rig(prepare_photo(_source(name), 256)).expression
        for name in EVAL_PHOTOS + ("astronaut",)
    }
    assert expression["biden"].lip_gap < 0.01 and expression["biden"].smile < 0.15
    assert expression["obama"].smile > 0.6  # a broad smile
    assert expression["astronaut"].smile > 0.3
    assert expression["obama2"].jaw_open > 0.2  # caught mid-speech, jaw open
    assert expression["obama2"].jaw_open > expression["obama"].jaw_open
    # open eyes, level brows everywhere: nothing to release there
    for e in expression.values():
        assert e.brow_raise == 0.0 and min(e.eye_open) > -0.05


def test_spearman_matches_hand_computed_ranks():
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    # ties share their mean rank: ranks (1, 2.5, 2.5, 4) against (1, 2, 3, 4)
    assert spearman([1, 2, 3, 4], [5, 7, 7, 9]) == pytest.approx(0.9486832980505138)
    assert np.isnan(spearman([1, 2, 3], [2, 2, 2]))


def test_eval_render_cli_writes_a_sheet_and_reports(tmp_path, capsys):
    from photocall.cli import main

    code = main(["eval-render", str(PHOTOS / "obama2.jpg"), "--out", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert (tmp_path / "obama2-256.png").stat().st_size > 10_000
    assert "obama2" in out and "pass" in out


def test_eval_render_cli_names_a_bad_photo(tmp_path, capsys):
    from photocall.cli import main

    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"nope")
    assert main(["eval-render", str(bad), "--out", str(tmp_path)]) == 2
    assert "bad.jpg" in capsys.readouterr().err


def test_an_expression_rendered_into_a_photo_is_released_again():
    # pose the astronaut (jaw open, brows raised), take that frame as a new photo: its rig
    # must find the pose and undo it, so that all-zero weights close the lips and lower the brows
    import io

    from PIL import Image

    from photocall.receiver.render import create_renderer
    from photocall.receiver.render.evaluate import _largest
    from photocall.receiver.render.sheet import motion_arrays
    from photocall.shared.landmarks import default_landmarker

    raised = {"browInnerUp": 1.0, "browOuterUpLeft": 1.0, "browOuterUpRight": 1.0}
    first = create_renderer(prepare_photo(default_photo_bytes(), 256), "torch")
    posed = first.render(*motion_arrays({"jawOpen": 0.5, **raised}))
    png = io.BytesIO()
    Image.fromarray(posed).save(png, format="PNG")
    photo = prepare_photo(png.getvalue(), 256)
    expression = build_rig(photo).expression
    assert expression.jaw_open > 0.1 and expression.brow_raise > 0.5, expression
    released = create_renderer(photo, "torch").render(*motion_arrays({}))

    def measure(image):
        points = _largest(default_landmarker().detect(image))
        assert points is not None
        height = np.linalg.norm(points[152, :2] - points[10, :2])
        gap = np.linalg.norm(points[14, :2] - points[13, :2]) / height
        brow = (points[386, 1] - points[334, 1]) / height  # left brow above the upper lid
        return gap, brow

    _, rest_brow = measure(first.render(*motion_arrays({})))
    posed_gap, posed_brow = measure(posed)
    gap, brow = measure(released)
    assert posed_gap > 0.05 and gap <= Goals().rest_gap
    # brows are released only beyond a relaxed face's height (NeutralFace.brow_height), so a
    # part of the raise stays: at least a quarter of it must go
    assert posed_brow - rest_brow > 0.02
    assert posed_brow - brow >= 0.25 * (posed_brow - rest_brow)
