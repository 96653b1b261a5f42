"""Command-line flags that ``photocall send`` and ``photocall receive`` share (argparse only)."""

from __future__ import annotations

import argparse

DEFAULT_SIGNAL = "ws://127.0.0.1:8765/"


def add_room_arguments(parser: argparse.ArgumentParser) -> None:
    """--signal, --room, --token, --name: how a peer finds and joins its room."""
    parser.add_argument(
        "--signal", default=DEFAULT_SIGNAL, help="signaling server URL (ws:// or wss://)"
    )
    parser.add_argument("--room", default="default", help="room to join")
    parser.add_argument("--token", default=None, help="join token, if the server needs one")
    parser.add_argument("--name", default="photocall", help="your display name")


def add_ice_servers_argument(parser: argparse.ArgumentParser) -> None:
    """--ice-server, repeatable; none by default so nothing outside is contacted."""
    parser.add_argument(
        "--ice-server", action="append", default=[], help="STUN/TURN URL (repeatable; default none)"
    )
