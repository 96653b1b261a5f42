"""Hostile peers against the receiver's cores (issue 15), at the rates the issue observed.

``python -m photocall.benchmarks.hostile_peers`` prints one row per attack with what stays held
and what gets through, driving the sans-I/O cores with a simulated clock (seconds, not minutes;
no network). The end-to-end figure (an innocent face while a rogue attacks over aiortc) is
``tests/test_hostile_peers.py``.
"""

from __future__ import annotations

import logging
import resource
import time

import numpy as np

from photocall.receiver.config import ReceiverConfig
from photocall.receiver.photo_queue import PhotoQueue
from photocall.receiver.session import ReceiverResult, _ReceiverRole
from photocall.receiver.stream import RemoteStream
from photocall.shared import protocol
from photocall.shared.motion import NUM_BLENDSHAPES, HeadPose, MotionFrame
from photocall.shared.peer_state import (
    CONTROL,
    MEDIA,
    LinkCounters,
    MeshConfig,
    MeshState,
    SendOffer,
)
from photocall.shared.room import RoomConfig
from photocall.shared.signals import PeerJoined, PeerLeft

F = 960
OPUS = b"\x78" + bytes(40)


def _packet(ts: int, opus: bytes = OPUS, motion: bool = False) -> protocol.MediaPacket:
    frames = (MotionFrame(ts, np.zeros(NUM_BLENDSHAPES, np.float32), HeadPose()),) if motion else ()
    return protocol.MediaPacket(ts // F % 65536, ts % (1 << 32), opus, frames)


def far_future(seconds: float = 10.0, rate: int = 2900) -> str:
    stream = RemoteStream("rogue")
    rng = np.random.default_rng(0)
    t0 = time.perf_counter()
    for k in range(int(seconds * rate)):
        ts = int(rng.integers(0, 1 << 31))
        stream.on_media(_packet(ts), 60, 1000 * k / rate)
    held = 0 if stream.jitter is None else len(stream.jitter._frames)
    tick = time.perf_counter()
    for _ in range(100):
        stream.next_audio()
    tick_ms = (time.perf_counter() - tick) * 10
    d = stream.stats.drops
    return (f"far-future timestamps, {rate}/s for {seconds:g} s | held {held} frames, "
            f"dropped {d.far_future} far-future + {d.far_past} far-past, tick {tick_ms:.2f} ms, "
            f"cut off: {stream.abuse is not None} (ingest {time.perf_counter() - t0:.1f} s)")


def motion_only(seconds: float = 10.0, rate: int = 1900) -> str:
    stream = RemoteStream("rogue")
    for k in range(int(seconds * rate)):
        stream.on_media(_packet(k * 48000 // rate, b"", motion=True), 30, 1000 * k / rate)
    return (f"motion-only packets, {rate}/s for {seconds:g} s | motion track holds "
            f"{len(stream.track)} frames (bound {stream.track.config.max_frames})")


def media_flood(seconds: float = 10.0, rate: int = 2900) -> str:
    state = MeshState(MeshConfig("ws://x/", "r", "a"))
    (offer,) = [a for a in state.room_event(PeerJoined("z"), 0.0) if isinstance(a, SendOffer)]
    link = offer.link
    for label in (CONTROL, MEDIA):
        state.channel_added(link, label, 0.0)
        state.channel_opened(link, label, 0.0)
    accepted = cut_at = 0.0
    for k in range(int(seconds * rate)):
        now = k / rate
        accepted += state.received(link, 100, now, MEDIA)
        if link.cut_off is not None and not cut_at:
            cut_at = now
    return (f"media flood, {rate}/s for {seconds:g} s | accepted {accepted:.0f} "
            f"({accepted / seconds:.0f}/s), cut off after {cut_at:.2f} s")


def notices(seconds: float = 10.0, rate: int = 1900) -> str:
    class Link:
        remote = "rogue"
        counters = LinkCounters()
        sent: list[bytes] = []

        def send_control(self, data: bytes) -> bool:
            self.sent.append(data)
            return True

        def cut_off(self, reason: str) -> None:
            pass

    lines: list[str] = []

    class Count(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(self.format(record))

    handler = Count()
    logger = logging.getLogger("photocall")
    logger.addHandler(handler)
    old = logger.level
    logger.setLevel(logging.INFO)
    try:
        role = _ReceiverRole(ReceiverConfig(RoomConfig()), ReceiverResult("rx"), lambda p, c: None)  # type: ignore[arg-type,return-value]
        link = Link()
        role.link_open(link)  # type: ignore[arg-type]
        forged = "x\n12:00:00 INFO photocall: photo of admin ready\x1b[2J"
        notice = protocol.encode(protocol.Notice("evil", forged))
        # chunks of one photo that disagree on its chunk count: the photo did not arrive intact
        chunk = protocol.encode(protocol.PhotoChunk(7, 0, 2, b"\x89PNG"))
        bad_chunk = protocol.encode(protocol.PhotoChunk(7, 0, 3, b"x"))
        for _ in range(int(seconds * rate) // 3):
            role.link_message(link, CONTROL, notice)  # type: ignore[arg-type]
            role.link_message(link, CONTROL, chunk)  # type: ignore[arg-type]
            role.link_message(link, CONTROL, bad_chunk)  # type: ignore[arg-type]
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old)
    raw = sum("\n" in line or "\x1b" in line for line in lines)
    return (f"notices with forged lines + bad photo chunks, {rate}/s for {seconds:g} s | "
            f"{len(lines)} log lines ({sum(map(len, lines))} bytes, {raw} with raw control "
            f"characters), {len(link.sent) - 1} notices sent back")


def churn(seconds: float = 50.0) -> str:
    state = MeshState(MeshConfig("ws://x/", "r", "a"))
    built, newcomer = 0, None
    steps = int(seconds * 10)
    for step in range(steps):
        now = step * 0.1
        actions = []
        for k in range(6):
            actions += state.room_event(PeerJoined(f"c{step}-{k}"), now)
            actions += state.room_event(PeerLeft(f"c{step - 1}-{k}"), now)
        if step == steps // 2:
            state.room_event(PeerJoined("z-innocent"), now)
        actions += state.tick(now)
        built += sum(isinstance(a, SendOffer) for a in actions)
        if newcomer is None and "z-innocent" in state.links:
            newcomer = now - (steps // 2) * 0.1
    return (f"6 peers churning every 0.1 s for {seconds:g} s | {built} connections built; "
            f"a newcomer offered to {newcomer:.1f} s after joining")


def photo_flood(photos: int = 200, prep_s: float = 0.4) -> str:
    queue = PhotoQueue()
    for i in range(photos):
        queue.offer("rogue", b"%d" % i, i * 0.05)
    queue.offer("innocent", b"face", photos * 0.05)
    position = 0
    while (item := queue.next()) is not None:
        position += 1
        if item[0] == "innocent":
            break
    return (f"{photos} photos from one peer (0.4 s each to prepare) | the innocent photo is "
            f"prepared {position}th: after {(position - 1) * prep_s:.1f} s of others' work")


def main() -> None:
    for row in (media_flood(), far_future(), motion_only(), notices(), churn(), photo_flood()):
        print(row)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
