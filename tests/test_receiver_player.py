"""The playout loop driven tick by tick (no network, no clock waits): what ends up in the MP4 and
in the stats when a sender speaks, says Bye and its buffer runs out."""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest
from photocall.receiver.player import Participant, Player
from photocall.receiver.session import ReceiverConfig, ReceiverResult
from photocall.receiver.stream import RemoteStream
from photocall.sender.opus import OpusConfig, OpusEncoder
from photocall.shared import protocol
from photocall.shared.motion import MotionFrame
from support.calls import bar_height, BarRenderer
from support.media import read_mp4, speech_like

PACKET = 1920  # 40 ms
PACKETS = 30  # 1.2 s of audio


class _Role:
    def __init__(self) -> None:
        self.people: dict[str, Participant] = {}


def _packets() -> list[tuple[bytes, protocol.MediaPacket]]:
    """1.2 s of speech-like audio in 40 ms Opus packets, each with one motion frame whose
    jawOpen is 0.6 (so every frame of the face shows a bar)."""
    encoder = OpusEncoder(OpusConfig(frame_ms=40))
    pcm = speech_like(PACKETS * PACKET / 48000, seed=1)
    out = []
    for k in range(PACKETS):
        ts = k * PACKET
        motion = (MotionFrame.from_named(ts, {"jawOpen": 0.6}),)
        packet = protocol.MediaPacket(k, ts, encoder.encode(pcm[ts : ts + PACKET]), motion)
        out.append((protocol.encode(packet), packet))
    return out


def _play_a_call(tmp_path, ticks_after_bye: int) -> tuple[Player, RemoteStream]:
    config = ReceiverConfig("ws://unused/", "room", out=tmp_path / "call.mp4", tile_size=64,
                            every_frame=True)  # fmt: skip
    role = _Role()
    stream = RemoteStream("alice")
    stream.renderer = BarRenderer()
    stream.stats.link_open_ns = time.monotonic_ns()
    role.people["alice"] = Participant(stream, link=None, is_sender=True)  # type: ignore[arg-type]

    async def run() -> Player:  # Player wants a running loop for its Event
        player = Player(config, role, ReceiverResult("rx"), None, None)
        for k, (data, packet) in enumerate(_packets()):
            stream.on_media(packet, len(data), arrival_ms=k * 40.0 + 5.0)
            player._tick()
            player._tick()
        stream.ended = True  # Bye, right after the last packet, as a sender sends it
        for _ in range(ticks_after_bye):
            player._tick()
        player.finish()
        return player

    return asyncio.run(run()), stream


def test_the_mp4_ends_with_the_last_face_not_a_blank(tmp_path) -> None:
    player, stream = _play_a_call(tmp_path, ticks_after_bye=25)  # 0.5 s more of playout clock
    assert stream.finished
    frames, audio = read_mp4(tmp_path / "call.mp4")
    # The file holds the stream and no more: the playout clock waits once nobody plays.
    assert len(audio) / 48000 == pytest.approx(PACKETS * PACKET / 48000, abs=0.1)
    assert len(frames) == pytest.approx(len(audio) / 48000 * 25, abs=2)
    last = frames[-1][1].astype(np.float32)
    # BarRenderer's grey (80) with the bar, not the empty canvas (24) or a no-picture tile (48)
    assert abs(float(np.median(last)) - 80) < 4, float(np.median(last))
    assert bar_height(frames[-1][1]) > 0.3
    assert float(np.abs(last - frames[-2][1]).mean()) < 4  # like the frames before it
    report = player.result.report
    assert report is not None and report.mp4 is not None
    assert report.mp4.frames == len(frames)


def test_media_seconds_and_rates_agree(tmp_path) -> None:
    started = time.monotonic_ns()
    player, _ = _play_a_call(tmp_path, ticks_after_bye=5)
    elapsed_ms = (time.monotonic_ns() - started) / 1e6
    (peer,) = player.result.report.peers
    sizes = [len(data) for data, _ in _packets()]
    assert peer.media_s == pytest.approx(PACKETS * 0.04)
    assert peer.packet_ms == 40
    assert peer.media_packets == PACKETS
    assert peer.payload_kbps == pytest.approx(sum(sizes) * 8 / 1000 / peer.media_s, abs=0.01)
    headers = PACKETS * 93 + sum(-n % 4 for n in sizes)
    assert peer.wire_kbps == pytest.approx((sum(sizes) + headers) * 8 / 1000 / peer.media_s,
                                           abs=0.01)  # fmt: skip
    assert peer.loss_pct == 0.0 and peer.jitter.received == PACKETS
    assert peer.video_frames == player.result.report.mp4.frames
    # Its first frame was timed from the link's opening (no ClockSync: no sender clock).
    assert 0 < peer.first_frame_after_link_ms < elapsed_ms
    assert peer.first_frame_after_sender_start_ms is None and peer.mouth_to_pixel_ms.p50 is None
