"""A light sender or receiver for the lab: the real sessions (aiortc, Opus, the photo, the jitter
buffer, playout, MP4, stats) with the doubles of ``netlab/doubles.py`` in place of the learned
motion model and the photo renderer, so that four of them share 2 cores without starving.

    python -m photocall.netlab.peer send --signal URL --room R --ice-server … --audio WAV
    python -m photocall.netlab.peer receive --signal URL --room R --ice-server … --out X --stats Y

Room and ICE flags are the CLI's own (``shared/cli_args.py``), so they are parsed as
``photocall send``/``receive`` parse them.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from photocall.shared.cli_args import add_ice_servers_argument, add_room_arguments, room_config
from photocall.shared.errors import UserError
from photocall.shared.logs import setup_logging


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m photocall.netlab.peer")
    sub = p.add_subparsers(dest="role", required=True)
    send = sub.add_parser("send")
    receive = sub.add_parser("receive")
    for q in (send, receive):
        add_room_arguments(q)
        add_ice_servers_argument(q)
    send.add_argument("--audio", type=Path, required=True)
    receive.add_argument("--out", type=Path, required=True)
    receive.add_argument("--stats", type=Path, required=True)
    receive.add_argument("--duration", type=float, default=120.0)
    return p


async def _send(args: argparse.Namespace) -> None:
    from photocall.netlab.doubles import EnergyPredictor
    from photocall.sender.session import SenderConfig, run_sender
    from photocall.signaling.client import SignalingClient

    config = SenderConfig(room_config(args), audio=args.audio, check_photo=False,
                          head_motion=False, connect_timeout_s=60.0)  # fmt: skip
    result = await run_sender(SignalingClient, config, predictor=EnergyPredictor())
    print(f"sent {result.packets_sent} packets in {result.seconds:.1f} s to "
          f"{len(result.receivers)} peer(s)")  # fmt: skip


async def _receive(args: argparse.Namespace) -> None:
    from photocall.netlab.doubles import bar_factory
    from photocall.receiver.config import ReceiverConfig
    from photocall.receiver.session import run_receiver
    from photocall.receiver.stats import describe
    from photocall.signaling.client import SignalingClient

    config = ReceiverConfig(room_config(args), out=args.out, stats=args.stats,
                            exit_when_done=True, duration_s=args.duration)  # fmt: skip
    result = await run_receiver(SignalingClient, config, renderer_factory=bar_factory)
    if result.report is not None:
        print(describe(result.report))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    setup_logging(1)
    try:
        asyncio.run(_send(args) if args.role == "send" else _receive(args))
    except UserError as exc:
        print(f"netlab peer {args.role}: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
