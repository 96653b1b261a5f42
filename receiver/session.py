"""The receiving side of a call: every other participant's audio and animated photo, tiled.

Usable from Python (``await run_receiver(SignalingClient, ReceiverConfig(...))``) and from ``photocall receive``.
Three loops share one event loop: playout (every 20 ms: jitter buffer -> Opus -> mix -> MP4 /
speaker), video (renders the frame for the sample being played, in a worker thread), stats.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from photocall.receiver.config import ReceiverConfig
from photocall.receiver.outputs import Speaker
from photocall.receiver.photo_queue import Offered, PhotoQueue
from photocall.receiver.player import Participant, Player
from photocall.receiver.stats import CallReport, DropCounts, PeerDrops, PhotoState
from photocall.receiver.stream import RemoteStream
from photocall.shared import protocol
from photocall.shared.budget import CpuBudget, RecentTimes
from photocall.shared.errors import UserError
from photocall.shared.logs import ThrottledLog, escape
from photocall.shared.media_v2 import MediaDecoderV2
from photocall.shared.motion import NUM_BLENDSHAPES, POSE_SIZE
from photocall.shared.notices import NoticeCode
from photocall.shared.peer import MEDIA, Link, Mesh, MeshConfig, new_peer_id
from photocall.shared.sfu import SfuSignalingFactory, join_room
from photocall.shared.signals import SignalingFactory

__all__ = ["ReceiverConfig", "ReceiverResult", "run_receiver"]

log = logging.getLogger(__name__)


class Renderer(Protocol):
    size: int

    def render(self, weights: np.ndarray, pose: np.ndarray) -> np.ndarray: ...


RendererFactory = Callable[[bytes, ReceiverConfig], Renderer]
"""Photo bytes -> a renderer of that face (runs in a worker thread; PhotoError if unusable)."""


@dataclass
class ReceiverResult:
    peer_id: str
    report: CallReport | None = None  # the final stats (also written to ``--stats``)
    video_frames: int = 0
    audio_samples: int = 0
    bad_messages: int = 0
    wrote: Path | None = None  # the MP4, once anything was recorded
    departures: list[tuple[str, str, float]] = field(default_factory=list)  # peer, why, when


WARM_RENDERS = 3


def default_renderer(photo: bytes, config: ReceiverConfig) -> Renderer:
    """Photo -> renderer (heavy: runs in a worker thread). PhotoError says what is wrong."""
    from photocall.receiver.render import make_renderer, prepare_photo

    renderer = make_renderer(prepare_photo(photo, config.tile_size), config.render)
    # The first frames pay for lazy initialisation (hundreds of ms): pay it now, not live.
    # Three renders: TorchScript's profiling executor optimises the graph on the second call.
    # A cold first live frame starves the event loop as packets start, and the burst of late
    # packets it causes inflates the jitter buffer's depth.
    for _ in range(WARM_RENDERS):
        renderer.render(np.zeros(NUM_BLENDSHAPES, np.float32), np.zeros(POSE_SIZE, np.float32))
    return renderer


class _ReceiverRole:
    """The receiver's side of each link. Every peer is untrusted: what it sends is bounded by
    the mesh (ingress budget), its stream (time bounds, after Bye) and the photo queue (one
    photo waiting per peer, a few per minute, served in turn); its notices are rate-limited, its
    strings escaped and every drop counted per peer (``drops``)."""

    NOTICES_PER_MIN = 3  # photo-rejected notices sent to one peer in any minute
    MAX_DROP_RECORDS = 256  # peers whose drop counts are kept (the most recent)
    DECODE_MS_PER_S = 200.0
    """CPU a peer's messages may cost to decode, per second: over it, its messages are dropped
    (``over_decode_budget``). A v2 packet of fast-changing motion cost 1.0 / 2.1 ms p50 / p95 on
    a loaded 2-core machine (25 or 50 a second), a crafted 2.4 kB one ~29 ms: 7 of those a
    second at most, 20 % of a core."""
    DECODE_BURST_MS = 400.0

    def __init__(
        self, config: ReceiverConfig, result: ReceiverResult, renderer_factory: RendererFactory
    ) -> None:
        self.config = config
        self.result = result
        self.renderer_factory = renderer_factory
        self.people: dict[str, Participant] = {}
        self.had_sender = False
        self.prep_pool = concurrent.futures.ThreadPoolExecutor(1, "photocall-photo")
        self.photos = PhotoQueue()
        self.drops: dict[str, tuple[str, DropCounts]] = {}  # peer -> (name, counts)
        self.throttled = ThrottledLog(log)
        self._notices: dict[str, RecentTimes] = {}
        self._preparing = False
        self.v2: dict[str, MediaDecoderV2] = {}  # per sender: the v2 motion references
        self.decode_budgets: dict[str, CpuBudget] = {}  # per peer: CPU its messages may cost
        self.cpu_ns: Callable[[], int] = time.thread_time_ns  # the CPU clock decoding is timed on
        self.clock: Callable[[], float] = time.monotonic  # seconds: arrivals, budgets
        self._tasks: set[asyncio.Task] = set()

    # --- Role ------------------------------------------------------------------------------

    def link_open(self, link: Link) -> None:
        stream = RemoteStream(link.remote, self.config.jitter)
        stream.name = escape(link.remote, 64)
        _, stream.stats.drops = self._record(link.remote, stream.name)
        stream.stats.link_open_ns = time.monotonic_ns()
        stream.stats.ice = link.ice
        self.people[link.remote] = Participant(stream, link)
        self._notices.setdefault(link.remote, RecentTimes(self.NOTICES_PER_MIN, 60.0))
        while len(self._notices) > self.MAX_DROP_RECORDS:
            del self._notices[next(iter(self._notices))]
        self.v2[link.remote] = MediaDecoderV2()
        self.decode_budgets[link.remote] = CpuBudget(self.DECODE_MS_PER_S, self.DECODE_BURST_MS)
        versions = self.config.protocols
        caps = ("render",) + (protocol.version_capabilities(versions) if versions != (1,) else ())
        link.send_control(protocol.encode(protocol.Hello(self.config.join.name, caps)))

    def _record(self, peer: str, name: str) -> tuple[str, DropCounts]:
        record = self.drops.pop(peer, None) or (name, DropCounts())
        self.drops[peer] = (name, record[1])
        while len(self.drops) > self.MAX_DROP_RECORDS:
            del self.drops[next(iter(self.drops))]
        return self.drops[peer]

    def link_message(self, link: Link, channel: str, data: bytes | str) -> None:
        person = self.people.get(link.remote)
        if person is None or person.gone is not None:
            return
        stream = person.stream
        if stream.ended and channel != MEDIA:  # no control after the peer's own Bye
            stream.stats.drops.after_bye += 1
            return
        budget = self.decode_budgets.get(link.remote)
        now = self.clock()
        if budget is not None and not budget.allows(now):
            stream.stats.drops.over_decode_budget += 1
            return
        cpu = self.cpu_ns()
        try:
            if isinstance(data, str):
                raise protocol.ProtocolError("text message on a binary channel")
            try:
                packet = protocol.decode(data)
                if isinstance(packet, protocol.MediaPacketV2) and 2 in self.config.protocols:
                    packet = self.v2[link.remote].decode(packet)  # the v1/v2 seam
            finally:
                if budget is not None:
                    budget.spend((self.cpu_ns() - cpu) / 1e6, now)
            if channel == MEDIA:
                if not isinstance(packet, protocol.MediaPacket):
                    raise protocol.ProtocolError(f"{type(packet).__name__} on the media channel")
                if stream.on_media(packet, len(data), now * 1000):
                    stream.stats.motion_bytes += protocol.motion_bytes(len(data), packet.opus)
                    self._mark_sender(person)
                elif stream.abuse is not None:
                    self._cut_off(person, stream.abuse)
            else:
                if isinstance(packet, protocol.PhotoChunk):
                    stream.stats.on_photo_chunk(len(data))
                self._control(person, packet)
        except protocol.ProtocolError as exc:
            stream.stats.bad_messages += 1
            self.result.bad_messages += 1
            self.throttled.log(logging.DEBUG, f"bad messages from {stream.name}",
                               "dropped a bad message from %s on %s: %s", stream.name, channel,
                               str(exc))  # fmt: skip

    def link_closed(self, link: Link, reason: str) -> None:
        self.photos.forget(link.remote)
        person = self.people.get(link.remote)
        if person is not None and person.link is link:
            self.decode_budgets.pop(link.remote, None)
            person.gone = time.monotonic()
            drops = person.stream.stats.drops
            drops.over_budget += link.counters.rx_dropped_budget
            drops.after_cut_off += link.counters.rx_dropped_closed
            self.result.departures.append((link.remote, reason, person.gone))
            if person.is_sender:
                log.info("%s left: %s", person.stream.name, reason)

    def heartbeat(self) -> bytes:
        self.throttled.flush()  # the summaries of warnings held back
        # A receive-only peer's keepalive: its own clock (sample 0: it captures nothing).
        return protocol.encode(protocol.ClockSync(0, time.monotonic_ns()))

    def drop_reports(self) -> tuple[PeerDrops, ...]:
        """Every peer's dropped input by cause, live links' counters included."""
        reports = []
        for peer, (name, d) in self.drops.items():
            person = self.people.get(peer)
            live = person is not None and person.gone is None
            budget = person.link.counters.rx_dropped_budget if live else 0  # type: ignore[union-attr]
            closed = person.link.counters.rx_dropped_closed if live else 0  # type: ignore[union-attr]
            bad = person.stream.stats.bad_messages if person is not None else 0
            report = PeerDrops(
                peer=peer, name=person.stream.name if person is not None else name,
                over_budget=d.over_budget + budget, after_cut_off=d.after_cut_off + closed,
                after_bye=d.after_bye, far_future=d.far_future, far_past=d.far_past,
                buffer_full=d.buffer_full, over_decode_budget=d.over_decode_budget,
                photos_refused=d.photos_refused,
                photos_superseded=d.photos_superseded, notices_unsent=d.notices_unsent,
                bad_messages=bad, cut_off=d.cut_off,
            )  # fmt: skip
            counts = asdict(report)
            if any(v for k, v in counts.items() if k not in ("peer", "name")):
                reports.append(report)
        return tuple(reports)

    # --- control ---------------------------------------------------------------------------

    def _mark_sender(self, person: Participant) -> None:
        if not person.is_sender:
            person.is_sender = True
            self.had_sender = True

    def _cut_off(self, person: Participant, why: str) -> None:
        person.stream.stats.drops.cut_off = why
        person.link.cut_off(why)

    def _control(self, person: Participant, packet: protocol.Packet) -> None:
        stream = person.stream
        if isinstance(packet, protocol.Hello):
            stream.name = escape(packet.name or stream.peer, 64)
            self.drops[stream.peer] = (stream.name, stream.stats.drops)
            try:
                protocol.negotiate(packet.capabilities, self.config.protocols)
            except protocol.ProtocolError as exc:
                self.throttled.warning(f"protocol of {stream.name}", "%s: %s", stream.name,
                                       str(exc))
                self._notify(person, NoticeCode.PROTOCOL_MISMATCH, str(exc))
            if "photo" in packet.capabilities:
                self._mark_sender(person)
        elif isinstance(packet, protocol.PhotoChunk):
            self._mark_sender(person)
            if packet.photo_id == stream.photo_id:
                return  # a resend of the photo we have (an SFU sender's, for a later joiner)
            try:
                photo = stream.assembler.add(packet)
            except protocol.ProtocolError as exc:
                self._reject(person, f"the photo did not arrive intact: {exc}")
                raise
            if photo is not None:
                stream.photo_id = packet.photo_id
                self._queue_photo(person, photo)
        elif isinstance(packet, protocol.ClockSync):
            stream.on_clock_sync(packet, time.monotonic_ns())
        elif isinstance(packet, protocol.Notice):
            self.throttled.warning(f"notices from {stream.name}", "notice from %s: %s: %s",
                                   stream.name, packet.code, packet.message)  # fmt: skip
        elif isinstance(packet, protocol.Bye):
            log.info("%s said bye: %s", stream.name, escape(packet.reason or "(no reason)"))
            stream.end(time.monotonic() * 1000)
        else:
            raise protocol.ProtocolError(f"{type(packet).__name__} on the control channel")

    def _queue_photo(self, person: Participant, photo: bytes) -> None:
        stream = person.stream
        offered = self.photos.offer(stream.peer, photo, time.monotonic())
        if offered is Offered.REFUSED:
            stream.stats.drops.photos_refused += 1
            self._reject(person, f"more than {self.photos.config.per_minute} photos a minute")
            return
        if offered is Offered.SUPERSEDED:
            stream.stats.drops.photos_superseded += 1
        stream.stats.photo_bytes = len(photo)
        stream.photo_state = PhotoState.PREPARING
        if not self._preparing:
            self._preparing = True
            task = asyncio.ensure_future(self._prepare_queued())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _prepare_queued(self) -> None:
        """Prepare the queued photos one at a time, each peer in its turn."""
        try:
            while (item := self.photos.next()) is not None:
                peer, photo = item
                person = self.people.get(peer)
                if person is not None and person.gone is None:
                    await self._prepare(person, photo)
        finally:
            self._preparing = False

    async def _prepare(self, person: Participant, photo: bytes) -> None:
        loop = asyncio.get_running_loop()
        try:
            renderer = await loop.run_in_executor(
                self.prep_pool, self.renderer_factory, photo, self.config
            )
        except UserError as exc:  # PhotoError: not an image, no face, too large
            self._reject(person, str(exc))
            return
        except Exception as exc:
            log.exception("preparing %s's photo failed", person.stream.name)
            self._reject(person, f"the receiver could not prepare it: {exc}")
            return
        person.stream.renderer = renderer
        person.stream.photo_state = PhotoState.READY
        log.info("photo of %s ready", person.stream.name)
        person.link.send_control(
            protocol.encode(protocol.Notice(NoticeCode.PHOTO_ACCEPTED, "photo ready"))
        )

    def _reject(self, person: Participant, why: str) -> None:
        stream = person.stream
        stream.photo_state = PhotoState.REJECTED
        self.throttled.warning(f"rejected photos of {stream.name}", "rejected the photo of %s: %s",
                               stream.name, why)  # fmt: skip
        self._notify(person, NoticeCode.PHOTO_REJECTED, why)

    def _notify(self, person: Participant, code: str, why: str) -> None:
        """Tell the peer what went wrong, at most NOTICES_PER_MIN times a minute."""
        notices = self._notices.get(person.stream.peer)
        if notices is not None and not notices.allow(time.monotonic()):
            person.stream.stats.drops.notices_unsent += 1
            return
        message = why.encode()[: protocol.MAX_TEXT_BYTES].decode(errors="ignore")
        person.link.send_control(protocol.encode(protocol.Notice(code, message)))


WIRE_SAMPLE_S = 0.05
"""How often each sender's link counters are read for the speaking / silent wire rates."""


async def _wire_loop(role: _ReceiverRole) -> None:
    """Sample every streaming sender's link counters (``receiver/wire_meter.py``) from its
    first media packet to its Bye."""
    while True:
        for person in list(role.people.values()):
            stream = person.stream
            if stream.ended or person.gone is not None:
                stream.stats.wire.stop()
            elif stream.stats.media_packets:
                stream.stats.wire.sample(person.link.transport_counters(), stream.stream_state())
        await asyncio.sleep(WIRE_SAMPLE_S)


async def run_receiver(
    signaling: SignalingFactory,
    config: ReceiverConfig,
    *,
    stop: asyncio.Event | None = None,
    renderer_factory: RendererFactory | None = None,
    sfu: SfuSignalingFactory | None = None,
) -> ReceiverResult:
    """Join the room and play every sender until ``stop``, ``duration_s``, the window closing,
    or (with ``exit_when_done``) the last sender leaving. Writes the MP4 and the stats.
    With ``config.join.sfu_url``, subscribe to every publisher of that SFU room (with ``sfu``)."""
    stop = stop or asyncio.Event()
    if config.out is None and not config.window and not config.speaker:
        log.warning("no output chosen: the call plays out headless (use --out, --window or "
                    "--speaker)")
    join = config.join
    result = ReceiverResult(join.peer_id or new_peer_id("recv"))
    role = _ReceiverRole(config, result, renderer_factory or default_renderer)
    window = None
    if config.window:
        from photocall.receiver.window import Window

        window = Window(f"photocall — room {join.room}")
    speaker = Speaker.open() if config.speaker else None
    mesh = join_room(MeshConfig(join.signal_url, join.room, result.peer_id, join.token,
                                join.ice_servers, idle_timeout_s=config.idle_timeout_s), role,
                     signaling, sfu_url=join.sfu_url, sfu=sfu, name=join.name, publish=False,
                     mesh=Mesh)  # fmt: skip
    await mesh.start()
    player = Player(config, role, result, window, speaker)
    started = player.started
    tasks = [asyncio.create_task(player.playout()), asyncio.create_task(player.video()),
             asyncio.create_task(player.stats_loop()), asyncio.create_task(_wire_loop(role))]
    try:
        while not stop.is_set():
            await asyncio.sleep(0.05)
            if config.duration_s is not None and time.monotonic() - started > config.duration_s:
                break
            if window is not None and window.closed:
                break
            if config.exit_when_done and role.had_sender and not player.active():
                break
            for task in tasks:
                if task.done():
                    task.result()  # a crashed loop is a bug: surface it
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for link in mesh.open_links():  # tell the others now rather than let them time out
            link.send_control(protocol.encode(protocol.Bye("receiver leaving")))
        await asyncio.sleep(0.05)
        await mesh.close()
        player.finish()
        role.prep_pool.shutdown(wait=False, cancel_futures=True)
        if window is not None:
            window.close()
        if speaker is not None:
            speaker.close()
    return result
