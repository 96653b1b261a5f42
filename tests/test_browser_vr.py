"""The page's immersive view (web/src/vr.js) in headless Chromium against a stand-in WebXR device:
navigator.xr, XRWebGLLayer and a session that hands three.js two eye views (the viewer at the
origin of the 'local' space, eyes 64 mm apart) and renders into the page's own canvas, so the
VR preview shows exactly what a headset's eyes would get.

The faces come through the page's ``showTestFace`` hook (the same renderer path as a remote
participant's photo and graph, without a call: motion stays zero), served beside the page: the
bundled portrait with its frame graph (the real renderer) and, for a second face, without one
(the template warp)."""

from __future__ import annotations

import asyncio
import base64
import io
import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photocall.benchmarks.browser_render import page_with_graphs
from photocall.shared.photo_check import default_photo_bytes
from test_browser import browser_and_server, js, until

STAND_IN_XR = """
(() => {
  const perspective = (fovY, aspect, near, far) => {
    const f = 1 / Math.tan(fovY / 2); const nf = 1 / (near - far);
    return new Float32Array([f / aspect, 0, 0, 0, 0, f, 0, 0, 0, 0, (far + near) * nf, -1, 0, 0, 2 * far * near * nf, 0]);
  };
  const eye = (x) => ({ eye: x < 0 ? 'left' : 'right', projectionMatrix: perspective(90 * Math.PI / 180, 1, 0.05, 50),
    transform: { matrix: new Float32Array([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, x, 0, 0, 1]), position: { x, y: 0, z: 0, w: 1 }, orientation: { x: 0, y: 0, z: 0, w: 1 } } });
  const views = [eye(-0.032), eye(0.032)];
  class Session extends EventTarget {
    constructor() { super(); this.renderState = {}; this.inputSources = []; this.enabledFeatures = []; this.environmentBlendMode = 'opaque'; this.visibilityState = 'visible'; }
    updateRenderState(s) { Object.assign(this.renderState, s); }
    async requestReferenceSpace(type) { window.xrReferenceSpace = type; return { type }; }
    requestAnimationFrame(cb) { return window.requestAnimationFrame((t) => cb(t, { session: this, getViewerPose: () => ({ views, transform: views[0].transform }), getPose: () => null })); }
    cancelAnimationFrame(id) { window.cancelAnimationFrame(id); }
    async end() { this.dispatchEvent(new Event('end')); }
  }
  window.XRWebGLBinding = undefined;
  window.XRWebGLLayer = class {
    constructor(session, gl) { this.gl = gl; this.framebuffer = null; this.framebufferWidth = 1024; this.framebufferHeight = 512; this.ignoreDepthValues = true; }
    getViewport(view) { return { x: view.eye === 'left' ? 0 : 512, y: 0, width: 512, height: 512 }; }
  };
  WebGL2RenderingContext.prototype.makeXRCompatible = async function () {};
  WebGLRenderingContext.prototype.makeXRCompatible = async function () {};
  Object.defineProperty(navigator, 'xr', { value: {
    isSessionSupported: async (mode) => mode === 'immersive-vr',
    requestSession: async (mode) => { window.xrRequested = mode; return new Session(); },
  } });
})();
"""


def png_pixels(url: str) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1]))).convert("RGB"))


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The built page with the bundled portrait and its gzipped frame graph beside it (the graph
    a Python sender would send; cached by photo_web_graph after the first run)."""
    from photocall.receiver.render.web_graph import photo_web_graph

    photo = default_photo_bytes()
    return page_with_graphs(tmp_path_factory.mktemp("vr") / "web",
                            {"face.onnx.gz": photo_web_graph(photo, 256), "face.jpg": photo})  # fmt: skip


def save_shot(url: str, name: str, tmp_path: Path) -> None:
    (tmp_path / name).write_bytes(base64.b64decode(url.split(",", 1)[1]))
    out = os.environ.get("PHOTOCALL_SCREENSHOTS")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        (Path(out) / name).write_bytes(base64.b64decode(url.split(",", 1)[1]))


def in_vr(root: Path, faces: list[dict], show_head: bool) -> dict:
    """Opens the page served from ``root`` with the stand-in XR device, shows ``faces``
    ({face, photoUrl, graphUrl}), enters VR and returns what the page and its VR stage show."""

    async def main():
        async with browser_and_server(root) as (driver, server):
            driver.set_script_timeout(240)
            await asyncio.to_thread(
                driver.execute_cdp_cmd,
                "Page.addScriptToEvaluateOnNewDocument",
                {"source": STAND_IN_XR},
            )
            await asyncio.to_thread(driver.get, f"http://127.0.0.1:{server.port}/")
            assert await until(
                driver, "return window.photocallStats && window.photocallStats.vrSupported === true"
            )
            modes = []
            for face in faces:
                modes.append(await asyncio.to_thread(
                    driver.execute_async_script,
                    "const done = arguments[arguments.length - 1];"
                    "window.photocall.showTestFace(arguments[0]).then(done, (e) => done(String(e)));",
                    face,
                ))  # fmt: skip
            await js(
                driver, "document.getElementById('vr-head').checked = arguments[0];", show_head
            )
            await js(driver, "document.getElementById('vr-button').click()")
            n = len(faces)
            assert await until(
                driver, "const v = window.photocallStats.vr; return v && v.frames >= 5 && "
                f"v.panels.length === {n} && v.panels.every((p) => p.frames >= 1)", timeout=120,
            ), await js(driver, "return window.photocallStats.vr")  # fmt: skip
            # one more XR frame after the panels' frames arrived, so the preview shows them
            frames = await js(driver, "return window.photocallStats.vr.frames")
            assert await until(driver, f"return window.photocallStats.vr.frames > {frames + 2}")
            got = await js(driver, """
                const s = window.photocall.xrStage; const c = document.querySelector('#vr-preview canvas');
                return {layout: window.photocallStats.vr.layout, panels: window.photocallStats.vr.panels,
                  textures: [...s.panels.values()].map((p) => p.canvas.toDataURL('image/png')),
                  preview: c.toDataURL('image/png'), shown: !document.getElementById('vr-preview-section').hidden,
                  space: window.xrReferenceSpace}""")  # fmt: skip
            got["modes"] = modes
            got["photos"] = []
            for face in faces:
                shot = await asyncio.to_thread(
                    driver.execute_async_script,
                    "const done = arguments[arguments.length - 1];"
                    "window.photocall.capture(arguments[0]).then(done, (e) => done(String(e)));",
                    face["face"],
                )  # fmt: skip
                got["photos"].append(shot["photo"])
            await js(driver, "document.getElementById('vr-button').click()")  # Exit VR
            assert await until(
                driver, "return document.getElementById('vr-preview-section').hidden"
            )
            return got

    return asyncio.run(main())


GRAPH_FACE = {"face": "a", "photoUrl": "face.jpg", "graphUrl": "face.onnx.gz"}
TEMPLATE_FACE = {"face": "b", "photoUrl": "face.jpg"}
BACKGROUND = np.array([0x2A, 0x2A, 0x33])


@pytest.mark.slow
@pytest.mark.parametrize("show_head", [False, True])
def test_browser_vr_shows_the_real_renderers_frame_life_size_in_front(
    show_head, served, prepared, tmp_path
):
    """The VR panel's texture is the frame graph's own frame (the same pixels the 2D view
    draws, within the parity bound of the torch renderer), placed life-size straight ahead."""
    from photocall.receiver.render import create_renderer

    got = vr = in_vr(served, [GRAPH_FACE], show_head)
    assert got["modes"][0]["mode"] == "graph", got["modes"]
    assert vr["shown"] and vr["space"] == "local"
    (panel,) = vr["panels"]
    assert panel["source"] == "graph" and panel["width"] == 256  # the graph's frame, at its size
    texture = png_pixels(vr["textures"][0]).astype(int)
    want = create_renderer(prepared, "torch").render(
        np.zeros(52, np.float32), np.zeros(6, np.float32)
    )
    print(
        f"VR panel vs torch at zero motion: max |diff| {np.abs(texture - want.astype(int)).max()}/255"
    )
    assert np.abs(texture - want.astype(int)).max() <= 4  # the real renderer, not a template warp
    photo2d = png_pixels(got["photos"][0]).astype(
        int
    )  # the 2D view (480², scaled) shows the same face
    small = np.asarray(Image.fromarray(photo2d.astype(np.uint8)).resize((256, 256), Image.BILINEAR))
    assert np.abs(small.astype(int) - want.astype(int)).mean() < 6

    (photo,), head = vr["layout"]["panels"], vr["layout"]["head"]
    # straight ahead at a comfortable distance, the face life-size at eye height (y = 0)
    assert 0.8 <= -photo["z"] <= 1.2 and abs(photo["x"]) < 0.15 and abs(photo["y"]) < 0.3
    assert 0.35 <= photo["width"] <= 1.2
    if show_head:
        assert 0.2 <= head["scale"] <= 0.25 and 0.8 <= np.hypot(head["x"], head["z"]) <= 1.3
        assert head["x"] < photo["x"] - photo["width"] / 2  # beside the photo, not in front of it
    else:
        assert head is None
    pixels = png_pixels(vr["preview"])
    save_shot(vr["preview"], f"vr_preview{'_head' if show_head else ''}.png", tmp_path)
    h, w, _ = pixels.shape
    assert (w, h) == (1024, 512)
    for left in (0, 512):  # each eye: the photo fills the middle of the view
        centre = pixels[192:320, left + 192 : left + 320].astype(int)
        assert np.abs(centre - BACKGROUND).sum(axis=2).mean() > 40
    # left of the photo in the left eye: the lit 3D head where chosen, else the empty room
    beside = pixels[150:350, 60:175].astype(int)
    lit = (beside.sum(axis=2) > 3 * 110).sum()
    assert lit > 1500 if show_head else lit == 0


@pytest.mark.slow
def test_browser_vr_shows_every_participant_side_by_side(served, tmp_path):
    """Two faces (one with its frame graph, one without): two panels, left and right of straight
    ahead on an arc at the table's distance, each textured by its own renderer."""
    vr = in_vr(served, [GRAPH_FACE, TEMPLATE_FACE], False)
    assert [m["mode"] for m in vr["modes"]] == ["graph", "template"]
    assert [(p["id"], p["source"]) for p in vr["panels"]] == [("a", "graph"), ("b", "template")]
    a, b = vr["layout"]["panels"]
    assert a["x"] < 0 < b["x"] and a["id"] == "a"
    for p in (a, b):
        assert 0.8 <= np.hypot(p["x"], p["z"]) <= 1.3 and abs(p["y"]) < 0.3
    pixels = png_pixels(vr["preview"])
    save_shot(vr["preview"], "vr_preview_two.png", tmp_path)
    for left in (0, 512):  # both panels in each eye's view, left and right of the middle
        for x in (left + 150, left + 362):
            patch = pixels[200:312, x - 40 : x + 40].astype(int)
            assert np.abs(patch - BACKGROUND).sum(axis=2).mean() > 40, (left, x)
