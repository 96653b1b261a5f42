"""Command-line flags that ``photocall send`` and ``photocall receive`` share (argparse only).

Defaults come from the config dataclasses (``default_of``), so a flag and its config field
cannot disagree.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import time
from typing import Any

from photocall.shared.errors import UserError
from photocall.shared.ice import DEFAULT_TURN_USER, parse_ice_servers
from photocall.shared.room import IceServer, RoomConfig, check_url


def default_of(config: type, name: str) -> Any:
    """The default of field ``name`` of the dataclass ``config`` (calling a default factory)."""
    for f in dataclasses.fields(config):
        if f.name == name:
            if f.default is not dataclasses.MISSING:
                return f.default
            if f.default_factory is not dataclasses.MISSING:
                return f.default_factory()
            raise ValueError(f"{config.__name__}.{name} has no default")
    raise AttributeError(f"{config.__name__} has no field {name!r}")


def add_room_arguments(parser: argparse.ArgumentParser) -> None:
    """--signal, --room, --token, --name: how a peer finds and joins its room."""
    parser.add_argument(
        "--signal", default=default_of(RoomConfig, "signal_url"),
        help="signaling server URL (ws:// or wss://)",
    )  # fmt: skip
    parser.add_argument("--room", default=default_of(RoomConfig, "room"), help="room to join")
    parser.add_argument("--token", default=default_of(RoomConfig, "token"),
                        help="join token, if the server needs one")  # fmt: skip
    parser.add_argument("--name", default=default_of(RoomConfig, "name"),
                        help="your display name")  # fmt: skip
    parser.add_argument("--sfu", default=default_of(RoomConfig, "sfu_url"), metavar="URL",
                        help="go through this Janus (its WebSocket API, ws://HOST:8188/) instead "
                        "of a mesh; --room is then a Janus room number")  # fmt: skip


def add_ice_servers_argument(parser: argparse.ArgumentParser) -> None:
    """--ice-server (repeatable; none by default so nothing outside is contacted), --turn-secret
    and --turn-user (``shared/ice.py`` has the forms)."""
    parser.add_argument(
        "--ice-server", action="append", default=[], metavar="URL",
        help="a STUN or TURN server, repeatable: stun:HOST:PORT, turn:USER:PASS@HOST:PORT "
        "(?transport=tcp for TCP), turns:USER:PASS@HOST:PORT, or turn:HOST:PORT with "
        "--turn-secret (default: none, host candidates only)",
    )  # fmt: skip
    parser.add_argument(
        "--turn-secret", default=os.environ.get("PHOTOCALL_TURN_SECRET") or None,
        metavar="SECRET",
        help="coturn's static-auth-secret: time-limited credentials (valid 24 h) for the "
        "turn: URLs given without USER:PASS@ (default: $PHOTOCALL_TURN_SECRET)",
    )  # fmt: skip
    parser.add_argument("--turn-user", default=DEFAULT_TURN_USER,
                        help="the user named in those time-limited credentials")  # fmt: skip


def ice_servers(args: argparse.Namespace) -> tuple[IceServer, ...]:
    """The servers of the flags above; UserError naming the flag for a bad one."""
    try:
        servers = parse_ice_servers(args.ice_server, turn_secret=args.turn_secret,
                                    turn_user=args.turn_user, now=time.time())  # fmt: skip
    except ValueError as exc:
        raise UserError(f"--ice-server {exc}") from None
    if args.turn_secret is not None and not any(s.is_turn for s in servers):
        logging.getLogger(__name__).warning(
            "a TURN secret is set but no --ice-server turn:HOST:PORT uses it"
        )
    return servers


def room_config(args: argparse.Namespace) -> RoomConfig:
    """The RoomConfig of the flags above; UserError for a --signal that is not a ws(s) URL or a
    bad --ice-server (now, not after the seconds that loading the photo and the model take)."""
    try:
        check_url(args.signal)
    except ValueError as exc:
        raise UserError(f"--signal {exc}") from None
    if args.sfu is not None:
        try:
            check_url(args.sfu)
        except ValueError as exc:
            raise UserError(f"--sfu {exc} (Janus's WebSocket API: ws://HOST:8188/)") from None
        from photocall.shared.sfu import room_number

        room_number(args.room)  # now, not after the photo and the model have loaded
    return RoomConfig(
        signal_url=args.signal, room=args.room, token=args.token, name=args.name,
        ice_servers=ice_servers(args),
        sfu_url=args.sfu,
    )  # fmt: skip
