"""Hostile peers against the pure cores, with an injected clock (issue 15): every buffer bounded,
every peer isolated, logs that cannot be flooded or forged. End-to-end over aiortc:
tests/test_hostile_peers.py."""

from __future__ import annotations

import logging

import numpy as np

from photocall.receiver.config import ReceiverConfig
from photocall.receiver.jitter import JitterBuffer
from photocall.receiver.photo_queue import Offered, PhotoQueue
from photocall.receiver.session import ReceiverResult, _ReceiverRole
from photocall.receiver.stream import RemoteStream
from photocall.shared import protocol
from photocall.shared.motion import NUM_BLENDSHAPES, HeadPose, MotionFrame
from photocall.shared.notices import NoticeCode
from photocall.shared.peer_state import (
    CONTROL,
    MEDIA,
    DropLink,
    LinkCounters,
    MeshConfig,
    MeshState,
    SendAnswer,
    SendOffer,
)
from photocall.shared.room import RoomConfig
from photocall.shared.signals import Offer, PeerJoined, PeerLeft, Signal, signal_json
from support.calls import bar_factory

F = 960  # 20 ms at 48 kHz
OPUS_20MS = b"\x78" + bytes(40)  # a TOC byte for one 20 ms frame


def _mesh(peer_id: str = "a", **kw: float) -> MeshState:
    return MeshState(MeshConfig("ws://x/", "r", peer_id, **kw))  # type: ignore[arg-type]


def _open(state: MeshState, peer: str, now: float):
    (offer,) = [a for a in state.room_event(PeerJoined(peer), now) if isinstance(a, SendOffer)]
    link = offer.link
    for label in (CONTROL, MEDIA):
        state.channel_added(link, label, now)
        state.channel_opened(link, label, now)
    return link


# --- ingress ---------------------------------------------------------------------------------


def test_a_media_flood_is_dropped_over_budget_counted_and_cut_off():
    state = _mesh()
    link = _open(state, "z-rogue", 0.0)
    accepted = 0
    for i in range(2900):  # ~2,900 packets/s for one second, 100 bytes each
        accepted += state.received(link, 100, i / 2900, MEDIA)
    c = state.config
    assert accepted <= c.media_msgs_per_s * (c.media_burst_s + 1) + 1  # the burst + 1 s's rate
    dropped = link.counters.rx_dropped_budget + link.counters.rx_dropped_closed
    assert dropped == 2900 - accepted and link.counters.rx_dropped_budget > 2000
    assert link.cut_off == "over its ingress budget"  # 2,000 drops within 10 s
    assert not state.received(link, 100, 1.0, CONTROL)  # nothing taken while being cut off
    (drop,) = state.tick(1.0)
    assert drop == DropLink(link, "cut off: over its ingress budget")
    # banned for ban_s: its offers are ignored, it is not offered to
    offer = Signal("z-rogue", signal_json(Offer("v=0")))
    assert state.room_event(offer, 2.0) == []
    assert state.room_event(PeerJoined("z-rogue"), 2.0) == []
    assert state.refused_links >= 1
    assert any(isinstance(a, SendAnswer) for a in state.room_event(offer, 1.0 + c.ban_s))


def test_a_sender_at_its_normal_rate_is_never_over_budget():
    state = _mesh()
    link = _open(state, "z-sender", 0.0)
    for i in range(50 * 60):  # one minute of 20 ms packets of 200 bytes
        assert state.received(link, 200, i * 0.02, MEDIA)
    for i in range(36):  # and a whole photo at once on control
        assert state.received(link, 60_000, 1.0, CONTROL)
    assert link.counters.rx_dropped_budget == 0 and link.cut_off is None


# --- churn -----------------------------------------------------------------------------------


def test_a_newcomer_connects_however_others_churn():
    state = _mesh()
    now, built, newcomer_at = 0.0, 0, None
    for step in range(500):  # 50 s of 6 peers joining and leaving every 0.1 s, new ids each time
        now = step * 0.1
        for k in range(6):
            peer = f"c{step}-{k}"
            actions = state.room_event(PeerJoined(peer), now)
            actions += state.room_event(PeerLeft(f"c{step - 1}-{k}"), now)
            built += sum(isinstance(a, SendOffer) for a in actions)
        if step == 200:
            state.room_event(PeerJoined("z-innocent"), now)
        actions = state.tick(now)
        built += sum(isinstance(a, SendOffer) for a in actions)
        if newcomer_at is None and "z-innocent" in state.links:
            newcomer_at = now
        assert len(state.pending) <= 13  # peers that left are taken out of the line
    assert newcomer_at is not None and newcomer_at - 20.0 <= 2.0  # within 2 s of joining
    assert built <= 50 * state.config.links_per_s + state.config.links_burst  # not 3,000


def test_one_peer_id_is_relinked_a_bounded_number_of_times_a_minute():
    state = _mesh()
    built = 0
    for i in range(40):
        now = i * 1.0
        built += sum(isinstance(a, SendOffer) for a in state.room_event(PeerJoined("z"), now))
        state.room_event(PeerLeft("z"), now + 0.5)
    assert built <= 6 * 1 + 6  # rebuilds_per_min in each of the (under) two minutes


def test_a_link_that_never_connected_is_offered_again_while_the_peer_is_there():
    state = _mesh(open_timeout_s=5.0)
    (first,) = state.room_event(PeerJoined("z"), 0.0)
    (drop,) = state.tick(5.1)
    assert drop == DropLink(first.link, "never connected")
    assert state.tick(5.5) == []  # after retry_s
    (again,) = state.tick(6.2)
    assert isinstance(again, SendOffer) and again.link is not first.link
    state.room_event(PeerLeft("z"), 6.3)
    assert state.tick(20.0) == []  # gone: not offered again


# --- time bounds ----------------------------------------------------------------------------


def _media(ts: int, opus: bytes = OPUS_20MS, motion: bool = False) -> tuple[bytes, protocol.MediaPacket]:
    frames = (MotionFrame(ts % (1 << 32), np.zeros(NUM_BLENDSHAPES, np.float32), HeadPose()),) if motion else ()
    packet = protocol.MediaPacket(ts // F % 65536, ts % (1 << 32), opus, frames)
    data = protocol.encode(packet)
    return data, protocol.decode(data)  # type: ignore[return-value]


def test_far_future_and_far_past_media_is_dropped_and_a_stream_that_keeps_doing_it_is_cut_off():
    stream = RemoteStream("z")
    base = 20_000 * F
    for k in range(20):  # a normal start: 20 ms apart, 30 ms transit
        assert stream.on_media(_media(base + k * F)[1], 60, 30.0 + 20.0 * k)
    rng = np.random.default_rng(0)
    for k in range(20, 2020):  # then timestamps jumping far ahead (and far back), 40 s of them
        jump = int(rng.integers(300, 10_000)) * F * (1 if k % 2 else -1)
        assert not stream.on_media(_media(base + k * F + jump)[1], 60, 30.0 + 20.0 * k)
    d = stream.stats.drops
    assert d.far_future + d.far_past >= 1990 and d.far_future > 0 and d.far_past > 0
    assert stream.jitter is not None and len(stream.jitter._frames) <= 20  # nothing else held
    assert stream.abuse is not None


def test_a_sender_whose_clock_jumps_once_is_followed_after_a_few_packets():
    stream = RemoteStream("z")
    for k in range(20):
        stream.on_media(_media(k * F)[1], 60, 20.0 * k)
    kept = [stream.on_media(_media((100_000 + k) * F)[1], 60, 400 + 20.0 * k) for k in range(10)]
    assert kept == [False, False] + [True] * 8 and stream.abuse is None


def test_motion_only_floods_keep_the_motion_track_bounded():
    stream = RemoteStream("z")
    for k in range(20_000):  # motion-only packets 1 ms apart in time and in sample clock
        stream.on_media(_media(k * 48, b"", motion=True)[1], 30, float(k))
    assert len(stream.track) <= stream.track.config.max_frames
    # frames more than horizon_ms behind the newest are forgotten though audio never played
    assert len(stream.track) <= stream.track.config.horizon_ms + 2


def test_the_jitter_buffer_alone_holds_at_most_max_frames():
    jb = JitterBuffer()
    for k in range(10_000):  # all 'on time' by arrival, but never played
        jb.push(k * F, b"x", 20.0 * k)
    assert len(jb._frames) <= jb.config.max_frames


def test_nothing_is_taken_after_the_peers_own_bye():
    stream = RemoteStream("z")
    assert stream.on_media(_media(0)[1], 60, 0.0)
    stream.end(10.0)
    assert stream.on_media(_media(F)[1], 60, 20.0)  # sent before the Bye, overtaken by it
    assert not stream.on_media(_media(2 * F)[1], 60, 10.0 + stream.bye_grace_ms + 1)
    assert stream.stats.drops.after_bye == 1 and stream.stats.media_packets == 2


# --- photos -----------------------------------------------------------------------------------


def test_photo_queue_one_waiting_per_peer_newest_wins_bounded_per_minute_served_in_turn():
    q = PhotoQueue()
    results = [q.offer("rogue", b"%d" % i, 0.0) for i in range(100)]
    assert results[0] is Offered.QUEUED and results[1:4] == [Offered.SUPERSEDED] * 3
    assert set(results[4:]) == {Offered.REFUSED}  # four a minute
    assert q.offer("innocent", b"face", 0.5) is Offered.QUEUED
    assert len(q) == 2  # one each, whatever was sent
    assert q.next() == ("rogue", b"3")  # the newest of the rogue's
    assert q.offer("rogue", b"again", 61.0) is Offered.QUEUED  # a minute later: back in line...
    assert q.next() == ("innocent", b"face")  # ...behind the innocent peer
    assert q.next() == ("rogue", b"again") and q.next() is None


# --- the receiver's role: logs and notices ------------------------------------------------------


class _FakeLink:
    def __init__(self, remote: str) -> None:
        self.remote = remote
        self.sent: list[bytes] = []
        self.counters = LinkCounters()
        self.cut: str | None = None
        self.ice = None  # the ICE pair (shared/peer.py's Link): none here

    def send_control(self, data: bytes) -> bool:
        self.sent.append(data)
        return True

    def cut_off(self, reason: str) -> None:
        self.cut = reason


def test_notices_and_bad_photo_chunks_cannot_flood_or_forge_the_log(caplog):
    role = _ReceiverRole(ReceiverConfig(RoomConfig()), ReceiverResult("rx"), bar_factory)
    link = _FakeLink("z-rogue")
    role.link_open(link)  # type: ignore[arg-type]
    forged = "x\n12:00:00 INFO photocall: photo of admin ready\x1b[2J"
    hello = protocol.encode(protocol.Hello(forged, ("photo",)))
    notice = protocol.encode(protocol.Notice("evil\ncode", forged))
    chunk = protocol.encode(protocol.PhotoChunk(7, 0, 2, b"\x89PNG" + bytes(10)))
    bad_chunk = protocol.encode(protocol.PhotoChunk(7, 0, 3, b"other"))  # count changes: bad
    with caplog.at_level(logging.DEBUG, logger="photocall"):
        role.link_message(link, CONTROL, hello)  # type: ignore[arg-type]
        for _ in range(5000):
            role.link_message(link, CONTROL, notice)  # type: ignore[arg-type]
            role.link_message(link, CONTROL, chunk)  # type: ignore[arg-type]
            role.link_message(link, CONTROL, bad_chunk)  # type: ignore[arg-type]
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) <= 20, lines[:30]
    assert not any("\n" in line or "\x1b" in line for line in lines)
    rejected = [d for d in link.sent[1:]
                if protocol.decode(d).code == NoticeCode.PHOTO_REJECTED]  # type: ignore[union-attr]
    assert len(rejected) <= role.NOTICES_PER_MIN
    (drops,) = role.drop_reports()
    assert drops.notices_unsent >= 4000 and drops.bad_messages >= 4000
    assert "\n" not in drops.name and "\x1b" not in drops.name


def test_messages_that_cost_too_much_cpu_to_decode_are_dropped_and_counted():
    # Each message of this peer costs 30 ms of CPU to decode (a crafted motion packet does):
    # 200 ms of CPU per second, 400 ms saved up, is what it gets; the rest is dropped undecoded.
    # A peer whose messages are cheap again is served again.
    role = _ReceiverRole(ReceiverConfig(RoomConfig()), ReceiverResult("rx"), bar_factory)
    cost_ms, cpu, now = [30.0], [0.0], [100.0]

    def cpu_ns() -> int:  # read before and after each decode: each read moves it by the cost
        cpu[0] += cost_ms[0]
        return round(cpu[0] * 1e6)

    role.cpu_ns, role.clock = cpu_ns, lambda: now[0]
    link = _FakeLink("z-rogue")
    role.link_open(link)  # type: ignore[arg-type]
    stream = role.people["z-rogue"].stream

    def media(k: int) -> bytes:
        return protocol.encode(protocol.MediaPacket(k, k * F, OPUS_20MS, ()))

    for k in range(100):  # 1 s at 100 messages/s
        now[0] = 100.0 + k / 100
        role.link_message(link, MEDIA, media(k))  # type: ignore[arg-type]
    dropped = stream.stats.drops.over_decode_budget
    decoded = 100 - dropped
    assert 20 <= decoded <= 21  # (400 saved + 200 in the second) / 30 ms
    (report,) = [d for d in role.drop_reports() if d.peer == "z-rogue"]
    assert report.over_decode_budget == dropped
    cost_ms[0] = 2.0  # what a v2 packet of fast-changing motion may cost
    for k in range(100, 200):  # 3 s later, 2 s at 50 messages/s: none dropped
        now[0] = 103.0 + (k - 100) / 50
        role.link_message(link, MEDIA, media(k))  # type: ignore[arg-type]
    assert stream.stats.drops.over_decode_budget == dropped
