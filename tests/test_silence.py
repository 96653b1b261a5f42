"""Silence mode at the sender: what a silent speaker sends (sans-I/O, no clock)."""

from __future__ import annotations

import numpy as np
import pytest

from photocall.sender.pipeline import SenderPipeline
from photocall.sender.silence import SilenceConfig, SilenceGate, VoiceActivity
from photocall.shared import protocol
from photocall.shared.codec import (
    FRAME_SAMPLES,
    SAMPLE_RATE,
    VALID_PACKET_MS,
    dtx_packet,
    is_dtx,
)
from photocall.shared.media_v2 import MediaDecoderV2, MediaEncoderV2
from photocall.shared.motion import MotionFrame
from test_sender_pipeline import RecordingEncoder, StepPredictor

P40 = 2 * FRAME_SAMPLES


def _tone(seconds: float, level: float = 0.1) -> np.ndarray:
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return (level * np.sin(2 * np.pi * 220 * t)).astype(np.float32)


def _speech_pause_speech(pause_s: float = 2.0) -> np.ndarray:
    return np.concatenate([_tone(1.0), np.zeros(int(pause_s * SAMPLE_RATE), np.float32),
                           _tone(1.0)])  # fmt: skip


def _run(pipeline: SenderPipeline, pcm: np.ndarray) -> list[protocol.MediaPacket]:
    out = []
    for start in range(0, len(pcm), FRAME_SAMPLES):
        out += pipeline.push(start, pcm[start : start + FRAME_SAMPLES])
    return out + pipeline.flush()


def test_dtx_packets_are_what_opus_calls_dtx_frames_of_the_packet_duration() -> None:
    from photocall.receiver.audio import opus_frame_samples

    for ms in VALID_PACKET_MS:
        marker = dtx_packet(ms)
        assert is_dtx(marker) and opus_frame_samples(marker) == ms * SAMPLE_RATE // 1000
    assert dtx_packet(40) == b"\x50"  # SILK wideband 40 ms, code 0, no frame (RFC 6716)
    assert dtx_packet(100) == b"\x4b\x05"  # code 3: five 20 ms frames of zero bytes
    assert not is_dtx(b"\x50\x01") and not is_dtx(b"\x4b\x85") and not is_dtx(b"")
    with pytest.raises(ValueError):
        dtx_packet(30)


def test_voice_activity_hangs_over_and_looks_ahead() -> None:
    vad = VoiceActivity(SilenceConfig(threshold_dbfs=-50.0, hangover_ms=240.0))
    quiet = np.full(FRAME_SAMPLES, 10 ** (-55 / 20), np.float32)  # -55 dBFS: silent
    loud = np.full(FRAME_SAMPLES, 10 ** (-45 / 20), np.float32)
    assert not vad.hear(0, quiet) and vad.hear(FRAME_SAMPLES, loud)
    end = 2 * FRAME_SAMPLES
    # a packet 240 ms after the loud chunk is still speech, one 260 ms after it is not
    assert vad.speaking(FRAME_SAMPLES + 12 * FRAME_SAMPLES, 0, end + 40 * FRAME_SAMPLES)
    assert not vad.speaking(FRAME_SAMPLES + 13 * FRAME_SAMPLES, 0, end + 40 * FRAME_SAMPLES)
    # a packet before the loud chunk is speech once the chunk was heard (its lookahead)
    assert not vad.speaking(0, P40, FRAME_SAMPLES) and vad.speaking(0, P40, end)


def test_gate_sends_a_marker_then_a_keepalive_every_500_ms_and_numbers_what_it_sends() -> None:
    gate = SilenceGate(SilenceConfig(keepalive_ms=500.0), packet_ms=40)
    sent = []
    for k in range(40):  # 1.6 s: speech, 1.2 s of silence, speech
        speaking = k < 5 or k >= 35
        packet = protocol.MediaPacket(k, k * P40, b"opus%d" % k, (MotionFrame(k * P40),))
        out = gate.admit(packet, k * P40, speaking)
        if out is not None:
            sent.append((k, out))
    ks = [k for k, _ in sent]
    # 5 speech, the marker at 5, keepalives each 500 ms (12.5 packets: at 18 and 31), speech
    assert ks == [0, 1, 2, 3, 4, 5, 18, 31, *range(35, 40)]
    assert [p.seq for _, p in sent] == list(range(len(sent)))  # no gaps for the motion coder
    marker, keep = sent[5][1], sent[6][1]
    assert marker.opus == keep.opus == b"\x50"
    assert marker.motion and not keep.motion  # the marker carries the face it leaves
    assert gate.counters.speech == 10 and gate.counters.dtx == 3 and gate.counters.withheld == 27


def test_speech_after_a_withheld_pause_starts_with_the_face_at_its_first_instant() -> None:
    # A packet carries the frames through its end instant, so the frame at a packet's start
    # rode on the packet before it; after a pause that packet was not sent (or went without
    # motion), and the first speech packet carries that frame itself.
    pcm = _speech_pause_speech(2.0)
    packets = _run(SenderPipeline(StepPredictor(), RecordingEncoder(P40), SilenceConfig()), pcm)
    resumed = next(p for i, p in enumerate(packets)
                   if i and is_dtx(packets[i - 1].opus) and not is_dtx(p.opus))  # fmt: skip
    assert [f.timestamp for f in resumed.motion] == [resumed.timestamp, resumed.timestamp + P40]
    in_speech = [p for i, p in enumerate(packets) if i and not is_dtx(packets[i - 1].opus)]
    assert all(len(p.motion) <= 1 for p in in_speech[1:])  # elsewhere one frame a packet


def test_pipeline_withholds_a_pause_and_always_sends_the_last_packet() -> None:
    pcm = _speech_pause_speech(2.0)
    pcm = np.concatenate([pcm, np.zeros(SAMPLE_RATE // 2, np.float32)])  # silent end
    pipeline = SenderPipeline(StepPredictor(), RecordingEncoder(P40), SilenceConfig())
    packets = _run(pipeline, pcm)
    dtx = [p for p in packets if is_dtx(p.opus)]
    speech = [p for p in packets if not is_dtx(p.opus)]
    # the tones (1 s each = 25 packets) and the hangover after each go out as they are
    assert 50 <= len(speech) <= 50 + 2 * 8
    # the pause: a marker and a keepalive every 500 ms; the silent end: a marker and the last
    assert 4 <= len(dtx) <= 8
    assert pipeline.gate is not None and pipeline.gate.counters.withheld >= 40  # of 63 silent
    assert packets[-1].timestamp == (len(pcm) - 1) // P40 * P40  # the stream's end is sent
    # in the pause, at most 2.5 packets a second after its marker
    pause = [p for p in dtx if SAMPLE_RATE < p.timestamp < 3 * SAMPLE_RATE]
    assert len(pause) <= 2 * 2.5 + 1


def test_v2_motion_survives_the_withheld_packets() -> None:
    pcm = _speech_pause_speech(2.0)
    pipeline = SenderPipeline(StepPredictor(), RecordingEncoder(P40), SilenceConfig())
    encoder, decoder = MediaEncoderV2(), MediaDecoderV2()
    frames = 0
    for packet in _run(pipeline, pcm):
        got = decoder.decode(protocol.decode(protocol.encode(encoder.encode(packet))))
        assert [f.timestamp for f in got.motion] == [f.timestamp for f in packet.motion]
        frames += len(got.motion)
    assert decoder.undecodable == 0 and frames > 50


def test_a_long_silence_keeps_the_link_alive_far_inside_the_idle_timeout() -> None:
    from photocall.shared.peer_state import MeshConfig

    pipeline = SenderPipeline(StepPredictor(), RecordingEncoder(P40), SilenceConfig())
    pcm = np.concatenate([_tone(0.5), np.zeros(8 * SAMPLE_RATE, np.float32), _tone(0.5)])
    sent = [p.timestamp / SAMPLE_RATE for p in _run(pipeline, pcm)]
    gaps = np.diff(sent)
    idle_timeout = MeshConfig("ws://x", "r", "p").idle_timeout_s
    # a media packet at least every keepalive (the mesh's own heartbeats come on top)
    assert gaps.max() <= SilenceConfig().keepalive_ms / 1000 + 0.04 < idle_timeout / 4
    assert len(sent) < 30 + 8 * 2.5 + 12  # speech + 2.5 a second of silence + hangovers


class _Lookahead20(StepPredictor):
    latency_ms = 20  # the sender's default lookahead: packets leave sooner, with less heard


@pytest.mark.parametrize("predictor", [StepPredictor, _Lookahead20])
def test_every_loud_chunk_goes_out_in_the_opus_packet_it_would_have_without_silence(
        predictor) -> None:  # fmt: skip
    # Lead silence, speech, pauses of 2 s and 300 ms, speech to the very end; real Opus at the
    # sender's 7 kbit/s. Silence mode only withholds or blanks packets: every packet holding a
    # loud chunk goes out with the same Opus bytes as without it, so no speech is lost.
    from photocall.sender.opus import OpusConfig, OpusEncoder

    rng = np.random.default_rng(3)
    pcm = np.concatenate([np.zeros(SAMPLE_RATE, np.float32), _speech_pause_speech(2.0),
                          np.zeros(int(0.3 * SAMPLE_RATE), np.float32),
                          rng.normal(0, 0.03, SAMPLE_RATE // 2).astype(np.float32)])  # fmt: skip

    def run(silence):
        encoder = OpusEncoder(OpusConfig(bitrate=7_000, frame_ms=40))
        return {p.timestamp: p.opus for p in _run(SenderPipeline(predictor(), encoder, silence), pcm)}

    every, gated = run(None), run(SilenceConfig())
    assert len(gated) < len(every)  # the lead silence and the 2 s pause are withheld
    threshold = 10 ** (SilenceConfig().threshold_dbfs / 20)
    for start in range(0, len(pcm), FRAME_SAMPLES):
        chunk = pcm[start : start + FRAME_SAMPLES]
        if np.sqrt(np.mean(chunk.astype(np.float64) ** 2)) >= threshold:
            ts = start // P40 * P40
            assert gated.get(ts) == every[ts], start / SAMPLE_RATE
