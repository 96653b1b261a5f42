"""Bench "browser": the page's renderer (the per-photo ONNX frame graph run by onnxruntime-web on
WebAssembly, in the page's render worker) in real headless Chromium on this machine's cores, no
GPU. Figures: frames/s with one face and with two faces rendering at once (each face's
rate; wall clock, and per second of Chromium's CPU time, which load from other work disturbs
less), the time from a photo's graph bytes to its first drawn frame (inflating the gzipped
graph, creating the session, the first run, drawing it), and the page's frames against the
Python torch renderer (max abs per frame, of 255).

The page as served (one thread) runs the graph as sent (GridSamples as GatherElements with int32
indices, receiver/render/gather_sample.py), each face in a face worker of its own (two faces at
once, on two cores). Baselines in the same run: the page before (the same graph, every face in
the render worker's one runtime, turn by turn) and the graph before (int64 indices), each twice,
alternated with the page as served, the better pass of each kept; the graph with its
GridSamples (once); the page asked for two threads (?threads=2: it is cross-origin isolated);
and the Python onnxruntime backend (native, one thread) on the plain export.

WebGPU: the page ships only onnxruntime-web's plain WASM build; the bench records what adapter
headless Chromium here offers (no GPU: SwiftShader's, the CPU emulating one, at best). Targets (issue 17): ≥ 25
frames/s at 256² for one face, ≥ 15 each for two, first frame ≤ 1.5 s after the graph arrives.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from photocall.shared.motion import BLENDSHAPE_INDEX, NUM_BLENDSHAPES

WEB = Path(__file__).resolve().parents[1] / "signaling" / "web"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--enable-unsafe-swiftshader", "--window-size=1300,1100",
)  # fmt: skip
TARGETS = {"one_face_fps": 25.0, "two_faces_fps_each": 15.0, "first_frame_ms": 1500.0}


def motion_frames(count: int = 8, seed: int = 17) -> list[tuple[np.ndarray, np.ndarray]]:
    """Neutral, jaw open, a blink, a smile, then seeded mixtures with head turns."""
    rng = np.random.default_rng(seed)
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


def launch_chromium(flags: tuple[str, ...] | list[str] = FLAGS, script_timeout_s: float = 300):
    """Debian's headless Chromium with a fresh profile under its chromedriver (selenium is told
    both paths, so its driver manager downloads nothing) -> (driver, profile folder)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in flags:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="photocall-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_script_timeout(script_timeout_s)
    return driver, profile


def page_with_graphs(root: Path, graphs: dict[str, bytes]) -> Path:
    """A copy of the built page with the gzipped graphs beside it, as a static folder."""
    shutil.copytree(WEB, root)
    for name, graph in graphs.items():
        (root / name).write_bytes(graph)
    return root


def chromium_cpu_seconds(profile: str) -> float:
    """User + system CPU seconds of every process of the Chromium started with ``profile``."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if profile.encode() not in (proc / "cmdline").read_bytes():
                continue
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


async def bench_in_page(
    root: Path, jobs: list[dict[str, Any]], query: str = ""
) -> list[dict[str, Any]]:
    """Serves ``root`` from a real signaling server, opens the page (``/?query``) once and runs its
    ``photocall.benchGraphs`` hook (web/src/graph-bench.js) for each job ({urls, frames, keep,
    repeat, optimization}); each result gains ``cpuSeconds``, Chromium's CPU time for it."""
    from photocall.signaling.config import SignalingConfig
    from photocall.signaling.server import serve

    server = await serve(SignalingConfig(host="127.0.0.1", port=0, static_dir=root))
    driver, profile = await asyncio.to_thread(launch_chromium)
    results = []
    try:
        await asyncio.to_thread(driver.get, f"http://127.0.0.1:{server.port}/?{query}")
        ready = "return !!(window.photocall && window.photocall.worker)"
        for _ in range(1200):
            if await asyncio.to_thread(driver.execute_script, ready):
                break
            await asyncio.sleep(0.05)
        for job in jobs:
            job = {**job, "frames": [{"w": w.tolist(), "p": p.tolist()} for w, p in job["frames"]]}
            cpu = chromium_cpu_seconds(profile)
            result = await asyncio.to_thread(
                driver.execute_async_script,
                "const done = arguments[arguments.length - 1];"
                "window.photocall.benchGraphs(arguments[0])"
                ".then(done, (e) => done({error: String(e)}));",
                job,
            )
            if "error" in result:
                log = "\n".join(str(e) for e in driver.get_log("browser"))
                raise RuntimeError(f"the page's renderer failed: {result['error']}\n{log}")
            result["cpuSeconds"] = chromium_cpu_seconds(profile) - cpu
            results.append(result)
        return results
    finally:
        await asyncio.to_thread(driver.quit)
        await server.close()
        shutil.rmtree(profile, ignore_errors=True)


def page_vs_torch(page_frames: list[list[int]], expected: list[np.ndarray]) -> list[int]:
    """Max abs difference (of 255) per frame between the page's RGBA and torch's RGB frames."""
    size = expected[0].shape[0]
    out = []
    for got, want in zip(page_frames, expected, strict=True):
        page = np.asarray(got, np.int16).reshape(size, size, 4)[..., :3]
        out.append(int(np.abs(page - want.astype(np.int16)).max()))
    return out


def _native_fps(prepared, frames, repeat: int) -> float:
    """The Python onnxruntime backend (one thread) on the same graph: median frames/s."""
    from photocall.receiver.render import create_renderer

    renderer = create_renderer(prepared, "onnxruntime", threads=1)
    renderer.render(*frames[0])
    times = []
    for _ in range(repeat):
        for w, p in frames:
            t = time.perf_counter()
            renderer.render(w, p)
            times.append(time.perf_counter() - t)
    return 1.0 / statistics.median(times)


def page_jobs(
    names: list[str], frames, repeat: int, keep: int = 0, workers: bool | list[bool] = True
) -> list[dict[str, Any]]:
    """Per graph: its first frame (a photo's graph arriving: inflate, session, first frame drawn),
    one face's frames, then two faces' (workers: each face in its face worker, at once, as the
    page renders; else in the render worker, turn by turn, as the page did before); workers may
    be given per name."""
    jobs: list[dict[str, Any]] = []
    flags = workers if isinstance(workers, list) else [workers] * len(names)
    for name, w in zip(names, flags, strict=True):
        jobs += [
            {"urls": [name], "frames": frames, "keep": keep, "hold": True, "workers": w},
            {"urls": [], "frames": frames, "repeat": repeat, "hold": True},
            {"urls": [name, name], "frames": frames[:1], "hold": True, "workers": w},
            {"urls": [], "frames": frames, "repeat": repeat},
        ]
    return jobs


def figures(first: dict, one: dict, _first_two: dict, two: dict) -> dict[str, Any]:
    """One graph's figures from its four jobs (page_jobs)."""
    return {
        "one_face_fps": one["fps"],
        "one_face_run_ms_median": one["runMs"],
        "one_face_fps_cpu": one["frames"] / one["cpuSeconds"],  # as if Chromium had the CPU
        "two_faces_fps_each": two["fps"],
        "two_faces_fps_each_cpu": two["frames"] / two["cpuSeconds"] / 2,
        # Chromium's CPU seconds per wall second while two faces render: above 1, they ran on
        # two cores at once (face workers); turn by turn in one runtime stays below 1
        "two_faces_cores_used": two["cpuSeconds"] / (two["frames"] / two["fps"]),
        "first_frame_ms": first["firstFrameMs"][0] + first["inflateMs"],
        "first_frame_parts_ms": {"inflate": first["inflateMs"], **first["timings"][0]},
        "threads": first["threads"],
        "face_workers": two["workers"],
    }


async def webgpu_adapter(root: Path) -> str:
    """What headless Chromium here (with --enable-unsafe-webgpu) says of WebGPU on a page served
    from ``root`` (a secure context): the adapter's vendor and architecture, or why none."""
    from photocall.signaling.config import SignalingConfig
    from photocall.signaling.server import serve

    server = await serve(SignalingConfig(host="127.0.0.1", port=0, static_dir=root))
    driver, profile = await asyncio.to_thread(launch_chromium, (*FLAGS, "--enable-unsafe-webgpu"))
    try:
        await asyncio.to_thread(driver.get, f"http://127.0.0.1:{server.port}/?threads=1")
        return await asyncio.to_thread(
            driver.execute_async_script,
            "const done = arguments[arguments.length - 1];"
            "if (!navigator.gpu) { done('no navigator.gpu'); } else {"
            " navigator.gpu.requestAdapter().then((a) => done(a ? 'adapter: ' +"
            " (a.info ? a.info.vendor + ' ' + a.info.architecture : '?') :"
            " 'requestAdapter() gave null'), (e) => done('requestAdapter() failed: ' + e)); }",
        )
    finally:
        await asyncio.to_thread(driver.quit)
        await server.close()
        shutil.rmtree(profile, ignore_errors=True)


ORT_DIST = Path(__file__).resolve().parents[1] / "web" / "node_modules" / "onnxruntime-web" / "dist"
WEBGPU_TIMEOUT_S = 240  # SwiftShader compiles each kernel on the CPU: minutes for a session
WEBGPU_FILES = ("ort.webgpu.bundle.min.mjs", "ort-wasm-simd-threaded.asyncify.wasm")
# A bench-only page: onnxruntime-web's WebGPU build (not shipped: its .wasm is 28 MB) runs the
# graph as sent in the page's main thread; frames come back to the CPU as the page's would.
WEBGPU_PAGE = """<!doctype html><title>webgpu bench</title><script type="module">
import * as ort from './ort.webgpu.bundle.min.mjs';
ort.env.wasm.numThreads = 1;
ort.env.wasm.wasmPaths = { wasm: new URL('ort-wasm-simd-threaded.asyncify.wasm', location.href).href };
ort.env.logLevel = 'error';
window.benchWebGPU = async (url, frames, repeat) => {
  const gz = new Blob([await (await fetch(url)).arrayBuffer()]);
  const bytes = new Uint8Array(await new Response(gz.stream().pipeThrough(
    new DecompressionStream('gzip'))).arrayBuffer());
  const t0 = performance.now();
  const session = await ort.InferenceSession.create(bytes, { executionProviders: ['webgpu'] });
  const feeds = frames.map((f) => ({ weights: new ort.Tensor('float32', Float32Array.from(f.w), [52]),
    pose: new ort.Tensor('float32', Float32Array.from(f.p), [6]) }));
  const kept = [];  // the first frames as the renderer's bytes (clip, *255, +0.5, truncate)
  for (const f of feeds) {
    const rgb = (await session.run(f)).frame.data;
    if (kept.length < 4) kept.push(Array.from(rgb, (v) => Math.floor(Math.min(1, Math.max(0, v)) * 255 + 0.5)));
  }
  const firstMs = performance.now() - t0;
  const t1 = performance.now();
  let n = 0;
  for (let r = 0; r < repeat; r++) for (const f of feeds) { await session.run(f); n++; }
  return { fps: n / ((performance.now() - t1) / 1000), sessionAndFramesMs: firstMs, kept };
};
window.webgpuReady = true;
</script>"""


def webgpu_fps(graph: bytes, frames, repeat: int) -> dict[str, Any]:
    """The graph on onnxruntime-web's WebGPU execution provider in headless Chromium (with
    --enable-unsafe-webgpu), served over a plain local HTTP server (the .wasm is over the
    signaling server's file limit): frames/s and the frames (float RGB), or why it did not run."""
    import functools
    import http.server
    import threading

    from selenium.common.exceptions import WebDriverException

    if not all((ORT_DIST / name).is_file() for name in WEBGPU_FILES):
        return {"error": f"onnxruntime-web's WebGPU build is not in {ORT_DIST} (npm ci in web/)"}
    with tempfile.TemporaryDirectory(prefix="photocall-webgpu-") as tmp:
        root = Path(tmp)
        for name in WEBGPU_FILES:
            shutil.copy(ORT_DIST / name, root / name)
        (root / "index.html").write_text(WEBGPU_PAGE)
        (root / "a.onnx.gz").write_bytes(graph)

        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

        handler = functools.partial(Quiet, directory=str(root))
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        driver, profile = launch_chromium((*FLAGS, "--enable-unsafe-webgpu"), WEBGPU_TIMEOUT_S)
        try:
            driver.get(f"http://127.0.0.1:{httpd.server_address[1]}/")
            for _ in range(600):
                if driver.execute_script("return window.webgpuReady === true"):
                    break
                time.sleep(0.05)
            return driver.execute_async_script(
                "const done = arguments[arguments.length - 1];"
                "window.benchWebGPU('a.onnx.gz', arguments[0], arguments[1])"
                ".then(done, (e) => done({error: String(e)}));",
                [{"w": w.tolist(), "p": p.tolist()} for w, p in frames],
                repeat,
            )
        except WebDriverException as e:  # a timeout or a crash: the WASM figures still count
            return {"error": f"{type(e).__name__}: {e}".splitlines()[0]}
        finally:
            driver.quit()
            httpd.shutdown()
            shutil.rmtree(profile, ignore_errors=True)


def run(out_dir: Path, quick: bool = False) -> dict[str, Any]:
    from photocall.receiver.render import create_renderer, default_photo_bytes, prepare_photo
    from photocall.receiver.render.web_graph import web_graph

    prepared = prepare_photo(default_photo_bytes(), 256)
    frames = motion_frames(16)
    repeat = 2 if quick else 5
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="photocall-browser-bench-") as tmp:
        graph = web_graph(prepared, Path(tmp) / "cache")
        plain = web_graph(prepared, Path(tmp) / "cache", gather=False)  # GridSample kept
        wide = web_graph(prepared, Path(tmp) / "cache", wide_index=True)  # int64 indices
        torch_renderer = create_renderer(prepared, "torch")
        torch_frames = [torch_renderer.render(w, p) for w, p in frames]
        root = page_with_graphs(
            Path(tmp) / "web", {"a.onnx.gz": graph, "p.onnx.gz": plain, "w.onnx.gz": wide}
        )
        # the runtime's .wasm compiles first (in a face worker and in the render worker), as the
        # page does before any photo arrives
        warm = [{"urls": ["a.onnx.gz"], "frames": frames[:1], "workers": w} for w in (True, False)]
        # the page as served (one thread, a face worker per face) twice, alternated with the
        # page before (the same graph, both faces in the render worker, turn by turn) and the
        # graph before (int64 indices); the GridSample form once
        names = ["a.onnx.gz", "a.onnx.gz", "w.onnx.gz"] * 2 + ["p.onnx.gz"]
        flags = [True, False, True] * 2 + [True]
        served = asyncio.run(bench_in_page(
            root, warm + page_jobs(names, frames, repeat, keep=len(frames), workers=flags),
        ))[2:]  # fmt: skip
        # the page asked for two threads (?threads=2; it is cross-origin isolated)
        threaded = asyncio.run(
            bench_in_page(root, warm[:1] + page_jobs(["a.onnx.gz"], frames, repeat), "threads=2")
        )[1:]
        webgpu = asyncio.run(webgpu_adapter(root))
        gpu = webgpu_fps(graph, frames[:2], 1)  # SwiftShader: slow; a bounded look
    native = _native_fps(prepared, frames, repeat)
    if "kept" in gpu:  # RGB bytes of the first frames
        got = [
            np.asarray(f, np.int16).reshape(prepared.size, prepared.size, 3)
            for f in gpu.pop("kept")
        ]
        gpu["vs_torch_max_abs"] = [
            int(np.abs(g - t.astype(np.int16)).max()) for g, t in zip(got, torch_frames)
        ]

    def best(runs: list[dict[str, Any]]) -> dict[str, Any]:
        """Of two passes, the one with more frames/s (load from others only slows)."""
        return max(runs, key=lambda f: f["one_face_fps"])

    passes = [figures(*served[k : k + 4]) for k in range(0, len(served), 4)]
    result, one_worker = best([passes[0], passes[3]]), best([passes[1], passes[4]])
    wide, plain = best([passes[2], passes[5]]), passes[6]
    two_threads = figures(*threaded[:4])
    return {
        "size": prepared.size,
        "graph_bytes_gzipped": len(graph),
        "backend": "onnxruntime-web 1.31.1 wasm (SIMD)",
        "cross_origin_isolated": served[0]["crossOriginIsolated"],
        **result,
        "baseline_one_worker": one_worker,
        "baseline_int64_index": wide,
        "baseline_gridsample": plain,
        "two_threads": two_threads,
        "speedup_two_faces_vs_one_worker": result["two_faces_fps_each"]
        / one_worker["two_faces_fps_each"],
        "speedup_one_face_vs_int64_index": result["one_face_fps"] / wide["one_face_fps"],
        "speedup_cpu_vs_int64_index": result["one_face_fps_cpu"] / wide["one_face_fps_cpu"],
        "speedup_one_face_vs_gridsample": result["one_face_fps"] / plain["one_face_fps"],
        "speedup_two_faces_vs_gridsample": result["two_faces_fps_each"]
        / plain["two_faces_fps_each"],
        "speedup_cpu_vs_gridsample": result["one_face_fps_cpu"] / plain["one_face_fps_cpu"],
        "speedup_one_face_two_threads": two_threads["one_face_fps"] / result["one_face_fps"],
        "page_vs_torch_max_abs": page_vs_torch(served[0]["kept"], torch_frames),
        "webgpu": {"adapter": webgpu, **gpu},
        "baseline_native_onnxruntime_fps": native,
        "targets": TARGETS,
        "load_average_before_after": [load_before[0], os.getloadavg()[0]],
        "cores": os.cpu_count(),
    }


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run(Path("."), quick="--quick" in sys.argv), indent=1))
