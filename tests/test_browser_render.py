"""The real renderer in the page: the per-photo ONNX frame graph run by onnxruntime-web (WASM) in
the page's render worker, against the Python torch renderer, in real headless Chromium.

The page's hook ``photocall.benchGraphs`` (web/src/graph-bench.js) fetches gzipped graphs from
the page's own server, renders motion frames in the worker and returns face 0's RGBA frames.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import numpy as np
import pytest

from photocall.shared.motion import BLENDSHAPE_INDEX, NUM_BLENDSHAPES
from test_browser import js, launch_chromium, until

WEB = Path(__file__).resolve().parents[1] / "signaling" / "web"
PARITY_BOUND = 4  # of 255, max abs per pixel and channel (issue 17)


def motion_frames(count: int = 8) -> list[tuple[np.ndarray, np.ndarray]]:
    """Neutral, jaw open, a blink, a smile, head turns and mixtures (seeded)."""
    rng = np.random.default_rng(17)
    frames = []
    for k in range(count):
        w = np.zeros(NUM_BLENDSHAPES, np.float32)
        p = np.zeros(6, np.float32)
        if k == 1:
            w[BLENDSHAPE_INDEX["jawOpen"]] = 0.8
        elif k == 2:
            w[BLENDSHAPE_INDEX["eyeBlinkLeft"]] = w[BLENDSHAPE_INDEX["eyeBlinkRight"]] = 1.0
        elif k == 3:
            w[BLENDSHAPE_INDEX["mouthSmileLeft"]] = w[BLENDSHAPE_INDEX["mouthSmileRight"]] = 0.7
        elif k >= 4:
            w[:] = rng.uniform(0, 0.5, NUM_BLENDSHAPES) * (rng.uniform(size=NUM_BLENDSHAPES) < 0.3)
            w[BLENDSHAPE_INDEX["jawOpen"]] = rng.uniform(0, 0.7)
            p[:3] = rng.uniform(-0.15, 0.15, 3)
            p[3:5] = rng.uniform(-0.03, 0.03, 2)
        frames.append((w, p))
    return frames


def serve_graph(tmp_path: Path, graph: bytes) -> Path:
    """A copy of the built page with the gzipped graph beside it, as a static folder."""
    root = tmp_path / "web"
    shutil.copytree(WEB, root)
    (root / "graph.onnx.gz").write_bytes(graph)
    return root


async def bench_in_page(root: Path, urls: list[str], frames, keep: int, repeat: int = 1) -> dict:
    from photocall.signaling.config import SignalingConfig
    from photocall.signaling.server import serve

    server = await serve(SignalingConfig(host="127.0.0.1", port=0, static_dir=root))
    driver, profile = await asyncio.to_thread(launch_chromium)
    driver.set_script_timeout(240)
    try:
        await asyncio.to_thread(driver.get, f"http://127.0.0.1:{server.port}/")
        assert await until(driver, "return !!(window.photocall && window.photocall.worker)")
        payload = [{"w": w.tolist(), "p": p.tolist()} for w, p in frames]
        result = await asyncio.to_thread(
            driver.execute_async_script,
            "const done = arguments[arguments.length - 1];"
            "window.photocall.benchGraphs(arguments[0]).then(done, (e) => done({error: String(e)}));",
            {"urls": urls, "frames": payload, "keep": keep, "repeat": repeat},
        )
        if "error" in result:
            for entry in driver.get_log("browser"):
                print(entry)
            raise AssertionError(f"the page's renderer failed: {result['error']}")
        return result
    finally:
        await asyncio.to_thread(driver.quit)
        await server.close()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.mark.slow
def test_browser_renderer_matches_python_torch(tmp_path, prepared):
    from photocall.receiver.render import create_renderer
    from photocall.receiver.render.web_graph import web_graph

    frames = motion_frames()
    torch_renderer = create_renderer(prepared, "torch")
    expected = [torch_renderer.render(w, p) for w, p in frames]
    root = serve_graph(tmp_path, web_graph(prepared, tmp_path / "cache"))
    result = asyncio.run(bench_in_page(root, ["graph.onnx.gz"], frames, keep=len(frames)))
    size = prepared.size
    diffs = []
    for want, got in zip(expected, result["frames"], strict=True):
        page = np.asarray(got, np.int16).reshape(size, size, 4)[..., :3]
        diffs.append(int(np.abs(page - want.astype(np.int16)).max()))
    print(f"page vs torch, max abs per frame (of 255): {diffs}")
    assert max(diffs) <= PARITY_BOUND, diffs
    # the frames differ from each other: the motion reached the graph
    assert np.abs(expected[1].astype(int) - expected[0]).max() > 40


@pytest.mark.slow
def test_browser_page_animates_a_python_senders_photo_with_its_render_graph(tmp_path):
    """A Python sender that offers its photo's render graph (as ``photocall send`` does): the
    page shows the still photo at once, then animates it with the graph on onnxruntime-web."""
    from photocall.send import browser_render_graph
    from photocall.sender.session import SenderConfig, run_sender
    from photocall.shared.room import RoomConfig
    from photocall.signaling.client import SignalingClient
    from support.media import speech_like, write_wav
    from test_browser import browser_and_server, data_url_pixels, open_page

    wav = write_wav(tmp_path / "speech.wav", speech_like(60.0))
    shots = tmp_path / "shots"
    shots.mkdir()

    async def main():
        async with browser_and_server() as (driver, server):
            await open_page(driver, server, "room", "b-web")
            stop = asyncio.Event()
            config = SenderConfig(
                RoomConfig(server.url, "room", peer_id="a-send"), audio=wav, check_photo=False,
                wait_for_receiver_s=10, render_graph=browser_render_graph,
            )  # fmt: skip
            sender = asyncio.create_task(run_sender(SignalingClient, config, stop=stop))
            try:
                graph = "const s = window.photocallStats; return s.photoMode === 'graph'"
                assert await until(driver, graph, timeout=240), await js(
                    driver, "return [window.photocallStats.photoMode, document.body.innerText]"
                )
                start = await js(driver, "return window.photocallStats.photoFrames")
                assert await until(driver, f"return window.photocallStats.photoFrames > {start + 5}")
                got = await asyncio.to_thread(
                    driver.execute_async_script,
                    "const done = arguments[arguments.length - 1];"
                    "window.photocall.capture().then(done, (e) => done(String(e)));",
                )
                await asyncio.to_thread(driver.save_screenshot, str(shots / "page.png"))
                return await js(driver, "return window.photocallStats"), got, (
                    await js(driver, "return document.getElementById('photo-mode').textContent")
                )
            finally:
                stop.set()
                await sender

    stats, got, mode_text = asyncio.run(main())
    print(f"graph {stats['graphBytes']} bytes; first graph frame {stats['graphFirstFrameMs']:.0f} ms "
          f"after it arrived; page screenshot {shots / 'page.png'}")
    assert stats["protocolErrors"] == 0
    assert "onnxruntime-web" in mode_text
    photo = data_url_pixels(got["photo"])
    assert photo.std() > 20, "the photo canvas is blank"
