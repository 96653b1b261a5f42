"""The sending side of a call: audio in -> Opus + face motion -> every other peer in the room.

Usable from Python (``await run_sender(SignalingClient, SenderConfig(...))``) and from ``photocall send``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import random
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from photocall.sender.audio_sources import (
    AudioChunk,
    check_microphone,
    load_audio_file,
    microphone,
    paced,
    speech_audio,
)
from photocall.sender.opus import OpusConfig, OpusEncoder
from photocall.sender.pipeline import Predictor, SenderPipeline
from photocall.sender.rate_plan import RatePlan, plan_for
from photocall.sender.silence import SilenceConfig
from photocall.shared import protocol
from photocall.shared.codec import FRAME_SAMPLES, SAMPLE_RATE
from photocall.shared.errors import UserError
from photocall.shared.logs import ThrottledLog, escape
from photocall.shared.media_v2 import MediaEncoderV2
from photocall.shared.notices import NoticeCode
from photocall.shared.peer import (
    CONTROL,
    Link,
    Mesh,
    MeshConfig,
    new_peer_id,
)
from photocall.shared.photo_check import check_photo, default_photo_bytes
from photocall.shared.room import RoomConfig
from photocall.shared.sfu import SFU_LINK, SfuRoom, SfuSignalingFactory, join_room
from photocall.shared.signals import SignalingFactory

log = logging.getLogger(__name__)

CAPABILITIES = ("opus", "motion-v1", "photo")
RENDER_GRAPH = "render-graph"  # in a sender's Hello: it sends its photo's render graph on request
WANTS_RENDER_GRAPH = "wants-render-graph"  # in a Hello: send me the photo's render graph
"""What a sender advertises besides its protocol versions (``protocol.version_capabilities``)."""
MAX_NOTICES = 100  # notices kept in SenderResult (a peer may send any number)


@dataclass(frozen=True)
class SenderConfig:
    """One sending participant.

    join: the signaling server and room, this peer's id (None picks ``send-<random>``) and name.
    audio / text / mic: exactly one audio source (a file, text spoken by espeak-ng, or the
    microphone). photo: the reference photo (None: the bundled default); check_photo: refuse
    locally if it has no face. packet_ms: media packet (= Opus packet) duration, 20–120 ms.
    bitrate: Opus bit/s. max_kbps: a wire budget while speaking (kbit/s, all headers) that
    picks packet_ms and bitrate instead (``sender/rate_plan.py``); None: use those two.
    lookahead_ms: the mouth model's lookahead (20 or 40: the shipped weights).
    silence: silence mode (``sender/silence.py``: nothing but a DTX packet now and then while
    the speaker is silent); None sends every packet.
    head_motion: animate head, blinks and gaze too (False: mouth only).
    wait_for_receiver_s: file and text sources start when a receiver has
    accepted the photo (or after this long with any peer connected). lead_in_s: silence before a
    file or text, so the receiver's buffer settles before speech. linger_s: time given to
    receivers to play out the tail before Bye. clock_sync_s: ClockSync period. protocols: the
    media versions offered; (1,) behaves as a peer from before version 2 (no version in Hello).
    connect_timeout_s: give up (UserError) when no receiver has connected within this long
    (None: wait for ever). render_graph: makes the photo's render graph (photo bytes -> gzipped
    ONNX, receiver/render/web_graph.py), injected by the CLI; sent to peers whose Hello asks for
    one (browsers), made once, off the event loop; None: offer none. sfu_photo_wait_s: through an
    SFU no receiver can say it has the photo ready, so a file or text starts this long after the
    first receiver is ready for it.
    """

    join: RoomConfig
    audio: Path | None = None
    text: str | None = None
    mic: bool = False
    photo: Path | None = None
    check_photo: bool = True
    packet_ms: int = 40
    bitrate: int = 7_000
    max_kbps: float | None = None
    lookahead_ms: int = 20
    silence: SilenceConfig | None = field(default_factory=SilenceConfig)
    motion_fps: int = 25
    head_motion: bool = True
    wait_for_receiver_s: float = 15.0
    lead_in_s: float = 0.3
    linger_s: float = 0.6
    clock_sync_s: float = 5.0  # each costs ~110 B on the wire; one capture mapping suffices
    connect_timeout_s: float | None = 60.0
    sfu_photo_wait_s: float = 2.0
    protocols: tuple[int, ...] = protocol.SUPPORTED_VERSIONS
    render_graph: Callable[[bytes], bytes] | None = None

    def __post_init__(self) -> None:
        sources = sum([self.audio is not None, self.text is not None, self.mic])
        if sources != 1:
            raise UserError("give exactly one audio source: --audio FILE, --text TEXT or --mic")
        OpusConfig(bitrate=self.bitrate, frame_ms=self.packet_ms)  # validates
        if self.max_kbps is not None:
            try:
                plan_for(self.max_kbps)
            except ValueError as exc:
                raise UserError(f"--max-kbps: {exc}") from None

    def rate_plan(self) -> RatePlan | None:
        """What ``max_kbps`` picks (None without a budget)."""
        return None if self.max_kbps is None else plan_for(self.max_kbps)

    @property
    def opus(self) -> OpusConfig:
        """The Opus encoder's settings: the budget's plan, or packet_ms and bitrate."""
        plan = self.rate_plan()
        if plan is None:
            return OpusConfig(bitrate=self.bitrate, frame_ms=self.packet_ms)
        return OpusConfig(bitrate=plan.bitrate, frame_ms=plan.packet_ms)
        if not self.protocols or set(self.protocols) - set(protocol.SUPPORTED_VERSIONS):
            raise UserError(f"protocols must be among {protocol.SUPPORTED_VERSIONS}")


@dataclass
class SenderResult:
    peer_id: str
    packets_sent: int = 0
    packets_withheld: int = 0  # silent packets not sent (silence mode)
    payload_bytes: int = 0
    seconds: float = 0.0
    receivers: set[str] = field(default_factory=set)
    notices: list[tuple[str, str, str]] = field(default_factory=list)  # (peer, code, message)
    bad_messages: int = 0
    departures: list[tuple[str, str, float]] = field(default_factory=list)  # peer, why, monotonic


def load_photo(config: SenderConfig) -> bytes:
    """The photo's bytes, checked for a face locally when ``check_photo``."""
    if config.photo is None:
        photo = default_photo_bytes()
    else:
        if not Path(config.photo).is_file():
            raise UserError(f"photo not found: {config.photo}")
        photo = Path(config.photo).read_bytes()
    if len(photo) > protocol.MAX_PHOTO_BYTES:
        raise UserError(f"photo is {len(photo)} bytes; the limit is {protocol.MAX_PHOTO_BYTES}")
    if config.check_photo:
        # by path when there is one, so that PhotoError (a UserError) names the file
        check_photo(config.photo if config.photo is not None else photo)
    return photo


def default_predictor(config: SenderConfig) -> Predictor:
    from photocall.sender.motion import MotionConfig, StreamingPredictor

    plan = config.rate_plan()
    fps = config.motion_fps if plan is None else plan.motion_fps
    motion = MotionConfig(fps=fps, head=config.head_motion,
                          lookahead_ms=config.lookahead_ms)
    # Warm the shared model up on a throwaway instance: the first pushes are slow, and a slow
    # push mid-call is a burst of late packets at the receiver.
    warm = StreamingPredictor(motion, sample_rate=SAMPLE_RATE)
    for _ in range(10):
        warm.push(np.zeros(FRAME_SAMPLES, np.float32))
    return StreamingPredictor(motion, sample_rate=SAMPLE_RATE)


class _SenderRole:
    def __init__(
        self, config: SenderConfig, photo: bytes, result: SenderResult, started_ns: int
    ) -> None:
        self.config = config
        self.photo = photo
        self.photo_id = random.SystemRandom().getrandbits(32)
        self.result = result
        # The first ClockSync carries the sender's start (receivers time the first frame from
        # it, shared/PROTOCOL.md); the stream's own replace it once it starts.
        self.sync = protocol.ClockSync(0, started_ns)
        self.any_link = asyncio.Event()
        self.accepted = asyncio.Event()
        self.rejected: tuple[str, str] | None = None  # (peer, why), escaped
        self.throttled = ThrottledLog(log)
        self.versions: dict[str, int | None] = {}  # media version per peer; None: none shared
        self.graph: asyncio.Future[bytes] | None = None  # the photo's render graph, made once
        self.graph_sent: set[str] = set()
        self.tasks: set[asyncio.Task] = set()

    def hello(self) -> protocol.Hello:
        versions = self.config.protocols
        caps = CAPABILITIES + (protocol.version_capabilities(versions) if versions != (1,) else ())
        caps += (RENDER_GRAPH,) if self.config.render_graph is not None else ()
        return protocol.Hello(self.config.join.name, caps)

    def media_version(self, link: Link) -> int | None:
        """The version to send ``link``: 1 (which every peer before version 2 spoke) until its
        Hello says more; None when none is shared, or before its Hello without version 1."""
        return self.versions.get(link.remote, 1 if 1 in self.config.protocols else None)

    def link_open(self, link: Link) -> None:
        link.send_control(protocol.encode(self.hello()))
        for chunk in protocol.photo_chunks(self.photo, self.photo_id):
            link.send_control(protocol.encode(chunk))
        link.send_control(protocol.encode(self.sync))
        self.result.receivers.add(link.remote)
        self.any_link.set()

    def link_message(self, link: Link, channel: str, data: bytes | str) -> None:
        try:
            packet = protocol.decode(data)  # type: ignore[arg-type]
        except protocol.ProtocolError as exc:
            self.result.bad_messages += 1
            self.throttled.log(logging.DEBUG, "bad-message", "bad message from %s on %s: %s",
                               link.remote, channel, str(exc))  # fmt: skip
            return
        if channel == CONTROL and isinstance(packet, protocol.Hello):
            self._negotiate(link, packet)
            if WANTS_RENDER_GRAPH in packet.capabilities and link.remote not in self.graph_sent:
                self._offer_graph(link)
            return
        if channel != CONTROL or not isinstance(packet, protocol.Notice):
            return  # a sender plays nothing; heartbeats and other peers' media are ignored
        peer, code, message = escape(link.remote), escape(packet.code), escape(packet.message)
        if len(self.result.notices) < MAX_NOTICES:
            self.result.notices.append((link.remote, packet.code, packet.message))
        if packet.code == NoticeCode.PHOTO_ACCEPTED:
            log.info("%s has the photo and is ready", peer)
            self.accepted.set()
        elif packet.code.startswith("photo"):
            if self.rejected is None:
                log.error("%s rejected the photo (%s): %s", peer, code, message)
                self.rejected = (peer, message)
            self.accepted.set()
        else:
            self.throttled.warning(f"notices from {peer}", "notice from %s: %s: %s", peer, code,
                                   message)  # fmt: skip

    def _negotiate(self, link: Link, hello: protocol.Hello) -> None:
        try:
            version = protocol.negotiate(hello.capabilities, self.config.protocols)
        except protocol.ProtocolError as exc:
            log.error("cannot send to %s: %s", escape(link.remote), escape(str(exc)))
            self.versions[link.remote] = None
            link.send_control(protocol.encode(protocol.Notice(NoticeCode.PROTOCOL_MISMATCH,
                                                              str(exc)[:protocol.MAX_TEXT_BYTES])))
            return
        if self.versions.get(link.remote) != version:  # a browser repeats its Hello as keepalive
            log.info("sending protocol version %d to %s", version, escape(link.remote))
        self.versions[link.remote] = version

    def _offer_graph(self, link: Link) -> None:
        make = self.config.render_graph
        if make is None:
            return
        self.graph_sent.add(link.remote)
        if self.graph is None:
            self.graph = asyncio.ensure_future(asyncio.to_thread(make, self.photo))
        task = asyncio.ensure_future(self._send_graph(link, self.graph))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _send_graph(self, link: Link, graph: asyncio.Future[bytes]) -> None:
        try:
            chunks = protocol.graph_chunks(await graph, self.photo_id)
        # a photo the renderer cannot prepare (UserError), a missing package, a failed export
        except (UserError, ImportError, OSError, RuntimeError, ValueError) as exc:
            why = f"no render graph for the photo: {exc}"
            log.warning("%s", escape(why))
            link.send_control(protocol.encode(protocol.Notice(
                NoticeCode.RENDER_GRAPH_FAILED, why[: protocol.MAX_TEXT_BYTES])))  # fmt: skip
            return
        for chunk in chunks:
            link.send_control(protocol.encode(chunk))
        log.info("sent the photo's render graph (%d bytes) to %s", sum(len(c.data) for c in chunks),
                 escape(link.remote))  # fmt: skip

    def link_closed(self, link: Link, reason: str) -> None:
        log.info("peer %s gone: %s", escape(link.remote), reason)
        self.result.departures.append((link.remote, reason, time.monotonic()))

    def heartbeat(self) -> bytes:
        self.throttled.flush()
        return protocol.encode(self.sync)


def _source(config: SenderConfig) -> AsyncIterator[AudioChunk]:
    """The audio source; a file is read (or text spoken) now, so errors come before connecting."""
    if config.mic:
        check_microphone()
        return microphone()
    pcm = load_audio_file(config.audio) if config.audio is not None else speech_audio(config.text)
    return paced(pcm, config.lead_in_s)


async def run_sender(
    signaling: SignalingFactory,
    config: SenderConfig,
    *,
    predictor: Predictor | None = None,
    stop: asyncio.Event | None = None,
    sfu: SfuSignalingFactory | None = None,
) -> SenderResult:
    """Join the room, stream until the source ends (or ``stop`` is set), say Bye, leave.
    With ``config.join.sfu_url``, publish through that SFU, reached with ``sfu``.

    Raises UserError for what the user can fix: no face in the photo, a bad audio file, no
    microphone, a receiver that rejected the photo, no receiver within the wait.
    """
    started_ns = time.monotonic_ns()
    photo = load_photo(config)
    source = _source(config)
    predictor = predictor if predictor is not None else default_predictor(config)
    plan = config.rate_plan()
    if plan is not None:
        log.info("%s", plan.describe(config.max_kbps or 0))
    encoder = OpusEncoder(config.opus)
    pipeline = SenderPipeline(predictor, encoder, config.silence)
    join = config.join
    result = SenderResult(join.peer_id or new_peer_id("send"))
    role = _SenderRole(config, photo, result, started_ns)
    mesh = join_room(MeshConfig(join.signal_url, join.room, result.peer_id, join.token,
                                join.ice_servers), role, signaling, sfu_url=join.sfu_url,
                     sfu=sfu, name=join.name, publish=True, mesh=Mesh)  # fmt: skip
    one_way = isinstance(mesh, SfuRoom)
    if one_way:  # no Hello comes back through an SFU: everyone gets our highest version
        role.versions[SFU_LINK] = max(config.protocols)
    await mesh.start()
    try:
        log.info("waiting for a receiver in room %r", join.room)
        await _wait(role.any_link, config.connect_timeout_s,
                    f"no receiver connected in room {escape(repr(join.room))}")
        if config.mic:
            pass
        elif one_way:  # no notice comes back through an SFU
            await asyncio.sleep(config.sfu_photo_wait_s)
        else:
            try:
                await asyncio.wait_for(role.accepted.wait(), config.wait_for_receiver_s)
            except TimeoutError:
                log.warning("no receiver confirmed the photo; starting anyway")
        _raise_if_rejected(role)
        started = time.monotonic()
        await _stream(config, source, pipeline, mesh, role, stop)
        result.seconds = time.monotonic() - started
        _bye(mesh)
        await asyncio.sleep(config.linger_s)  # receivers play out the tail; late notices arrive
        _raise_if_rejected(role)
    finally:
        _bye(mesh)
        await asyncio.sleep(0.05)  # let the Bye leave before the connection closes
        await mesh.close()
    return result


def _bye(mesh: Mesh | SfuRoom) -> None:
    """Bye to every peer not yet told (the media before it is all sent)."""
    for link in mesh.open_links():
        if not link.bye_sent:
            link.bye_sent = link.send_control(protocol.encode(protocol.Bye("sender finished")))


def _raise_if_rejected(role: _SenderRole) -> None:
    if role.rejected is not None:
        peer, message = role.rejected
        raise UserError(f"receiver {peer} rejected the photo: {message}")


async def _wait(event: asyncio.Event, timeout: float | None, message: str) -> None:
    try:
        await asyncio.wait_for(event.wait(), timeout)
    except TimeoutError:
        raise UserError(f"{message} within {timeout:g} s; is a receiver running in that room on "
                        "that signaling server?") from None


async def _stream(
    config: SenderConfig,
    source: AsyncIterator[AudioChunk],
    pipeline: SenderPipeline,
    mesh: Mesh | SfuRoom,
    role: _SenderRole,
    stop: asyncio.Event | None,
) -> None:
    """Feed the source through the pipeline and send its packets to every open link, with a
    ClockSync every ``config.clock_sync_s``, until the source ends, ``stop`` or a rejection."""
    result = role.result
    v2 = MediaEncoderV2()  # one motion coder for the stream: every v2 peer gets the same bytes

    def send(packets: list[protocol.MediaPacket]) -> None:
        for packet in packets:
            data = {1: protocol.encode(packet), 2: protocol.encode(v2.encode(packet))}
            used = set()
            for link in mesh.open_links():
                version = role.media_version(link)
                if version is not None:
                    link.send_media(data[version])
                    used.add(version)
            result.packets_sent += 1
            result.payload_bytes += len(data[max(used, default=1)])  # one copy of the stream

    loop = asyncio.get_running_loop()
    next_sync = 0.0
    # The model and the encoder run in a worker thread: the event loop must stay free for the
    # connection (SCTP, DTLS, heartbeats) even when a push is slow.
    with concurrent.futures.ThreadPoolExecutor(1, "photocall-motion") as worker:
        async for chunk in source:
            if stop is not None and stop.is_set() or role.rejected is not None:
                break
            send(await loop.run_in_executor(worker, pipeline.push, chunk.sample, chunk.pcm))
            if time.monotonic() >= next_sync:
                next_sync = time.monotonic() + config.clock_sync_s
                role.sync = protocol.ClockSync(chunk.sample, chunk.capture_ns)
                for link in mesh.open_links():
                    link.send_control(protocol.encode(role.sync))
        send(await loop.run_in_executor(worker, pipeline.flush))
    if pipeline.gate is not None:
        result.packets_withheld = pipeline.gate.counters.withheld
