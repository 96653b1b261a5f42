"""The receiver while its sender is silent: playout, the idle face, what the wire cost."""

from __future__ import annotations

import numpy as np

from photocall.receiver.idle import IdleMotion
from photocall.receiver.motion_track import MotionSource
from photocall.receiver.stats import JitterReport, PhotoState, StreamStats
from photocall.receiver.stream import RemoteStream
from photocall.receiver.wire_meter import StreamState, WireMeter
from photocall.sender.opus import OpusConfig, OpusEncoder
from photocall.shared import protocol
from photocall.shared.codec import SAMPLE_RATE, dtx_packet
from photocall.shared.motion import BLENDSHAPE_INDEX, MotionFrame
from photocall.shared.peer import TransportCounters
from support.media import speech_like

P40 = 1920
BLINK = BLENDSHAPE_INDEX["eyeBlinkLeft"]


def test_idle_blinks_15_a_minute_for_150_ms_and_sways_a_little() -> None:
    idle = IdleMotion(seed=3)
    step = SAMPLE_RATE // 100  # 10 ms
    blink = np.array([idle.blink(s) for s in range(0, 60 * SAMPLE_RATE, step)])
    closed = blink >= 0.5
    starts = int(np.sum(closed[1:] & ~closed[:-1]))
    assert starts == 15  # one per 4 s slot
    assert 50 <= 10 * int(closed.sum()) / starts <= 110  # half-closed for ~75 ms of each 150
    sway = np.stack([idle.sway(s) for s in range(0, 60 * SAMPLE_RATE, step)])
    assert 0.005 < float(np.abs(sway).max()) < 0.06  # a degree or two, never a nod
    assert np.abs(np.diff(sway, axis=0)).max() < 0.002  # slow: no jumps between 10 ms frames
    again = IdleMotion(seed=3)
    assert again.blink(123_456) == idle.blink(123_456)  # a pure function of the sample
    assert not np.array_equal(IdleMotion(seed=4).sway(99_000), idle.sway(99_000))


def _stream_with_a_pause() -> tuple[RemoteStream, list]:
    """Speech (0.4 s), a DTX packet, nothing for 3 s, speech again (0.4 s)."""
    stream = RemoteStream("alice")
    encoder = OpusEncoder(OpusConfig(frame_ms=40))
    pcm = speech_like(1.0, seed=2)
    arrivals = []
    for k in list(range(10)) + list(range(85, 95)):
        ts = k * P40
        frame = MotionFrame.from_named(ts, {"jawOpen": 0.5})
        opus = encoder.encode(pcm[(k % 20) * P40 : (k % 20 + 1) * P40])
        arrivals.append((k * 40.0 + 70, protocol.MediaPacket(k, ts, opus, (frame,))))
    marker = protocol.MediaPacket(10, 10 * P40, dtx_packet(40), (MotionFrame(10 * P40),))
    arrivals.append((10 * 40.0 + 70, marker))
    return stream, sorted(arrivals, key=lambda a: a[0])


def test_a_silent_sender_plays_on_with_a_live_face_and_no_loss() -> None:
    stream, arrivals = _stream_with_a_pause()
    i, played, faces = 0, [], []
    for k in range(4000 // 20):
        now = 20.0 * k
        while i < len(arrivals) and arrivals[i][0] <= now:
            packet = arrivals[i][1]
            assert stream.on_media(packet, len(protocol.encode(packet)), arrivals[i][0])
            i += 1
        step = stream.next_audio(now)
        if step.sample is not None:
            played.append(step)
            faces.append(stream.motion_at(step.sample, step.stalled_ms, step.silent))
    silent = [p for p in played if p.silent]
    assert len(silent) == 150  # packets 10..84 (3 s): two ticks each
    last_silent = max(i for i, p in enumerate(played) if p.silent)
    assert all(p.stalled_ms == 0 for p in played[:last_silent])  # never held
    report = stream.jitter_report()
    assert report.lost == 0 and report.silent == 75
    assert stream.stats.silent_frames == 75  # concealed: only the hold after the last packet
    # during the pause the face is the receiver's: it blinks, it closes its mouth, it sways
    idle = [f for p, f in zip(played, faces, strict=True) if p.silent]
    assert {f.source for f in idle[10:]} == {MotionSource.IDLE}
    assert max(float(f.weights[BLINK]) for f in idle) == 1.0
    assert float(idle[-1].weights[BLENDSHAPE_INDEX["jawOpen"]]) == 0.0
    assert float(np.abs(idle[-1].pose[:3]).max()) > 0.0
    # and speech after it plays at the latency it had before
    first = [p.sample for p in played if not p.silent]
    assert first[-1] is not None and stream.sender_silent is False


def test_media_seconds_span_the_silence_and_the_rates_split_by_it() -> None:
    stream, arrivals = _stream_with_a_pause()
    for arrival, packet in arrivals:
        stream.on_media(packet, len(protocol.encode(packet)), arrival)
    assert stream.stats.media_s == 95 * P40 / SAMPLE_RATE  # 3.8 s, the pause included


def test_the_wire_meter_splits_seconds_where_the_state_changed_and_bytes_at_the_sample() -> None:
    meter = WireMeter()
    meter.sample(TransportCounters(0, 0, 0, 0), StreamState(P40, False, 0))
    one_s = SAMPLE_RATE
    meter.sample(TransportCounters(25, 25 * 150, 25, 25 * 65), StreamState(P40 + one_s, False, 0))
    # the DTX packet began the silence 0.5 s into the next second of the stream
    state = StreamState(P40 + 3 * one_s, True, P40 + one_s + one_s // 2)
    meter.sample(TransportCounters(30, 25 * 150 + 5 * 100, 27, 25 * 65 + 2 * 65), state)
    meter.stop()
    meter.sample(TransportCounters(99, 10**6, 99, 10**6), StreamState(10**7, True, 0))  # after Bye
    assert meter.speaking.seconds == 1.5 and meter.silent.seconds == 1.5
    assert meter.speaking.rx_kbps == round(25 * (150 + 28) * 8 / 1.5 / 1000, 2)
    assert meter.silent.rx_kbps == round(5 * (100 + 28) * 8 / 1.5 / 1000, 2)  # + IPv4/UDP
    assert meter.speaking.tx_kbps == round(25 * (65 + 28) * 8 / 1.5 / 1000, 2)
    assert meter.silent.tx_kbps == round(2 * (65 + 28) * 8 / 1.5 / 1000, 2)
    assert WireMeter().speaking.rx_kbps is None


def test_report_carries_the_split_rates() -> None:
    s = StreamStats("alice")
    s.wire.sample(TransportCounters(0, 0, 0, 0), StreamState(0, False, 0))
    s.wire.sample(TransportCounters(50, 7000, 50, 3250), StreamState(2 * SAMPLE_RATE, False, 0))
    s.on_media(100, 1920, 0)
    rep = s.report(name="a", photo=PhotoState.READY, connected_s=3.0, packet_samples=1920,
                   jitter=JitterReport(), decoder_errors=0)  # fmt: skip
    assert rep.speaking_s == 2.0 and rep.silent_s == 0.0
    assert rep.wire_kbps_speaking == round((7000 + 50 * 28) * 8 / 2 / 1000, 2)
    assert rep.wire_kbps_silent is None and rep.reverse_kbps_speaking is not None
