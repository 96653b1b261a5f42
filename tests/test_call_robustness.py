"""A call survives what peers and networks do: garbage, silence, departures, bad photos."""

from __future__ import annotations

import asyncio
import io
import random
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
from support.calls import BarRenderer, EnergyPredictor, assert_stream_accounted, bar_factory
from support.media import speech_like, write_wav


class Rogue:
    """A raw peer: on each link it runs ``script(link)``; counts what it receives."""

    def __init__(self, script=None) -> None:
        self.script = script
        self.links = []
        self.closed: list[tuple[str, str]] = []

    def link_open(self, link) -> None:
        self.links.append(link)
        if self.script is not None:
            self.script(link)

    def link_message(self, link, channel, data) -> None:
        pass

    def link_closed(self, link, reason) -> None:
        self.closed.append((link.remote, reason))

    def heartbeat(self) -> bytes:
        return protocol.encode(protocol.ClockSync(0, time.monotonic_ns()))


def _garbage(link) -> None:
    rng = random.Random(3)
    good_media = protocol.encode(protocol.MediaPacket(0, 0, b"\x78" + bytes(40)))
    junk = [
        bytes(rng.getrandbits(8) for _ in range(n)) for n in (0, 1, 7, 100, 1500, 60_000)
    ] + [
        b"\x93\x21\x00\x00",  # another protocol version
        b"\xc1",  # msgpack's never-used byte
        protocol.encode(protocol.Hello("x", ())),  # control packet on media
        bytes(65_536),  # the largest message, all zeros
    ]
    for data in junk:
        link.send_media_now(data)
        link.send_control(data)
    link.send_control(good_media)  # media packet on control
    link.channels["control"].send("a text message")
    link.channels["media"].send("another one")
    # valid packets with nonsense inside: an Opus payload that is not Opus, a photo that lies
    link.send_media_now(protocol.encode(protocol.MediaPacket(5, 4800, b"\xff\xff\xff\xff")))
    link.send_control(msgpack.packb([0x13, 9, 5, 3, b"x"]))  # chunk 5 of 3


def test_garbage_on_both_channels_is_counted_and_the_call_goes_on(tmp_path):
    async def main():
        wav = write_wav(tmp_path / "a.wav", speech_like(2.5))
        async with signaling_server() as server:
            url = server.url
            rx = asyncio.create_task(run_receiver(
                SignalingClient,
                ReceiverConfig(RoomConfig(url, "r"), out=tmp_path / "o.mp4", tile_size=64,
                               exit_when_done=True),
                renderer_factory=bar_factory,
            ))
            rogue = Mesh(MeshConfig(url, "r", "0-rogue"), Rogue(_garbage), SignalingClient)
            await rogue.start()
            sent = await run_sender(
                SignalingClient,
                SenderConfig(RoomConfig(url, "r"), audio=wav, check_photo=False, lead_in_s=0.1),
                predictor=EnergyPredictor(),
            )
            received = await asyncio.wait_for(rx, 60)
            await rogue.close()
        return sent, received

    sent, received = asyncio.run(main())
    assert received.bad_messages >= 12
    assert sent.bad_messages >= 12  # the sender got the same junk on its link and dropped it
    (stream,) = received.report.peers  # the rogue never became a tile
    # the call went on: every packet of the sender arrived and was played (or counted late)
    assert_stream_accounted(stream, sent.packets_sent)
    assert stream.photo == "ready"


def test_silent_peer_is_dropped_and_departure_is_seen_by_the_sender(tmp_path, monkeypatch):
    """Over real aiortc: the receiver drops a peer that goes silent, for silence, and the sender
    notices the receiver leave. Only the order of events is asserted, each with a generous upper
    bound; when the idle timeout fires (to the millisecond) is tests/test_peer_watchdog.py, so
    here the receiver's record of the mute peer's last message is moved back by the timeout
    instead of waiting it out."""
    from photocall.receiver import session as receiver_session
    from photocall.sender import session as sender_session

    meshes: list[Mesh] = []

    def receiver_mesh(*args, **kwargs) -> Mesh:  # the real mesh, kept at hand
        meshes.append(Mesh(*args, **kwargs))
        return meshes[-1]

    monkeypatch.setattr(receiver_session, "Mesh", receiver_mesh)

    noticed: list[str] = []
    closed = sender_session._SenderRole.link_closed

    def link_closed(self, link, reason):  # the real handler, observed
        closed(self, link, reason)
        noticed.append(link.remote)

    monkeypatch.setattr(sender_session._SenderRole, "link_closed", link_closed)

    async def main():
        wav = write_wav(tmp_path / "a.wav", speech_like(60.0))  # outlasts the test: stopped below
        rx_stop, tx_stop = asyncio.Event(), asyncio.Event()
        async with signaling_server() as server:
            url = server.url
            silent = Rogue(lambda link: link.send_control(
                protocol.encode(protocol.Hello("mute", ("photo",)))))
            # heartbeat off: once open, this peer sends nothing at all
            mute = Mesh(MeshConfig(url, "r", "0-mute", heartbeat_s=1e9, idle_timeout_s=1e9), silent,
                        SignalingClient)
            await mute.start()
            rx = asyncio.create_task(run_receiver(
                SignalingClient,
                ReceiverConfig(RoomConfig(url, "r"), tile_size=64, idle_timeout_s=4.0),
                renderer_factory=bar_factory, stop=rx_stop,
            ))
            tx = asyncio.create_task(run_sender(
                SignalingClient,
                SenderConfig(RoomConfig(url, "r"), audio=wav, check_photo=False,
                             wait_for_receiver_s=2.0),
                predictor=EnergyPredictor(), stop=tx_stop,
            ))
            assert await wait_for(lambda: len(silent.links) == 2, 60)
            # The mute peer's Hello has arrived, and nothing will after it: as if that was 4 s ago
            (rx_mesh,) = meshes
            assert await wait_for(lambda: "0-mute" in rx_mesh.links
                                  and rx_mesh.links["0-mute"].counters.rx_messages > 0, 60)
            rx_mesh.links["0-mute"].state.last_rx -= rx_mesh.config.idle_timeout_s
            # the receiver drops the mute peer for silence; the link closes on both ends
            assert await wait_for(lambda: any(p.startswith("recv") for p, _ in silent.closed), 60)
            rx_stop.set()
            received = await asyncio.wait_for(rx, 60)
            assert await wait_for(lambda: any(p.startswith("recv") for p in noticed), 60)
            tx_stop.set()
            sent = await asyncio.wait_for(tx, 60)
            await mute.close()
        return received, sent

    received, sent = asyncio.run(main())
    assert [why for peer, why, _ in received.departures if peer == "0-mute"] == [
        "nothing received for 4 s"
    ]
    assert any(peer.startswith("recv") for peer, _, _ in sent.departures)


def _no_face_png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    rng = np.random.default_rng(0)
    Image.fromarray(rng.integers(0, 255, (240, 320, 3), dtype=np.uint8)).save(buf, "PNG")
    return buf.getvalue()


def _checking_factory(photo: bytes, config) -> BarRenderer:
    from photocall.receiver.render import prepare_photo

    prepare_photo(photo, 256)  # the real check: PhotoError when there is no face
    return BarRenderer()


@pytest.mark.slow
def test_photo_without_a_face_is_refused_with_the_reason(tmp_path):
    photo = tmp_path / "wall.png"
    photo.write_bytes(_no_face_png())
    wav = write_wav(tmp_path / "a.wav", speech_like(1.0))
    # locally, before connecting anywhere
    with pytest.raises(UserError, match="face"):
        asyncio.run(run_sender(SignalingClient, SenderConfig(RoomConfig("ws://127.0.0.1:9/", "r"), audio=wav,
                                            photo=photo),
                               predictor=EnergyPredictor()))

    async def remote():
        async with signaling_server() as server:
            url = server.url
            rx = asyncio.create_task(run_receiver(
                SignalingClient,
                ReceiverConfig(RoomConfig(url, "r"), tile_size=64),  # runs until cancelled below
                renderer_factory=_checking_factory,
            ))
            try:
                await run_sender(
                    SignalingClient,
                    SenderConfig(RoomConfig(url, "r"), audio=wav, photo=photo, check_photo=False),
                    predictor=EnergyPredictor(),
                )
            finally:
                rx.cancel()
                await asyncio.gather(rx, return_exceptions=True)

    with pytest.raises(UserError, match=r"rejected the photo: .*face"):
        asyncio.run(remote())
