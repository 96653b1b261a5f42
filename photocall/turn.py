"""``photocall turn-credentials``: time-limited TURN credentials for a coturn with a secret."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    from photocall.shared.ice import DEFAULT_TURN_USER, TURN_CREDENTIAL_TTL_S

    p = subparsers.add_parser(
        "turn-credentials",
        help="print time-limited TURN credentials (coturn use-auth-secret)",
        description="Mint a username and password that a coturn started with use-auth-secret and "
        "static-auth-secret=SECRET accepts until they expire, and print them as an --ice-server "
        "URL and as the browser page's ice= parameter (for a page that must not hold the secret).",
    )
    p.add_argument("host", metavar="HOST[:PORT]", help="the TURN server")
    p.add_argument("--secret", required=True, help="coturn's static-auth-secret")
    p.add_argument("--user", default=DEFAULT_TURN_USER, help="the user they are for")
    p.add_argument("--ttl", type=int, default=TURN_CREDENTIAL_TTL_S, help="seconds valid")
    p.set_defaults(handler=_credentials)


def _credentials(args: argparse.Namespace) -> int:
    import time
    from urllib.parse import quote

    from photocall.shared.errors import UserError
    from photocall.shared.ice import parse_ice_server, turn_rest_credentials

    if args.ttl <= 0:
        raise UserError("--ttl must be positive")
    try:
        parse_ice_server(f"stun:{args.host}")  # the host and port alone
    except ValueError as exc:
        raise UserError(f"HOST {exc}") from None
    username, password = turn_rest_credentials(args.secret, args.user, int(time.time()) + args.ttl)
    url = f"turn:{quote(username, safe='')}:{quote(password, safe='')}@{args.host}"
    print(f"username: {username}\npassword: {password}\n--ice-server {url}\n"
          f"ice={quote(url, safe='')}")  # fmt: skip
    return 0
