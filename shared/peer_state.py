"""What the mesh decides, with no network code and no clock: links, liveness, signaling.

Every pair of peers in a room gets one connection; the peer whose id sorts first offers (so two
peers never offer to each other at once). The offerer creates two data channels, the answerer
receives them:

* ``control``: reliable, ordered — Hello, PhotoChunk, ClockSync, Notice, Bye.
* ``media``: ``ordered=False, maxRetransmits=0`` — MediaPacket.

A link is torn down when the signaling server says the peer left, when the connection fails, or
when nothing has arrived on it for ``idle_timeout_s`` (roles send a heartbeat on ``control``).

A peer is untrusted, so what it can make us do is bounded (every refusal counted):

* ingress: each channel of a link has a budget of messages/s and bytes/s (token buckets); the
  excess is dropped, and a link that stays over it (``abuse_strikes`` drops in ``abuse_window_s``)
  is cut off. A role cuts a link off too (:meth:`MeshState.cut_off`); a peer cut off is not
  linked again for ``ban_s``.
* building links: at most ``links_per_s`` connections are built per second (``links_burst`` at
  once), the rest wait in arrival order, and a peer that leaves is taken out of the line, so
  peers churning through the room cannot keep a newcomer from connecting; one peer id gets at
  most ``rebuilds_per_min`` links a minute.
* a link that never connected, or whose connection failed, is offered again (by the offerer,
  after ``retry_s``) while the peer is still in the room.

:class:`MeshState` is fed what happens (room events, channels opening, bytes in and out, the
connection's state, ``tick(now)``) with ``now`` in seconds, and returns typed actions
(:class:`SendOffer`, :class:`DropLink`, :class:`SendHeartbeat` …). ``shared/peer.py`` carries them
out over aiortc and the signaling client.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from photocall.shared.budget import RecentTimes, Strikes, TokenBucket
from photocall.shared.logs import ThrottledLog, escape
from photocall.shared.room import IceServer
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
MAX_PENDING_CANDIDATES = 20  # trickled candidates kept for an offer still waiting its turn
MAX_REMEMBERED_PEERS = 4096  # peer ids whose recent links / bans are remembered

CONTROL = "control"
MEDIA = "media"
CHANNELS = (CONTROL, MEDIA)


@dataclass(frozen=True)
class MeshConfig:
    """signal_url/room/peer_id/token: where and as whom to join. ice_servers: STUN/TURN servers
    (empty: host candidates only). idle_timeout_s: a link with nothing received for this long is
    closed; open_timeout_s: one whose channels never open (no answer, ICE failed) is too.
    heartbeat_s: a link with nothing sent for this long gets the role's heartbeat.
    media_buffer_bytes: media messages are dropped (not queued) above this much unsent data.
    Ingress (per link and channel): media_msgs_per_s / media_bytes_per_s (a sender sends 25–50
    packets/s of about 100 bytes) with bursts of media_burst_s of that (a receiver that stalled
    gets the backlog at once), control_msgs_per_s / control_bytes_per_s with control_burst_msgs /
    control_burst_bytes. abuse_strikes: drops over budget within abuse_window_s that cut the link
    off. ban_s: how long a peer cut off is not linked again. links_per_s / links_burst:
    connections built per second. rebuilds_per_min: links to one peer id per minute. retry_s:
    wait before offering again to a peer whose link never connected or failed. close_timeout_s:
    the longest a link's close may take (aiortc's close of a half-built connection can wait for
    ever); past it the connection is left to aiortc and the mesh goes on."""

    signal_url: str
    room: str
    peer_id: str
    token: str | None = None
    ice_servers: tuple[IceServer, ...] = ()
    idle_timeout_s: float = 4.0
    heartbeat_s: float = 1.0
    open_timeout_s: float = 20.0
    media_buffer_bytes: int = 32 * 1024
    media_msgs_per_s: float = 150.0
    media_bytes_per_s: float = 64_000.0
    media_burst_s: float = 3.0
    control_msgs_per_s: float = 50.0
    control_bytes_per_s: float = 100_000.0
    control_burst_msgs: float = 200.0
    control_burst_bytes: float = 3 * 2 * 1024 * 1024  # three whole photos at once
    abuse_strikes: int = 2000
    abuse_window_s: float = 10.0
    ban_s: float = 30.0
    links_per_s: float = 4.0
    links_burst: float = 8.0
    rebuilds_per_min: int = 6
    retry_s: float = 1.0
    close_timeout_s: float = 2.0


@dataclass
class LinkCounters:
    rx_messages: int = 0
    rx_bytes: int = 0
    tx_messages: int = 0
    tx_bytes: int = 0
    media_dropped_full: int = 0
    rx_dropped_budget: int = 0  # messages over the ingress budget (dropped)
    rx_dropped_closed: int = 0  # messages after the link was cut off or closed (dropped)


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
    cut_off: str | None = None  # why the link is being cut off (dropped at the next tick)
    budgets: dict[str, tuple[TokenBucket, TokenBucket]] = field(default_factory=dict)
    strikes: Strikes | None = None

    def __post_init__(self) -> None:
        self.last_rx = self.last_tx = self.created


@dataclass
class _Pending:
    """A link waiting for its turn to be built: ours to offer (``offer`` None) or theirs."""

    not_before: float
    offer: Offer | None = None
    candidates: list[Candidate] = field(default_factory=list)


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
        self.present: set[str] = set()  # the other peers in the room, as the server said
        self.refused_links = 0  # links not built: the peer was banned or rebuilt too often
        self._pending: dict[str, _Pending] = {}  # in arrival order
        self._build_budget = TokenBucket(config.links_per_s, config.links_burst)
        self._builds: dict[str, RecentTimes] = {}  # per peer id, links built in the last minute
        self._banned: dict[str, float] = {}  # peer id -> banned until
        self.throttled = ThrottledLog(log)

    @property
    def peer_id(self) -> str:
        return self.config.peer_id

    def open_links(self) -> list[LinkState]:
        return [link for link in self.links.values() if link.is_open and not link.closed]

    @property
    def pending(self) -> list[str]:
        """Peers whose link waits for its turn to be built, first in line first."""
        return list(self._pending)

    # --- the room ----------------------------------------------------------------------------

    def joined(self, peers: list[str], now: float) -> list[Action]:
        """We joined; ``peers`` were there already."""
        self.present.update(p for p in peers if p != self.peer_id)
        for peer in peers:
            self._maybe_offer(peer, now)
        return self._serve(now)

    def room_event(self, event: RoomEvent, now: float) -> list[Action]:
        match event:
            case PeerJoined(peer):
                if peer != self.peer_id:
                    self.present.add(peer)
                self._maybe_offer(peer, now)
                return self._serve(now)
            case PeerLeft(peer):
                self.present.discard(peer)
                self._pending.pop(peer, None)
                link = self.links.get(peer)
                return [] if link is None else self._drop(link, "left the room")
            case Signal(sender, data):
                try:
                    message = parse_signal(data)
                except SignalError as exc:
                    self.bad_signals += 1
                    self.throttled.warning("bad-signal", "dropped a signal from %s: %s",
                                           sender, str(exc), now=now)  # fmt: skip
                    return []
                return [] if message is None else self.signal(sender, message, now)
            case Reconnected(peers):
                self.present = {p for p in peers if p != self.peer_id}
                return self.joined([p for p in peers if p not in self.links], now)
            case ServerError(code, message):
                self.throttled.warning("server-error", "signaling server: %s: %s", code, message,
                                       now=now)  # fmt: skip
        return []

    def signal(self, peer: str, message: SignalMessage, now: float) -> list[Action]:
        link = self.links.get(peer)
        match message:
            case Offer():
                if self._refused(peer, now):
                    return []
                # A restarted peer offers again: its old connection is gone. The newest offer
                # waits its turn (it replaces one still waiting).
                dropped = [] if link is None else self._drop(link, "renegotiated")
                self._pending.pop(peer, None)
                self._pending[peer] = _Pending(now, message)
                return [*dropped, *self._serve(now)]
            case Answer() if link is not None and link.offerer:
                return [TakeAnswer(link, message)]
            case Candidate() if link is not None:
                return [AddCandidate(link, message)]
            case Candidate() if peer in self._pending:
                waiting = self._pending[peer].candidates
                if len(waiting) < MAX_PENDING_CANDIDATES:
                    waiting.append(message)
                return []
        log.debug("ignored a %s from %s (no link it belongs to)", type(message).__name__,
                  escape(peer))  # fmt: skip
        return []

    def _maybe_offer(self, peer: str, now: float, delay: float = 0.0) -> None:
        if peer == self.peer_id or peer in self.links or peer in self._pending:
            return
        if self.peer_id > peer:
            return  # the peer with the smaller id offers
        self._pending[peer] = _Pending(now + delay)

    def _refused(self, peer: str, now: float) -> bool:
        """A peer cut off (banned) or linked too often lately gets no new link."""
        until = self._banned.get(peer)
        if until is not None and now < until:
            self.refused_links += 1
            return True
        builds = self._builds.get(peer)
        if builds is not None and builds.count(now) >= self.config.rebuilds_per_min:
            self.refused_links += 1
            self.throttled.warning("rebuilds", "peer %s reconnects too often; not linked again "
                                   "for now", peer, now=now)  # fmt: skip
            return True
        return False

    def _serve(self, now: float) -> list[Action]:
        """Build the links waiting in line, as far as the budget allows."""
        actions: list[Action] = []
        for peer, waiting in list(self._pending.items()):
            if waiting.not_before > now:
                continue
            if waiting.offer is None and (peer not in self.present or self._refused(peer, now)):
                del self._pending[peer]
                continue
            if not self._build_budget.take(1, now):
                break  # first come, first served: the rest wait for the next tick
            del self._pending[peer]
            builds = self._builds.pop(peer, None) or RecentTimes(10**6, 60.0)
            builds.allow(now)
            self._builds[peer] = builds  # re-inserted: the dict stays in order of last use
            while len(self._builds) > MAX_REMEMBERED_PEERS:
                del self._builds[next(iter(self._builds))]
            if waiting.offer is None:
                actions.append(SendOffer(self._new_link(peer, now, offerer=True)))
            else:
                link = self._new_link(peer, now, offerer=False)
                actions.append(SendAnswer(link, waiting.offer))
                actions += [AddCandidate(link, c) for c in waiting.candidates]
        return actions

    def new_link(self, peer: str, now: float, *, offerer: bool) -> LinkState:
        """A link to ``peer`` with its ingress budgets, outside the offer/answer line (an SFU
        room makes its links itself: ``shared/sfu.py``)."""
        return self._new_link(peer, now, offerer=offerer)

    def _new_link(self, peer: str, now: float, *, offerer: bool) -> LinkState:
        link = LinkState(peer, now, offerer)
        c = self.config
        link.budgets = {
            MEDIA: (TokenBucket(c.media_msgs_per_s, c.media_msgs_per_s * c.media_burst_s),
                    TokenBucket(c.media_bytes_per_s, c.media_bytes_per_s * c.media_burst_s)),
            CONTROL: (TokenBucket(c.control_msgs_per_s, c.control_burst_msgs),
                      TokenBucket(c.control_bytes_per_s, c.control_burst_bytes)),
        }  # fmt: skip
        link.strikes = Strikes(c.abuse_strikes, c.abuse_window_s)
        self.links[peer] = link
        return link

    # --- a link's connection -----------------------------------------------------------------

    def channel_added(self, link: LinkState, label: str, now: float | None = None) -> bool:
        """A data channel appeared; False: not one of ours (or a second of the same), ignore it."""
        if label not in CHANNELS or label in link.channels:
            self.throttled.warning("channel", "peer %s opened an unexpected channel %s; ignored",
                                   link.remote, repr(label), now=now)  # fmt: skip
            return False
        link.channels.add(label)
        return True

    def channel_opened(self, link: LinkState, label: str, now: float) -> list[Action]:
        link.opened.add(label)
        if link.is_open or link.closed or not link.opened >= set(CHANNELS):
            return []
        link.is_open = True
        link.last_rx = now
        log.info("link to %s open", escape(link.remote))
        return [LinkUp(link)]

    def connection_state(self, link: LinkState, state: str, now: float | None = None) -> list[Action]:
        if state in ("failed", "closed") and not link.closed:
            return self._drop(link, f"connection {state}", now)
        return []

    def received(self, link: LinkState, nbytes: int, now: float, channel: str = CONTROL) -> bool:
        """A message arrived on ``channel``; False: ignore it (the link is closed or being cut
        off, or the message is over the channel's ingress budget: counted)."""
        if link.closed or link.cut_off is not None:
            link.counters.rx_dropped_closed += 1
            return False
        budgets = link.budgets.get(channel)
        if budgets is not None:
            messages, volume = budgets
            # (a message refused for its size has still spent its message token)
            if not messages.take(1, now) or not volume.take(nbytes, now):
                link.counters.rx_dropped_budget += 1
                if link.strikes is not None and link.strikes.strike(now):
                    self.cut_off(link, "over its ingress budget", now)
                return False
        link.last_rx = now
        link.counters.rx_messages += 1
        link.counters.rx_bytes += nbytes
        return True

    def cut_off(self, link: LinkState, reason: str, now: float) -> None:
        """Stop taking anything from ``link`` now and drop it at the next tick; its peer is not
        linked again for ``ban_s``."""
        if link.closed or link.cut_off is not None:
            return
        link.cut_off = reason
        self._banned[link.remote] = now + self.config.ban_s
        while len(self._banned) > MAX_REMEMBERED_PEERS:
            del self._banned[next(iter(self._banned))]
        log.warning("cut off %s: %s", escape(link.remote), reason)

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
        """One watchdog pass over every link, then the links waiting their turn."""
        actions: list[Action] = []
        for link in list(self.links.values()):
            if link.cut_off is not None:
                actions += self._drop(link, f"cut off: {link.cut_off}", now)
                continue
            match check_link(link, now, self.config):
                case DropLink(_, reason):
                    actions += self._drop(link, reason, now)
                case SendHeartbeat() as beat:
                    actions.append(beat)
        for peer, until in list(self._banned.items()):
            if now >= until:
                del self._banned[peer]
        self.throttled.flush(now)
        return actions + self._serve(now)

    def close(self) -> list[Action]:
        self._pending.clear()
        self.present.clear()
        return [action for link in list(self.links.values())
                for action in self._drop(link, "closing")]  # fmt: skip

    def _drop(self, link: LinkState, reason: str, now: float | None = None) -> list[Action]:
        if link.closed:
            return []
        link.closed = True
        if self.links.get(link.remote) is link:
            del self.links[link.remote]
            retry = reason == "never connected" or reason.startswith("connection failed")
            if retry and now is not None and link.remote in self.present:
                self._maybe_offer(link.remote, now, self.config.retry_s)  # a later try may work
        log.debug("link to %s closed: %s", escape(link.remote), reason)  # the role logs it
        return [DropLink(link, reason)]
