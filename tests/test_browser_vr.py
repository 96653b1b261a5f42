"""The page's immersive view (web/src/vr.js) in headless Chromium against a stand-in WebXR device:
navigator.xr, XRWebGLLayer and a session that hands three.js two eye views (the viewer at the
origin of the 'local' space, eyes 64 mm apart) and renders into the page's own canvas, so the
VR preview shows exactly what a headset's eyes would get."""

from __future__ import annotations

import asyncio
import base64
import io
import os
from pathlib import Path

import numpy as np
import pytest

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
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1]))).convert("RGB"))


@pytest.mark.parametrize("show_head", [False, True])
def test_browser_vr_places_the_photo_life_size_in_front(show_head, tmp_path):
    async def main():
        async with browser_and_server() as (driver, server):
            await asyncio.to_thread(
                driver.execute_cdp_cmd, "Page.addScriptToEvaluateOnNewDocument", {"source": STAND_IN_XR}
            )
            await asyncio.to_thread(driver.get, f"http://127.0.0.1:{server.port}/")
            assert await until(driver, "return window.photocallStats && window.photocallStats.vrSupported === true")
            # the photo a peer would have sent (the bundled astronaut portrait)
            await js(driver, "window.photocall.photoBytes = Uint8Array.from(atob(arguments[0]), (c) => c.charCodeAt(0));"
                     "document.getElementById('vr-head').checked = arguments[1];",
                     base64.b64encode(default_photo_bytes()).decode(), show_head)
            await js(driver, "document.getElementById('vr-button').click()")
            assert await until(driver, "const v = window.photocallStats.vr; return v && v.frames >= 5")
            layout = await js(driver, "return window.photocallStats.vr.layout")
            preview = await js(driver, "const c = document.querySelector('#vr-preview canvas');"
                               "return [c.toDataURL('image/png'), !document.getElementById('vr-preview-section').hidden,"
                               " window.xrReferenceSpace]")
            await js(driver, "document.getElementById('vr-button').click()")  # Exit VR
            assert await until(driver, "return document.getElementById('vr-preview-section').hidden")
            return layout, preview

    layout, (url, shown, space) = asyncio.run(main())
    assert shown and space == "local"
    photo, head = layout["photo"], layout["head"]
    # straight ahead at a comfortable distance, the face life-size at eye height (y = 0)
    assert 0.8 <= -photo["z"] <= 1.2 and abs(photo["x"]) < 0.15 and abs(photo["y"]) < 0.3
    assert 0.35 <= photo["width"] <= 1.2
    if show_head:
        assert 0.2 <= head["scale"] <= 0.25 and 0.8 <= np.hypot(head["x"], head["z"]) <= 1.3
        assert head["x"] < photo["x"] - photo["width"] / 2  # beside the photo, not in front of it
    else:
        assert head is None
    pixels = png_pixels(url)
    (tmp_path / "vr_preview.png").write_bytes(base64.b64decode(url.split(",", 1)[1]))
    out = os.environ.get("PHOTOCALL_SCREENSHOTS")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        name = f"vr_preview{'_head' if show_head else ''}.png"
        (Path(out) / name).write_bytes(base64.b64decode(url.split(",", 1)[1]))
    h, w, _ = pixels.shape
    assert (w, h) == (1024, 512)
    background = np.array([0x2A, 0x2A, 0x33])
    for left in (0, 512):  # each eye: the photo fills the middle of the view
        centre = pixels[192:320, left + 192: left + 320].astype(int)
        assert np.abs(centre - background).sum(axis=2).mean() > 40
    # left of the photo in the left eye: the lit 3D head where chosen, else the empty room
    beside = pixels[150:350, 60:190].astype(int)
    lit = (beside.sum(axis=2) > 3 * 110).sum()
    assert lit > 1500 if show_head else lit == 0
