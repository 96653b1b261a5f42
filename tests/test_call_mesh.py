"""Three peers in one room (a mesh), the live window under Xvfb, and speaker fallback."""

from __future__ import annotations

import asyncio
import logging
import os
import select
import shutil
import subprocess

import numpy as np
import pytest

from photocall.receiver.session import ReceiverConfig, run_receiver
from photocall.sender.session import SenderConfig, run_sender
from photocall.shared.room import RoomConfig
from photocall.signaling.client import SignalingClient
from support.aio import signaling_server, wait_for_peers
from support.calls import EnergyPredictor, assert_stream_accounted, bar_factory, bar_height
from support.media import read_mp4, speech_like, write_wav


@pytest.mark.slow
def test_three_peers_receiver_tiles_both_senders(tmp_path):
    out = tmp_path / "mesh.mp4"

    async def main():
        a = write_wav(tmp_path / "a.wav", speech_like(3.0, seed=1))
        b = write_wav(tmp_path / "b.wav", speech_like(3.0, seed=2))
        async with signaling_server() as server:
            url = server.url
            rx = asyncio.create_task(run_receiver(
                SignalingClient,
                ReceiverConfig(RoomConfig(url, "r"), out=out, tile_size=64, tiles=2,
                               exit_when_done=True),
                renderer_factory=bar_factory,
            ))
            await wait_for_peers(server, "r", 1)
            senders = [
                run_sender(SignalingClient, SenderConfig(RoomConfig(url, "r", name=name), audio=wav,
                                        check_photo=False, wait_for_receiver_s=3.0),
                           predictor=EnergyPredictor())
                for name, wav in (("alice", a), ("bob", b))
            ]
            sent = await asyncio.gather(*senders)
            received = await asyncio.wait_for(rx, 60)
        return sent, received

    sent, received = asyncio.run(main())
    # every pair got a connection: each sender reached the receiver and the other sender
    for result in sent:
        assert len(result.receivers) == 2
    assert sorted(s.name for s in received.report.peers) == ["alice", "bob"]
    packets = dict(zip(("alice", "bob"), (result.packets_sent for result in sent)))
    for stream in received.report.peers:
        assert_stream_accounted(stream, packets[stream.name])
    frames, _ = read_mp4(out)
    assert frames[0][1].shape == (64, 128, 3)  # two tiles side by side
    left = [bar_height(img[:, :64]) for _, img in frames]
    right = [bar_height(img[:, 64:]) for _, img in frames]
    assert np.std(left) > 0.05 and np.std(right) > 0.05  # both faces move
    assert abs(np.corrcoef(left, right)[0, 1]) < 0.9  # ... each to its own audio


@pytest.fixture
def xvfb(monkeypatch):
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/setup.sh installs it)")
    # -displayfd: Xvfb picks a free display and writes its number once it accepts connections,
    # so there is neither a guessed display nor a fixed wait
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "320x240x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as ready:
        if not select.select([ready], [], [], 60)[0]:
            proc.kill()
            pytest.fail("Xvfb opened no display within 60 s")
        number = ready.readline().strip()  # empty when Xvfb exited instead
    if not number:
        proc.wait(30)
        pytest.fail(f"Xvfb exited with status {proc.returncode} before opening a display")
    display = f":{number}"
    monkeypatch.setenv("DISPLAY", display)
    yield display
    proc.terminate()
    proc.wait(30)


@pytest.mark.slow
def test_live_window_shows_the_face_under_xvfb_and_speaker_falls_back(tmp_path, xvfb, caplog):
    from PIL import ImageGrab

    shots = []

    async def main():
        wav = write_wav(tmp_path / "a.wav", speech_like(3.0))
        async with signaling_server() as server:
            url = server.url
            rx = asyncio.create_task(run_receiver(
                SignalingClient,
                ReceiverConfig(RoomConfig(url, "r"), window=True, speaker=True, tile_size=64,
                               exit_when_done=True),
                renderer_factory=bar_factory,
            ))
            tx = asyncio.create_task(run_sender(
                SignalingClient,
                SenderConfig(RoomConfig(url, "r"), audio=wav, check_photo=False),
                predictor=EnergyPredictor(),
            ))
            while not tx.done():  # screenshots through the whole call, however long it takes
                shot = await asyncio.to_thread(ImageGrab.grab, xdisplay=xvfb)
                shots.append(np.asarray(shot))
                await asyncio.wait([tx], timeout=0.2)
            await tx
            return await asyncio.wait_for(rx, 60)

    with caplog.at_level(logging.WARNING):
        received = asyncio.run(main())
    assert received.video_frames > 50
    from PIL import Image

    Image.fromarray(shots[-1]).save(tmp_path / "screenshot.png")
    # the window shows BarRenderer's grey tile with its white bar, and the bar moves
    grey = [(np.abs(s.astype(int) - 80).sum(axis=2) == 0).sum() for s in shots]
    white = [(s.min(axis=2) == 255).sum() for s in shots]
    assert max(grey) > 500
    assert len(set(white)) > 3
    # no sound device here: a warning, and playout went on headless
    if not _has_output_device():
        assert "no speaker output" in caplog.text


def _has_output_device() -> bool:
    try:
        import sounddevice as sd
    except OSError:
        return False
    try:
        return any(d["max_output_channels"] > 0 for d in sd.query_devices())
    except sd.PortAudioError:
        return False
