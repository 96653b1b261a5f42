"""A room through an SFU (Janus VideoRoom), as the sender and receiver roles see it: links.

The mesh (``shared/peer.py``) gives every pair of peers a connection. Here a sender publishes
once, to the SFU, and the SFU copies each message to every subscriber; a receiver subscribes to
every publisher. The roles keep their interface (``Role``: a :class:`~photocall.shared.peer.Link`
opens, messages arrive, it closes) and the bytes inside the data channels do not change:

* a sender has one link, to the SFU (``remote`` = ``"sfu"``), with the usual ``control``
  (reliable) and ``media`` (unreliable) channels: the SFU takes both.
* a receiver has one link per publisher (``remote`` = the publisher's feed id). Janus relays
  every channel of a publisher onto one reliable, ordered channel per subscriber, labelled with
  the publisher's id, so the channel a message came on is recovered from the packet's kind
  (:func:`channel_of`: media packets are ``media``, the rest ``control``).

What an SFU changes, and what this module does about it:

* Nothing flows back: Janus relays data only from publishers. A receiver's Hello, its photo
  notices and its heartbeats go nowhere (its links have no channels to send on), so the sender
  cannot negotiate per receiver: it sends its highest protocol version to everyone
  (``one_way``), and it does not wait for photo-accepted notices.
* Late joiners need the photo, which the sender sent once. The sender resends its intro (Hello,
  photo, ClockSync: ``Role.link_open`` again) whenever a receiver says it is ready — a receiver
  announces itself (``SfuSignaling.announce``) after each subscription's channel opens — at most
  once per ``resend_s`` (announcements in between are served by one resend at the end). The
  photo's cost is then per joining receiver, not per second; the receivers that already have
  the photo drop the repeat by its photo id. A periodic resend would cost the photo's size every
  period for everyone (a 25 KB photo every 10 s is 20 kbit/s, half the call's budget).
* Liveness: the sender's link is the SFU's, up while its connection is (nothing comes back to
  time it by); a receiver's link times out as in the mesh (the sender's ClockSync heartbeat
  comes through the SFU every ``heartbeat_s``) and closes when Janus says the feed left.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from photocall.shared.errors import UserError
from photocall.shared.logs import escape
from photocall.shared.packets import Kind
from photocall.shared.peer import (
    CONTROL,
    MEDIA,
    DataChannel,
    Link,
    Mesh,
    Role,
    close_connection,
    rtc_configuration,
)
from photocall.shared.peer_state import (
    Action,
    DropLink,
    LinkState,
    LinkUp,
    MeshConfig,
    MeshState,
    SendHeartbeat,
)
from photocall.shared.signals import SignalingFactory

if TYPE_CHECKING:
    from aiortc import RTCPeerConnection

log = logging.getLogger(__name__)

SFU_LINK = "sfu"  # the remote of a sender's one link


# --- what the SFU's signaling gives (Janus's in signaling/janus.py) ------------------------------


@dataclass(frozen=True)
class FeedJoined:
    """A publisher is in the room (or started publishing): ``feed`` is its id there."""

    feed: str
    display: str = ""


@dataclass(frozen=True)
class FeedLeft:
    feed: str


@dataclass(frozen=True)
class AudienceReady:
    """A participant (``who``) says its subscriptions are up: senders resend their intro."""

    who: str


SfuEvent = FeedJoined | FeedLeft | AudienceReady


@dataclass(frozen=True)
class SfuSubscription:
    """One subscription: the SFU's ``offer`` SDP for ``feed``; ``start(answer_sdp)`` completes
    it, ``stop()`` ends it."""

    feed: str
    offer: str
    start: Callable[[str], Awaitable[None]]
    stop: Callable[[], Awaitable[None]]


class SfuSignaling(Protocol):
    """A joined SFU room: ``connect()`` returns the publishers already there."""

    async def connect(self) -> list[FeedJoined]: ...
    async def publish(self, offer_sdp: str) -> str: ...
    async def subscribe(self, feed: str) -> SfuSubscription: ...
    async def announce(self) -> None: ...
    def __aiter__(self) -> AsyncIterator[SfuEvent]: ...
    async def close(self) -> None: ...


SfuSignalingFactory = Callable[[str, str, str], SfuSignaling]
"""``(url, room, display name) -> SfuSignaling``: ``signaling.janus.JanusClient`` fits."""


def room_number(room: str) -> int:
    """Janus VideoRoom ids are numbers (its default ``string_ids = false``): ``"42"`` -> 42;
    UserError otherwise."""
    try:
        number = int(room)
    except ValueError:
        number = -1
    if number <= 0 or number >= 2**53:
        raise UserError(f"--room must be a positive number with --sfu (Janus room ids are "
                        f"numbers), got {room!r}")  # fmt: skip
    return number


def channel_of(data: bytes | str) -> str:
    """``media`` for a media packet (any version), ``control`` for anything else: the channel it
    would have come on in the mesh. Reads the msgpack array header and the packet's header byte
    only (PROTOCOL.md); what does not parse is left for the role to reject."""
    if isinstance(data, str) or len(data) < 2:
        return CONTROL
    first = data[0]
    offset = 1 if 0x90 <= first <= 0x9F else 3 if first == 0xDC else 5 if first == 0xDD else None
    if offset is None or len(data) <= offset or data[offset] >= 0x80:
        return CONTROL
    return MEDIA if data[offset] & 0x0F == Kind.MEDIA else CONTROL


# --- the room ----------------------------------------------------------------------------------


class SfuRoom:
    """The roles' links through an SFU. ``publish``: this peer sends (one link, to the SFU);
    otherwise it subscribes to every publisher. ``sfu_url``: the SFU's API URL; ``name``: the
    display name. ``clock``: seconds, for link liveness."""

    WATCHDOG_S = 0.25
    one_way = True  # nothing comes back from the peers reached: the sender sends blind

    def __init__(self, config: MeshConfig, role: Role, signaling: SfuSignalingFactory, *,
                 sfu_url: str, name: str, publish: bool, resend_s: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        if publish:  # nothing arrives on the sender's link: the SFU's connection state rules
            config = replace(config, idle_timeout_s=math.inf)
        self.config = config
        self.role = role
        self.clock = clock
        self.core = MeshState(config)
        self.publishing = publish
        self.resend_s = resend_s
        self.resends = 0  # intros sent after the first (for tests and the bench)
        self._client = signaling(sfu_url, config.room, name)
        self._links: dict[LinkState, Link] = {}
        self._subscriptions: dict[str, SfuSubscription] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self._last_intro = -math.inf
        self._intro_due: asyncio.TimerHandle | None = None
        self._publisher_link: Link | None = None
        self._announcing: set[asyncio.Future[None]] = set()

    @property
    def peer_id(self) -> str:
        return self.config.peer_id

    @property
    def links(self) -> dict[str, Link]:
        return {link.remote: link for link in self._links.values() if not link.closed}

    def open_links(self) -> list[Link]:
        return [self._links[s] for s in self.core.open_links() if s in self._links]

    async def start(self) -> None:
        feeds = await self._client.connect()  # a UserError when the SFU refuses
        log.info("joined SFU room %s as %s; publishers here: %d", escape(repr(self.config.room)),
                 self.peer_id, len(feeds))  # fmt: skip
        if self.publishing:
            await self._publish()
        else:
            for feed in feeds:
                await self._subscribe(feed)  # each announces itself once its channel opens
        self._tasks.append(asyncio.create_task(self._event_loop()))
        self._tasks.append(asyncio.create_task(self._watchdog()))

    async def close(self) -> None:
        if self._intro_due is not None:
            self._intro_due.cancel()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._act(self.core.close())
        for subscription in list(self._subscriptions.values()):
            with contextlib.suppress(Exception):
                await subscription.stop()
        await self._client.close()

    async def check_links(self) -> None:
        await self._act(self.core.tick(self.clock()))

    # --- publishing --------------------------------------------------------------------------

    async def _publish(self) -> None:
        from aiortc import RTCSessionDescription

        state = self.core.new_link(SFU_LINK, self.clock(), offerer=True)
        link = self._new_link(state)
        self._publisher_link = link
        self._watch(link, link.pc.createDataChannel(CONTROL), CONTROL)
        self._watch(link, link.pc.createDataChannel(MEDIA, ordered=False, maxRetransmits=0), MEDIA)
        await link.pc.setLocalDescription(await link.pc.createOffer())
        answer = await self._client.publish(link.pc.localDescription.sdp)
        await link.pc.setRemoteDescription(RTCSessionDescription(answer, "answer"))

    def _audience_ready(self) -> None:
        """A receiver is ready: the intro goes out now, or at the end of the ``resend_s`` since
        the last one (one resend for every announcement in between)."""
        link = self._publisher_link
        if link is None or not link.is_open or self._intro_due is not None:
            return
        wait = self._last_intro + self.resend_s - self.clock()
        if wait <= 0:
            self._intro()
        else:
            self._intro_due = asyncio.get_running_loop().call_later(wait, self._intro)

    def _intro(self) -> None:
        self._intro_due = None
        link = self._publisher_link
        if link is None or not link.is_open or link.closed:
            return
        if self._last_intro > -math.inf:
            self.resends += 1
        self._last_intro = self.clock()
        try:
            self.role.link_open(link)
        except Exception:
            log.exception("sending the intro to the SFU failed")

    # --- subscribing -------------------------------------------------------------------------

    async def _subscribe(self, feed: FeedJoined) -> None:
        from aiortc import RTCSessionDescription

        if feed.feed in self.core.links or feed.feed in self._subscriptions:
            return
        try:
            subscription = await self._client.subscribe(feed.feed)
        except Exception as exc:  # noqa: BLE001 - one feed that fails must not end the call
            log.warning("cannot subscribe to %s: %s", escape(feed.feed), escape(str(exc)))
            return
        self._subscriptions[feed.feed] = subscription
        state = self.core.new_link(feed.feed, self.clock(), offerer=False)
        link = self._new_link(state)

        @link.pc.on("datachannel")
        def on_datachannel(channel: DataChannel) -> None:
            self._watch(link, channel, None)

        await link.pc.setRemoteDescription(RTCSessionDescription(subscription.offer, "offer"))
        # Janus relays nothing until the subscriber's side of SCTP has sent something: the
        # opening of a channel of our own does (janus.js makes one for the same reason).
        link.pc.createDataChannel("subscriber")
        await link.pc.setLocalDescription(await link.pc.createAnswer())
        await subscription.start(link.pc.localDescription.sdp)

    # --- loops -------------------------------------------------------------------------------

    async def _event_loop(self) -> None:
        async for event in self._client:
            try:
                match event:
                    case FeedJoined() if not self.publishing:
                        await self._subscribe(event)
                    case FeedLeft(feed):
                        await self._feed_left(feed)
                    case AudienceReady() if self.publishing:
                        self._audience_ready()
            except Exception as exc:  # noqa: BLE001 - one bad event must not end the call
                log.warning("SFU event %s failed: %s", type(event).__name__, escape(str(exc)))
        log.info("SFU signaling ended")
        for link in list(self._links.values()):
            await self._act(self.core.connection_state(link.state, "closed", self.clock()))

    async def _feed_left(self, feed: str) -> None:
        state = self.core.links.get(feed)
        if state is not None:  # (dropping the link ends its subscription)
            await self._act(self.core.connection_state(state, "closed", self.clock()))
        subscription = self._subscriptions.pop(feed, None)
        if subscription is not None:
            with contextlib.suppress(Exception):
                await subscription.stop()

    async def _watchdog(self) -> None:
        while True:
            await asyncio.sleep(self.WATCHDOG_S)
            await self.check_links()

    # --- actions -----------------------------------------------------------------------------

    async def _act(self, actions: list[Action]) -> None:
        for action in actions:
            match action:
                case DropLink(state, reason):
                    gone = self._links.pop(state, None)
                    if gone is None:
                        continue
                    subscription = self._subscriptions.pop(state.remote, None)
                    if subscription is not None:  # the SFU's side of it too
                        with contextlib.suppress(Exception):
                            await subscription.stop()
                    if gone is self._publisher_link:
                        self._publisher_link = None
                    try:
                        self.role.link_closed(gone, reason)
                    finally:
                        await close_connection(gone, self.config.close_timeout_s)
                case _:
                    self._act_now(action)

    def _act_now(self, action: Action) -> None:
        match action:
            case LinkUp(state) if state in self._links:
                link = self._links[state]
                if self.publishing:
                    log.info("publishing to the SFU")
                    return  # the intro waits for a receiver to be ready
                try:
                    self.role.link_open(link)
                except Exception:
                    log.exception("setting up the link to %s failed", escape(state.remote))
                early, link.early = link.early, []
                for label, data in early:
                    self._deliver(link, label, data)
                # one announcement per subscription that opened: the publisher resends its photo
                task = asyncio.ensure_future(self._announce())
                self._announcing.add(task)
                task.add_done_callback(self._announcing.discard)
            case SendHeartbeat(state) if state in self._links and self.publishing:
                self._links[state].send_control(
                    self.role.heartbeat()
                )  # (a receiver's goes nowhere)
            case LinkUp() | SendHeartbeat():
                pass
            case _:
                raise AssertionError(f"{action} is not an SFU action")

    async def _announce(self) -> None:
        try:
            await self._client.announce()
        except Exception as exc:  # noqa: BLE001 - the photo may then come with the next one
            log.warning("announcing to the SFU failed: %s", escape(str(exc)))

    # --- aiortc ------------------------------------------------------------------------------

    def _new_link(self, state: LinkState) -> Link:
        from aiortc import RTCPeerConnection

        pc: RTCPeerConnection = RTCPeerConnection(rtc_configuration(self.config.ice_servers))
        link = Link(state, self.core, pc, self.clock)
        self._links[state] = link

        @pc.on("connectionstatechange")
        async def on_state() -> None:
            await self._act(self.core.connection_state(state, pc.connectionState, self.clock()))

        return link

    def _deliver(self, link: Link, label: str, data: bytes | str) -> None:
        try:
            self.role.link_message(link, label, data)
        except Exception:
            log.exception("handling a message from %s failed", escape(link.remote))

    def _watch(self, link: Link, channel: DataChannel, label: str | None) -> None:
        """A channel of ``link``: ours (``label``: sends go on it) or the SFU's relay of a
        publisher (``None``: receive only, both of the mesh's channels at once)."""
        state = link.state
        if label is not None:
            link.channels[label] = channel
            labels: tuple[str, ...] = (label,)
        elif state.channels:
            log.warning("the SFU opened a second channel for %s; ignored", escape(link.remote))
            return
        else:
            labels = (CONTROL, MEDIA)
        for each in labels:
            self.core.channel_added(state, each, self.clock())

        def on_open() -> None:
            for each in labels:
                for action in self.core.channel_opened(state, each, self.clock()):
                    self._act_now(action)

        def on_message(data: bytes | str) -> None:
            kind = label or channel_of(data)
            if not self.core.received(state, len(data), self.clock(), kind):
                return
            if not state.is_open:
                if len(link.early) < 64:
                    link.early.append((kind, data))
                return
            self._deliver(link, kind, data)

        channel.on("message", on_message)
        channel.on("open", on_open)
        if channel.readyState == "open":
            on_open()


def join_room(config: MeshConfig, role: Role, signaling: SignalingFactory, *,
              sfu_url: str | None, sfu: SfuSignalingFactory | None, name: str,
              publish: bool, mesh: Callable[..., Mesh] = Mesh) -> Mesh | SfuRoom:  # fmt: skip
    """The room a session's role talks through: a ``mesh`` over ``signaling``, or, with
    ``sfu_url``, an :class:`SfuRoom` over ``sfu`` (which the composition root must then give).
    ``mesh``: the class (the sessions pass their module's ``Mesh``, which tests wrap)."""
    if sfu_url is None:
        return mesh(config, role, signaling)
    if sfu is None:
        raise UserError("this program was not given an SFU client: --sfu cannot be used here")
    return SfuRoom(config, role, sfu, sfu_url=sfu_url, name=name, publish=publish)
