"""The ``photocall`` command: one console script, one subcommand per capability.

Each component owns a small ``cli`` module with ``register(subparsers)``; it adds its
subcommands and sets ``handler`` on them. Those modules import only argparse-level
things, so ``photocall --help`` stays fast; heavy imports happen inside the handlers.
Every subcommand's --help shows the defaults (see :class:`HelpFormatter`).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from photocall.shared.errors import UserError
from photocall.shared.logs import setup_logging

# Modules that register subcommands, in the order their commands appear in --help.
COMMAND_MODULES: list[str] = [
    "photocall.benchmarks.cli",
    "photocall.signaling.cli",
    "photocall.sender.motion.cli",
    "photocall.send",
    "photocall.receive",
    "photocall.receiver.render.cli",
    "photocall.demo",
    "photocall.turn",
]


class HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Adds "(default: X)" to an option's help, unless there is nothing to show (None, False,
    an empty list) or the help already says what the default is."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        help = action.help or ""
        default = action.default
        if default is None or default is False or default == [] or "default" in help:
            return help
        return super()._get_help_string(action)


class _Parser(argparse.ArgumentParser):
    """The parser class of every subcommand: the components' ``add_parser`` calls get the
    HelpFormatter without each having to ask for it."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(**kwargs)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="photocall",
        description="A video call that sends a face without sending video.",
    )
    parser.add_argument(
        "-v", "--verbose", action="count", default=0,
        help="more detail: -v photocall's debug lines, the libraries' info and native logs; "
        "-vv the libraries' debug lines too (secrets blanked out)",
    )  # fmt: skip
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    _wire(subparsers)
    return parser


def _wire(subparsers: argparse._SubParsersAction) -> None:
    """What one component gets from another, which it may not import itself: the signaling
    server prepares browser senders' photos with the sender's own render-graph maker."""
    from photocall.send import browser_render_graph

    subparsers.choices["signal"].set_defaults(make_graph=browser_render_graph)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(args.verbose)
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
