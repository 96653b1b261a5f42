"""A version-1 peer and a version-2 peer still talk: sender and receiver over real aiortc data
channels and a real signaling server on loopback, each side offering its own protocol versions."""

from __future__ import annotations

import asyncio
import json

import pytest

from photocall.receiver.session import ReceiverConfig, run_receiver
from photocall.sender.session import SenderConfig, run_sender
from photocall.shared.peer import Mesh
from photocall.shared.room import RoomConfig
from photocall.signaling.client import SignalingClient
from support.aio import signaling_server, wait_for_peers
from support.calls import EnergyPredictor, assert_stream_accounted, bar_factory, bar_height
from support.media import read_mp4, speech_like, write_wav


def _record_media_versions(monkeypatch, module) -> list[int]:
    """The version (header >> 4) of every media message the module's meshes send."""
    versions: list[int] = []

    def wrap(link, send):
        def recorded(data: bytes) -> bool:
            versions.append(data[1] >> 4)
            return send(data)

        return recorded

    original = Mesh

    def mesh(*args, **kwargs):
        return original(*args, wrap_media=wrap, **kwargs)

    monkeypatch.setattr(module, "Mesh", mesh)
    return versions


async def _call(tmp_path, sender_versions, receiver_versions):
    wav = write_wav(tmp_path / "speech.wav", speech_like(2.0))
    out, stats = tmp_path / "call.mp4", tmp_path / "stats.json"
    async with signaling_server() as server:
        config = ReceiverConfig(RoomConfig(server.url, "room"), out=out, stats=stats,
                                exit_when_done=True, tile_size=64, protocols=receiver_versions)
        receiver = asyncio.create_task(run_receiver(SignalingClient, config,
                                                    renderer_factory=bar_factory))
        await wait_for_peers(server, "room", 1)
        sent = await run_sender(
            SignalingClient,
            SenderConfig(RoomConfig(server.url, "room"), audio=wav, check_photo=False,
                         lead_in_s=0.2, protocols=sender_versions),
            predictor=EnergyPredictor(),
        )
        received = await asyncio.wait_for(receiver, 60)
    return sent, received, out, json.loads(stats.read_text())


@pytest.mark.parametrize(("sender", "receiver", "expected"), [
    ((1,), (1, 2), 1),  # an old sender, a new receiver
    ((1, 2), (1,), 1),  # a new sender, an old receiver
    ((1, 2), (1, 2), 2),
])  # fmt: skip
def test_peers_of_either_version_talk(tmp_path, monkeypatch, sender, receiver, expected):
    from photocall.sender import session as sender_session

    versions = _record_media_versions(monkeypatch, sender_session)
    sent, received, out, stats = asyncio.run(_call(tmp_path, sender, receiver))
    (stream,) = stats["peers"]
    assert received.bad_messages == 0 and not sent.notices[1:]
    assert_stream_accounted(stream, sent.packets_sent)
    # the receiver's Hello arrives before the sender's first packet (it waits for the photo)
    assert set(versions) == {expected} and len(versions) == sent.packets_sent
    frames, _ = read_mp4(out)
    heights = [bar_height(img) for _, img in frames]
    assert max(heights) > 0.1  # the face moved: motion got through in that version
    # jawOpen alone: v1 sends ~12 bytes a frame (2.3 kbit/s measured), v2 ~4 (0.84 measured)
    # (per second of the stream: the silent lead-in sends no motion)
    assert (stream["motion_kbps"] > 1.5) if expected == 1 else (0 < stream["motion_kbps"] < 1.2)


def test_no_shared_version_is_refused_with_a_notice_naming_both(tmp_path, monkeypatch):
    from photocall.sender import session as sender_session

    versions = _record_media_versions(monkeypatch, sender_session)
    sent, _received, _, _stats = asyncio.run(_call(tmp_path, (2,), (1,)))
    assert versions == []  # nothing the receiver could not read was sent
    codes = [(code, message) for _, code, message in sent.notices]
    assert ("protocol-mismatch",
            "no shared protocol version: the peer speaks 2; this peer speaks 1") in codes
