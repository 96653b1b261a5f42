"""The ``photocall`` command: one console script, one subcommand per capability.

Each component owns a small ``cli`` module with ``register(subparsers)``; it adds its
subcommands and sets ``handler`` on them. Those modules import only argparse-level
things, so ``photocall --help`` stays fast; heavy imports happen inside the handlers.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from photocall.errors import UserError

# Modules that register subcommands, in the order their commands appear in --help.
COMMAND_MODULES: list[str] = [
    "photocall.benchmarks.cli",
    "photocall.signaling.cli",
    "photocall.sender.motion.cli",
    "photocall.sender.cli",
    "photocall.receiver.cli",
    "photocall.receiver.render.cli",
    "photocall.demo",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="photocall",
        description="A video call that sends a face without sending video.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args) or 0)
    except UserError as exc:
        print(f"photocall {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
