"""Where mouth-to-pixel time goes at the receiver, and the part of it the playout clock gives
back (fake clock, no sleeps): the parts of each frame's time add up to it, and a playout that
owns its clock moves its ticks' phase toward the packets' arrivals instead of leaving every
packet waiting for a tick grid that chance placed up to 20 ms after it."""

from __future__ import annotations

import numpy as np
import pytest

from photocall.receiver.playout import FrameDue, Participant, Playout, PlayoutConfig, RenderedTile
from photocall.receiver.stats import PhotoState
from photocall.receiver.stream import RemoteStream
from photocall.sender.opus import OpusConfig, OpusEncoder
from photocall.shared import protocol
from photocall.shared.codec import OPUS_PRE_SKIP
from photocall.shared.motion import MotionFrame
from support.media import speech_like

T0_NS = 1_000 * 1_000_000_000  # the sender captured its sample 0 at this CLOCK_MONOTONIC
P40 = 1920
RENDER_MS = 15.0


def _sender() -> Participant:
    stream = RemoteStream("alice")
    # the sender's start, then a ClockSync that maps its samples onto our clock (same host)
    stream.on_clock_sync(protocol.ClockSync(0, T0_NS - 1), T0_NS)
    stream.on_clock_sync(protocol.ClockSync(0, T0_NS), T0_NS + 1_000_000)
    return Participant(stream, link=None, joined=T0_NS / 1e9, is_sender=True)  # type: ignore[arg-type]


def _packets(seconds: float, transit_ms: float) -> list[tuple[float, protocol.MediaPacket]]:
    """(arrival ms, packet): 40 ms packets with the motion through their end instant (as the
    packetizer sends them), each arriving ``transit_ms`` after its last sample's capture."""
    encoder = OpusEncoder(OpusConfig(frame_ms=40))
    pcm = speech_like(seconds, seed=2)
    out = []
    for k in range(len(pcm) // P40):
        ts = k * P40
        motion = tuple(MotionFrame.from_named(t, {"jawOpen": 0.4}) for t in (ts, ts + P40)
                       if t > ts or k == 0)  # fmt: skip
        packet = protocol.MediaPacket(k, ts, encoder.encode(pcm[ts : ts + P40]), motion)
        out.append((T0_NS / 1e6 + (ts + P40) / 48 + transit_ms, packet))
    return out


def _call(own_clock: bool, phase_ms: float, seconds: float = 4.0, transit_ms: float = 22.0,
          stall: tuple[int, float] | None = None, render_ms: float = RENDER_MS):
    """Ticks of 20 ms from ``phase_ms`` after the first packet's instant, each the
    ``clock_advance_ms`` sooner that the tick before asked for (as ``Player.playout`` does);
    every frame is ready ``render_ms`` after its tick. ``stall``: (k, ms): packet k and the
    ones sent while it was held arrive ms late, at once (a sender that stalled, then caught
    up). Returns (stream, tick times in ms)."""
    person = _sender()
    stream = person.stream
    core = Playout(PlayoutConfig(tile_size=8, own_clock=own_clock), {"alice": person})
    arrivals = _packets(seconds, transit_ms)
    if stall is not None:
        k, late = stall
        until = arrivals[k][0] + late
        arrivals = [(max(t, until) if i >= k else t, p) for i, (t, p) in enumerate(arrivals)]
    canvas = np.zeros((8, 8, 3), np.uint8)
    now, i, ticks = T0_NS / 1e6 + phase_ms, 0, []
    while i < len(arrivals) or now < arrivals[-1][0] + 100:
        while i < len(arrivals) and arrivals[i][0] <= now:
            packet = arrivals[i][1]
            assert stream.on_media(packet, len(protocol.encode(packet)), arrivals[i][0])
            i += 1
        for action in core.tick(round(now * 1e6)):
            if isinstance(action, FrameDue):
                job = core.next_job()
                assert job is not None
                drawn = [RenderedTile(t.person, t.sample, t.stalled_ms, render_ms) for t in job.tiles]
                core.rendered(job, canvas, round((now + render_ms) * 1e6), drawn)
        ticks.append(now)
        now += 20.0 - core.clock_advance_ms
    return stream, ticks


def test_the_parts_of_each_frame_add_up_to_its_mouth_to_pixel_time() -> None:
    stream, _ = _call(own_clock=False, phase_ms=13.0)
    s = stream.stats
    assert len(s.latency_parts) == len(s.mouth_to_pixel_ms) > 50
    for m2p, part in zip(s.mouth_to_pixel_ms, s.latency_parts, strict=True):
        total = part.packet_fill + part.sender_transit + part.buffered + part.frame
        assert total == pytest.approx(m2p, abs=1e-6)
    part = s.latency_parts[-1]
    # a packet's first sample waits for the packet (and the decoder's pre-skip) ...
    assert part.packet_fill == pytest.approx(40 + OPUS_PRE_SKIP / 48)
    assert part.sender_transit == pytest.approx(22.0)  # ... then the lookahead and the network
    # the frame: its tick -> picture ready, less the lead (the render time, within the motion)
    assert part.frame == pytest.approx(0.0)
    report = s.report(name="a", photo=PhotoState.READY, connected_s=1.0, packet_samples=P40,
                      jitter=stream.jitter_report(), decoder_errors=0)  # fmt: skip
    assert report.mouth_to_pixel_parts.packet_fill_ms.p50 == pytest.approx(40 + 6.5)


@pytest.mark.parametrize("phase_ms", [1.0, 7.0, 13.0, 19.0])
def test_a_playout_that_owns_its_clock_moves_its_ticks_toward_the_arrivals(phase_ms) -> None:
    fixed, _ = _call(own_clock=False, phase_ms=phase_ms)
    moving, ticks = _call(own_clock=True, phase_ms=phase_ms)
    assert moving.jitter is not None and fixed.jitter is not None
    waits_fixed = [p.buffered for p in fixed.stats.latency_parts]
    waits = [p.buffered for p in moving.stats.latency_parts]
    least = moving.jitter.config.min_wait_ms
    trimmed_to = least + moving.jitter.config.trim_margin_ms  # where waits above it are trimmed
    # The tick grid, as chance placed it, leaves every packet the same wait for a whole call
    assert max(waits_fixed[-40:]) - min(waits_fixed[-40:]) < 1e-6
    # Moved: once the trim memory is full, every packet waits at most the trim floor (within a
    # whole ms), never less than the jitter buffer's least wait
    assert all(least - 1e-6 <= w < trimmed_to + 1.0 for w in waits[-40:])
    assert min(waits) >= least - 1e-6
    assert waits[-1] <= waits_fixed[-1]
    c = moving.jitter.counters
    assert c.underruns == fixed.jitter.counters.underruns  # held only after the last packet
    assert c.lost == c.late == c.skipped == c.shortened == 0
    # the clock moved less than a tick in all, in whole ms; ticks stayed 20 ms apart otherwise
    steps = np.diff(ticks)
    assert c.advanced_ms == pytest.approx(float(np.sum(20.0 - steps)))
    assert 0 <= c.advanced_ms < 20.0 and set(np.round(20.0 - steps, 6)) <= set(range(20))


def test_a_speaker_keeps_its_own_time_so_the_phase_stays() -> None:
    stream, ticks = _call(own_clock=False, phase_ms=1.0)
    assert stream.jitter is not None and stream.jitter.counters.advanced == 0
    assert set(np.round(np.diff(ticks), 6)) == {20.0}


def test_after_a_stall_the_clock_gives_back_less_than_a_tick_at_a_time_never_a_burst() -> None:
    # The sender stalls 300 ms, then sends what it held at once: a deep buffer, far more excess
    # than a tick. The stream gives whole ticks back (drops them); the clock moves only the
    # rest, at most 10 ms a tick, so ticks never come back to back.
    stream, ticks = _call(own_clock=True, phase_ms=13.0, seconds=8.0, stall=(60, 300.0))
    assert stream.jitter is not None
    c = stream.jitter.counters
    assert c.shortened + c.skipped >= 1  # the stream gave back whole ticks
    steps = np.diff(ticks)
    assert min(steps) >= 10.0 - 1e-6
    waits = [p.buffered for p in stream.stats.latency_parts]
    assert max(waits[-40:]) < stream.jitter.config.min_wait_ms + 2 * 20.0  # latency came back


@pytest.mark.parametrize("render_ms", [15.0, 30.0, 35.0, 50.0])
def test_a_frame_is_drawn_for_the_sample_heard_when_its_picture_is_ready(render_ms) -> None:
    # The packets carry the motion through their end: a picture that takes longer than a tick
    # (30 ms on a busy machine) still shows the face of the sample heard when it is ready (up
    # to a frame interval, 40 ms at 25 fps: a slower picture falls behind whatever it draws).
    stream, _ = _call(own_clock=True, phase_ms=13.0, render_ms=render_ms)
    frames = [p.frame for p in stream.stats.latency_parts]
    assert len(frames) == len(stream.stats.mouth_to_pixel_ms) > 50
    assert frames[-40:] == [max(0.0, render_ms - 40.0)] * 40
    # drawn ahead of the packet being played, into the next one's audio (its motion is here):
    # the parts are still those of the packet being played when the frame was due
    assert all(p.buffered >= 5.0 for p in stream.stats.latency_parts)
