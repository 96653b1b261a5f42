"""Join tokens: HMAC-SHA256 over (room, expiry), so a token opens one room until it expires.

Format: ``v1.<expiry unix seconds>.<base64url HMAC, unpadded>``. The room is not in the token;
the server checks the token against the room the client asks to join.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time

_VERSION = "v1"
_EXPIRY = re.compile(r"[1-9][0-9]{0,11}")


def _mac(secret: str, room: str, expiry: int) -> str:
    # The separator cannot occur in a room id, so (room, expiry) pairs cannot collide.
    msg = f"{_VERSION}\n{room}\n{expiry}".encode()
    digest = hmac.new(secret.encode(), msg, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def make_token(secret: str, room: str, ttl_s: float, now: float | None = None) -> str:
    """A token for ``room`` valid for ``ttl_s`` seconds from ``now`` (default: the clock)."""
    if not secret:
        raise ValueError("the secret must not be empty")
    if ttl_s <= 0:
        raise ValueError("ttl_s must be positive")
    expiry = int((time.time() if now is None else now) + ttl_s)
    return f"{_VERSION}.{expiry}.{_mac(secret, room, expiry)}"


def verify_token(secret: str, room: str, token: str, now: float | None = None) -> bool:
    """True if ``token`` was made with ``secret`` for ``room`` and has not expired at ``now``."""
    parts = token.split(".") if isinstance(token, str) else []
    # Canonical form only: the expiry exactly as make_token writes it (no sign, no leading zero,
    # ASCII digits), so one token has one spelling.
    if len(parts) != 3 or parts[0] != _VERSION or not _EXPIRY.fullmatch(parts[1]):
        return False
    expiry = int(parts[1])
    # Compare the MAC in constant time before looking at expiry, so timing says nothing either way.
    valid = hmac.compare_digest(_mac(secret, room, expiry).encode(), parts[2].encode())
    return valid and (time.time() if now is None else now) < expiry
