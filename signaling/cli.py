"""``photocall signal`` (run the signaling server) and ``photocall token`` (print a join token)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from photocall.shared.cli_args import default_of
from photocall.signaling.config import SignalingConfig
from photocall.signaling.photo_graph import PhotoGraphConfig

SECRET_ENV = "PHOTOCALL_SECRET"


def register(subparsers: argparse._SubParsersAction) -> None:
    sig = subparsers.add_parser(
        "signal",
        help="run the signaling server (rooms, tokens, SDP relay)",
        description="Run the WebSocket signaling server that lets peers find each other and "
        "exchange WebRTC offers, answers and candidates. The same port serves the browser "
        "client's files over HTTP.",
    )
    sig.add_argument("--host", default=default_of(SignalingConfig, "host"),
                     help="address to listen on")  # fmt: skip
    sig.add_argument("--port", type=int, default=default_of(SignalingConfig, "port"),
                     help="port (0: any free port)")  # fmt: skip
    sig.add_argument(
        "--secret",
        default=os.environ.get(SECRET_ENV),
        help=f"require join tokens made with this secret (default: ${SECRET_ENV}; "
        "without one the server is open)",
    )
    sig.add_argument("--max-peers", type=int, default=default_of(SignalingConfig, "max_peers"),
                     help="room capacity")  # fmt: skip
    sig.add_argument(
        "--static-dir",
        type=Path,
        default=None,
        help="folder served over HTTP GET (default: the bundled browser client, if installed)",
    )
    sig.add_argument("--no-static", action="store_true", help="serve no HTTP files")
    sig.add_argument(
        "--max-connections",
        type=int,
        default=default_of(SignalingConfig, "max_connections"),
        help="open connections in all; more are refused with HTTP 503",
    )
    sig.add_argument(
        "--max-connections-per-address",
        type=int,
        default=default_of(SignalingConfig, "max_connections_per_address"),
        help="open connections from one address (IPv6: one /64); 0: no per-address limit "
        "(behind a reverse proxy, where every connection comes from the proxy)",
    )
    sig.add_argument(
        "--photo-workers",
        type=int,
        default=PhotoGraphConfig().workers,
        help="processes that prepare browser senders' photos into render graphs (7-15 s "
        "a photo on a busy 2-core machine); 0: prepare none (browsers then show those photos by the "
        "template warp)",
    )
    # make_graph is set by the composition root (photocall/cli.py): the signaling package
    # cannot import the renderer
    sig.set_defaults(handler=_signal, make_graph=None)

    tok = subparsers.add_parser(
        "token",
        help="print a join token for a room",
        description="Print an HMAC-SHA256 token that lets its holder join ROOM on a server "
        "started with the same --secret, until it expires.",
    )
    tok.add_argument("--room", required=True, help="room the token opens")
    tok.add_argument(
        "--secret", default=os.environ.get(SECRET_ENV), help=f"(default: ${SECRET_ENV})"
    )
    tok.add_argument("--ttl", type=float, default=3600.0, help="seconds until it expires")
    tok.set_defaults(handler=_token)


def _signal(args: argparse.Namespace) -> int:
    import asyncio

    from photocall.shared.errors import UserError
    from photocall.signaling.server import SignalingServer

    if args.secret == "":
        raise UserError("--secret must not be empty")
    if args.static_dir is not None and not args.static_dir.is_dir():
        raise UserError(f"--static-dir {args.static_dir}: not a folder")
    try:
        config = SignalingConfig(
            host=args.host,
            port=args.port,
            secret=args.secret,
            max_peers=args.max_peers,
            static_dir=args.static_dir,
            serve_static=not args.no_static,
            max_connections=args.max_connections,
            max_connections_per_address=args.max_connections_per_address or None,
            photo_graph=PhotoGraphConfig(workers=max(0, args.photo_workers)),
        )
    except ValueError as exc:
        raise UserError(str(exc)) from None

    _raise_fd_limit()

    async def run() -> None:
        server = SignalingServer(config, make_graph=args.make_graph)
        try:
            await server.start()
        except OSError as exc:
            raise UserError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from None
        try:
            await server.serve_forever()
        finally:
            await server.close()

    asyncio.run(run())
    return 0


def _raise_fd_limit() -> None:
    """Lift the soft limit on open files to the hard one: each connection takes a descriptor,
    and a soft limit of 1,024 (a common default) would cap the server below its config."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        # Linux allows no unlimited descriptor count: an unlimited hard limit means "plenty".
        target = 65536 if hard == resource.RLIM_INFINITY else hard
        if soft != resource.RLIM_INFINITY and soft < target:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    except (ImportError, OSError, ValueError):
        pass  # not on this platform, or not allowed: the server lowers its cap instead


def _token(args: argparse.Namespace) -> int:
    from photocall.shared.errors import UserError
    from photocall.signaling.messages import ID_PATTERN
    from photocall.signaling.tokens import make_token

    if not args.secret:
        raise UserError(f"a secret is needed: --secret S or ${SECRET_ENV}")
    if not ID_PATTERN.fullmatch(args.room):
        raise UserError("--room must be 1-64 characters of A-Z a-z 0-9 . _ ~ : @ + -")
    if args.ttl <= 0:
        raise UserError("--ttl must be positive")
    print(make_token(args.secret, args.room, args.ttl))
    return 0
