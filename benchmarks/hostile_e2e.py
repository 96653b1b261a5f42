"""Hostile peers end to end (issue 15): a rogue peer attacks a receiver over real aiortc while an
innocent sender joins; what does the innocent one get, and what does the attack cost?

``python -m photocall.benchmarks.hostile_e2e [ATTACK ...]`` (attacks: photos, far-future,
motion-only, flood, notices, churn) prints one line per attack. It uses only the public entry
points (``run_receiver``, ``run_sender``, ``Mesh``, the wire protocol), so the same file runs
against an older checkout for a before/after table. The test helpers (``tests/``) supply a
renderer that draws a bar and a predictor that follows the audio's energy.
"""

from __future__ import annotations

import asyncio
import io
import logging
import resource
import sys
import time
from pathlib import Path

import msgpack
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from photocall.receiver.session import ReceiverConfig, run_receiver
from photocall.sender.session import SenderConfig, run_sender
from photocall.shared import protocol
from photocall.shared.peer import Mesh, MeshConfig
from photocall.shared.room import RoomConfig
from photocall.signaling.client import SignalingClient
from support.aio import signaling_server
from support.calls import BarRenderer, EnergyPredictor
from support.media import speech_like, write_wav

FORGED = "x\n12:00:00 INFO photocall: photo of admin ready\x1b[31m"
ATTACK_S = 8.0


def _slow_factory(photo: bytes, config: object) -> BarRenderer:
    time.sleep(0.4)  # what preparing a 20-MP photo costs here
    return BarRenderer()


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(np.zeros((8, 8, 3), np.uint8)).save(buf, "PNG")
    return buf.getvalue()


class _Rogue:
    def __init__(self, attack: str) -> None:
        self.attack = attack
        self.sent = 0
        self.tasks: list[asyncio.Task[None]] = []

    def link_open(self, link) -> None:
        if link.remote.startswith("recv"):
            self.tasks.append(asyncio.ensure_future(self._run(link)))

    def link_message(self, link, channel, data) -> None:
        pass

    def link_closed(self, link, reason) -> None:
        pass

    def heartbeat(self) -> bytes:
        return protocol.encode(protocol.ClockSync(0, time.monotonic_ns()))

    async def _run(self, link) -> None:
        rng = np.random.default_rng(1)
        png = _png()
        link.send_control(protocol.encode(protocol.Hello(FORGED, ("photo",))))
        start, i = time.monotonic(), 0
        while time.monotonic() - start < ATTACK_S and not link.closed:
            for _ in range(29):  # bursts every 10 ms: ~2,900 messages/s if the loop keeps up
                i += 1
                if self.attack == "far-future":
                    ts = int(rng.integers(0, 1 << 32))
                    data = protocol.encode(protocol.MediaPacket(i % 65536, ts, b"\x78" + bytes(40)))
                    link.send_media_now(data)
                elif self.attack == "flood":
                    data = protocol.encode(protocol.MediaPacket(i % 65536, i * 960 % (1 << 32),
                                                                b"\x78" + bytes(40)))  # fmt: skip
                    link.send_media_now(data)
                elif self.attack == "notices":
                    link.send_control(protocol.encode(protocol.Notice("evil", FORGED)))
                    link.send_control(protocol.encode(protocol.PhotoChunk(i, 0, 2, png[:10])))
                    link.send_control(msgpack.packb([0x13, i, 0, 3, b"x"]))
                elif self.attack == "photos" and i % 29 == 0:
                    for chunk in protocol.photo_chunks(png, i):
                        link.send_control(protocol.encode(chunk))
                else:
                    continue
                self.sent += 1
            await asyncio.sleep(0.01)


async def _churner(url: str, stop: asyncio.Event, counter: list[int]) -> None:
    from test_call_robustness import Rogue

    while not stop.is_set():
        mesh = Mesh(MeshConfig(url, "r", f"0-churn-{counter[0]}"), Rogue(), SignalingClient)
        counter[0] += 1
        try:
            await mesh.start()
            await asyncio.sleep(0.1)
        finally:
            await mesh.close()


async def _one(attack: str, tmp: Path) -> str:
    wav = write_wav(tmp / "a.wav", speech_like(3.0))
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    async with signaling_server() as server:
        url = server.url
        rx_stop = asyncio.Event()
        rx = asyncio.create_task(run_receiver(
            SignalingClient, ReceiverConfig(RoomConfig(url, "r"), tile_size=64),
            renderer_factory=_slow_factory, stop=rx_stop,
        ))  # fmt: skip
        rogue, meshes, churn_stop, churned = _Rogue(attack), [], asyncio.Event(), [0]
        churners = []
        if attack == "churn":
            churners = [asyncio.create_task(_churner(url, churn_stop, churned)) for _ in range(5)]
        else:
            meshes.append(Mesh(MeshConfig(url, "r", "0-rogue"), rogue, SignalingClient))
            await meshes[0].start()
        await asyncio.sleep(1.0)  # the attack is under way
        joined = time.monotonic()
        try:
            sent = await asyncio.wait_for(run_sender(
                SignalingClient,
                SenderConfig(RoomConfig(url, "r", peer_id="z-innocent"), audio=wav,
                             check_photo=False, lead_in_s=0.1, wait_for_receiver_s=5.0,
                             connect_timeout_s=20.0),
                predictor=EnergyPredictor(),
            ), 40)  # fmt: skip
            outcome = f"{sent.packets_sent} packets sent"
        except Exception as exc:  # noqa: BLE001 - the figure is what happened
            outcome = f"sender failed: {type(exc).__name__}: {exc}"
        took = time.monotonic() - joined
        rx_stop.set()
        churn_stop.set()
        received = await asyncio.wait_for(rx, 60)
        for task in [*rogue.tasks, *churners]:
            task.cancel()
        await asyncio.gather(*rogue.tasks, *churners, return_exceptions=True)
        for mesh in meshes:
            await mesh.close()
    rss = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    report = received.report
    innocent = next((p for p in report.peers if p.peer == "z-innocent"), None)
    first = None if innocent is None else innocent.first_frame_after_link_ms
    frames = 0 if innocent is None else innocent.video_frames
    rogue_media = sum(p.media_packets for p in report.peers if p.peer.startswith("0-"))
    extra = f"{churned[0]} churning peers" if attack == "churn" else f"rogue sent {rogue.sent}"
    return (f"{attack}: innocent first frame {first} ms after its link opened, {frames} frames "
            f"({outcome}; {took:.1f} s in the call); {extra}, rogue media taken {rogue_media}, "
            f"bad messages {report.bad_messages}; peak RSS +{rss:.0f} MiB")


def main(argv: list[str] | None = None) -> None:
    import tempfile

    attacks = (argv if argv is not None else sys.argv[1:]) or [
        "photos", "far-future", "flood", "notices", "churn"]  # fmt: skip
    lines: list[int] = [0, 0]

    class Count(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.WARNING:
                text = self.format(record)
                lines[0] += 1
                lines[1] += len(text) + 1

    logging.getLogger().addHandler(Count())
    logging.getLogger().setLevel(logging.INFO)
    for attack in attacks:
        lines[:] = [0, 0]
        with tempfile.TemporaryDirectory() as tmp:
            row = asyncio.run(_one(attack, Path(tmp)))
        print(f"{row}; {lines[0]} warning lines ({lines[1] / 1e6:.2f} MB)", flush=True)


if __name__ == "__main__":
    main()
