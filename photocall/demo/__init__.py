"""``photocall demo``: a whole call on this machine, written to an MP4.

A signaling server on a free loopback port, a receiver and a sender in one process, talking real
WebRTC through it: the sender speaks (a file, or text through espeak-ng; by default a bundled
passage with a pause in it) with a photo (by default the bundled one), the receiver animates the photo and writes
``call.mp4`` with the audio, and ``stats.json`` with what the call cost and how it kept time.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from photocall.receiver.render.config import RendererConfig
from photocall.shared.cli_args import add_ice_servers_argument, default_of, ice_servers
from photocall.shared.codec import PACKET_MS
from photocall.shared.room import IceServer

DEMO_PASSAGES = (
    "Hello from photocall. My voice becomes face motion, and one photograph comes alive on the "
    "other side,",
    "for a tiny fraction of the bandwidth of video, while the audio stays clear and in sync.",
)
"""Two passages, about 10.8 s of speech at espeak-ng's default rate; the demo says them with
``DEMO_PAUSE_S`` of silence between (``run.speech``): the call is measured while speaking and
while silent."""
DEMO_PAUSE_S = 2.5
DEMO_TEXT = " ".join(DEMO_PASSAGES)
"""The passage without the pause."""


@dataclass(frozen=True)
class DemoConfig:
    """photo: the sender's photo (None: bundled). audio / text: what it says (neither:
    DEMO_PASSAGES with the pause). seconds: cut the speech to at most this long. out / stats: where the MP4 and the JSON go.
    backend: the receiver's renderer backend. packet_ms: media packet duration (None: the
    sender's default). max_kbps: the sender's wire budget while speaking (None: none).
    ice_servers: STUN/TURN servers for both peers (none: host candidates)."""

    photo: Path | None = None
    audio: Path | None = None
    text: str | None = None
    seconds: float | None = None
    out: Path = Path("call.mp4")
    stats: Path = Path("stats.json")
    backend: str = RendererConfig.backend
    packet_ms: int | None = None
    max_kbps: float | None = None
    ice_servers: tuple[IceServer, ...] = ()


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="a whole call on this machine, written to call.mp4 (the main job)",
        description="Start a signaling server on a free loopback port, a sender and a receiver "
        "over real WebRTC; the sender speaks with a photo, the receiver animates it and writes "
        "the call with its audio to an MP4, and the stats to JSON. With no options: the bundled "
        "photo saying a bundled passage of about 10 s with a 2.5 s pause.",
    )
    parser.add_argument("--photo", type=Path, help="the sender's photo (default: bundled)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--audio", type=Path, help="speech from an audio file")
    source.add_argument("--text", help="speech from this text (espeak-ng)")
    parser.add_argument("--seconds", type=float, help="cut the speech to at most this long")
    parser.add_argument("--out", type=Path, default=default_of(DemoConfig, "out"),
                        help="MP4 to write")
    parser.add_argument("--stats", type=Path, default=default_of(DemoConfig, "stats"),
                        help="JSON to write")
    parser.add_argument("--backend", default=default_of(DemoConfig, "backend"),
                        help="renderer: torch, onnxruntime, ...")
    parser.add_argument("--packet-ms", type=int, choices=PACKET_MS,
                        help="media packet length (default: the sender's)")
    parser.add_argument("--max-kbps", type=float, metavar="KBPS",
                        help="the sender's wire budget while speaking (photocall send "
                        "--max-kbps): picks packet length and Opus rate")
    add_ice_servers_argument(parser)
    parser.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    import logging
    import time

    if not args.verbose:
        # The demo's own progress lines stay; the libraries' connection chatter goes.
        for name in ("aioice", "aiortc", "websockets"):
            logging.getLogger(name).setLevel(logging.WARNING)
    from photocall.demo.run import run_demo, summary

    config = DemoConfig(
        photo=args.photo,
        audio=args.audio,
        text=args.text,
        seconds=args.seconds,
        out=args.out,
        stats=args.stats,
        backend=args.backend,
        packet_ms=args.packet_ms,
        max_kbps=args.max_kbps,
        ice_servers=ice_servers(args),
    )
    started = time.monotonic()
    report = run_demo(config)
    print(summary(config, report, time.monotonic() - started))
    return 0
