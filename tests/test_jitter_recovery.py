"""The jitter buffer gives latency back after a transient (fake clock, no sleeps).

A held packet (one 40 ms packet that comes 45 ms late: the sender's model step was slow) makes
playout hold and then run later. Before the fix, the buffer resumed only once a whole packet
more than the target was buffered, and its wait trim wanted every wait above a packet plus the
transit spread plus a margin, so the demo ran 40 ms later for the rest of the call.
"""

from __future__ import annotations

import numpy as np

from photocall.receiver.jitter import JitterBuffer, JitterConfig
from photocall.receiver.stream import TICK_SAMPLES, RemoteStream
from photocall.sender.opus import OpusConfig, OpusEncoder
from photocall.shared import protocol
from photocall.shared.codec import OPUS_PRE_SKIP
from photocall.shared.motion import MotionFrame
from support.media import speech_like

F40 = 1920  # 40 ms packets
SPEECH = b"opus"


def _play(arrivals, ticks, phase_ms=10.0, config=JitterConfig(frame_samples=F40)):
    """arrivals: (arrival_ms, ts). Pops on a 20 ms tick as the stream does (a 40 ms frame
    plays for two ticks, a held or silent step for one, and one tick only when the stream
    drops 20 ms of it to give back ``excess_ms``). Returns (jb, [(tick_ms, popped)])."""
    jb = JitterBuffer(config)
    arrivals = sorted(arrivals)
    out, i, busy = [], 0, 0
    for k in range(ticks):
        now = phase_ms + 20.0 * k
        while i < len(arrivals) and arrivals[i][0] <= now:
            jb.push(arrivals[i][1], SPEECH, arrivals[i][0])
            i += 1
        if busy:
            busy -= 1
            continue
        popped = jb.pop(now)
        if popped is not None:
            out.append((now, popped))
            busy = 0 if popped.held else (popped.samples or F40) // 960 - 1
            if popped.payload is not None and busy and jb.excess_ms >= 20.0:
                jb.shorten(20.0)  # as stream.py does
                busy -= 1
    return jb, out


def _in_order(transits) -> list[tuple[float, int]]:
    """(arrival_ms, ts) of packets k = 0.. sent every 40 ms, each ``transits[k]`` ms after its
    first sample's instant unless the one before it still had to arrive (a sender's stall
    delays what follows it too)."""
    out, last = [], 0.0
    for k, transit in enumerate(transits):
        last = max(last, 40.0 * k + transit)
        out.append((last, k * F40))
    return out


def _latency(out, ts) -> float:
    """When the packet at ``ts`` started playing, after its first sample's instant."""
    return next(now for now, p in out if p.timestamp == ts and p.payload is not None) - ts / 48


def _holds(out, end: int) -> list[tuple[int, int]]:
    """(timestamp, ticks) of each hold before ``end`` (after the last packet, playout holds)."""
    held = [p.timestamp for _, p in out if p.held and p.timestamp < end]
    return [(ts, held.count(ts)) for ts in sorted(set(held))]


def _jitter(k: int) -> float:
    """0..6 ms, deterministic."""
    return 1.5 * ((k * 7) % 5)


def _held_once(k: int) -> float:
    """Transit of packet k: 62 ms + jitter; packet 75 is held 45 ms, 76 catches up."""
    return 62.0 + _jitter(k) + {75: 45.0, 76: 5.0}.get(k, 0.0)


def test_one_held_packet_costs_latency_for_a_trim_memory_not_for_the_rest_of_the_call() -> None:
    arrivals = [(40.0 * k + _held_once(k), k * F40) for k in range(300)]
    jb, out = _play(arrivals, 2 * 300 + 20)
    before = _latency(out, 70 * F40)
    assert before == 70.0  # the first packet waited 8 ms: a tick after it arrived
    assert _holds(out, 300 * F40) == [(75 * F40, 3)]  # the held packet held playout 3 ticks
    assert jb.counters.skipped == 1  # ... and a frame was given back once it was behind us
    latest = max(_held_once(k) for k in range(200, 300))
    floor = latest + jb.config.min_wait_ms + jb.config.trim_margin_ms
    # back within one 20 ms tick of the floor, 40 ms sooner than it ran after the hold
    for ts in (150 * F40, 250 * F40, 299 * F40):
        assert floor <= _latency(out, ts) < floor + 20.0
    assert _latency(out, 299 * F40) <= _latency(out, 80 * F40) - 40.0
    # every packet played once, in order; none came too late for its (earlier) slot
    played = [p.timestamp for _, p in out if p.payload is not None]
    assert played == sorted(set(played)) and len(played) == 300 - jb.counters.skipped
    assert jb.counters.lost == 0 and jb.counters.late == 0


def test_resuming_after_a_hold_waits_for_the_late_packet_not_for_a_packet_more() -> None:
    # Packet 40 comes 20 ms late. Playout resumes once it has waited the floor (as at the
    # start), not once the packet after it is in too (that was 40 ms more, kept for good).
    arrivals = _in_order([62.0 + _jitter(k) + (20.0 if k == 40 else 0.0) for k in range(60)])
    jb, out = _play(arrivals, 130)
    assert arrivals[40][0] == 1682.0 and arrivals[41][0] == 1705.0
    resumed = next(now for now, p in out if p.timestamp == 40 * F40 and p.payload is not None)
    assert resumed == 1690.0  # the first tick it had waited the spread (6 ms): 8
    assert _holds(out, 60 * F40) == [(40 * F40, 1)]  # held at 1670 ms only


def test_periodic_delay_peaks_lengthen_the_memory_instead_of_underrunning_each_time() -> None:
    # Every 1.6 s (40 packets) one packet comes 45 ms late: longer apart than the first trim
    # memory (25 packets), so the first peaks do trim-then-underrun; the memory doubles until
    # it spans the period, and the peaks stop causing holds.
    arrivals = _in_order([62.0 + _jitter(k) + (45.0 if k % 40 == 39 else 0.0)
                          for k in range(1500)])  # 60 s; fmt: skip
    jb, out = _play(arrivals, 2 * 1500 + 20)
    holds = [now for now, p in out if p.held and p.timestamp < 1500 * F40]
    episodes = [t for i, t in enumerate(holds) if i == 0 or t - holds[i - 1] > 20.0]
    assert jb.trim_memory >= 40  # spans the period
    assert len(episodes) <= 4  # not one per peak (37 of them)
    assert not [t for t in episodes if t > 20_000]  # none in the last 40 s
    played = [p.timestamp for _, p in out if p.payload is not None]
    assert played == sorted(set(played))


def test_a_calm_path_never_trims_and_never_holds() -> None:
    arrivals = [(40.0 * k + 62.0 + _jitter(k), k * F40) for k in range(500)]
    jb, out = _play(arrivals, 2 * 500 + 20)
    c = jb.counters
    assert _holds(out, 500 * F40) == [] and c.skipped == c.shortened == c.lost == 0
    assert {_latency(out, k * F40) for k in range(500)} == {70.0}


def _opus_packets(transit) -> list[tuple[float, protocol.MediaPacket]]:
    encoder = OpusEncoder(OpusConfig(frame_ms=40))
    pcm = speech_like(8.0, seed=5)
    out = []
    for k in range(len(pcm) // F40):
        ts = k * F40
        opus = encoder.encode(pcm[ts : ts + F40])
        out.append((40.0 * k + transit(k), protocol.MediaPacket(k, ts, opus, (MotionFrame(ts),))))
    return out


def test_the_stream_gives_back_less_than_a_packet_20_ms_at_a_time_with_a_cross_fade() -> None:
    # Transit 60 ms; packet 75 comes 25 ms late: playout resumes 20 ms later (a tick), which
    # a frame skip cannot give back. Once the trim memory has passed the peak, the stream drops
    # 20 ms of one decoded packet, cross-faded, and plays at the latency of before.
    arrivals = _opus_packets(lambda k: 60.0 + (25.0 if k == 75 else 0.0))
    stream, played = _stream_ticks(arrivals, 2 * len(arrivals) + 10)
    assert stream.jitter is not None
    c = stream.jitter.counters
    assert c.shortened == 1 and c.skipped == 0 and c.lost == 0
    held = [p.sample for _, p in played if p.stalled_ms]
    assert held[:1] == [75 * F40 - OPUS_PRE_SKIP]  # one tick, while packet 75 was late
    assert min(held[1:]) >= (len(arrivals) - 1) * F40  # the rest: after the last packet

    def latency(ts: int) -> float:  # when the packet at ts starts playing, after its instant
        return next(now for now, p in played if p.sample == ts - OPUS_PRE_SKIP) - ts / 48

    assert latency(50 * F40) == 70.0 and latency(80 * F40) == 90.0
    assert latency(190 * F40) == 70.0
    # one 20 ms step of samples skipped, the rest in order, each tick once
    samples = [p.sample for _, p in played if not p.stalled_ms]
    steps = np.diff(samples)
    assert sorted(set(steps.tolist())) == [TICK_SAMPLES, 2 * TICK_SAMPLES]
    assert int(np.sum(steps == 2 * TICK_SAMPLES)) == 1
    # the cross-fade: no jump where the 20 ms were dropped larger than the signal's own steps
    pcm = np.concatenate([p.pcm for _, p in played if not p.stalled_ms])
    cut = int(np.flatnonzero(steps == 2 * TICK_SAMPLES)[0] + 1) * TICK_SAMPLES
    assert abs(float(pcm[cut] - pcm[cut - 1])) <= 2 * float(np.abs(np.diff(pcm)).max(initial=0) / 2)


def _offsets(arrivals, ticks: int) -> tuple[RemoteStream, list[float]]:
    """Ticks of 20 ms (phase 10 ms) through a RemoteStream; for each tick that plays sender
    audio, its playout offset: the tick's time minus its first sample's instant."""
    stream, played = _stream_ticks(arrivals, ticks)
    offsets = [now - (step.sample + OPUS_PRE_SKIP) / 48 for now, step in played if not step.stalled_ms]
    return stream, offsets


def _stream_ticks(arrivals, ticks: int) -> tuple[RemoteStream, list]:
    """Ticks of 20 ms (phase 10 ms) through a RemoteStream, each arrival handed in at its time;
    (tick time, step) for every tick that plays sender audio."""
    stream = RemoteStream("alice")
    i, played = 0, []
    for k in range(ticks):
        now = 10.0 + 20.0 * k
        while i < len(arrivals) and arrivals[i][0] <= now:
            packet = arrivals[i][1]
            assert stream.on_media(packet, len(protocol.encode(packet)), arrivals[i][0])
            i += 1
        step = stream.next_audio(now)
        if step.sample is not None:
            played.append((now, step))
    return stream, played


def test_the_stream_gives_back_whole_ticks_only_as_a_cut_of_less_moves_no_deadline() -> None:
    # Transit 55 ms: the first packet waits 15 ms for the tick grid (offset 70). Packet 75 comes
    # 25 ms late: held one tick, then 90. Every packet of the trim memory would still wait
    # 10 ms at an offset of 65, but the ticks are 20 ms: a packet is needed at the start of the
    # tick its first sample plays in, so 5 ms less would leave every later packet a tick short
    # (held). 20 ms go, in one cut, and playout is back at 70 for good.
    arrivals = _opus_packets(lambda k: 55.0 + (25.0 if k == 75 else 0.0))
    stream, offsets = _offsets(arrivals, 2 * len(arrivals) - 4)
    assert stream.jitter is not None
    c = stream.jitter.counters
    assert (c.shortened, c.shortened_ms, c.skipped, c.lost) == (1, 20.0, 0, 0)
    assert offsets[:150] == [70.0] * 150  # packets 0..74
    assert offsets[-150:] == [70.0] * 150
    assert set(offsets) == {70.0, 90.0}
