"""The page's own photo (web/src/face-mesh.js, crop.js) in headless Chromium: MediaPipe's face
mesh (@mediapipe/face_mesh, its model served from the page's own face_mesh/ folder) finds the
478 landmarks, the photo is cropped around the face as the Python sender's preparation does,
and a photo without a face is refused with a message on the page. Compared with Python's own
landmarker (shared/landmarks.py) and crop (receiver/render/photo.py crop_box, border.fit_crop)
on the same photo."""

from __future__ import annotations

import asyncio
import base64
import io

import numpy as np
import pytest
from PIL import Image

from photocall.benchmarks.browser_render import page_with_graphs
from photocall.shared.photo_check import default_photo_bytes
from photocall.shared.photo_landmarks import read_landmarks
from test_browser import browser_and_server, chromium, until


def blank_png() -> bytes:
    """A smooth colour ramp: no face in it."""
    x = np.linspace(0, 255, 320)
    rgb = np.stack(
        [np.tile(x, (240, 1)), np.tile(x[::-1], (240, 1)), np.full((240, 320), 90)], axis=2
    )
    out = io.BytesIO()
    Image.fromarray(rgb.astype(np.uint8)).save(out, format="PNG")
    return out.getvalue()


def page_photos(tmp_path) -> list:
    root = page_with_graphs(
        tmp_path / "web", {"face.jpg": default_photo_bytes(), "blank.png": blank_png()}
    )

    async def main():
        async with browser_and_server(root) as (driver, server):
            driver.set_script_timeout(240)
            await asyncio.to_thread(driver.get, f"http://127.0.0.1:{server.port}/")
            assert await until(driver, "return !!window.photocall")
            got = []
            for url in ("face.jpg", "blank.png"):
                got.append(await asyncio.to_thread(
                    driver.execute_async_script,
                    "const done = arguments[arguments.length - 1];"
                    "window.photocall.setPhotoFromUrl(arguments[0]).then((r) => done([r, "
                    "document.getElementById('my-photo-note').textContent, "
                    "window.photocall.myPhoto ? btoa(String.fromCharCode(...window.photocall.myPhoto)) : '']),"
                    " (e) => done(String(e)));",
                    url,
                ))  # fmt: skip
            return got

    return asyncio.run(main())


@pytest.mark.slow
def test_browser_finds_its_photos_face_crops_like_python_and_refuses_a_photo_without_one(tmp_path):
    from photocall.receiver.render.border import fit_crop
    from photocall.receiver.render.photo import crop_box
    from photocall.shared.landmarks import default_detector, default_landmarker
    from photocall.shared.photo_check import find_face, load_photo

    (face, face_note, sent), (blank, blank_note, sent_after) = page_photos(tmp_path)
    assert face["ok"], face
    page = np.array(face["landmarks"])
    assert page.shape == (478, 3)
    image = load_photo(default_photo_bytes(), "the astronaut")
    points = find_face(image, default_landmarker(), default_detector())
    box = fit_crop(crop_box(points), *image.size)
    side = box[2]
    # the same crop as Python's, within 2 % of its side
    assert np.abs(np.array(face["box"]) - np.array(box)).max() < 0.02 * side, (face["box"], box)
    # the same landmarks: in the page's 512² crop vs Python's points mapped into it
    want = (points[:, :2] - np.array(face["box"][:2])) * (512 / face["box"][2])
    error = np.linalg.norm(page[:, :2] - want, axis=1)
    print(f"page vs Python landmarks (px of a 512 crop): median {np.median(error):.2f}, "
          f"max {error.max():.2f}; crop {face['box']} vs {box}")  # fmt: skip
    assert np.median(error) < 0.01 * 512 and error.max() < 0.04 * 512
    assert "face found" in face_note and len(photo := base64.b64decode(sent)) == face["bytes"] > 0
    # what is sent: a 512² JPEG of that crop, carrying the page's landmarks (shared/photo_landmarks.py)
    assert Image.open(io.BytesIO(photo)).size == (512, 512)
    carried = read_landmarks(photo, (512, 512))
    np.testing.assert_allclose(carried, page, atol=1e-3)  # float32 on the wire
    # and a Python receiver prepares it with them: the face where Python's landmarker puts it
    from photocall.receiver.render.photo import prepare_photo

    again = prepare_photo(photo, 256)
    redo = find_face(
        Image.open(io.BytesIO(photo)).convert("RGB"), default_landmarker(), default_detector()
    )
    redo_in_crop = (redo[:, :2] - np.array(again.crop[:2])) * (256 / again.crop[2])
    assert np.median(np.linalg.norm(again.landmarks[:, :2] - redo_in_crop, axis=1)) < 0.01 * 256
    # no face: refused, said on the page, and the photo kept is still the last good one
    assert blank["ok"] is False and "no face" in blank["error"]
    assert "not used" in blank_note and "no face" in blank_note
    assert sent_after == sent


@pytest.mark.slow
def test_browser_receiver_places_a_browser_senders_photo_by_its_landmarks(tmp_path):
    """Page a-web sets its photo (landmarks found in the page, sent inside the JPEG); page b-web
    receives it. No graph comes from a browser, so b-web runs the template warp, but placed by
    a-web's landmarks rather than the skin-colour guess, and its heading says so."""
    from test_browser import js, open_page

    root = page_with_graphs(tmp_path / "web", {"face.jpg": default_photo_bytes()})

    async def main():
        async with browser_and_server(root) as (first, server), chromium() as second:
            first.set_script_timeout(240)
            await open_page(first, server, "room", "a-web")
            got = await asyncio.to_thread(
                first.execute_async_script,
                "const done = arguments[arguments.length - 1];"
                "window.photocall.setPhotoFromUrl('face.jpg').then(done, (e) => done(String(e)));",
            )  # fmt: skip
            assert got["ok"], got
            await open_page(second, server, "room", "b-web")
            placed = "const t = window.photocall.tiles.get('a-web'); return !!(t && t.mode === 'template')"
            assert await until(second, placed, timeout=120), await js(
                second, "return document.body.innerText"
            )
            return got, await js(second, "const t = window.photocall.tiles.get('a-web');"
                                 "return [t.layout, t.modeEl.textContent, window.photocallStats.protocolErrors]")  # fmt: skip

    sent, (layout, mode_text, errors) = asyncio.run(main())
    assert errors == 0
    assert layout["source"] == "landmarks" and "placed by the landmarks its owner sent" in mode_text
    points = np.array(sent["landmarks"]) / 512  # the sender's 512² crop, in fractions
    assert abs(layout["eyeY"] - points[[33, 133, 362, 263], 1].mean()) < 1e-4
    assert abs(layout["chinY"] - points[152, 1]) < 1e-4
    assert abs(layout["cx"] - 0.5) < 0.02  # Python's crop centres the face
