"""Sender and receiver over real aiortc data channels and a real signaling server, on loopback."""

from __future__ import annotations

import asyncio
import itertools
import json

import numpy as np
import pytest

from impair import Impairment, impair_media
from photocall.receiver.session import ReceiverConfig, run_receiver
from photocall.sender.session import SenderConfig, run_sender
from photocall.shared.room import RoomConfig
from photocall.signaling.client import SignalingClient
from support.aio import signaling_server, wait_for_peers
from support.calls import (
    EnergyPredictor,
    assert_audio_accounted,
    assert_stream_accounted,
    bar_factory,
    bar_height,
)
from support.media import read_mp4, speech_like, write_wav
from support.report_schema import check_keys


async def _call(tmp_path, seconds=3.0, packet_ms=40, **rx):
    wav = write_wav(tmp_path / "speech.wav", speech_like(seconds))
    out, stats = tmp_path / "call.mp4", tmp_path / "stats.json"
    async with signaling_server() as server:
        url = server.url
        config = ReceiverConfig(RoomConfig(url, "room"), out=out, stats=stats, exit_when_done=True,
                                tile_size=64, stats_interval_s=0.5, **rx)
        receiver = asyncio.create_task(run_receiver(SignalingClient, config, renderer_factory=bar_factory))
        await wait_for_peers(server, "room", 1)  # the receiver is there first, as people do
        sent = await run_sender(
            SignalingClient,
            SenderConfig(RoomConfig(url, "room"), audio=wav, check_photo=False, packet_ms=packet_ms,
                         lead_in_s=0.2),
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
    # lead-in + 3 s of 40 ms: sent, or withheld as silence (the lead-in)
    assert sent.packets_sent + sent.packets_withheld == 80 and received.bad_messages == 0
    frames, audio = read_mp4(out)
    audio_s = len(audio) / 48000
    assert len(frames) >= audio_s * 25 - 2  # a video frame for every 40 ms of audio
    lag, corr = _sync_lag(frames, audio)
    assert lag == 0 and corr > 0.8, (lag, corr)  # the face moves with its own audio
    # The file ends with the face (BarRenderer's grey 80), not an empty canvas (24) or tile (48).
    last, before = frames[-1][1].astype(np.float32), frames[-2][1].astype(np.float32)
    assert abs(float(np.median(last)) - 80) < 4 and float(np.abs(last - before).mean()) < 8
    assert stats["final"] is True and stats["schema"] == "photocall-stats/1"
    assert stats == json.loads(received.report.to_json())  # the file is the returned report
    check_keys(stats)  # the schema photocall demo writes too (test_demo.py)
    (stream,) = stats["peers"]
    assert_stream_accounted(stream, sent.packets_sent)
    assert_audio_accounted(audio, stream, 0.04)
    assert stream["bad_messages"] == 0
    # media: the lead-in and the 3 s sent, in whole 40 ms packets, all of them
    assert stream["media_s"] == pytest.approx(3.2)
    assert stream["connected_s"] > stream["media_s"]
    assert 5 < stream["payload_kbps"] < stream["wire_kbps"] < 60  # per second of media
    assert stream["photo_wire_bytes"] > stream["photo_bytes"] > 0
    assert stats["mp4"]["frames"] == len(frames)
    assert stats["mp4"]["audio_s"] == pytest.approx(len(audio) / 48000, abs=0.05)
    assert 40 < stream["mouth_to_pixel_ms"]["p50"] < 400
    assert stream["av_skew_ms"]["p50"] is not None
    # One process, one clock: the sender started before the link opened, which came before
    # the first frame.
    assert 0 < stream["first_frame_after_link_ms"] < stream["first_frame_after_sender_start_ms"]


@pytest.mark.slow
def test_loss_and_jitter_conceal_without_stalling(tmp_path, monkeypatch):
    from photocall.sender import session as sender_session

    # the sender's media, through a loss and jitter wrapper on its mesh's send hook
    impaired = impair_media(monkeypatch, sender_session, Impairment(loss=0.10, jitter_ms=50.0,
                                                                    seed=7))
    sent, _, out, stats = asyncio.run(_call(tmp_path, seconds=4.0, packet_ms=20))
    (stream,) = stats["peers"]
    jitter = stream["jitter"]
    (wrapper,) = impaired
    assert sent.packets_sent + sent.packets_withheld == 210  # sent, or withheld as silence
    assert wrapper.dropped >= 10  # ~10 % of the packets sent dropped
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
    steps = [abs(a - b) > 0.01 for a, b in itertools.pairwise(heights)]
    # from the first movement to the last (the silent lead-in and end show a still mouth)
    speech = steps[steps.index(True) : len(steps) - steps[::-1].index(True)]
    assert sum(speech) > 0.5 * len(speech), heights  # video keeps moving
    lag, corr = _sync_lag(frames, audio)
    assert abs(lag) <= 1 and corr > 0.6, (lag, corr)
