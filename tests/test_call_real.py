"""The whole call with the real parts: espeak-ng speech, the learned audio->motion model, the
photo renderer (bundled photo), H.264 + AAC. The mouth in the MP4 must move with the audio."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from photocall.receiver.session import ReceiverConfig, run_receiver
from photocall.sender.session import SenderConfig, run_sender
from photocall.shared.room import RoomConfig
from photocall.signaling.client import SignalingClient
from support.aio import signaling_server, wait_for_peers
from support.calls import assert_stream_accounted
from support.media import read_mp4

TEXT = "Hello, this is photocall. Only the motion of my face travels over the network."


def _mouth_motion_and_energy(frames, audio):
    ref = frames[0][1].astype(np.float32)
    h, w = ref.shape[:2]
    mouth = (slice(int(h * 0.55), int(h * 0.75)), slice(int(w * 0.35), int(w * 0.65)))
    motion, energy = [], []
    for t, img in frames:
        motion.append(float(np.abs(img.astype(np.float32) - ref)[mouth].mean()))
        c = int(t * 48000)
        win = audio[max(0, c - 960) : c + 960]
        energy.append(float(np.sqrt(np.mean(win**2))) if len(win) else 0.0)
    return np.array(motion), np.array(energy)


@pytest.mark.slow
def test_real_call_photo_speaks_in_sync(tmp_path):
    pytest.importorskip("torch")
    out = tmp_path / "call.mp4"

    async def main():
        async with signaling_server() as server:
            url = server.url
            rx = asyncio.create_task(run_receiver(
                SignalingClient,
                ReceiverConfig(RoomConfig(url, "r"), out=out, exit_when_done=True, every_frame=True)
            ))
            await wait_for_peers(server, "r", 1)
            # mouth only: head sway would swamp the mouth region's change
            sent = await run_sender(
                SignalingClient,
                SenderConfig(RoomConfig(url, "r"), text=TEXT, head_motion=False)
            )
            return sent, await asyncio.wait_for(rx, 60)

    sent, received = asyncio.run(main())
    (stream,) = received.report.peers
    assert stream.photo == "ready"
    assert_stream_accounted(stream, sent.packets_sent)
    frames, audio = read_mp4(out)
    assert len(frames) >= 0.9 * len(audio) / 48000 * 25
    motion, energy = _mouth_motion_and_energy(frames, audio)
    assert motion.max() > 5.0  # the mouth visibly moves
    m, e = motion - motion.mean(), energy - energy.mean()
    lags = range(-6, 7)
    scores = [float(np.dot(np.roll(m, k), e)) for k in lags]
    best = list(lags)[int(np.argmax(scores))]
    corr = float(np.corrcoef(np.roll(m, best), e)[0, 1])
    print(f"lip sync: best lag {best} frames, correlation {corr:.2f}")
    assert abs(best) <= 2 and corr > 0.25, (best, corr)  # within 80 ms, and related (0.38 seen)
