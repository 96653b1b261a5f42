"""The browser client (signaling/web/, built from web/) end to end in real headless Chromium.

Debian's /usr/bin/chromium driven by its /usr/bin/chromedriver through selenium (no browser is
downloaded). A real signaling server on loopback port 0 serves the page; the page joins rooms with
the real Python sender and receiver over real WebRTC data channels. The page's test hooks:
``window.photocallStats`` (counters, the decoded motion log) and ``window.photocall`` (the app).
"""

from __future__ import annotations

import asyncio
import base64
import io
import shutil
from contextlib import asynccontextmanager

import numpy as np
import pytest

from photocall.benchmarks import browser_render
from photocall.shared.motion import BLENDSHAPE_INDEX, NUM_BLENDSHAPES, HeadPose, MotionFrame
from photocall.shared.motion_codec import (  # the page speaks v2: the sender picks it
    ANGLE_ERROR_BOUND,
    FLOAT32_SLACK,
    TRANSLATION_ERROR_BOUND,
    WEIGHT_ERROR_BOUND,
)
from photocall.shared.room import RoomConfig
from photocall.signaling.client import SignalingClient
from support.aio import wait_for
from support.calls import bar_factory
from support.media import speech_like, write_wav

CHROMIUM, CHROMEDRIVER = browser_render.CHROMIUM, browser_render.CHROMEDRIVER
JAW = BLENDSHAPE_INDEX["jawOpen"]

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver (scripts/setup.sh --dev installs them)",
)

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
    "--autoplay-policy=no-user-gesture-required",
    "--enable-unsafe-swiftshader",
    "--window-size=1300,1100",
]


def launch_chromium():
    """A fresh Chromium with this file's flags (fake media devices), scripts bounded at 20 s."""
    return browser_render.launch_chromium(FLAGS, script_timeout_s=20)


@asynccontextmanager
async def chromium():
    """A fresh Chromium (``launch_chromium``); prints the page's console if the block fails and
    always quits it."""
    driver, profile = await asyncio.to_thread(launch_chromium)
    try:
        yield driver
    except BaseException:
        for entry in driver.get_log("browser"):  # the page's console, for the failure report
            print(entry)
        raise
    finally:
        await asyncio.to_thread(driver.quit)
        shutil.rmtree(profile, ignore_errors=True)


@asynccontextmanager
async def browser_and_server(static_dir=None, make_graph=None):
    """A signaling server on a free loopback port (serving ``static_dir``, else the bundled page;
    preparing browser senders' photos with ``make_graph`` if given) and a fresh Chromium."""
    from photocall.signaling.config import SignalingConfig
    from photocall.signaling.server import serve

    server = await serve(
        SignalingConfig(host="127.0.0.1", port=0, static_dir=static_dir), make_graph=make_graph
    )
    try:
        async with chromium() as driver:
            yield driver, server
    finally:
        await server.close()


async def js(driver, script: str, *args):
    return await asyncio.to_thread(driver.execute_script, script, *args)


async def until(driver, script: str, timeout: float = 60.0) -> bool:
    """Poll the page until ``script`` returns something true (a generous upper bound: software GL
    on a loaded machine is slow, and a passing test never waits for it)."""
    return await wait_for(lambda: js(driver, script), timeout, step=0.05)


async def open_page(driver, server, room: str, peer: str, sfu: str | None = None) -> None:
    """The page joins ``room`` as ``peer`` (through the Janus at ``sfu`` if given)."""
    url = f"http://127.0.0.1:{server.port}/?room={room}&peer={peer}&autojoin=1"
    if sfu:
        url += f"&sfu={sfu}"
    await asyncio.to_thread(driver.get, url)
    if not await until(driver, "return !!(window.photocallStats && window.photocallStats.joined)"):
        raise AssertionError(
            f"the page did not join: {await js(driver, 'return document.body.innerText')}"
        )


def data_url_pixels(url: str) -> np.ndarray:
    """A canvas's ``toDataURL()`` PNG as an (H, W, 3) int16 array."""
    from PIL import Image

    png = base64.b64decode(url.split(",", 1)[1])
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(np.int16)


class ScriptedPredictor:
    """Motion known in advance, so the page's decoded frames can be checked against it: frame k
    (sample k * 1920, 25 fps) has jawOpen 0 for 0.8 s then 0.9 for 0.8 s, and so on; a few other
    weights and the head pose take values off the quantization grid."""

    def __init__(self) -> None:
        self.k = 0
        self.heard = 0
        self.sent: dict[int, MotionFrame] = {}

    def frame(self, k: int) -> MotionFrame:
        w = np.zeros(NUM_BLENDSHAPES, np.float32)
        w[JAW] = 0.9 if (k // 20) % 2 else 0.0
        for i in (0, 7, 23, 24, 43):  # blinks, smiles, browInnerUp
            w[i] = ((k * 37 + i * 11) % 101) / 101.0
        pose = HeadPose(0.05 * np.sin(k / 7), 0.1 * np.sin(k / 5), 0.02, 0.01 * k % 0.1, 0, 0)
        return MotionFrame(k * 1920, w, pose)

    def _emit(self, upto: int) -> list[MotionFrame]:
        out = []
        while self.k * 1920 < upto:
            frame = self.frame(self.k)
            self.sent[frame.timestamp] = frame
            out.append(frame)
            self.k += 1
        return out

    def push(self, pcm: np.ndarray) -> list[MotionFrame]:
        self.heard += len(pcm)
        return self._emit(self.heard)

    def flush(self) -> list[MotionFrame]:
        return self._emit(self.heard + 1)


@pytest.mark.slow
def test_page_receives_python_sender_and_animates(tmp_path):
    from photocall.receiver.render import default_photo_bytes
    from photocall.sender.session import SenderConfig, run_sender

    seconds = 4.0
    wav = write_wav(tmp_path / "speech.wav", speech_like(seconds))
    predictor = ScriptedPredictor()
    shots: dict[str, dict[str, np.ndarray]] = {}

    async def watch(driver, done: asyncio.Event) -> None:
        """Capture the head and photo canvases once with the jaw shut and once with it open
        (``photocall.capture()`` renders the current face and returns the canvases' PNGs; WebDriver
        screenshots take seconds under software GL)."""
        while not done.is_set() and len(shots) < 2:
            jaw, has_photo = await js(
                driver,
                "const s = window.photocallStats; return [s.currentWeights[17], s.photoFrames > 1]",
            )
            key = "open" if jaw > 0.85 else "shut" if jaw < 0.02 else None
            if has_photo and key and key not in shots:
                got = await asyncio.to_thread(
                    driver.execute_async_script,
                    "const done = arguments[arguments.length - 1];"
                    "window.photocall.capture().then(done, (e) => done(String(e)));",
                )
                if (got["jaw"] > 0.85) == (key == "open") and got["photo"]:
                    shots[key] = {
                        "head": data_url_pixels(got["head"]),
                        "photo": data_url_pixels(got["photo"]),
                    }
            await asyncio.sleep(0.03)

    async def main():
        async with browser_and_server() as (driver, server):
            await open_page(driver, server, "room", "b-web")  # the Python peer "a-send" offers
            done = asyncio.Event()
            watcher = asyncio.create_task(watch(driver, done))
            config = SenderConfig(
                RoomConfig(server.url, "room", peer_id="a-send"),
                audio=wav,
                check_photo=False,
                lead_in_s=0.3,
                wait_for_receiver_s=10,
                silence=None,  # every predicted frame is compared below; silence mode would
                # withhold the lead-in's (it is tested in test_silence.py and the call tests)
            )
            sent = await run_sender(SignalingClient, config, predictor=predictor)
            done.set()
            await watcher
            # The sender has left; the page plays out what it buffered, then drops the peer.
            assert await until(driver, "return window.photocall.participants.size === 0")
            stats = await js(driver, "return window.photocallStats")
            return sent, stats

    sent, stats = asyncio.run(main())

    assert stats["protocolErrors"] == 0
    assert stats["helloName"] == "photocall"
    # The photo arrived whole and was shown (and acknowledged, so the sender started at once).
    assert stats["photoBytes"] == len(default_photo_bytes()) and stats["photoShown"]
    assert ("b-web", "photo-accepted") in [(p, c) for p, c, _ in sent.notices]
    # Media: loopback loses nothing; 40 ms Opus packets were decoded by WebCodecs.
    assert stats["mediaPackets"] >= 0.95 * sent.packets_sent
    audio_packets = stats["audioPacketsReceived"]
    assert audio_packets >= seconds * 25 * 0.9
    assert stats["decodeErrors"] == 0
    assert stats["audioFramesDecoded"] >= 0.9 * audio_packets
    assert stats["audioSamplesDecoded"] >= 0.9 * audio_packets * 1920

    # Every decoded motion frame equals the one sent, within the v2 wire's quantization bounds.
    log = stats["motionLog"]
    assert len(log) >= 0.95 * len(predictor.sent)
    for entry in log:
        frame = predictor.sent[entry["t"]]
        weights = np.array(entry["w"])
        assert np.abs(weights - frame.weights).max() <= WEIGHT_ERROR_BOUND + FLOAT32_SLACK
        pose = np.array(entry["pose"])
        ref = frame.pose.as_array().astype(np.float64)
        assert np.abs(pose[:3] - ref[:3]).max() <= ANGLE_ERROR_BOUND + 1e-6
        assert np.abs(pose[3:] - ref[3:]).max() <= TRANSLATION_ERROR_BOUND + 1e-6

    # The rendered face: a real picture, and it changes where the mouth is when jawOpen does.
    assert set(shots) == {"shut", "open"}, f"jawOpen never reached both ends: {shots.keys()}"
    shut, opened = shots["shut"]["head"], shots["open"]["head"]
    assert shut.std() > 20, "the head canvas is blank"
    changed = np.abs(opened - shut).max(axis=2) > 40
    h, w = changed.shape
    mouth = changed[int(0.55 * h) : int(0.85 * h), int(0.3 * w) : int(0.7 * w)]
    assert mouth.sum() > 300, f"only {mouth.sum()} mouth pixels changed with jawOpen"
    assert shots["shut"]["photo"].std() > 20, "the photo canvas is blank"
    photo_changed = np.abs(shots["open"]["photo"] - shots["shut"]["photo"]).max(axis=2) > 40
    assert photo_changed.sum() > 200, "the photo did not move with jawOpen"


@pytest.mark.slow
def test_python_receiver_hears_the_browser_microphone():
    from photocall.receiver.session import ReceiverConfig, run_receiver

    async def main():
        async with browser_and_server() as (driver, server):
            await open_page(driver, server, "room", "a-web")  # the page offers this time
            await asyncio.to_thread(
                driver.execute_async_script,
                "const done = arguments[arguments.length - 1];"
                "window.photocall.startMic().then(() => done(true), (e) => done(String(e)));",
            )
            # the call lasts until the page has sent 100 packets (4 s) over the link, however
            # long the link takes to come up on a loaded machine
            config = ReceiverConfig(
                RoomConfig(server.url, "room", peer_id="z-recv"), duration_s=120.0, tile_size=64
            )
            stop = asyncio.Event()
            receiving = asyncio.create_task(
                run_receiver(SignalingClient, config, stop=stop, renderer_factory=bar_factory)
            )
            assert await until(driver, "return window.photocallStats.links >= 1")
            start = await js(driver, "return window.photocallStats.send.packetsSent")
            sent_100 = f"return window.photocallStats.send.packetsSent >= {start + 100}"
            assert await until(driver, sent_100), await js(driver, "return window.photocallStats")
            stop.set()
            received = await receiving
            stats = await js(driver, "return window.photocallStats.send")
            return received, stats

    received, sent = asyncio.run(main())
    assert sent["started"] and "Fake" in sent["device"]
    assert sent["encodeErrors"] == 0
    [stream] = [s for s in received.report.peers if s.peer == "a-web"]
    assert stream.bad_messages == 0
    # 100 packets of 40 ms sent; the receiver decodes them with libopus. (How many of them play
    # on time depends on the load: Chromium's encoder delivers in bursts when the cores are busy.)
    assert stream.media_packets >= 90
    assert stream.decoder_errors == 0 and stream.played_frames >= 25
    assert stream.jitter.received >= 60
    assert sent["motionFramesSent"] >= 0.9 * sent["packetsSent"]  # 25 fps: one per packet
    assert sent["motionSource"] == "model"  # the learned model on onnxruntime-web, not the fallback


@pytest.mark.parametrize("supported", [False, True])
def test_enter_vr_button_follows_webxr_support(supported):
    """Headless Chromium has no XR device, so navigator.xr is replaced before the page loads by
    one that answers isSessionSupported('immersive-vr') with `supported` and records requests."""
    fake_xr = (
        "Object.defineProperty(navigator, 'xr', {value: {"
        f"  isSessionSupported: async (mode) => mode === 'immersive-vr' && {str(supported).lower()},"
        "  requestSession: async (mode) => { window.xrRequested = mode; throw new Error('no device'); },"
        "}});"
    )

    async def main():
        async with browser_and_server() as (driver, server):
            await asyncio.to_thread(
                driver.execute_cdp_cmd, "Page.addScriptToEvaluateOnNewDocument", {"source": fake_xr}
            )
            await asyncio.to_thread(driver.get, f"http://127.0.0.1:{server.port}/")
            # the page has asked navigator.xr once it records the answer
            assert await until(
                driver,
                "return window.photocallStats && window.photocallStats.vrSupported !== undefined",
            )
            hidden = await js(driver, "return document.getElementById('vr-button').hidden")
            if not hidden:
                await js(driver, "document.getElementById('vr-button').click()")
                assert await until(driver, "return window.xrRequested !== undefined")
            return hidden, await js(driver, "return window.xrRequested || null")

    hidden, requested = asyncio.run(main())
    assert hidden is (not supported)
    assert requested == ("immersive-vr" if supported else None)


@pytest.mark.slow
def test_two_pages_call_each_other():
    """Browser to browser: page a-web sends its (fake) microphone; page b-web decodes the audio
    and shows the motion the first page's model made (both pages speak the same protocol in JS)."""

    async def main():
        async with browser_and_server() as (first, server):
            second, profile = await asyncio.to_thread(launch_chromium)
            try:
                await open_page(first, server, "room", "a-web")
                await open_page(second, server, "room", "b-web")
                await asyncio.to_thread(
                    first.execute_async_script,
                    "const done = arguments[arguments.length - 1];"
                    "window.photocall.startMic().then(() => done(true), (e) => done(String(e)));",
                )
                await until(second, "return window.photocallStats.audioFramesDecoded >= 50")
                return (
                    await js(first, "return window.photocallStats.send"),
                    await js(second, "return window.photocallStats"),
                )
            finally:
                await asyncio.to_thread(second.quit)
                shutil.rmtree(profile, ignore_errors=True)

    sent, received = asyncio.run(main())
    assert sent["packetsSent"] > 0 and received["protocolErrors"] == 0
    assert sent["motionSource"] == "model"
    assert received["audioFramesDecoded"] >= 50
    assert received["motionFramesReceived"] >= 0.8 * received["mediaPackets"]
    # What arrived is what the other page quantized for protocol v2 (both pages speak it, so they
    # negotiate it): every weight on v2's 1/128 grid, not v1's 1/255.
    levels = np.array([entry["w"] for entry in received["motionLog"]]) * 128
    assert np.abs(levels - np.round(levels)).max() < 1e-3
