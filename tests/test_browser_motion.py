"""The browser sender's motion (web/src/mouth.js, dsp.js, head_motion.js, with the exported
sender/motion/mouth_tcn_20ms.onnx on onnxruntime-web's WebAssembly backend) against Python's
StreamingPredictor, in real headless Chromium: the audio goes through the page's capture
AudioWorklet (an OfflineAudioContext playing the samples) in 20 ms chunks, as a microphone's would."""

from __future__ import annotations

import asyncio
import base64
import shutil
from pathlib import Path

import numpy as np
import pytest

from photocall.sender.motion.audio_io import load_audio
from photocall.sender.motion.config import MotionConfig
from photocall.sender.motion.predictor import predict_pcm
from photocall.sender.session import SenderConfig
from photocall.shared.quantize import POSE_LIMITS, quantize_pose, quantize_weights
from test_browser import browser_and_server, js, open_page, until

PROMPTS = Path("/usr/share/asterisk/sounds/en")
# Real speech, not reserved (confbridge-* prompts are free to use): two prompts with a pause
# between them, so speech onsets, a silence and the blinks of a few seconds all appear.
SPEECH = ("confbridge-begin-leader.g722", "confbridge-binaural-off.g722")
CHUNK = 960


def speech_pcm() -> np.ndarray:
    parts = []
    for name in SPEECH:
        path = PROMPTS / name
        if not path.exists():
            pytest.fail(
                f"{path} missing: scripts/setup.sh --dev installs asterisk-core-sounds-en-g722"
            )
        parts += [load_audio(path)[0], np.zeros(48000, np.float32)]
    pcm = np.concatenate(parts)
    return pcm[: len(pcm) // CHUNK * CHUNK]


SEED = 3  # a head process that blinks within the clip (the default seed 0 first blinks at 11.9 s)


def page_motion(pcm: np.ndarray) -> dict:
    async def main():
        async with browser_and_server() as (driver, server):
            driver.set_script_timeout(240)
            await asyncio.to_thread(driver.get, f"http://127.0.0.1:{server.port}/")
            assert await until(driver, "return !!window.photocall")
            return await asyncio.to_thread(
                driver.execute_async_script,
                "const done = arguments[arguments.length - 1];"
                "window.photocall.motionOfSamples(arguments[0], arguments[1])"
                ".then(done, (e) => done(String(e)));",
                base64.b64encode(pcm.astype("<f4").tobytes()).decode(),
                SEED,
            )

    return asyncio.run(main())


@pytest.mark.slow
def test_browser_motion_model_equals_python_after_quantization():
    pcm = speech_pcm()
    got = page_motion(pcm)
    assert isinstance(got, dict), f"the page failed: {got}"
    heard = np.frombuffer(base64.b64decode(got["heard"]), "<f4")
    np.testing.assert_array_equal(heard, pcm)  # the worklet delivered the samples unchanged
    # 25 fps, 20 ms lookahead: the page's defaults, and a Python call's
    want = predict_pcm(pcm, 48000, MotionConfig(seed=SEED, lookahead_ms=SenderConfig.lookahead_ms))
    assert [f["t"] for f in got["frames"]] == [f.timestamp for f in want]
    page_w = np.array([f["w"] for f in got["frames"]])
    py_w = np.stack([f.weights for f in want])
    page_levels = np.stack([quantize_weights(w) for w in page_w]).astype(int)
    py_levels = np.stack([quantize_weights(w) for w in py_w]).astype(int)
    diff = np.abs(page_w - py_w).max()
    print(
        f"{len(want)} frames; max |Δweight| before quantization {diff:.2e}, levels differing "
        f"{int((page_levels != py_levels).sum())}; per 20 ms chunk in the page: {got['chunkMs']}, "
        f"model call {got['modelMs']}"
    )
    assert np.abs(page_levels - py_levels).max() / 255 <= 1e-3  # i.e. the same bytes on the wire
    page_pose = np.stack([quantize_pose_array(p) for p in got["frames"]])
    py_pose = np.stack([quantize_pose(f.pose) for f in want])
    assert np.abs(page_pose - py_pose).max() <= 1  # float32 pose in the page: one level at most
    # the model really drives it: the mouth moves with speech and blinks happen
    assert py_w[:, 17].max() > 0.2 and py_w[:, 17].min() == 0.0
    assert (py_w[:, 0] > 0.5).any()


def quantize_pose_array(frame: dict) -> tuple[int, ...]:
    from photocall.shared.motion import HeadPose

    assert np.all(np.abs(frame["p"]) <= np.array(POSE_LIMITS) * (1 + 1e-6))
    return quantize_pose(HeadPose(*frame["p"]))


def test_browser_sender_falls_back_to_loudness_only_where_onnxruntime_cannot_run(tmp_path):
    """Where onnxruntime-web cannot run (here: a server without its WebAssembly binary), the
    microphone still sends, with the loudness fallback, and the page says so."""

    from photocall.signaling.server import BUNDLED_WEB

    served = tmp_path / "web"
    shutil.copytree(BUNDLED_WEB, served, ignore=shutil.ignore_patterns("*.wasm"))

    async def main():
        async with browser_and_server(served) as (driver, server):
            await open_page(driver, server, "room", "a-web")
            started = await asyncio.to_thread(
                driver.execute_async_script,
                "const done = arguments[arguments.length - 1];"
                "window.photocall.startMic().then(() => done(true), (e) => done(String(e)));",
            )
            assert started is True, started
            assert await until(driver, "return window.photocallStats.send.samplesCaptured >= 9600")
            return (
                await js(driver, "return window.photocallStats.send.motionSource"),
                await js(driver, "return document.getElementById('motion-note').textContent"),
            )

    source, note = asyncio.run(main())
    assert source.startswith("fallback: ")
    assert "FALLBACK" in note and "cannot run" in note
