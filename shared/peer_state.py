"""What the mesh decides, with no network code and no clock: links, liveness, signaling.

Every pair of peers in a room gets one connection; the peer whose id sorts first offers (so two
peers never offer to each other at once). The offerer creates two data channels, the answerer
receives them:

* ``control``: reliable, ordered — Hello, PhotoChunk, ClockSync, Notice, Bye.
* ``media``: ``ordered=False, maxRetransmits=0`` — MediaPacket.

A link is torn down when the signaling server says the peer left, when the connection fails, or
when nothing has arrived on it for ``idle_timeout_s`` (roles send a heartbeat on ``control``).

:class:`MeshState` is fed what happens (room events, channels opening, bytes in and out, the
connection's state, ``tick(now)``) with ``now`` in seconds, and returns typed actions
(:class:`SendOffer`, :class:`DropLink`, :class:`SendHeartbeat` …). ``shared/peer.py`` carries them
out over aiortc and the signaling client.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from photocall.shared.signals import (
    Answer,
    Candidate,
    Offer,
    PeerJoined,
    PeerLeft,
    Reconnected,
    RoomEvent,
    ServerError,
    Signal,
    SignalError,
    SignalMessage,
    parse_signal,
)

log = logging.getLogger(__name__)

CONTROL = "control"
MEDIA = "media"
CHANNELS = (CONTROL, MEDIA)


@dataclass(frozen=True)
class MeshConfig:
    """signal_url/room/peer_id/token: where and as whom to join. ice_servers: STUN/TURN URLs
    (empty: host candidates only). idle_timeout_s: a link with nothing received for this long is
    closed; open_timeout_s: one whose channels never open (no answer, ICE failed) is too.
    heartbeat_s: a link with nothing sent for this long gets the role's heartbeat.
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


@dataclass
class LinkCounters:
    rx_messages: int = 0
    rx_bytes: int = 0
    tx_messages: int = 0
    tx_bytes: int = 0
    media_dropped_full: int = 0


@dataclass(eq=False)
class LinkState:
    """One connection to ``remote`` (a peer that reconnects gets a new one). ``created``,
    ``last_rx`` and ``last_tx`` are seconds on the caller's clock. ``offerer``: we offered."""

    remote: str
    created: float
    offerer: bool
    last_rx: float = field(init=False)
    last_tx: float = field(init=False)
    channels: set[str] = field(default_factory=set)  # labels of the channels accepted
    opened: set[str] = field(default_factory=set)  # ... and of those open
    is_open: bool = False
    closed: bool = False
    counters: LinkCounters = field(default_factory=LinkCounters)

    def __post_init__(self) -> None:
        self.last_rx = self.last_tx = self.created


# --- actions ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SendOffer:
    """Make the connection with both channels and send ``remote`` an :class:`Offer`."""

    link: LinkState


@dataclass(frozen=True)
class SendAnswer:
    """Make the connection, take ``offer`` and send the :class:`Answer`."""

    link: LinkState
    offer: Offer


@dataclass(frozen=True)
class TakeAnswer:
    link: LinkState
    answer: Answer


@dataclass(frozen=True)
class AddCandidate:
    link: LinkState
    candidate: Candidate


@dataclass(frozen=True)
class LinkUp:
    """Both channels are open: hand the link to the role."""

    link: LinkState


@dataclass(frozen=True)
class SendHeartbeat:
    """Nothing sent for ``heartbeat_s``: send the role's heartbeat on ``control``."""

    link: LinkState


@dataclass(frozen=True)
class DropLink:
    """Tell the role the link is gone, for ``reason``, and close the connection."""

    link: LinkState
    reason: str


Action = SendOffer | SendAnswer | TakeAnswer | AddCandidate | LinkUp | SendHeartbeat | DropLink


def check_link(link: LinkState, now: float, config: MeshConfig) -> DropLink | SendHeartbeat | None:
    """What the watchdog does with ``link`` at ``now``."""
    if not link.is_open:
        if now - link.created > config.open_timeout_s:
            return DropLink(link, "never connected")  # a later offer may succeed
        return None
    if now - link.last_rx > config.idle_timeout_s:
        return DropLink(link, f"nothing received for {config.idle_timeout_s:g} s")
    if now - link.last_tx > config.heartbeat_s:
        return SendHeartbeat(link)
    return None


class MeshState:
    """The links of one peer in one room. Every method takes what happened and returns what
    to do; a link the state drops is already forgotten when :class:`DropLink` comes out."""

    def __init__(self, config: MeshConfig) -> None:
        self.config = config
        self.links: dict[str, LinkState] = {}
        self.bad_signals = 0  # relayed payloads that could not be used (counted, dropped)

    @property
    def peer_id(self) -> str:
        return self.config.peer_id

    def open_links(self) -> list[LinkState]:
        return [link for link in self.links.values() if link.is_open and not link.closed]

    # --- the room ----------------------------------------------------------------------------

    def joined(self, peers: list[str], now: float) -> list[Action]:
        """We joined; ``peers`` were there already."""
        return [action for peer in peers for action in self._maybe_offer(peer, now)]

    def room_event(self, event: RoomEvent, now: float) -> list[Action]:
        match event:
            case PeerJoined(peer):
                return self._maybe_offer(peer, now)
            case PeerLeft(peer):
                link = self.links.get(peer)
                return [] if link is None else self._drop(link, "left the room")
            case Signal(sender, data):
                try:
                    message = parse_signal(data)
                except SignalError as exc:
                    self.bad_signals += 1
                    log.warning("dropped a signal from %s: %s", sender, exc)
                    return []
                return [] if message is None else self.signal(sender, message, now)
            case Reconnected(peers):
                return self.joined([p for p in peers if p not in self.links], now)
            case ServerError(code, message):
                log.warning("signaling server: %s: %s", code, message)
        return []

    def signal(self, peer: str, message: SignalMessage, now: float) -> list[Action]:
        link = self.links.get(peer)
        match message:
            case Offer():
                # A restarted peer offers again: its old connection is gone.
                dropped = [] if link is None else self._drop(link, "renegotiated")
                return [*dropped, SendAnswer(self._new_link(peer, now, offerer=False), message)]
            case Answer() if link is not None and link.offerer:
                return [TakeAnswer(link, message)]
            case Candidate() if link is not None:
                return [AddCandidate(link, message)]
        log.debug("ignored a %s from %s (no link it belongs to)", type(message).__name__, peer)
        return []

    def _maybe_offer(self, peer: str, now: float) -> list[Action]:
        if peer == self.peer_id or peer in self.links or self.peer_id > peer:
            return []  # the peer with the smaller id offers
        return [SendOffer(self._new_link(peer, now, offerer=True))]

    def _new_link(self, peer: str, now: float, *, offerer: bool) -> LinkState:
        link = LinkState(peer, now, offerer)
        self.links[peer] = link
        return link

    # --- a link's connection -----------------------------------------------------------------

    def channel_added(self, link: LinkState, label: str) -> bool:
        """A data channel appeared; False: not one of ours (or a second of the same), ignore it."""
        if label not in CHANNELS or label in link.channels:
            log.warning("peer %s opened an unexpected channel %r; ignored", link.remote, label)
            return False
        link.channels.add(label)
        return True

    def channel_opened(self, link: LinkState, label: str, now: float) -> list[Action]:
        link.opened.add(label)
        if link.is_open or link.closed or not link.opened >= set(CHANNELS):
            return []
        link.is_open = True
        link.last_rx = now
        log.info("link to %s open", link.remote)
        return [LinkUp(link)]

    def connection_state(self, link: LinkState, state: str) -> list[Action]:
        if state in ("failed", "closed") and not link.closed:
            return self._drop(link, f"connection {state}")
        return []

    def received(self, link: LinkState, nbytes: int, now: float) -> bool:
        """A message arrived; False: the link is closed, ignore it."""
        if link.closed:
            return False
        link.last_rx = now
        link.counters.rx_messages += 1
        link.counters.rx_bytes += nbytes
        return True

    def sent(self, link: LinkState, nbytes: int, now: float) -> None:
        link.counters.tx_messages += 1
        link.counters.tx_bytes += nbytes
        link.last_tx = now

    def admit_media(self, link: LinkState, buffered_bytes: int) -> bool:
        """Late media is useless: above the buffer limit it is dropped (counted), not queued."""
        if buffered_bytes > self.config.media_buffer_bytes:
            link.counters.media_dropped_full += 1
            return False
        return True

    # --- time and the end --------------------------------------------------------------------

    def tick(self, now: float) -> list[Action]:
        """One watchdog pass over every link."""
        actions: list[Action] = []
        for link in list(self.links.values()):
            match check_link(link, now, self.config):
                case DropLink(_, reason):
                    actions += self._drop(link, reason)
                case SendHeartbeat() as beat:
                    actions.append(beat)
        return actions

    def close(self) -> list[Action]:
        return [action for link in list(self.links.values())
                for action in self._drop(link, "closing")]  # fmt: skip

    def _drop(self, link: LinkState, reason: str) -> list[Action]:
        if link.closed:
            return []
        link.closed = True
        if self.links.get(link.remote) is link:
            del self.links[link.remote]
        log.debug("link to %s closed: %s", link.remote, reason)  # the role logs the departure
        return [DropLink(link, reason)]
