"""``photocall send``: stream your voice and your photo's face motion into a room."""

from __future__ import annotations

import argparse
from pathlib import Path

from photocall.shared.cli_args import (
    add_ice_servers_argument,
    add_room_arguments,
    default_of,
    room_config,
)
from photocall.shared.codec import PACKET_MS


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "send",
        help="send audio and face motion to everyone in a room",
        description="Join ROOM through the signaling server and stream Opus audio plus face "
        "motion (predicted from the audio) to every other peer, after sending your photo once.",
    )
    add_room_arguments(p)
    p.add_argument("--photo", type=Path, default=None, help="your photo (default: bundled one)")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--audio", type=Path, help="an audio file, played in real time")
    src.add_argument("--text", help="text spoken by espeak-ng")
    src.add_argument("--mic", action="store_true", help="the default microphone")
    p.add_argument("--bitrate", type=int, default=_default("bitrate"),
                   help="Opus bit/s (6000–128000)")
    p.add_argument("--packet-ms", type=int, choices=PACKET_MS, default=_default("packet_ms"),
                   help="media packet duration: shorter is lower latency, longer fewer headers")
    p.add_argument("--max-kbps", type=float, default=_default("max_kbps"), metavar="KBPS",
                   help="wire budget while speaking, all headers: picks the packet length and "
                   "Opus rate (overrides --packet-ms and --bitrate) and prints the latency cost")
    p.add_argument("--no-head-motion", action="store_true",
                   help="animate the mouth only (no head sway, blinks or gaze)")
    p.add_argument("--connect-timeout", type=float, default=_default("connect_timeout_s"),
                   metavar="SECONDS",
                   help="give up when no receiver has connected within this long (0: wait for ever)")
    add_ice_servers_argument(p)
    p.set_defaults(handler=_send)


def _default(name: str) -> object:
    from photocall.sender.session import SenderConfig  # the config's module, read at --help

    return default_of(SenderConfig, name)


def browser_render_graph(photo: bytes) -> bytes:
    """The photo's render graph for browsers in the room: prepared (face landmarks, crop, person
    layer) and exported here, so the page runs the same frame graph as a Python receiver."""
    from photocall.receiver.render.web_graph import photo_web_graph

    return photo_web_graph(photo, 256)


def _send(args: argparse.Namespace) -> int:
    import asyncio

    from photocall.sender.session import SenderConfig, run_sender
    from photocall.signaling.client import SignalingClient
    from photocall.signaling.janus import JanusClient

    config = SenderConfig(
        room_config(args), photo=args.photo, audio=args.audio, text=args.text, mic=args.mic,
        bitrate=args.bitrate, packet_ms=args.packet_ms, head_motion=not args.no_head_motion,
        connect_timeout_s=args.connect_timeout or None, max_kbps=args.max_kbps,
        render_graph=browser_render_graph,
    )  # fmt: skip
    plan = config.rate_plan()
    if plan is not None:
        print(plan.describe(args.max_kbps))
    result = asyncio.run(run_sender(SignalingClient, config, sfu=JanusClient))
    kbps = result.payload_bytes * 8 / max(result.seconds, 1e-9) / 1000
    to = "the SFU" if config.join.sfu_url else f"{len(result.receivers)} peer(s)"
    print(f"sent {result.packets_sent} packets in {result.seconds:.1f} s ({kbps:.1f} kbit/s "
          f"payload) to {to}")
    return 0
