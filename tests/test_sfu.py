"""Sessions through an SFU: a real Janus (VideoRoom, data channels) on loopback, one sender, two
receivers (one joining after the sender's first photo went out); and the pieces without Janus."""

from __future__ import annotations

import asyncio
import threading

import numpy as np
import pytest

from photocall.receiver.session import ReceiverConfig, run_receiver
from photocall.sender.session import SenderConfig, run_sender
from photocall.shared import protocol
from photocall.shared.errors import UserError
from photocall.shared.motion import MotionFrame
from photocall.shared.peer import CONTROL, MEDIA
from photocall.shared.photo_check import default_photo_bytes
from photocall.shared.room import RoomConfig
from photocall.shared.sfu import channel_of
from photocall.signaling.client import SignalingClient
from photocall.signaling.janus import JanusClient, room_number
from photocall.signaling.janus_server import LocalJanus, janus_binary, janus_libraries
from support.aio import wait_for
from support.calls import EnergyPredictor, assert_stream_accounted, bar_factory, bar_height
from support.media import read_mp4, speech_like, write_wav

needs_janus = pytest.mark.skipif(
    janus_binary() is None or janus_libraries() is None,
    reason="Janus is not installed (scripts/setup.sh --dev installs it: apt-get install janus)",
)


def _media(frames: int) -> protocol.MediaPacket:
    motion = tuple(MotionFrame.from_named(i * 1920, {"jawOpen": 0.5}) for i in range(frames))
    return protocol.MediaPacket(seq=7, timestamp=0, opus=b"\x01" * 40, motion=motion)


@pytest.mark.parametrize(
    ("packet", "channel"),
    [
        (_media(2), MEDIA),
        (_media(12), MEDIA),  # more than 11 frames: a 3-byte msgpack array header
        (protocol.Hello("alice", ("opus",)), CONTROL),
        (protocol.ClockSync(0, 123), CONTROL),
        (protocol.Bye("done"), CONTROL),
        (protocol.photo_chunks(default_photo_bytes(), 5)[0], CONTROL),
    ],
)
def test_channel_of_recovers_the_mesh_channel_from_the_packet(packet, channel):
    assert channel_of(protocol.encode(packet)) == channel


def test_channel_of_reads_a_v2_media_packet_and_leaves_junk_to_the_role():
    from photocall.shared.media_v2 import MediaEncoderV2

    assert channel_of(protocol.encode(MediaEncoderV2().encode(_media(2)))) == MEDIA
    # the bytes of a v1 media packet's start, by hand: fixarray(5), header 0x11
    assert channel_of(b"\x95\x11") == MEDIA
    for junk in (b"", b"\x95", b"\xc1\x11", b"\x95\xcc\x11", "text"):
        assert channel_of(junk) == CONTROL


@pytest.mark.parametrize("room", ["demo", "0", "-3", "1.5", str(2**53)])
def test_a_janus_room_is_a_positive_number(room):
    with pytest.raises(UserError, match="positive number"):
        room_number(room)
    assert room_number("42") == 42


class _Photos:
    """A renderer factory that records the photo each receiver got (called in a worker thread)
    and sets ``playing`` once its renderer has drawn ``frames`` frames."""

    def __init__(self, frames: int = 10) -> None:
        self.got: list[bytes] = []
        self.playing = threading.Event()
        self.frames = frames

    def __call__(self, photo: bytes, config):
        self.got.append(photo)
        bar, photos = bar_factory(photo, config), self

        class Counting:
            size = bar.size

            def render(self, weights, pose):
                photos.frames -= 1
                if photos.frames <= 0:
                    photos.playing.set()
                return bar.render(weights, pose)

        return Counting()


@needs_janus
@pytest.mark.slow
def test_one_sender_two_receivers_through_janus(tmp_path):
    wav = write_wav(tmp_path / "a.wav", speech_like(5.0, seed=3))
    outs = [tmp_path / "early.mp4", tmp_path / "late.mp4"]
    photos = [_Photos(), _Photos()]

    async def main():
        with LocalJanus(tmp_path / "janus.log") as janus:

            def receiver(i: int):
                join = RoomConfig(room="1234", name=f"r{i}", sfu_url=janus.url)
                config = ReceiverConfig(join, out=outs[i], tile_size=64, exit_when_done=True)
                return asyncio.create_task(
                    run_receiver(
                        SignalingClient, config, renderer_factory=photos[i], sfu=JanusClient
                    )
                )

            early = receiver(0)
            sender = asyncio.create_task(run_sender(
                SignalingClient,
                SenderConfig(RoomConfig(room="1234", name="alice", sfu_url=janus.url), audio=wav,
                             check_photo=False, sfu_photo_wait_s=0.5, connect_timeout_s=30),
                predictor=EnergyPredictor(), sfu=JanusClient,
            ))  # fmt: skip
            # The late receiver joins once the early one plays: after the sender's first intro
            # (its photo can only come from a resend) and mid-stream.
            assert await asyncio.to_thread(photos[0].playing.wait, 30)
            late = receiver(1)
            sent = await asyncio.wait_for(sender, 45)
            return sent, await asyncio.wait_for(early, 30), await asyncio.wait_for(late, 30)

    sent, early, late = asyncio.run(main())
    photo = default_photo_bytes()
    for i, result in enumerate((early, late)):
        assert photos[i].got == [photo], f"receiver {i}: the photo, once, intact"
        (stream,) = result.report.peers
        assert stream.name == "alice"
        frames, _ = read_mp4(outs[i])
        heights = [bar_height(img) for _, img in frames]
        assert len(frames) > 25 and np.std(heights) > 0.05, f"receiver {i}: the face moves"
    # the early receiver got every packet (Janus relays reliably on loopback); the late one
    # joined mid-stream and got the rest
    assert_stream_accounted(early.report.peers[0], sent.packets_sent)
    late_packets = late.report.peers[0].media_packets
    assert 0 < late_packets < sent.packets_sent
    # the wire rate the sender pays does not depend on how many receive
    assert sent.payload_bytes * 8 / sent.seconds < 40_000


@needs_janus
@pytest.mark.slow
def test_the_page_joins_a_janus_room_and_animates_a_python_sender(tmp_path):
    """The browser client with ``?sfu=``: it subscribes to the Python sender's feed through
    Janus, gets the photo (the sender resends it when the page announces itself) and the media."""
    test_browser = pytest.importorskip("test_browser")  # skips without chromium
    if not (test_browser.CHROMIUM.exists() and test_browser.CHROMEDRIVER.exists()):
        pytest.skip("needs Debian's chromium and chromium-driver")
    wav = write_wav(tmp_path / "a.wav", speech_like(4.0, seed=4))

    async def main():
        with LocalJanus(tmp_path / "janus.log") as janus:
            async with test_browser.browser_and_server() as (driver, server):
                page = (f"http://127.0.0.1:{server.port}/?room=77&peer=web&autojoin=1"
                        f"&sfu={janus.url}")  # fmt: skip
                await asyncio.to_thread(driver.get, page)
                joined = "return !!(window.photocallStats && window.photocallStats.joined)"
                assert await test_browser.until(driver, joined), await test_browser.js(
                    driver, "return document.body.innerText"
                )
                sent = await run_sender(
                    SignalingClient,
                    SenderConfig(RoomConfig(room="77", name="alice", sfu_url=janus.url),
                                 audio=wav, check_photo=False, sfu_photo_wait_s=1.0,
                                 connect_timeout_s=30),
                    predictor=EnergyPredictor(), sfu=JanusClient,
                )  # fmt: skip
                stats = "const s = window.photocallStats; return [s.mediaPackets, s.photoFrames]"
                assert await test_browser.until(
                    driver, "return window.photocallStats.photoFrames > 1", timeout=30
                )
                return sent, await test_browser.js(driver, stats)

    sent, (media, photo_frames) = asyncio.run(main())
    assert media >= sent.packets_sent * 0.9, (media, sent.packets_sent)
    assert photo_frames > 1


def test_an_unreachable_janus_is_a_clear_error():
    from photocall.signaling.janus_server import free_port

    url = f"ws://127.0.0.1:{free_port()}/"
    with pytest.raises(UserError, match=f"cannot reach Janus at {url}"):
        asyncio.run(JanusClient(url, "5", "me").connect())


def test_send_refuses_an_http_sfu_url():
    import argparse

    from photocall.shared.cli_args import add_room_arguments, room_config

    parser = argparse.ArgumentParser()
    add_room_arguments(parser)
    parser.add_argument("--ice-server", action="append", default=[])
    args = parser.parse_args(["--sfu", "http://127.0.0.1:8088/janus", "--room", "5"])
    with pytest.raises(UserError, match=r"--sfu must be a ws:// or wss:// URL.*ws://HOST:8188/"):
        room_config(args)


def test_announcements_within_resend_s_share_one_resend():
    """The sender's intro goes out at the first announcement, and once more at the end of
    ``resend_s`` for all the announcements in between (not once each)."""
    from photocall.shared.peer_state import MeshConfig
    from photocall.shared.sfu import SfuRoom

    class Role:
        opened = 0

        def link_open(self, link):
            self.opened += 1

    class OpenLink:
        is_open, closed = True, False

    now = [100.0]

    async def main():
        role = Role()
        room = SfuRoom(MeshConfig("", "5", "s"), role, lambda *a: None, sfu_url="ws://x/",
                       name="s", publish=True, resend_s=0.05, clock=lambda: now[0])  # fmt: skip
        room._publisher_link = OpenLink()
        room._audience_ready()
        assert role.opened == 1  # at once
        for _ in range(5):
            room._audience_ready()
        assert role.opened == 1  # held back ...
        now[0] += 0.05
        assert await wait_for(lambda: role.opened == 2, 5)  # ... and sent once, at the end
        assert room.resends == 1 and room._intro_due is None  # nothing more is pending

    asyncio.run(main())


def test_send_refuses_a_room_janus_cannot_hold_before_loading_anything():
    import argparse

    from photocall.shared.cli_args import add_room_arguments, room_config

    parser = argparse.ArgumentParser()
    add_room_arguments(parser)
    parser.add_argument("--ice-server", action="append", default=[])
    args = parser.parse_args(["--sfu", "ws://127.0.0.1:8188/", "--room", "demo"])
    with pytest.raises(UserError, match="--room must be a positive number with --sfu"):
        room_config(args)
