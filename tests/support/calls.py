"""Test doubles and accounting for the call tests.

Two test doubles keep loopback calls cheap on 2 CPU cores and make sync measurable:
``EnergyPredictor`` (jawOpen = audio RMS, centred window) stands in for the learned audio->motion
model, and ``BarRenderer`` draws jawOpen as the height of a bar, so the picture can be read back
from the MP4 (both in ``netlab/doubles.py``, which the network lab's light peers use too). The
real predictor and renderer run in ``test_call_real.py``.

What a call delivers is checked by accounting, not by counts that depend on the machine's load:
``assert_stream_accounted`` (every packet sent arrived; every one that arrived was played, or
counted late or skipped) and ``assert_audio_accounted`` (the MP4's audio is what was played plus
what was concealed).
"""

from __future__ import annotations

import dataclasses

import numpy as np

from photocall.netlab.doubles import (  # noqa: F401 - the call tests' doubles live there
    FRAME,
    HALF,
    JAW,
    BarRenderer,
    EnergyPredictor,
    bar_factory,
    bar_height,
)

TAIL_SILENCE = 1e-3  # what AAC makes of digital silence after speech, with margin
AAC_PADDING_S = 3 * 1024 / 48000  # at most: two frames of encoder delay, the last one filled out


def assert_stream_accounted(stream, packets_sent: int) -> None:
    """``stream`` (a receiver's PeerReport, or its JSON) got all ``packets_sent`` media packets (loopback loses none;
    pass what an injected loss let through), and the jitter buffer accounts for each: played, or
    counted as late or skipped. How many were late or skipped depends on the machine's load."""
    if dataclasses.is_dataclass(stream):  # a PeerReport, or its JSON
        stream = dataclasses.asdict(stream)
    jitter = stream["jitter"]
    assert stream["media_packets"] == packets_sent, (stream["media_packets"], packets_sent)
    assert jitter["received"] + jitter["late"] + jitter["duplicate"] == packets_sent, jitter
    # a frame that was received and never played must have been skipped (to shorten the buffer)
    # or have been a DTX packet (the sender fell silent: nothing to play)
    played = stream["played_frames"] + jitter["skipped"] + jitter["dtx"]
    assert played >= jitter["received"], (stream, jitter)


def assert_audio_accounted(audio: np.ndarray, stream: dict, frame_s: float) -> None:
    """The MP4's audio (48 kHz) holds the played frames (less what the jitter buffer dropped to
    give latency back: shortened_ms) plus concealment (a hold conceals 20 ms, a lost frame
    ``frame_s``) plus the silences the sender announced (``frame_s`` each) plus AAC padding, and
    after that only silence: the receiver records silent ticks until it notices the sender has
    finished (how many depends on the load)."""
    played_s = (stream["played_frames"] + stream["silent_frames"]) * frame_s
    low = played_s + stream["concealed_frames"] * 0.02 - stream["jitter"]["shortened_ms"] / 1000
    high = played_s + stream["concealed_frames"] * frame_s + AAC_PADDING_S
    assert len(audio) / 48000 >= low - 1e-6, (len(audio) / 48000, low)
    tail = audio[int(high * 48000):]
    assert not len(tail) or np.abs(tail).max() < TAIL_SILENCE, (high, np.abs(tail).max())
