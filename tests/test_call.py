"""Sender and receiver over real aiortc data channels and a real signaling server, on loopback."""

from __future__ import annotations

import asyncio
import itertools
import json

import numpy as np
import pytest
from photocall.receiver.session import ReceiverConfig, run_receiver
from photocall.sender.session import SenderConfig, run_sender
from photocall.shared.peer import ImpairedSend, Impairment
from test_call_support import (
    EnergyPredictor,
    assert_audio_accounted,
    assert_stream_accounted,
    bar_factory,
    bar_height,
    read_mp4,
    signaling_server,
    speech_like,
    wait_for_peers,
    write_wav,
)


async def _call(tmp_path, seconds=3.0, impairment=None, packet_ms=40, **rx):
    wav = write_wav(tmp_path / "speech.wav", speech_like(seconds))
    out, stats = tmp_path / "call.mp4", tmp_path / "stats.json"
    async with signaling_server() as server:
        url = server.url
        config = ReceiverConfig(url, "room", out=out, stats=stats, exit_when_done=True,
                                tile_size=64, stats_interval_s=0.5, **rx)
        receiver = asyncio.create_task(run_receiver(config, renderer_factory=bar_factory))
        await wait_for_peers(server, "room", 1)  # the receiver is there first, as people do
        sent = await run_sender(
            SenderConfig(url, "room", audio=wav, check_photo=False, packet_ms=packet_ms,
                         impairment=impairment, lead_in_s=0.2),
            predictor=EnergyPredictor(),
        )
        received = await asyncio.wait_for(receiver, 60)  # a generous bound: it exits when done
    return sent, received, out, json.loads(stats.read_text())


def _sync_lag(frames, audio) -> tuple[int, float]:
    """Lag (in video frames) that best aligns bar height with audio energy, and the correlation."""
    heights = np.array([bar_height(img) for _, img in frames])
    times = [t for t, _ in frames]
    energy = []
    for t in times:
        c = int(t * 48000)
        w = audio[max(0, c - 960) : c + 960]
        energy.append(float(np.sqrt(np.mean(w**2))) if len(w) else 0.0)
    energy = np.array(energy)
    h, e = heights - heights.mean(), energy - energy.mean()
    best = max(range(-5, 6), key=lambda k: float(np.dot(np.roll(h, k), e)))
    corr = float(np.corrcoef(np.roll(h, best), e)[0, 1])
    return best, corr


def test_call_writes_mp4_in_sync_and_stats(tmp_path):
    sent, received, out, stats = asyncio.run(_call(tmp_path))
    assert sent.packets_sent == 80 and received.bad_messages == 0  # lead-in + 3 s of 40 ms
    assert stats["final"] is True
    (stream,) = stats["streams"]
    assert_stream_accounted(stream, sent.packets_sent)
    assert stream["bad_messages"] == 0
    frames, audio = read_mp4(out)
    audio_s = len(audio) / 48000
    assert_audio_accounted(audio, stream, 0.04)
    assert len(frames) >= audio_s * 25 - 2  # a video frame for every 40 ms of audio
    lag, corr = _sync_lag(frames, audio)
    assert lag == 0 and corr > 0.8, (lag, corr)  # the face moves with its own audio
    # the rate sent, over the media's own duration (3.2 s of 40 ms packets), not over wall time
    assert 10 < sent.payload_bytes * 8 / 1000 / 3.2 < 40
    # the receiver's rates are over arrival times (load stretches or bunches them): only their
    # relation over one window is fixed: headers on top of the payload
    assert stream["wire_kbps_computed"] > stream["payload_kbps"] > 0
    assert 40 < stream["mouth_to_pixel_ms"]["median"] < 400
    assert stream["av_skew_ms"]["median"] is not None


@pytest.mark.slow
def test_loss_and_jitter_conceal_without_stalling(tmp_path, monkeypatch):
    from photocall.sender import session as sender_session

    impaired: list[ImpairedSend] = []

    class CountedImpairedSend(ImpairedSend):  # the sender's own loss wrapper, observed
        def __init__(self, *args) -> None:
            super().__init__(*args)
            impaired.append(self)

    monkeypatch.setattr(sender_session, "ImpairedSend", CountedImpairedSend)
    impairment = Impairment(loss=0.10, jitter_ms=50.0, seed=7)
    sent, _, out, stats = asyncio.run(
        _call(tmp_path, seconds=4.0, impairment=impairment, packet_ms=20)
    )
    (stream,) = stats["streams"]
    jitter = stream["jitter"]
    (wrapper,) = impaired
    assert sent.packets_sent == 210 and wrapper.dropped >= 10  # ~10 % of 210 packets dropped
    # what the loss let through all arrived, and every missing frame was concealed or skipped
    assert_stream_accounted(stream, sent.packets_sent - wrapper.dropped)
    assert jitter["lost"] + jitter["skipped"] >= wrapper.dropped - 1  # the last may end the call
    assert stream["concealed_frames"] >= 10
    assert jitter["target_ms"] >= 40  # the buffer grew for 50 ms of jitter
    frames, audio = read_mp4(out)
    seconds = len(audio) / 48000
    # audio continuous: played through; holds (waiting for late packets) are concealment
    assert_audio_accounted(audio, stream, 0.02)
    assert seconds >= 0.02 * (sent.packets_sent - jitter["skipped"])
    assert len(frames) >= seconds * 25 - 2
    heights = [bar_height(img) for _, img in frames]
    moving = sum(abs(a - b) > 0.01 for a, b in itertools.pairwise(heights))
    assert moving > 0.5 * len(heights)  # video keeps moving
    lag, corr = _sync_lag(frames, audio)
    assert abs(lag) <= 1 and corr > 0.6, (lag, corr)
