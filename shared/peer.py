"""The mesh over aiortc and a signaling client: a thin adapter around ``peer_state.MeshState``.

What to do is decided in ``shared/peer_state.py`` (links, liveness, who offers) and
``shared/signals.py`` (the relayed payloads); this module feeds it aiortc's and the signaling
client's events with ``clock()`` readings and carries out the actions it returns. The signaling
client comes in through ``signaling`` (``SignalingClient`` in a call, a fake in tests).
ICE servers default to none: a call on one machine or a LAN needs no STUN; behind NATs, TURN
(``RoomConfig.ice_servers``).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from photocall.shared.logs import escape
from photocall.shared.peer_state import (
    CONTROL,
    MEDIA,
    Action,
    AddCandidate,
    DropLink,
    LinkCounters,
    LinkState,
    LinkUp,
    MeshConfig,
    MeshState,
    SendAnswer,
    SendHeartbeat,
    SendOffer,
    TakeAnswer,
)
from photocall.shared.room import IceServer
from photocall.shared.signals import Answer, Offer, Signaling, SignalingFactory, signal_json

if TYPE_CHECKING:
    from aiortc import RTCConfiguration, RTCPeerConnection

__all__ = ["CONTROL", "MEDIA", "IcePath", "Link", "Mesh", "MeshConfig", "Role",
           "TransportCounters", "close_connection", "ice_path", "new_peer_id"]

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class TransportCounters:
    """A connection's DTLS datagrams and their bytes (UDP payloads) each way, as aiortc counts
    them: everything the link carries (data channels, SCTP acks and heartbeats, DTLS)."""

    rx_datagrams: int
    rx_bytes: int
    tx_datagrams: int
    tx_bytes: int


MAX_EARLY_MESSAGES = 64  # messages kept until the link is up (a photo is ≤ 36 chunks)
Send = Callable[[bytes], bool]
MediaWrapper = Callable[["Link", Send], Send]
"""``(link, send) -> send``: a hook on each link's media path (tests inject loss with it)."""


def rtc_configuration(ice_servers: tuple[IceServer, ...] = ()) -> RTCConfiguration:
    """``RTCConfiguration`` with exactly these ICE servers (aiortc's default adds public STUN).
    aiortc uses the first STUN and the first TURN server only: a warning says so."""
    from aiortc import RTCConfiguration, RTCIceServer

    turn = [s for s in ice_servers if s.is_turn]
    stun = [s for s in ice_servers if not s.is_turn]
    if len(turn) > 1 or len(stun) > 1:
        log.warning("aiortc uses one STUN and one TURN server: %s are ignored",
                    ", ".join(s.url for s in turn[1:] + stun[1:]))  # fmt: skip
    return RTCConfiguration(iceServers=[
        RTCIceServer(urls=s.url, username=s.username, credential=s.credential)
        for s in ice_servers
    ])  # fmt: skip


@dataclass(frozen=True)
class IcePath:
    """The candidate pair a link's ICE selected: the local and remote candidate types (host,
    srflx, prflx, relay) and the transport (udp, tcp). relay on either end: through TURN."""

    local: str
    remote: str
    protocol: str

    @property
    def relayed(self) -> bool:
        return "relay" in (self.local, self.remote)


def ice_path(pc: RTCPeerConnection) -> IcePath | None:
    """The selected pair of ``pc``'s data-channel transport, or None before ICE has chosen one.
    aiortc has no candidate-pair stats, so this reads aioice's nominated pair (private names:
    None, not an error, should a release rename them)."""
    try:
        connection: Any = getattr(pc, "sctp").transport.transport._connection
        pair = next(iter(connection._nominated.values()))
        local, remote = pair.local_candidate, pair.remote_candidate
        return IcePath(str(local.type), str(remote.type), str(local.transport).lower())
    except (AttributeError, StopIteration):  # no transport yet (None), or none nominated
        return None


DTLS_CIPHERS = (
    b"ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-GCM-SHA256:"
    b"ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA"
)
"""aiortc's DTLS cipher suites with ChaCha20-Poly1305 first: its records carry 29 B of
overhead (13 header + 16 tag) against AES-GCM's 37 (+ an 8 B explicit nonce). At 25 media
packets a second that is 1.6 kbit/s, a twentieth of the call's budget. Equally strong."""


def prefer_chacha20() -> None:
    """Make every aiortc DTLS transport of this process offer and (as the DTLS server) choose
    ChaCha20-Poly1305 first. aiortc hard-codes its cipher list in a private method, so this
    wraps that method; where it is not there (another aiortc), nothing changes (logged)."""
    from aiortc import rtcdtlstransport
    from OpenSSL import SSL

    cls = rtcdtlstransport.RTCCertificate
    create = getattr(cls, "_create_ssl_context", None)
    if create is None:
        log.info("this aiortc has no RTCCertificate._create_ssl_context: DTLS ciphers unchanged")
        return
    if getattr(create, "photocall_chacha20", False):
        return

    def _create_ssl_context(self, srtp_profiles):  # type: ignore[no-untyped-def]
        ctx = create(self, srtp_profiles)
        ctx.set_cipher_list(DTLS_CIPHERS)
        ctx.set_options(SSL.OP_CIPHER_SERVER_PREFERENCE)
        return ctx

    _create_ssl_context.photocall_chacha20 = True  # type: ignore[attr-defined]
    cls._create_ssl_context = _create_ssl_context  # type: ignore[method-assign]


def new_peer_id(prefix: str) -> str:
    return f"{prefix}-{random.SystemRandom().getrandbits(32):08x}"


class DataChannel(Protocol):
    """The slice of aiortc's ``RTCDataChannel`` the mesh uses."""

    @property
    def label(self) -> str: ...
    @property
    def readyState(self) -> str: ...  # aiortc's (and the W3C's) names
    @property
    def bufferedAmount(self) -> int: ...
    def send(self, data: bytes | str) -> None: ...
    def on(self, event: str, f: Callable[..., Any]) -> Any: ...


class Role(Protocol):
    """What the sender or receiver does with links (all called on the event loop)."""

    def link_open(self, link: Link) -> None: ...
    def link_message(self, link: Link, channel: str, data: bytes | str) -> None: ...
    def link_closed(self, link: Link, reason: str) -> None: ...
    def heartbeat(self) -> bytes: ...


class Link:
    """One remote peer as a role sees it: its connection, its two channels, sends on them."""

    def __init__(self, state: LinkState, core: MeshState, pc: RTCPeerConnection,
                 clock: Callable[[], float]) -> None:  # fmt: skip
        self.state = state
        self.pc = pc
        self.channels: dict[str, DataChannel] = {}
        self.bye_sent = False  # the role's: Bye went out on this link
        self.early: list[tuple[str, bytes | str]] = []  # arrived before the link was up
        self.media_send: Send = self.send_media_now
        self._core = core
        self._clock = clock

    @property
    def remote(self) -> str:
        return self.state.remote

    @property
    def counters(self) -> LinkCounters:
        return self.state.counters

    @property
    def is_open(self) -> bool:
        return self.state.is_open

    @property
    def closed(self) -> bool:
        return self.state.closed

    def transport_counters(self) -> TransportCounters | None:
        """What the connection has carried so far (None before its DTLS transport exists)."""
        sctp = getattr(self.pc, "sctp", None)
        transport = getattr(sctp, "transport", None)
        get_stats = getattr(transport, "_get_stats", None)  # aiortc's, as getStats() reads it
        if get_stats is None:
            return None
        for stats in get_stats().values():
            if stats.type == "transport":
                return TransportCounters(stats.packetsReceived, stats.bytesReceived,
                                         stats.packetsSent, stats.bytesSent)  # fmt: skip
        return None

    @property
    def ice(self) -> IcePath | None:
        """The candidate pair this link's connection runs on (None: not known)."""
        return ice_path(self.pc)

    def cut_off(self, reason: str) -> None:
        """Take nothing more from this peer; the mesh drops the link at its next watchdog pass
        and does not link the peer again for a while (``MeshConfig.ban_s``)."""
        self._core.cut_off(self.state, reason, self._clock())

    def send_control(self, data: bytes) -> bool:
        return self._send(CONTROL, data)

    def send_media(self, data: bytes) -> bool:
        return self.media_send(data)

    def send_media_now(self, data: bytes) -> bool:
        """Media straight onto the channel (no hook), unless too much is still unsent."""
        channel = self.channels.get(MEDIA)
        if channel is not None and not self._core.admit_media(self.state, channel.bufferedAmount):
            return False
        return self._send(MEDIA, data)

    def _send(self, label: str, data: bytes) -> bool:
        channel = self.channels.get(label)
        if self.state.closed or channel is None or channel.readyState != "open":
            return False
        from aiortc.exceptions import InvalidStateError

        try:
            channel.send(data)
        except (InvalidStateError, ConnectionError, ValueError) as exc:  # closing under our feet
            log.debug("send to %s on %s failed: %s", self.remote, label, exc)
            return False
        self._core.sent(self.state, len(data), self._clock())
        return True


async def close_connection(link: Link, timeout_s: float) -> None:
    """Close ``link``'s connection, waiting at most ``timeout_s`` (aiortc's close of a
    half-built connection can wait for ever; past the bound it is left to aiortc)."""
    try:
        await asyncio.wait_for(link.pc.close(), timeout_s)
    except TimeoutError:
        log.warning("closing the link to %s took over %.1f s; left to aiortc",
                    escape(link.remote), timeout_s)  # fmt: skip


class Mesh:
    """Joins a room and keeps one :class:`Link` per other peer, calling ``role`` as links change.
    ``signaling``: ``(url, room, peer_id, token) -> Signaling`` (``SignalingClient``).
    ``clock``: seconds, for link liveness. ``wrap_media``: a hook on every link's media sends."""

    WATCHDOG_S = 0.25  # how often the links are checked

    def __init__(self, config: MeshConfig, role: Role, signaling: SignalingFactory, *,
                 clock: Callable[[], float] = time.monotonic,
                 wrap_media: MediaWrapper | None = None) -> None:  # fmt: skip
        self.config = config
        self.role = role
        self.clock = clock
        self.core = MeshState(config)
        self._signaling = signaling
        self._wrap_media = wrap_media
        self._client: Signaling | None = None
        self._links: dict[LinkState, Link] = {}
        self._tasks: list[asyncio.Task[None]] = []

    @property
    def peer_id(self) -> str:
        return self.config.peer_id

    @property
    def links(self) -> dict[str, Link]:
        """The current link to each remote peer."""
        return {peer: self._links[state] for peer, state in self.core.links.items()
                if state in self._links}  # fmt: skip

    def open_links(self) -> list[Link]:
        return [self._links[state] for state in self.core.open_links() if state in self._links]

    async def start(self) -> None:
        c = self.config
        self._client = self._signaling(c.signal_url, c.room, c.peer_id, c.token)
        peers = await self._client.connect()  # SignalingError (a UserError) on failure
        log.info("joined room %s as %s; peers here: %s", escape(repr(c.room)), self.peer_id,
                 escape(", ".join(peers) or "none"))
        await self._act(self.core.joined(peers, self.clock()))
        self._tasks.append(asyncio.create_task(self._signal_loop()))
        self._tasks.append(asyncio.create_task(self._watchdog()))

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._act(self.core.close())
        if self._client is not None:
            await self._client.close()

    async def check_links(self) -> None:
        """One watchdog pass over every link at ``clock()``."""
        await self._act(self.core.tick(self.clock()))

    # --- loops -------------------------------------------------------------------------------

    async def _signal_loop(self) -> None:
        assert self._client is not None
        async for event in self._client:
            try:
                await self._act(self.core.room_event(event, self.clock()))
            except Exception as exc:  # noqa: BLE001 - a bad offer from one peer must not end the call
                self.core.throttled.warning("signal-failed", "signal from a peer failed: %s",
                                            str(exc), now=self.clock())  # fmt: skip
        log.info("signaling connection ended")

    async def _watchdog(self) -> None:
        while True:
            await asyncio.sleep(self.WATCHDOG_S)
            await self.check_links()

    # --- actions -----------------------------------------------------------------------------

    async def _act(self, actions: list[Action]) -> None:
        for action in actions:
            match action:
                case SendOffer(state):
                    link = self._new_link(state)
                    self._watch_channel(link, link.pc.createDataChannel(CONTROL))
                    self._watch_channel(
                        link, link.pc.createDataChannel(MEDIA, ordered=False, maxRetransmits=0)
                    )
                    await link.pc.setLocalDescription(await link.pc.createOffer())
                    await self._send_signal(state, Offer(link.pc.localDescription.sdp))
                case SendAnswer(state, offer):
                    from aiortc import RTCSessionDescription

                    link = self._new_link(state)
                    await link.pc.setRemoteDescription(RTCSessionDescription(offer.sdp, "offer"))
                    await link.pc.setLocalDescription(await link.pc.createAnswer())
                    await self._send_signal(state, Answer(link.pc.localDescription.sdp))
                case TakeAnswer(state, answer):
                    from aiortc import RTCSessionDescription

                    await self._links[state].pc.setRemoteDescription(
                        RTCSessionDescription(answer.sdp, "answer")
                    )
                case AddCandidate(state, c):
                    from aiortc.sdp import candidate_from_sdp

                    candidate = candidate_from_sdp(c.candidate.removeprefix("candidate:"))
                    candidate.sdpMid, candidate.sdpMLineIndex = c.sdp_mid, c.sdp_mline_index
                    await self._links[state].pc.addIceCandidate(candidate)
                case DropLink(state, reason):
                    gone = self._links.pop(state, None)
                    if gone is None:
                        continue  # its connection was never made
                    try:
                        self.role.link_closed(gone, reason)
                    finally:
                        await close_connection(gone, self.config.close_timeout_s)
                case _:
                    self._act_now(action)

    def _act_now(self, action: Action) -> None:
        """The actions that need no waiting (the ones aiortc's callbacks can get)."""
        match action:
            case LinkUp(state) if state in self._links:
                link = self._links[state]
                path = link.ice
                if path is not None:
                    log.info("link to %s open over %s-%s (%s)", escape(state.remote), path.local,
                             path.remote, path.protocol)  # fmt: skip
                try:
                    self.role.link_open(link)
                except Exception:
                    log.exception("setting up the link to %s failed", escape(state.remote))
                early, link.early = link.early, []
                for label, data in early:
                    self._deliver(link, label, data)
            case SendHeartbeat(state) if state in self._links:
                self._links[state].send_control(self.role.heartbeat())
            case LinkUp() | SendHeartbeat():
                pass  # a link whose connection was never made
            case _:
                raise AssertionError(f"{action} needs the event loop")

    async def _send_signal(self, state: LinkState, message: Offer | Answer) -> None:
        assert self._client is not None
        await self._client.send(state.remote, signal_json(message))

    # --- aiortc ------------------------------------------------------------------------------

    def _new_link(self, state: LinkState) -> Link:
        from aiortc import RTCPeerConnection

        prefer_chacha20()
        pc = RTCPeerConnection(rtc_configuration(self.config.ice_servers))
        link = self.attach(state, pc)

        @pc.on("datachannel")
        def on_datachannel(channel: DataChannel) -> None:
            self._watch_channel(link, channel)

        @pc.on("connectionstatechange")
        async def on_state() -> None:
            await self._act(self.core.connection_state(state, pc.connectionState, self.clock()))

        return link

    def attach(self, state: LinkState, pc: RTCPeerConnection) -> Link:
        """The :class:`Link` for a connection the core asked for (tests pass a fake ``pc``)."""
        link = Link(state, self.core, pc, self.clock)
        if self._wrap_media is not None:
            link.media_send = self._wrap_media(link, link.send_media_now)
        self._links[state] = link
        return link

    def _deliver(self, link: Link, label: str, data: bytes | str) -> None:
        try:
            self.role.link_message(link, label, data)
        except Exception:
            log.exception("handling a message from %s failed", escape(link.remote))

    def _watch_channel(self, link: Link, channel: DataChannel) -> None:
        label, state = channel.label, link.state
        if not self.core.channel_added(state, label, self.clock()):
            return
        link.channels[label] = channel

        def on_open() -> None:
            for action in self.core.channel_opened(state, label, self.clock()):
                self._act_now(action)

        def on_message(data: bytes | str) -> None:
            if not self.core.received(state, len(data), self.clock(), label):
                return
            if not state.is_open:
                # The peer's channels opened before ours did (its first messages can overtake
                # our last "open"): keep them, within the ingress budget, for the role.
                if len(link.early) < MAX_EARLY_MESSAGES:
                    link.early.append((label, data))
                return
            self._deliver(link, label, data)

        channel.on("message", on_message)
        channel.on("open", on_open)
        if channel.readyState == "open":
            on_open()
