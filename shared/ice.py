"""ICE servers as the command line and the browser page write them, and coturn's REST credentials.

One server per ``--ice-server``::

    stun:HOST[:PORT]
    turn:USER:PASS@HOST[:PORT][?transport=udp|tcp]      static credentials
    turns:USER:PASS@HOST[:PORT]                         TURN over TLS (TCP)
    turn:HOST[:PORT]  with a TURN secret                time-limited credentials (below)

USER and PASS are percent-decoded (write ``:`` as ``%3A``, ``@`` as ``%40``). The port defaults to
3478 (5349 for turns), as in RFC 7064/7065. IPv6 literals are refused: aiortc's parser cannot
take them.

Time-limited credentials follow coturn's ``use-auth-secret`` scheme (the "TURN REST API" draft):
the username is ``EXPIRY:USER`` with EXPIRY in Unix seconds, and the password is
base64(HMAC-SHA1(secret, username)). The server checks both with its ``static-auth-secret``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from urllib.parse import unquote

from photocall.shared.room import IceServer

DEFAULT_TURN_USER = "photocall"
TURN_CREDENTIAL_TTL_S = 24 * 3600  # how long minted TURN credentials stay valid

_URL = re.compile(
    r"(?P<scheme>[A-Za-z]+):(?:(?P<userinfo>[^@/?#]*)@)?(?P<host>[^:/?#@\[\]]+)"
    r"(?::(?P<port>[0-9]{1,5}))?(?:\?transport=(?P<transport>[A-Za-z]+))?"
)
_DEFAULT_PORT = {"stun": 3478, "turn": 3478, "turns": 5349}


def turn_rest_credentials(secret: str, user: str, expires_at: int) -> tuple[str, str]:
    """(username, password) valid until ``expires_at`` (Unix seconds) on a coturn started with
    ``use-auth-secret`` and ``static-auth-secret=secret``."""
    username = f"{int(expires_at)}:{user}"
    digest = hmac.new(secret.encode(), username.encode(), hashlib.sha1).digest()
    return username, base64.b64encode(digest).decode("ascii")


def parse_ice_server(text: str, *, turn_secret: str | None = None,
                     turn_user: str = DEFAULT_TURN_USER, now: float = 0.0) -> IceServer:  # fmt: skip
    """The :class:`IceServer` of one ``--ice-server`` value (module docstring).

    A TURN URL without ``USER:PASS@`` gets time-limited credentials from ``turn_secret`` for
    ``turn_user``, valid for :data:`TURN_CREDENTIAL_TTL_S` after ``now`` (Unix seconds).
    Raises ValueError saying what is wrong; the message reads after the flag's name.
    """
    m = _URL.fullmatch(text.strip())
    if m is None:
        if "[" in text:
            raise ValueError(f"{text!r}: IPv6 addresses are not supported (aiortc cannot use "
                             "them); give a host name or an IPv4 address")  # fmt: skip
        raise ValueError(f"{text!r} is not a STUN/TURN URL: expected stun:HOST:PORT or "
                         "turn:USER:PASS@HOST:PORT")  # fmt: skip
    scheme = m["scheme"].lower()
    if scheme not in _DEFAULT_PORT:
        raise ValueError(f"{text!r}: unknown scheme {m['scheme']!r} (stun, turn or turns)")
    port = int(m["port"]) if m["port"] else _DEFAULT_PORT[scheme]
    if not 1 <= port <= 65535:
        raise ValueError(f"{text!r}: port {port} is out of range")
    host = m["host"]
    if scheme == "stun":
        if m["userinfo"] is not None or m["transport"]:
            raise ValueError(f"{text!r}: a STUN server takes no credentials or transport")
        return IceServer(f"stun:{host}:{port}")
    transport = (m["transport"] or ("tcp" if scheme == "turns" else "udp")).lower()
    if transport not in ("udp", "tcp") or (scheme == "turns" and transport != "tcp"):
        raise ValueError(f"{text!r}: transport must be udp or tcp (turns: tcp only)")
    url = f"{scheme}:{host}:{port}?transport={transport}"
    if m["userinfo"] is not None:
        user, sep, password = m["userinfo"].partition(":")
        if not user or not sep or not password:
            raise ValueError(f"{text!r}: TURN credentials are USER:PASS@ (both non-empty)")
        return IceServer(url, unquote(user), unquote(password))
    if turn_secret is None:
        raise ValueError(f"{text!r}: a TURN server needs USER:PASS@ in the URL or a TURN secret "
                         "(--turn-secret) for time-limited credentials")  # fmt: skip
    if not turn_secret:
        raise ValueError("the TURN secret is empty")
    username, password = turn_rest_credentials(
        turn_secret, turn_user, int(now) + TURN_CREDENTIAL_TTL_S
    )
    return IceServer(url, username, password)


def parse_ice_servers(texts: list[str] | tuple[str, ...], *, turn_secret: str | None = None,
                      turn_user: str = DEFAULT_TURN_USER, now: float = 0.0,
                      ) -> tuple[IceServer, ...]:  # fmt: skip
    """:func:`parse_ice_server` of each."""
    return tuple(parse_ice_server(t, turn_secret=turn_secret, turn_user=turn_user, now=now)
                 for t in texts)  # fmt: skip
