"""One receiver of ``photocall bench sfu``, in its own process (so its CPU time is its own).

    python -m photocall.benchmarks.sfu_worker --mode sfu|mesh --url URL --room ROOM --out FILE

It joins the room (through Janus or as one peer of a mesh), prints ``ready`` once its link to
the sender is open, and does what a receiver does with each packet short of rendering: decode
the packet, the v2 motion and the Opus audio. It stops at the sender's Bye and writes, as JSON:
each media packet's seq and arrival time (CLOCK_MONOTONIC ns, the clock the sender's process
reads too) and the process CPU time from the first media packet to the Bye.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
import time
from pathlib import Path

from photocall.receiver.audio import OpusDecoder
from photocall.shared import protocol
from photocall.shared.media_v2 import MediaDecoderV2
from photocall.shared.peer import MEDIA, Link
from photocall.shared.peer_state import MeshConfig
from photocall.shared.sfu import join_room

IDLE_TIMEOUT_S = 30.0


class CountingRole:
    """Decode everything a sender sends; keep arrival times; end at Bye."""

    def __init__(self, sender: str | None) -> None:
        self.sender = sender  # the sender's peer id (a mesh: the other receivers are links too)
        self.arrivals: list[tuple[int, int]] = []  # (seq, monotonic ns)
        self.cpu_first: float | None = None
        self.cpu_last = 0.0
        self.wall_first: float | None = None
        self.wall_last = 0.0
        self.photo_bytes = 0
        self.done = asyncio.Event()
        self.ready = asyncio.Event()
        self._v2 = MediaDecoderV2()
        self._opus = OpusDecoder()

    def _from_sender(self, link: Link) -> bool:
        return self.sender is None or link.remote == self.sender

    def link_open(self, link: Link) -> None:
        if self._from_sender(link):
            self.ready.set()

    def link_message(self, link: Link, channel: str, data: bytes | str) -> None:
        now = time.monotonic_ns()
        if not self._from_sender(link):
            return  # another receiver's heartbeat
        packet = protocol.decode(data)  # type: ignore[arg-type]
        if isinstance(packet, protocol.MediaPacketV2):
            packet = self._v2.decode(packet)
        if channel == MEDIA and isinstance(packet, protocol.MediaPacket):
            if self.cpu_first is None:
                self.cpu_first, self.wall_first = time.process_time(), time.monotonic()
            self.arrivals.append((packet.seq, now))
            self._opus.decode(packet.opus, 1920)  # one 40 ms packet (the bench sends 40 ms)
            self.cpu_last, self.wall_last = time.process_time(), time.monotonic()
        elif isinstance(packet, protocol.PhotoChunk):
            self.photo_bytes += len(packet.data)
        elif isinstance(packet, protocol.Bye):
            self.done.set()

    def link_closed(self, link: Link, reason: str) -> None:
        if self._from_sender(link):
            self.done.set()

    def heartbeat(self) -> bytes:
        return protocol.encode(protocol.ClockSync(0, time.monotonic_ns()))


async def main(args: argparse.Namespace) -> dict:
    from photocall.signaling.client import SignalingClient
    from photocall.signaling.janus import JanusClient

    role = CountingRole(args.sender if args.mode == "mesh" else None)
    # the bench stops a straggler with SIGTERM: it reports what it got
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, role.done.set)
    peer = f"recv-{args.index:03d}"
    # a link is kept through stalls of seconds: 20 processes on 2 busy cores starve each other
    config = MeshConfig(args.url, args.room, peer, idle_timeout_s=IDLE_TIMEOUT_S)
    sfu = args.url if args.mode == "sfu" else None
    room = join_room(config, role, SignalingClient, sfu_url=sfu, sfu=JanusClient, name=peer,
                     publish=False)  # fmt: skip
    await room.start()
    try:
        await asyncio.wait_for(role.ready.wait(), args.timeout)
        print("ready", flush=True)
        await asyncio.wait_for(role.done.wait(), args.timeout)
    finally:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(room.close(), 10)
    cpu = role.cpu_last - role.cpu_first if role.cpu_first is not None else 0.0
    wall = role.wall_last - role.wall_first if role.wall_first is not None else 0.0
    return {"arrivals": role.arrivals, "cpu_s": cpu, "wall_s": wall,
            "photo_bytes": role.photo_bytes}  # fmt: skip


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=("sfu", "mesh"), required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--room", required=True)
    parser.add_argument("--index", type=int, default=0)
    parser.add_argument("--sender", default="send-bench", help="the sender's id (mesh)")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--out", type=Path, required=True)
    arguments = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    arguments.out.write_text(json.dumps(asyncio.run(main(arguments))))
    sys.exit(0)
