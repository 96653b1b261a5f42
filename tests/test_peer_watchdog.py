"""The mesh on an injected clock: liveness (heartbeats, idle and never-opened links), who offers,
typed signals, and the asyncio adapter carrying out what the core decides.

``MeshState`` (shared/peer_state.py) is driven with events and timestamps, so every boundary is
checked to the millisecond without waiting; ``Mesh`` (shared/peer.py) is checked with fake
channels, a fake connection and a fake signaling client. The path over real aiortc (a silent peer
dropped) is tests/test_call_robustness.py.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json

import pytest

from photocall.shared.peer import Mesh
from photocall.shared.peer_state import (
    CONTROL,
    MEDIA,
    AddCandidate,
    DropLink,
    LinkState,
    LinkUp,
    MeshConfig,
    MeshState,
    SendAnswer,
    SendHeartbeat,
    SendOffer,
    TakeAnswer,
    check_link,
)
from photocall.shared.signals import (
    Answer,
    Candidate,
    Offer,
    PeerJoined,
    PeerLeft,
    Reconnected,
    ServerError,
    Signal,
    SignalError,
    parse_signal,
    signal_json,
)

CONFIG = MeshConfig("ws://127.0.0.1:9/", "r", "b", idle_timeout_s=4.0, heartbeat_s=1.0,
                    open_timeout_s=20.0)  # fmt: skip
MS = 0.001


def _open_link(state: MeshState, peer: str, now: float) -> LinkState:
    (offer,) = state.joined([peer], now)
    assert isinstance(offer, SendOffer)
    link = offer.link
    for label in (CONTROL, MEDIA):
        assert state.channel_added(link, label)
    assert state.channel_opened(link, CONTROL, now) == []
    assert state.channel_opened(link, MEDIA, now) == [LinkUp(link)]
    return link


# --- liveness ----------------------------------------------------------------------------------


def test_a_link_that_never_opens_is_dropped_after_the_open_timeout():
    link = LinkState("c", 100.0, offerer=True)
    link.last_rx = 115.0  # one channel spoke, but the link never opened: the timer still runs
    assert check_link(link, 100.0 + 20.0, CONFIG) is None
    assert check_link(link, 100.0 + 20.0 + MS, CONFIG) == DropLink(link, "never connected")


def test_an_open_link_gets_heartbeats_then_is_dropped_when_nothing_arrives():
    link = LinkState("c", 100.0, offerer=True)
    link.is_open = True
    assert check_link(link, 101.0, CONFIG) is None  # nothing sent for exactly heartbeat_s
    assert check_link(link, 101.0 + MS, CONFIG) == SendHeartbeat(link)
    link.last_tx = 101.0
    assert check_link(link, 101.5, CONFIG) is None
    # still alive at exactly idle_timeout_s of silence (it only needs a heartbeat)...
    assert check_link(link, 104.0, CONFIG) == SendHeartbeat(link)
    # ...and dropped a millisecond later, whatever was sent
    link.last_tx = 104.0
    assert check_link(link, 104.0 + MS, CONFIG) == DropLink(link, "nothing received for 4 s")


def test_tick_stamps_traffic_and_drops_a_silent_link_once():
    state = MeshState(CONFIG)
    link = _open_link(state, "c", 100.0)
    assert state.received(link, 10, 104.0)  # the idle timer restarts here
    assert state.tick(104.5) == [SendHeartbeat(link)]
    state.sent(link, 4, 104.5)
    assert link.counters.tx_messages == 1 and link.counters.rx_bytes == 10
    assert state.tick(108.0) == [SendHeartbeat(link)]  # alive at exactly 4 s of silence
    state.sent(link, 4, 108.0)
    assert state.tick(108.0 + MS) == [DropLink(link, "nothing received for 4 s")]
    assert state.links == {} and link.closed
    assert state.tick(200.0) == [] and state.close() == []  # gone: dropped once only
    assert not state.received(link, 10, 200.0)  # a message still in flight is ignored


def test_media_above_the_buffer_limit_is_dropped_and_counted():
    state = MeshState(CONFIG)
    link = _open_link(state, "c", 0.0)
    assert state.admit_media(link, CONFIG.media_buffer_bytes)
    assert not state.admit_media(link, CONFIG.media_buffer_bytes + 1)
    assert link.counters.media_dropped_full == 1


# --- the room and signaling --------------------------------------------------------------------


def test_the_smaller_id_offers_and_links_follow_the_room():
    state = MeshState(CONFIG)  # we are "b"
    assert state.joined(["a", "b"], 0.0) == []  # "a" offers to us; never to ourselves
    (offer,) = state.room_event(PeerJoined("c"), 1.0)
    assert offer == SendOffer(state.links["c"]) and offer.link.created == 1.0
    assert state.room_event(PeerJoined("c"), 2.0) == []  # already linked
    assert state.room_event(Signal("c", signal_json(Answer("v=0 a"))), 2.0) == [
        TakeAnswer(offer.link, Answer("v=0 a"))
    ]
    assert state.room_event(PeerLeft("c"), 3.0) == [DropLink(offer.link, "left the room")]
    assert state.room_event(PeerLeft("c"), 3.0) == []
    # back after a signaling reconnect: offer again to who is missing
    (again,) = state.room_event(Reconnected(("a", "c")), 4.0)
    assert again == SendOffer(state.links["c"]) and again.link is not offer.link
    assert state.room_event(ServerError("unknown-peer", "no peer"), 5.0) == []


def test_an_offer_replaces_the_old_link_and_is_answered():
    state = MeshState(CONFIG)
    old = _open_link(state, "c", 0.0)
    dropped, answer = state.room_event(Signal("c", {"type": "offer", "sdp": "v=0 o"}), 1.0)
    assert dropped == DropLink(old, "renegotiated")
    assert answer == SendAnswer(state.links["c"], Offer("v=0 o"))
    new = answer.link
    assert not new.offerer and new is not old
    # an answer to a link that did not offer belongs nowhere
    assert state.room_event(Signal("c", {"type": "answer", "sdp": "v=0"}), 1.0) == []
    browser = {"type": "candidate", "candidate": "candidate:1 1 udp 2 10.0.0.1 9 typ host",
               "sdpMid": "0", "sdpMLineIndex": 0}  # fmt: skip
    assert state.room_event(Signal("c", browser), 1.0) == [
        AddCandidate(new, Candidate(browser["candidate"], "0", 0))
    ]
    assert state.room_event(Signal("x", browser), 1.0) == []  # no link to x


def test_bad_signals_are_counted_and_dropped():
    state = MeshState(CONFIG)
    for data in ({"type": "offer"}, {"type": "offer", "sdp": 5},
                 {"type": "candidate", "candidate": 7}):  # fmt: skip
        assert state.room_event(Signal("c", data), 0.0) == []
    assert state.bad_signals == 3 and state.links == {}


# --- the payloads on the wire ------------------------------------------------------------------

# What web/src/mesh.js sends (JSON.stringify keeps insertion order), and the signaling
# client's compact separators: the bytes a browser and a Python peer exchange.
WIRE = [
    ('{"type":"offer","sdp":"v=0\\r\\n"}', Offer("v=0\r\n")),
    ('{"type":"answer","sdp":"v=0\\r\\n"}', Answer("v=0\r\n")),
    (('{"type":"candidate","candidate":"candidate:1 1 udp 9 ::1 5 typ host","sdpMid":"0",'
     '"sdpMLineIndex":0}'), Candidate("candidate:1 1 udp 9 ::1 5 typ host", "0", 0)),
    ('{"type":"candidate","candidate":"candidate:2","sdpMid":null,"sdpMLineIndex":null}',
     Candidate("candidate:2")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "message"), WIRE)
def test_signals_match_the_browser_byte_for_byte(text, message):
    assert parse_signal(json.loads(text)) == message
    assert json.dumps(signal_json(message), separators=(",", ":")) == text


@pytest.mark.parametrize("data", [
    {"type": "candidate", "candidate": ""},  # a browser's end of candidates
    {"type": "candidate"},
    {"type": "bye"},  # a type of a later version
    {},
])  # fmt: skip
def test_signals_to_ignore(data):
    assert parse_signal(data) is None


@pytest.mark.parametrize(("data", "why"), [
    ({"type": "answer", "sdp": ""}, "sdp"),
    ({"type": "candidate", "candidate": "c", "sdpMid": 0}, "sdpMid"),
    ({"type": "candidate", "candidate": "c", "sdpMLineIndex": True}, "sdpMLineIndex"),
    ({"type": "candidate", "candidate": "c", "sdpMLineIndex": "0"}, "sdpMLineIndex"),
])  # fmt: skip
def test_malformed_signals_say_what_is_wrong(data, why):
    with pytest.raises(SignalError, match=why):
        parse_signal(data)


# --- the adapter -------------------------------------------------------------------------------


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class FakeChannel:
    """The slice of an aiortc ``RTCDataChannel`` the mesh uses."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.readyState = "open"
        self.bufferedAmount = 0
        self.handlers: dict[str, object] = {}
        self.sent: list[bytes] = []

    def on(self, event: str, handler) -> None:
        self.handlers[event] = handler

    def send(self, data: bytes) -> None:
        self.sent.append(data)


class FakePeerConnection:
    closed = False

    async def close(self) -> None:
        self.closed = True


class FakeSignaling:
    """A room with nobody else in it; records what the mesh sends."""

    def __init__(self, url: str, room: str, peer: str, token: str | None) -> None:
        self.joined_as = (url, room, peer, token)
        self.events: asyncio.Queue = asyncio.Queue()
        self.closed = False

    async def connect(self) -> list[str]:
        return []

    async def send(self, to: str, data: dict) -> None:
        raise AssertionError("nothing to signal here")

    def __aiter__(self):
        return self

    async def __anext__(self):
        return await self.events.get()

    async def close(self) -> None:
        self.closed = True


class RecordingRole:
    def __init__(self) -> None:
        self.opened: list[str] = []
        self.messages: list[tuple[str, bytes]] = []
        self.closed: list[tuple[str, str]] = []

    def link_open(self, link) -> None:
        self.opened.append(link.remote)

    def link_message(self, link, channel: str, data: bytes | str) -> None:
        self.messages.append((channel, data))

    def link_closed(self, link, reason: str) -> None:
        self.closed.append((link.remote, reason))

    def heartbeat(self) -> bytes:
        return b"beat"


def test_mesh_stamps_links_with_its_clock_and_carries_out_the_decisions():
    clock = FakeClock(100.0)
    role = RecordingRole()
    wrapped: list[bytes] = []

    def wrap_media(link, send):
        return lambda data: wrapped.append(data) or send(data)

    async def main():
        made = []
        mesh = Mesh(CONFIG, role, lambda *a: made.append(FakeSignaling(*a)) or made[-1],
                    clock=clock, wrap_media=wrap_media)  # fmt: skip
        await mesh.start()
        assert made[0].joined_as == ("ws://127.0.0.1:9/", "r", "b", None)
        (offer,) = mesh.core.room_event(PeerJoined("c"), clock())  # the core asks for a link
        pc = FakePeerConnection()
        link = mesh.attach(offer.link, pc)  # ... which the adapter makes (here with a fake pc)
        control, media = FakeChannel(CONTROL), FakeChannel(MEDIA)
        mesh._watch_channel(link, control)
        mesh._watch_channel(link, media)
        assert role.opened == ["c"] and mesh.open_links() == [link] and mesh.links == {"c": link}
        assert link.send_media(b"m") and wrapped == [b"m"] and media.sent == [b"m"]
        clock.now = 104.0
        media.handlers["message"](b"x")  # received: the idle timer restarts here
        assert role.messages == [(MEDIA, b"x")] and link.state.last_rx == 104.0
        clock.now = 104.5
        await mesh.check_links()
        assert control.sent == [b"beat"] and link.state.last_tx == 104.5  # a heartbeat, stamped
        clock.now = 108.0
        await mesh.check_links()
        assert role.closed == [] and not pc.closed
        clock.now = 108.0 + MS
        await mesh.check_links()
        assert role.closed == [("c", "nothing received for 4 s")]
        assert pc.closed and mesh.links == {} and not link.send_control(b"late")
        await mesh.close()
        assert made[0].closed

    asyncio.run(main())


class RecordingPeerConnection(FakePeerConnection):
    def __init__(self) -> None:
        self.candidates = []

    async def addIceCandidate(self, candidate) -> None:
        self.candidates.append(candidate)


def test_a_browser_candidate_reaches_the_connection_parsed():
    async def main():
        mesh = Mesh(CONFIG, RecordingRole(), FakeSignaling)
        (offer,) = mesh.core.room_event(PeerJoined("c"), 0.0)
        pc = RecordingPeerConnection()
        mesh.attach(offer.link, pc)
        browser = {
            "type": "candidate",
            "sdpMid": "0",
            "sdpMLineIndex": 0,
            "candidate": "candidate:842163049 1 udp 1677729535 192.0.2.7 61234 typ srflx "
            "raddr 0.0.0.0 rport 0 generation 0 ufrag sXrW network-cost 999",
        }
        await mesh._act(mesh.core.room_event(Signal("c", browser), 0.0))
        (candidate,) = pc.candidates
        assert (candidate.ip, candidate.port, candidate.type) == ("192.0.2.7", 61234, "srflx")
        assert (candidate.sdpMid, candidate.sdpMLineIndex) == ("0", 0)

    asyncio.run(main())


class MemoryRoom:
    """Signaling without a server: peers in one process, relayed through queues."""

    def __init__(self) -> None:
        self.peers: dict[str, asyncio.Queue] = {}

    def client(self, url: str, room: str, peer: str, token: str | None) -> MemoryClient:
        return MemoryClient(self, peer)


class MemoryClient:
    def __init__(self, room: MemoryRoom, peer: str) -> None:
        self.room, self.peer = room, peer

    async def connect(self) -> list[str]:
        here = list(self.room.peers)
        for queue in self.room.peers.values():
            queue.put_nowait(PeerJoined(self.peer))
        self.room.peers[self.peer] = self.queue = asyncio.Queue()
        return here

    async def send(self, to: str, data: dict) -> None:
        self.room.peers[to].put_nowait(Signal(self.peer, json.loads(json.dumps(data))))

    def __aiter__(self):
        return self

    async def __anext__(self):
        return await self.queue.get()

    async def close(self) -> None:
        del self.room.peers[self.peer]
        for queue in self.room.peers.values():
            queue.put_nowait(PeerLeft(self.peer))


def test_two_meshes_connect_over_real_aiortc_through_any_signaling():
    """The signaling client is injected: an in-memory room is enough for two real peers."""
    from support.aio import wait_for

    async def main():
        room = MemoryRoom()
        roles = {peer: RecordingRole() for peer in ("a", "b")}
        meshes = {peer: Mesh(MeshConfig("memory:", "r", peer), roles[peer], room.client)
                  for peer in ("a", "b")}  # fmt: skip
        for mesh in meshes.values():
            await mesh.start()
        assert await wait_for(lambda: all(m.open_links() for m in meshes.values()), 30)
        assert meshes["a"].open_links()[0].send_control(b"hello")
        assert meshes["b"].open_links()[0].send_media(b"media")
        assert await wait_for(lambda: roles["b"].messages and roles["a"].messages, 30)
        assert roles["b"].messages == [(CONTROL, b"hello")]
        assert roles["a"].messages == [(MEDIA, b"media")]
        await meshes["b"].close()  # b leaves: its connection closes, and the room says so
        assert await wait_for(lambda: roles["a"].closed, 30)
        assert roles["b"].closed == [("a", "closing")]
        (gone,) = roles["a"].closed  # once, for whichever a heard first
        assert gone in (("b", "connection closed"), ("b", "left the room"))
        await meshes["a"].close()

    asyncio.run(main())


class StuckPeerConnection(FakePeerConnection):
    """aiortc's close of a half-built connection can wait for ever: this one does."""

    async def close(self) -> None:
        await asyncio.Event().wait()


def test_a_connection_whose_close_never_returns_does_not_hold_up_the_mesh():
    clock = FakeClock(100.0)
    role = RecordingRole()
    config = dataclasses.replace(CONFIG, close_timeout_s=0.05)

    async def main():
        made = []
        mesh = Mesh(config, role, lambda *a: made.append(FakeSignaling(*a)) or made[-1],
                    clock=clock)  # fmt: skip
        await mesh.start()
        (offer,) = mesh.core.room_event(PeerJoined("c"), clock())
        mesh.attach(offer.link, StuckPeerConnection())
        await asyncio.wait_for(mesh.close(), 5.0)  # would be a TimeoutError without the bound
        assert role.closed and mesh.links == {} and made[0].closed

    asyncio.run(main())
