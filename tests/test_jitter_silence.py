"""The jitter buffer with a clock: per-packet waits, the sender's silences (DTX), the trims."""

from __future__ import annotations

from photocall.receiver.jitter import JitterBuffer, JitterConfig

F40 = 1920  # 40 ms packets
SPEECH = b"opus"
DTX = b"\x50"


def _play(arrivals, ticks, config=JitterConfig(frame_samples=F40), phase_ms=0.0):
    """arrivals: (arrival_ms, ts, dtx). Pops as the stream does: a 40 ms frame every other
    20 ms tick (the stream splits it into two ticks). Returns (jb, [(tick_ms, popped)])."""
    jb = JitterBuffer(config)
    arrivals = sorted(arrivals)
    out, i, busy = [], 0, 0
    for k in range(ticks):
        now = phase_ms + 20.0 * k
        while i < len(arrivals) and arrivals[i][0] <= now:
            arrival, ts, dtx = arrivals[i]
            jb.push(ts, DTX if dtx else SPEECH, arrival, dtx=dtx)
            i += 1
        if busy:
            busy -= 1
            continue
        popped = jb.pop(now)
        if popped is not None:
            out.append((now, popped))
            busy = 0 if popped.held else (popped.samples or F40) // 960 - 1
    return jb, out


def _speech(first: int, last: int, transit_ms: float = 65.0):
    """Packets first..last (40 ms each) arriving ``transit_ms`` after their first sample."""
    return [(40.0 * k + transit_ms, k * F40, False) for k in range(first, last)]


def _latency(out, ts) -> float:
    """When the packet at ``ts`` started playing, after its first sample's instant."""
    return next(now for now, p in out if p.timestamp == ts and p.payload is not None) - ts / 48


def test_playout_starts_once_the_first_packet_has_waited_not_a_packet_later() -> None:
    jb, out = _play(_speech(0, 50), 102)  # to the last pop
    # transit 65 ms, pops on the 20 ms grid, a 5 ms wait floor: the first plays at 80 ms
    assert _latency(out, 0) == 80.0 and _latency(out, 40 * F40) == 80.0
    assert jb.counters.underruns == 0 and jb.counters.lost == 0


def test_a_silence_plays_on_without_holding_and_speech_resumes_at_the_same_latency() -> None:
    arrivals = _speech(0, 25) + [(40.0 * 25 + 65, 25 * F40, True)]  # marker, then nothing
    arrivals += [(40.0 * 37 + 65, 37 * F40, True)]  # a keepalive 480 ms later
    arrivals += _speech(60, 90)  # speech again after 1.4 s
    jb, out = _play(arrivals, 183)  # to the last packet's pop
    c = jb.counters
    assert c.underruns == 0 and c.lost == 0 and c.resyncs == 0 and c.late == 0
    assert c.silent == 35 and c.trimmed == 0  # slots 25..59, none held
    assert _latency(out, 0) == _latency(out, 60 * F40) == _latency(out, 89 * F40) == 80.0
    silent = [p.timestamp for _, p in out if p.silent]  # 20 ms at a time
    assert silent == [k * F40 // 2 for k in range(50, 120)]


def test_speech_after_a_silence_starts_sooner_when_the_buffer_was_deeper_than_needed() -> None:
    # Before the silence, packets came 120 ms late once (a stall): playout held, then stayed
    # deep. The silence is where that latency can go without dropping any speech.
    arrivals = [(65.0 + 40 * k + (120.0 if k == 3 else 0.0), k * F40, False) for k in range(4)]
    arrivals += [(185.0 + 40 * k, k * F40, False) for k in range(4, 10)]  # the catch-up
    arrivals += _speech(10, 20) + [(40.0 * 20 + 65, 20 * F40, True)]
    arrivals += _speech(40, 60)
    # no wait trim (only the silence's); the stall leaves the 10-packet transit window
    config = JitterConfig(frame_samples=F40, trim_window=1000, skip_after=1000, window=10)
    jb, out = _play(arrivals, 200, config)
    assert _latency(out, 19 * F40) >= 200.0  # deep before the silence
    assert jb.counters.trimmed >= 3
    assert _latency(out, 40 * F40) == 80.0  # the speech after it plays as soon as it may
    assert jb.counters.lost == 0 and jb.counters.late == 0


def test_speech_after_a_silence_that_comes_late_moves_playout_back_to_it() -> None:
    arrivals = _speech(0, 10) + [(40.0 * 10 + 65, 10 * F40, True)]
    arrivals += [(40.0 * k + 165, k * F40, False) for k in range(30, 50)]  # 100 ms later
    jb, out = _play(arrivals, 150)
    assert jb.counters.late == 0 and jb.counters.lost == 0
    played = [p.timestamp for _, p in out if p.payload is not None]
    assert played == [k * F40 for k in range(10)] + [k * F40 for k in range(30, 50)]


def test_a_lost_marker_is_recovered_by_the_keepalive() -> None:
    arrivals = _speech(0, 10) + [(40.0 * 23 + 65, 23 * F40, True)]  # the marker at 10 lost
    arrivals += _speech(40, 60)
    jb, out = _play(arrivals, 150)
    assert jb.counters.underruns >= 1  # held: the silence was not announced
    played = [p.timestamp for _, p in out if p.payload is not None]
    assert played[-20:] == [k * F40 for k in range(40, 60)]
    assert jb.silent is False and jb.counters.silent >= 10


def test_a_buffer_that_settled_a_packet_deep_comes_back_by_the_waits() -> None:
    # A start-up stall: the second packet comes 60 ms late, playout holds and then runs a whole
    # 40 ms packet deeper than the arrivals need. Depth alone cannot see it (a 40 ms packet
    # arrives between pops); every packet waiting > 40 ms more than it must does.
    arrivals = [(65.0, 0, False), (40.0 + 65 + 60, F40, False)] + _speech(2, 150)
    jb, out = _play(arrivals, 320)
    assert jb.counters.skipped >= 1
    assert _latency(out, 140 * F40) <= 100.0
    late = [p.timestamp for _, p in out if p.payload is None and not p.silent and not p.held]
    assert len(late) <= 1


def test_without_a_clock_it_is_the_depth_rules_as_before() -> None:
    jb = JitterBuffer(JitterConfig(frame_samples=F40))
    jb.push(0, SPEECH, 0.0)
    jb.push(F40, SPEECH, 45.0)  # a 5 ms spread: the target is 45 ms, one packet is 40
    assert jb.pop() is not None and jb.counters.trimmed == 0


def _gated(kinds: str, keepalive: int = 12) -> list[tuple[int, bool]]:
    """What sender/silence.py sends of 40 ms packets that are speech ('s') or silent ('.'):
    speech as it is, the first silent packet as DTX, then one DTX every ``keepalive`` packets
    (500 ms ~ 12.5 packets), the rest withheld. [(ts, dtx)]."""
    sent, silent, last = [], False, 0
    for k, kind in enumerate(kinds):
        if kind == "s":
            silent, last = False, k
            sent.append((k * F40, False))
        elif not silent or k - last >= keepalive:
            silent, last = True, k
            sent.append((k * F40, True))
    return sent


def test_every_speech_packet_around_the_silences_plays_once_in_order() -> None:
    # Lead silence, speech, a 2 s pause (DTX + keepalives), speech, a short pause, speech; each
    # packet leaves when its 40 ms and the 20 ms lookahead are heard, and crosses a link with
    # 0-30 ms of jitter. Whatever the phase of the playout ticks, no speech is lost: it plays
    # once, in order, and any silence dropped is counted (trimmed / skipped).
    kinds = "." * 125 + "s" * 40 + "." * 50 + "s" * 30 + "." * 2 + "s" * 30
    sent = _gated(kinds)
    speech = [ts for ts, dtx in sent if not dtx]
    for jitter_ms in (0.0, 10.0, 30.0):
        for phase_ms in (0.0, 5.0, 13.0):
            arrivals = [((ts + F40) / 48 + 20 + 25 + jitter_ms * ((n * 7) % 5) / 4, ts, dtx)
                        for n, (ts, dtx) in enumerate(sent)]  # fmt: skip
            jb, out = _play(arrivals, 2 * len(kinds) + 100, phase_ms=phase_ms)
            played = [p.timestamp for _, p in out if p.payload is not None]
            assert played == speech, (jitter_ms, phase_ms)
            c = jb.counters
            assert c.lost == c.late == c.skipped == 0, (jitter_ms, phase_ms, c)
