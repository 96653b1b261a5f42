"""aiortc plumbing shared by sender and receiver: a mesh of peer connections over signaling.

Every pair of peers in a room gets one ``RTCPeerConnection``; the peer whose id sorts first offers
(so two peers never offer to each other at once). The offerer creates two data channels, the
answerer receives them:

* ``control``: reliable, ordered — Hello, PhotoChunk, ClockSync, Notice, Bye.
* ``media``: ``ordered=False, maxRetransmits=0`` — MediaPacket.

Signal payloads relayed through the signaling server: ``{"type": "offer"|"answer", "sdp": str}``
(aiortc gathers ICE candidates before the SDP is made, so no trickle is needed; a
``{"type": "candidate", "candidate": str, "sdpMid": str, "sdpMLineIndex": int}`` from a browser is
accepted too). ICE servers default to none: a call on one machine or a LAN needs no STUN.

A link is torn down when the signaling server says the peer left, when the connection fails, or
when nothing has arrived on it for ``idle_timeout_s`` (roles send a heartbeat on ``control``).
That decision is :func:`check_link`, a pure function of the link's timestamps and ``now``; the
mesh reads its injected ``clock`` (``time.monotonic`` by default), so tests can drive it.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

log = logging.getLogger(__name__)

CONTROL = "control"
MEDIA = "media"


@dataclass(frozen=True)
class MeshConfig:
    """signal_url/room/peer_id/token: where and as whom to join. ice_servers: STUN/TURN URLs
    (empty: host candidates only). idle_timeout_s: a link with nothing received for this long is
    closed; open_timeout_s: one whose channels never open (no answer, ICE failed) is too. heartbeat_s: a link with nothing sent for this long gets ``Role.heartbeat()``.
    media_buffer_bytes: media messages are dropped (not queued) above this much unsent data."""

    signal_url: str
    room: str
    peer_id: str
    token: str | None = None
    ice_servers: tuple[str, ...] = ()
    idle_timeout_s: float = 4.0
    heartbeat_s: float = 1.0
    open_timeout_s: float = 20.0
    media_buffer_bytes: int = 32 * 1024


def rtc_configuration(ice_servers: tuple[str, ...] = ()):
    """``RTCConfiguration`` with exactly these ICE servers (aiortc's default adds public STUN)."""
    from aiortc import RTCConfiguration, RTCIceServer

    return RTCConfiguration(iceServers=[RTCIceServer(urls=url) for url in ice_servers])


def new_peer_id(prefix: str) -> str:
    return f"{prefix}-{random.SystemRandom().getrandbits(32):08x}"


@dataclass(frozen=True)
class Impairment:
    """Loss and delay injected on sends (tests, demos): each message is dropped with probability
    ``loss`` and otherwise delayed by uniform(0, ``jitter_ms``) ms; ``seed`` makes it repeatable."""

    loss: float = 0.0
    jitter_ms: float = 0.0
    seed: int = 0


class ImpairedSend:
    """Wraps a ``send(bytes)`` with an :class:`Impairment` (delays reorder messages, as UDP can)."""

    def __init__(self, send: Callable[[bytes], None], impairment: Impairment) -> None:
        self._send = send
        self._imp = impairment
        self._rng = random.Random(impairment.seed)
        self.dropped = 0

    def __call__(self, data: bytes) -> None:
        if self._rng.random() < self._imp.loss:
            self.dropped += 1
            return
        delay = self._rng.uniform(0.0, self._imp.jitter_ms) / 1000.0
        if delay <= 0:
            self._send(data)
        else:
            asyncio.get_running_loop().call_later(delay, self._send, data)


class Role(Protocol):
    """What the sender or receiver does with links (all called on the event loop)."""

    def link_open(self, link: Link) -> None: ...
    def link_message(self, link: Link, channel: str, data: bytes | str) -> None: ...
    def link_closed(self, link: Link, reason: str) -> None: ...
    def heartbeat(self) -> bytes: ...


@dataclass
class LinkCounters:
    rx_messages: int = 0
    rx_bytes: int = 0
    tx_messages: int = 0
    tx_bytes: int = 0
    media_dropped_full: int = 0


@dataclass(eq=False)
class Link:
    """One remote peer: its connection, its two channels, liveness. ``created``, ``last_rx`` and
    ``last_tx`` are ``clock()`` seconds."""

    remote: str
    pc: object
    media_buffer_bytes: int = 32 * 1024
    channels: dict[str, object] = field(default_factory=dict)
    counters: LinkCounters = field(default_factory=LinkCounters)
    is_open: bool = False
    closed: bool = False
    bye_sent: bool = False
    media_send: Callable[[bytes], None] | None = None  # replaced by ImpairedSend in tests
    clock: Callable[[], float] = time.monotonic
    created: float = field(init=False)
    last_rx: float = field(init=False)
    last_tx: float = field(init=False)

    def __post_init__(self) -> None:
        self.created = self.last_rx = self.last_tx = self.clock()

    def send_control(self, data: bytes) -> bool:
        return self._send(CONTROL, data)

    def send_media(self, data: bytes) -> bool:
        if self.media_send is not None:
            self.media_send(data)
            return True
        return self.send_media_now(data)

    def send_media_now(self, data: bytes) -> bool:
        channel = self.channels.get(MEDIA)
        if channel is not None and channel.bufferedAmount > self.media_buffer_bytes:
            self.counters.media_dropped_full += 1  # late media is useless: drop, do not queue
            return False
        return self._send(MEDIA, data)

    def _send(self, label: str, data: bytes) -> bool:
        channel = self.channels.get(label)
        if self.closed or channel is None or channel.readyState != "open":
            return False
        from aiortc.exceptions import InvalidStateError

        try:
            channel.send(data)
        except (InvalidStateError, ConnectionError, ValueError) as exc:  # closing under our feet
            log.debug("send to %s on %s failed: %s", self.remote, label, exc)
            return False
        self.counters.tx_messages += 1
        self.counters.tx_bytes += len(data)
        self.last_tx = self.clock()
        return True

    def transport_bytes(self) -> tuple[int, int] | None:
        """(bytes, datagrams) received by the DTLS transport that carries the data channels
        (DTLS records: SCTP data, SACKs, heartbeats), or None before it exists. aiortc's
        ``getStats()`` leaves that transport out, so ask it directly."""
        sctp = getattr(self.pc, "sctp", None)
        if sctp is None:
            return None
        for stats in sctp.transport._get_stats().values():
            if getattr(stats, "type", "") == "transport":
                return int(stats.bytesReceived), int(stats.packetsReceived)
        return None


@dataclass(frozen=True)
class Heartbeat:
    """Send the role's heartbeat on the link (nothing sent for ``heartbeat_s``)."""


@dataclass(frozen=True)
class Drop:
    """Close the link, for ``reason``."""

    reason: str


def check_link(link: Link, now: float, config: MeshConfig) -> Drop | Heartbeat | None:
    """What the watchdog does with ``link`` at ``now`` (seconds on the link's clock)."""
    if not link.is_open:
        if now - link.created > config.open_timeout_s:
            return Drop("never connected")  # a later offer may succeed
        return None
    if now - link.last_rx > config.idle_timeout_s:
        return Drop(f"nothing received for {config.idle_timeout_s:g} s")
    if now - link.last_tx > config.heartbeat_s:
        return Heartbeat()
    return None


class Mesh:
    """Joins a room and keeps one :class:`Link` per other peer, calling ``role`` as links change.
    ``clock``: seconds, for link liveness (tests pass a fake one)."""

    def __init__(self, config: MeshConfig, role: Role,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.config = config
        self.role = role
        self.clock = clock
        self.links: dict[str, Link] = {}
        self._client = None
        self._tasks: list[asyncio.Task] = []
        self._closing = False

    @property
    def peer_id(self) -> str:
        return self.config.peer_id

    async def start(self) -> None:
        from photocall.signaling.client import SignalingClient

        self._client = SignalingClient(
            self.config.signal_url, self.config.room, self.config.peer_id, self.config.token
        )
        peers = await self._client.connect()  # SignalingError (a UserError) on failure
        log.info("joined room %r as %s; peers here: %s", self.config.room, self.peer_id, peers)
        for peer in peers:
            await self._maybe_offer(peer)
        self._tasks.append(asyncio.create_task(self._signal_loop()))
        self._tasks.append(asyncio.create_task(self._watchdog()))

    def open_links(self) -> list[Link]:
        return [link for link in self.links.values() if link.is_open and not link.closed]

    async def close(self) -> None:
        self._closing = True
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for link in list(self.links.values()):
            await self._drop(link, "closing")
        if self._client is not None:
            await self._client.close()

    # --- signaling ---------------------------------------------------------------------------

    async def _signal_loop(self) -> None:
        from photocall.signaling.client import (
            PeerJoined,
            PeerLeft,
            Reconnected,
            ServerError,
            Signal,
        )

        async for event in self._client:
            try:
                if isinstance(event, PeerJoined):
                    await self._maybe_offer(event.peer)
                elif isinstance(event, PeerLeft):
                    link = self.links.get(event.peer)
                    if link is not None:
                        await self._drop(link, "left the room")
                elif isinstance(event, Signal):
                    await self._on_signal(event.sender, event.data)
                elif isinstance(event, Reconnected):
                    for peer in event.peers:
                        if peer not in self.links:
                            await self._maybe_offer(peer)
                elif isinstance(event, ServerError):
                    log.warning("signaling server: %s: %s", event.code, event.message)
            except Exception as exc:  # noqa: BLE001 - a bad offer from one peer must not end the call
                log.warning("signal from a peer failed: %s", exc)
        log.info("signaling connection ended")

    async def _maybe_offer(self, peer: str) -> None:
        if peer == self.peer_id or peer in self.links or self.peer_id > peer:
            return  # the peer with the smaller id offers
        from aiortc import RTCSessionDescription  # noqa: F401 - import early, fail clearly

        link = self._new_link(peer)
        pc = link.pc
        self._watch_channel(link, pc.createDataChannel(CONTROL))
        self._watch_channel(link, pc.createDataChannel(MEDIA, ordered=False, maxRetransmits=0))
        await pc.setLocalDescription(await pc.createOffer())
        desc = pc.localDescription
        await self._client.send(peer, {"type": desc.type, "sdp": desc.sdp})

    async def _on_signal(self, peer: str, data: dict) -> None:
        from aiortc import RTCSessionDescription
        from aiortc.sdp import candidate_from_sdp

        kind = data.get("type")
        if kind == "offer":
            old = self.links.get(peer)
            if old is not None:
                await self._drop(old, "renegotiated")  # a restarted peer offers again
            link = self._new_link(peer)
            pc = link.pc
            await pc.setRemoteDescription(RTCSessionDescription(sdp=str(data["sdp"]), type="offer"))
            await pc.setLocalDescription(await pc.createAnswer())
            desc = pc.localDescription
            await self._client.send(peer, {"type": desc.type, "sdp": desc.sdp})
        elif kind == "answer" and peer in self.links:
            await self.links[peer].pc.setRemoteDescription(
                RTCSessionDescription(sdp=str(data["sdp"]), type="answer")
            )
        elif kind == "candidate" and peer in self.links and data.get("candidate"):
            text = str(data["candidate"]).removeprefix("candidate:")
            candidate = candidate_from_sdp(text)
            candidate.sdpMid = data.get("sdpMid")
            candidate.sdpMLineIndex = data.get("sdpMLineIndex")
            await self.links[peer].pc.addIceCandidate(candidate)

    # --- links -------------------------------------------------------------------------------

    def _new_link(self, peer: str) -> Link:
        from aiortc import RTCPeerConnection

        pc = RTCPeerConnection(rtc_configuration(self.config.ice_servers))
        link = Link(peer, pc, self.config.media_buffer_bytes, clock=self.clock)
        self.links[peer] = link

        @pc.on("datachannel")
        def on_datachannel(channel) -> None:
            self._watch_channel(link, channel)

        @pc.on("connectionstatechange")
        async def on_state() -> None:
            if pc.connectionState in ("failed", "closed") and not link.closed:
                await self._drop(link, f"connection {pc.connectionState}")

        return link

    def _watch_channel(self, link: Link, channel) -> None:
        label = channel.label
        if label not in (CONTROL, MEDIA) or label in link.channels:
            log.warning("peer %s opened an unexpected channel %r; ignored", link.remote, label)
            return
        link.channels[label] = channel

        def on_open() -> None:
            if not link.is_open and all(
                link.channels.get(k) is not None and link.channels[k].readyState == "open"
                for k in (CONTROL, MEDIA)
            ):
                link.is_open = True
                link.last_rx = link.clock()
                log.info("link to %s open", link.remote)
                try:
                    self.role.link_open(link)
                except Exception:
                    log.exception("setting up the link to %s failed", link.remote)

        @channel.on("message")
        def on_message(data) -> None:
            if link.closed:
                return
            link.last_rx = link.clock()
            link.counters.rx_messages += 1
            link.counters.rx_bytes += len(data)
            try:
                self.role.link_message(link, label, data)
            except Exception:
                log.exception("handling a message from %s failed", link.remote)

        channel.on("open", on_open)
        if channel.readyState == "open":
            on_open()

    async def _drop(self, link: Link, reason: str) -> None:
        if link.closed:
            return
        link.closed = True
        if self.links.get(link.remote) is link:
            del self.links[link.remote]
        log.debug("link to %s closed: %s", link.remote, reason)  # the role logs the departure
        try:
            self.role.link_closed(link, reason)
        finally:
            await link.pc.close()

    async def _watchdog(self) -> None:
        while True:
            await asyncio.sleep(0.25)
            await self.check_links()

    async def check_links(self) -> None:
        """One watchdog pass over every link at ``clock()``."""
        now = self.clock()
        for link in list(self.links.values()):
            action = check_link(link, now, self.config)
            if isinstance(action, Drop):
                await self._drop(link, action.reason)
            elif isinstance(action, Heartbeat):
                link.send_control(self.role.heartbeat())
