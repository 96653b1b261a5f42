"""The sender pipeline (audio chunks -> media packets) on its own: no network, no clock."""

from __future__ import annotations

import numpy as np

from photocall.sender.opus import OpusConfig, OpusEncoder
from photocall.sender.pipeline import SenderPipeline
from photocall.shared import protocol
from photocall.shared.codec import FRAME_SAMPLES
from photocall.shared.motion import MotionFrame

LOOKAHEAD = 1920  # 40 ms


class StepPredictor:
    """One frame every 1920 samples, emitted once 1920 samples past it were heard."""

    latency_ms = 40

    def __init__(self) -> None:
        self.heard = 0
        self.next = 0

    def push(self, pcm: np.ndarray) -> list[MotionFrame]:
        self.heard += len(pcm)
        out = []
        while self.next + LOOKAHEAD <= self.heard:
            out.append(MotionFrame(self.next))
            self.next += 1920
        return out

    def flush(self) -> list[MotionFrame]:
        out = [MotionFrame(t) for t in range(self.next, self.heard, 1920)]
        self.next = self.heard
        return out


class RecordingEncoder:
    """Says which samples it was given: the packet is the first sample's value as 4 bytes."""

    def __init__(self, frame_samples: int) -> None:
        self.frame_samples = frame_samples
        self.frames: list[np.ndarray] = []

    def encode(self, pcm: np.ndarray) -> bytes:
        assert len(pcm) == self.frame_samples
        self.frames.append(pcm)
        return int(pcm[0]).to_bytes(4, "little")


def _run(pipeline: SenderPipeline, pcm: np.ndarray) -> list[protocol.MediaPacket]:
    out = []
    for start in range(0, len(pcm), FRAME_SAMPLES):
        out += pipeline.push(start, pcm[start : start + FRAME_SAMPLES])
    return out + pipeline.flush()


def test_each_packet_holds_its_audio_and_the_motion_of_the_same_instant() -> None:
    pcm = np.arange(5 * FRAME_SAMPLES, dtype=np.float32)  # 100 ms: two 40 ms packets and a half
    encoder = RecordingEncoder(2 * FRAME_SAMPLES)
    packets = _run(SenderPipeline(StepPredictor(), encoder), pcm)
    assert [p.timestamp for p in packets] == [0, 1920, 3840]
    assert [p.seq for p in packets] == [0, 1, 2]
    assert [int.from_bytes(p.opus, "little") for p in packets] == [0, 1920, 3840]
    # motion through each packet's end instant (the predictor's flush makes none past 3840)
    assert [[f.timestamp for f in p.motion] for p in packets] == [[0, 1920], [3840], []]
    # the last 20 ms were padded with silence to a whole packet
    assert np.array_equal(encoder.frames[-1][:FRAME_SAMPLES], pcm[3840:])
    assert not encoder.frames[-1][FRAME_SAMPLES:].any()


def test_a_packet_waits_for_its_motion() -> None:
    pipeline = SenderPipeline(StepPredictor(), RecordingEncoder(FRAME_SAMPLES))
    pcm = np.ones(FRAME_SAMPLES, np.float32)
    # 20 ms packets, 40 ms lookahead: the packet of [0, 960) leaves once 2880 samples were heard
    assert pipeline.push(0, pcm) == []
    assert pipeline.push(960, pcm) == []
    assert [p.timestamp for p in pipeline.push(1920, pcm)] == [0]


def test_the_real_encoder_makes_packets_the_decoder_accepts() -> None:
    rng = np.random.default_rng(0)
    pcm = (0.1 * rng.standard_normal(6 * FRAME_SAMPLES)).astype(np.float32)
    pipeline = SenderPipeline(StepPredictor(), OpusEncoder(OpusConfig(frame_ms=60)))
    packets = _run(pipeline, pcm)
    assert [p.timestamp for p in packets] == [0, 2880]
    for packet in packets:
        assert protocol.decode(protocol.encode(packet)) == packet
        assert packet.opus[0] >> 3 in range(32)  # a TOC byte


def test_sample_positions_come_from_the_caller() -> None:
    """A source that starts later on the clock keeps its sample numbers."""
    pipeline = SenderPipeline(StepPredictor(), RecordingEncoder(FRAME_SAMPLES))
    base = 48_000
    out = []
    for k in range(4):
        start = base + k * FRAME_SAMPLES
        out += pipeline.push(start, np.full(FRAME_SAMPLES, start, np.float32))
    out += pipeline.flush()
    assert [p.timestamp for p in out] == [base + k * FRAME_SAMPLES for k in range(4)]
    assert [int.from_bytes(p.opus, "little") for p in out] == [p.timestamp for p in out]
