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
from contextlib import asynccontextmanager

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


async def set_photo(driver, url: str = "face.jpg") -> dict:
    """The page sets its photo from ``url`` (found, cropped, sent); returns what it says."""
    got = await asyncio.to_thread(
        driver.execute_async_script,
        "const done = arguments[arguments.length - 1];"
        "window.photocall.setPhotoFromUrl(arguments[0]).then(done, (e) => done(String(e)));",
        url,
    )
    assert got["ok"], got
    return got


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
    receives it. This server prepares no photos (no graph maker given; `photocall signal` has
    one), so a-web tells b-web it has no graph and b-web runs the template warp, but placed by
    a-web's landmarks rather than the skin-colour guess, and its heading says so and why."""
    from test_browser import js, open_page

    root = page_with_graphs(tmp_path / "web", {"face.jpg": default_photo_bytes()})

    async def main():
        async with browser_and_server(root) as (first, server), chromium() as second:
            first.set_script_timeout(240)
            await open_page(first, server, "room", "a-web")
            got = await set_photo(first)
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
    assert "does not prepare photos" in mode_text  # why there is no graph: the server said 501
    points = np.array(sent["landmarks"]) / 512  # the sender's 512² crop, in fractions
    assert abs(layout["eyeY"] - points[[33, 133, 362, 263], 1].mean()) < 1e-4
    assert abs(layout["chinY"] - points[152, 1]) < 1e-4
    assert abs(layout["cx"] - 0.5) < 0.02  # Python's crop centres the face


@pytest.fixture(scope="module")
def graph_cache(tmp_path_factory):
    """The worker's disk cache of graphs, shared by the tests below: the page's crop of the same
    photo is the same bytes, so the second test's server finds its graph made."""
    return tmp_path_factory.mktemp("graph-cache")


def graph_pages(tmp_path, monkeypatch, cache, sfu_url: str | None = None) -> tuple:
    """Page a-web joins and sets its photo, then page b-web joins (directly or through the SFU
    at ``sfu_url``); the server serving both prepares photos with the maker `photocall signal`
    injects. Returns what both pages say once b-web shows a-web's photo by its graph."""
    from photocall.send import browser_render_graph
    from test_browser import js, open_page

    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))  # the worker's graph cache
    root = page_with_graphs(tmp_path / "web", {"face.jpg": default_photo_bytes()})
    jaw = np.zeros(52, np.float32)
    jaw[17] = 0.8  # jawOpen: the mouth is what the crop looks at
    motion = {"w": jaw.tolist(), "p": [0.0] * 6}
    tile = "[...window.photocall.tiles.values()][0]"  # through an SFU a-web has Janus's id

    room = "77" if sfu_url else "room"  # a Janus room is a number

    async def main():
        async with (
            browser_and_server(root, make_graph=browser_render_graph) as (first, server),
            chromium() as second,
        ):
            first.set_script_timeout(240)
            second.set_script_timeout(60)
            await open_page(first, server, room, "a-web", sfu=sfu_url)
            await set_photo(first)
            await open_page(second, server, room, "b-web", sfu=sfu_url)
            graph = f"const t = {tile}; return !!(t && t.mode === 'graph')"
            assert await until(second, graph, timeout=240), await js(
                second, "return [document.body.innerText, window.photocallStats.photoMode]"
            )
            shot = await asyncio.to_thread(
                second.execute_async_script,
                "const done = arguments[arguments.length - 1];"
                f"window.photocall.capture({tile}.id, arguments[0]).then(done, (e) => done(String(e)));",
                motion,
            )  # fmt: skip
            await asyncio.to_thread(second.save_screenshot, str(tmp_path / "page.png"))
            crop = await js(first, "return btoa(String.fromCharCode(...window.photocall.myPhoto))")
            pages = (
                await js(first, "return [window.photocallStats.myGraph, window.photocallStats.graphsSent,"
                         " document.getElementById('my-graph-note').textContent]"),
                await js(second, f"return [window.photocallStats, {tile}.modeEl.textContent]"),
                shot, base64.b64decode(crop), dict(server.photo_graphs.stats),
            )  # fmt: skip
            if sfu_url is not None:
                return (*pages, None)
            async with python_sender(tmp_path, server.url, room):  # b-web shows both faces
                both = ("const m = window.photocallStats.faceModes || {};"
                        "return m['a-web'] === 'graph' && m['py-send'] === 'graph'")  # fmt: skip
                assert await until(second, both, timeout=240), await js(
                    second, "return [document.body.innerText, window.photocallStats.faceModes]"
                )
                await asyncio.to_thread(second.save_screenshot, str(tmp_path / "call.png"))
                heading = await js(
                    second, "return document.getElementById('photo-mode').textContent"
                )
            return (*pages, heading)

    return asyncio.run(main())


@asynccontextmanager
async def python_sender(tmp_path, url: str, room: str):
    """A Python sender "py-send" in ``room`` with the bundled photo and its render graph (scripted
    motion), for as long as the block runs."""
    from photocall.send import browser_render_graph
    from photocall.sender.session import SenderConfig, run_sender
    from photocall.shared.room import RoomConfig
    from photocall.signaling.client import SignalingClient
    from support.media import speech_like, write_wav
    from test_browser import ScriptedPredictor

    wav = write_wav(tmp_path / "speech.wav", speech_like(300.0))  # the block stops it sooner
    config = SenderConfig(RoomConfig(url, room, peer_id="py-send"), audio=wav, check_photo=False,
                          wait_for_receiver_s=10, render_graph=browser_render_graph)  # fmt: skip
    stop = asyncio.Event()
    sender = asyncio.create_task(
        run_sender(SignalingClient, config, stop=stop, predictor=ScriptedPredictor())
    )
    try:
        yield
    finally:
        stop.set()
        await sender


def check_graph_pages(tmp_path, result) -> None:
    from photocall.receiver.render.photo import prepare_photo
    from photocall.receiver.render.web_graph import photo_web_graph
    from test_browser import data_url_pixels

    (made, sent, note), (stats, mode_text), shot, crop, server_stats, heading = result
    if heading is not None:  # the call of two pages and a Python sender: both by their graphs
        print(f"b-web with a-web and py-send: {heading}; screenshot {tmp_path / 'call.png'}")
        assert "a-web: the real renderer" in heading and "py-send: the real renderer" in heading
    print(f"a-web's graph: {made}; b-web: graph {stats['graphBytes']} bytes, first graph frame "
          f"{stats['graphFirstFrameMs']:.0f} ms after it arrived; server {server_stats}; "
          f"screenshot {tmp_path / 'page.png'}")  # fmt: skip
    assert made["state"] == "ready" and sent >= 1 and "ready" in note
    assert stats["protocolErrors"] == 0
    assert "onnxruntime-web" in mode_text and "FALLBACK" not in mode_text
    assert server_stats["made"] == 1
    # b-web got exactly the graph Python makes of a-web's photo (the worker's cache, read here)
    assert stats["graphBytes"] == len(photo_web_graph(crop, 256))
    frame = data_url_pixels(shot["photo"])
    Image.fromarray(frame.astype(np.uint8)).save(tmp_path / "a-web.png")
    assert frame.std() > 20, "the photo canvas is blank"
    # to look at: the mouth, 4x (the tile's canvas shows the 256² frame scaled; landmarks 13
    # and 14 are the inner lips)
    scale = frame.shape[0] / 256
    cx, cy = prepare_photo(crop, 256).landmarks[[13, 14], :2].mean(axis=0) * scale
    half_w, half_h = 40 * scale, 28 * scale
    mouth = Image.fromarray(frame.astype(np.uint8)).crop(
        (int(cx - half_w), int(cy - half_h), int(cx + half_w), int(cy + half_h))
    )
    mouth.resize((mouth.width * 4, mouth.height * 4), Image.NEAREST).save(tmp_path / "mouth4x.png")


@pytest.mark.slow
def test_browser_senders_photo_is_prepared_by_the_server_and_rendered_by_its_graph(
    tmp_path, monkeypatch, graph_cache
):
    """Page a-web sets its photo; the server that serves the page prepares it into its render
    graph (signaling/photo_graph.py), a-web sends the graph to page b-web as a Python sender
    would, and b-web animates a-web's photo with it: the real renderer, not the template warp.
    The graph b-web got is the one Python makes of a-web's photo (whose frames match torch's:
    test_signaling_photo_graph.py, test_browser_render.py). Then a Python sender joins: b-web
    shows both faces, each by its own graph (the screenshot call.png)."""
    check_graph_pages(tmp_path, graph_pages(tmp_path, monkeypatch, graph_cache))


@pytest.mark.slow
def test_browser_senders_graph_reaches_a_page_through_janus(tmp_path, monkeypatch, graph_cache):
    """The same through the SFU: no Hello of b-web reaches a-web, so a-web sends its graph
    with its photo each time it resends the photo to a new audience."""
    from photocall.signaling.janus_server import LocalJanus, janus_binary, janus_libraries

    if janus_binary() is None or janus_libraries() is None:
        pytest.skip("Janus is not installed (scripts/setup.sh --dev installs it)")
    with LocalJanus(tmp_path / "janus.log") as janus:
        result = graph_pages(tmp_path, monkeypatch, graph_cache, sfu_url=janus.url)
    check_graph_pages(tmp_path, result)
