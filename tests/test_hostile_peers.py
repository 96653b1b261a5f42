"""Hostile peers over real aiortc and a real signaling server (issue 15): a rogue written against
the public contracts (the mesh's data channels and the wire protocol) attacks the receiver while
an innocent sender joins; the innocent one's face is rendered within 5 s of joining."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import time

import msgpack
import numpy as np
import pytest

from photocall.receiver.session import ReceiverConfig, run_receiver
from photocall.sender.session import SenderConfig, run_sender
from photocall.shared import protocol
from photocall.shared.errors import UserError
from photocall.shared.peer import Mesh, MeshConfig
from photocall.shared.room import RoomConfig
from photocall.signaling.client import SignalingClient
from support.aio import signaling_server, wait_for
from support.calls import BarRenderer, EnergyPredictor
from support.media import speech_like, write_wav
from test_call_robustness import Rogue

FORGED = "x\n12:00:00 INFO photocall: photo of admin ready\x1b[31m"


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(np.zeros((8, 8, 3), np.uint8)).save(buf, "PNG")
    return buf.getvalue()


def _slow_factory(photo: bytes, config) -> BarRenderer:
    time.sleep(0.3)  # what preparing a large photo costs (the real one: ~0.4 s for 20 MP)
    return BarRenderer()


async def _attack(link) -> None:
    """Everything at once, paced like a real flood: media far in the future, photos one after
    another, notices that forge log lines, malformed photo chunks."""
    png = _png()
    rng = np.random.default_rng(1)
    link.send_control(protocol.encode(protocol.Hello(FORGED, ("photo",))))
    for i in range(400):
        ts = int(rng.integers(0, 1 << 32))
        link.send_media_now(protocol.encode(protocol.MediaPacket(i % 65536, ts, b"\x78" + bytes(40))))
        if i % 4 == 0:
            for chunk in protocol.photo_chunks(png, i):
                link.send_control(protocol.encode(chunk))
            link.send_control(protocol.encode(protocol.Notice("evil", FORGED)))
            link.send_control(msgpack.packb([0x13, i, 5, 3, b"x"]))  # chunk 5 of 3
        if i % 20 == 0:
            await asyncio.sleep(0.01)


def test_an_innocent_sender_is_seen_within_5_s_while_a_rogue_attacks(tmp_path, caplog):
    tasks: list[asyncio.Task] = []

    def script(link) -> None:
        tasks.append(asyncio.ensure_future(_attack(link)))

    async def main():
        wav = write_wav(tmp_path / "a.wav", speech_like(3.0))
        async with signaling_server() as server:
            url = server.url
            rx = asyncio.create_task(run_receiver(
                SignalingClient,
                ReceiverConfig(RoomConfig(url, "r"), tile_size=64, exit_when_done=True),
                renderer_factory=_slow_factory,
            ))
            rogue = Rogue(script)
            mesh = Mesh(MeshConfig(url, "r", "0-rogue"), rogue, SignalingClient)
            await mesh.start()
            assert await wait_for(lambda: bool(tasks), 30)
            joined = time.monotonic()
            sent = await run_sender(
                SignalingClient,
                SenderConfig(RoomConfig(url, "r", peer_id="z-innocent"), audio=wav,
                             check_photo=False, lead_in_s=0.1, wait_for_receiver_s=5.0),
                predictor=EnergyPredictor(),
            )
            received = await asyncio.wait_for(rx, 60)
            for task in tasks:
                if task.done():
                    task.result()  # the attack itself must not have failed
                task.cancel()
            await mesh.close()
        return joined, sent, received

    with caplog.at_level(logging.INFO, logger="photocall"):
        joined, sent, received = asyncio.run(main())
    report = received.report
    innocent = next(p for p in report.peers if p.peer == "z-innocent")
    assert innocent.photo == "ready" and innocent.video_frames > 0, (innocent, report.drops)
    assert innocent.first_frame_after_link_ms is not None
    # the rogue's flood did not delay the innocent face past 5 s from its joining
    accepted = [n for peer, code, n in sent.notices if code == "photo-accepted"]
    assert accepted and innocent.first_frame_after_link_ms < 5000
    rogue = next(d for d in report.drops if d.peer == "0-rogue")
    assert rogue.far_future + rogue.far_past + rogue.over_budget + rogue.after_cut_off >= 50
    assert rogue.cut_off is not None
    assert rogue.notices_unsent + rogue.bad_messages > 0
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(lines) <= 40, lines[:50]
    assert not any("\n" in r.getMessage() or "\x1b" in r.getMessage() for r in caplog.records)


def test_an_innocent_sender_connects_while_others_churn_through_the_room(tmp_path):
    """Peers joining and leaving the receiver's room every 0.1 s (a new connection each time)
    must not keep a newcomer from connecting (issue 15: 1 in 3 trials, never)."""

    async def churner(url: str, stop: asyncio.Event, n: list[int]) -> None:
        while not stop.is_set():
            n[0] += 1
            mesh = Mesh(MeshConfig(url, "r", f"0-churn-{n[0]}"), Rogue(), SignalingClient)
            try:
                await mesh.start()
                await asyncio.sleep(0.1)
            finally:
                # aiortc's close of a half-built connection can wait for ever: bound it
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(mesh.close(), 2.0)

    async def main():
        wav = write_wav(tmp_path / "a.wav", speech_like(1.5))
        async with signaling_server() as server:
            url = server.url
            rx = asyncio.create_task(run_receiver(
                SignalingClient,
                ReceiverConfig(RoomConfig(url, "r"), tile_size=64, exit_when_done=True),
                renderer_factory=_slow_factory,
            ))
            stop, n = asyncio.Event(), [0]
            churners = [asyncio.create_task(churner(url, stop, n)) for _ in range(4)]
            assert await wait_for(lambda: n[0] >= 12, 30)
            try:
                sent = await run_sender(
                    SignalingClient,
                    SenderConfig(RoomConfig(url, "r", peer_id="z-innocent"), audio=wav,
                                 check_photo=False, lead_in_s=0.1, wait_for_receiver_s=5.0,
                                 connect_timeout_s=15.0),
                    predictor=EnergyPredictor(),
                )
            finally:
                stop.set()
                for task in churners:
                    task.cancel()
                await asyncio.wait(churners, timeout=10)
            received = await asyncio.wait_for(rx, 60)
        return sent, received, n[0]

    sent, received, churned = asyncio.run(main())
    assert churned >= 12
    innocent = next(p for p in received.report.peers if p.peer == "z-innocent")
    assert innocent.video_frames > 0 and innocent.first_frame_after_link_ms < 5000
    assert any(code == "photo-accepted" for _, code, _ in sent.notices)


def test_a_sender_alone_gives_up_with_a_clear_message(tmp_path):
    wav = write_wav(tmp_path / "a.wav", speech_like(0.5))

    async def main():
        async with signaling_server() as server:
            await run_sender(
                SignalingClient,
                SenderConfig(RoomConfig(server.url, "empty"), audio=wav, check_photo=False,
                             connect_timeout_s=0.5),
                predictor=EnergyPredictor(),
            )

    with pytest.raises(UserError, match=r"no receiver connected in room 'empty' within 0.5 s"):
        asyncio.run(main())
