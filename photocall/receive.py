"""``photocall receive``: join a room and play every sender's animated photo and voice."""

from __future__ import annotations

import argparse
from pathlib import Path

from photocall.receiver.config import ReceiverConfig
from photocall.receiver.render.config import RendererConfig
from photocall.shared.cli_args import (
    add_ice_servers_argument,
    add_room_arguments,
    default_of,
    room_config,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "receive",
        help="receive a call: animated photos and audio of everyone in a room",
        description="Join ROOM and re-animate every sender's photo from its face-motion stream, "
        "in sync with its audio. Stop with Ctrl-C (the MP4 and stats are finished cleanly).",
    )
    add_room_arguments(p)
    p.add_argument("--out", type=Path, default=None, help="write the call to this MP4")
    p.add_argument("--window", action="store_true", help="show a live window")
    p.add_argument("--speaker", action="store_true", help="play the audio on the speaker")
    p.add_argument("--stats", type=Path, default=None, help="write call stats (JSON) here")
    p.add_argument("--fps", type=int, default=default_of(ReceiverConfig, "fps"),
                   help="video frames per second")
    p.add_argument("--size", type=int, default=default_of(ReceiverConfig, "tile_size"),
                   help="pixels per participant tile")
    p.add_argument("--tiles", type=int, default=default_of(ReceiverConfig, "tiles"),
                   help="lay the picture out for this many participants (default: as many as "
                   "are there when the first frame is drawn)")
    p.add_argument("--backend", default=default_of(RendererConfig, "backend"),
                   help="renderer backend (torch, onnxruntime, tensorrt)")
    p.add_argument("--device", default=default_of(RendererConfig, "device"),
                   help="renderer device (cpu, cuda)")
    p.add_argument("--duration", type=float, default=None, help="stop after this many seconds")
    p.add_argument("--exit-when-done", action="store_true",
                   help="stop once every sender has left")
    add_ice_servers_argument(p)
    p.set_defaults(handler=_receive)


def _receive(args: argparse.Namespace) -> int:
    import asyncio
    import signal

    from photocall.receiver.session import run_receiver
    from photocall.receiver.stats import describe
    from photocall.signaling.client import SignalingClient
    from photocall.signaling.janus import JanusClient

    config = ReceiverConfig(
        room_config(args), out=args.out, window=args.window, speaker=args.speaker,
        stats=args.stats, fps=args.fps, tile_size=args.size, tiles=args.tiles,
        render=RendererConfig(backend=args.backend, device=args.device),
        duration_s=args.duration, exit_when_done=args.exit_when_done,
    )  # fmt: skip

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)  # finish the MP4 instead of dying mid-write
        result = await run_receiver(SignalingClient, config, stop=stop, sfu=JanusClient)
        if result.report is not None:
            print(describe(result.report))
        if config.out and not result.wrote:
            print("nothing was recorded")

    asyncio.run(main())
    return 0
