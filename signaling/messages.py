"""The signaling message schema (JSON text frames), parsed into typed messages.

The schema is public: browsers speak it too.

client -> server::

    {"type": "join", "room": R, "peer": ID, "token": T}   # token only when the server has a secret
    {"type": "signal", "to": ID, "data": {...}}           # data: opaque SDP/ICE payload
    {"type": "leave"}

server -> client::

    {"type": "joined", "room": R, "peer": ID, "peers": [IDs already there]}
    {"type": "peer-joined", "peer": ID}
    {"type": "peer-left", "peer": ID}
    {"type": "signal", "from": ID, "data": {...}}
    {"type": "error", "code": C, "message": text}

Pure functions, no I/O: any input either parses or raises :class:`MessageError` carrying the
error code the server sends back. Unknown extra fields are ignored (forward compatibility).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

# The room events are the mesh's too (shared/ depends on no signaling code): defined there.
from photocall.shared.signals import PeerJoined, PeerLeft, ServerError, Signal


class ErrorCode(StrEnum):
    """The ``code`` of a server ``error`` message."""

    ROOM_FULL = "room-full"
    BAD_TOKEN = "bad-token"
    BAD_MESSAGE = "bad-message"
    TOO_LARGE = "too-large"
    RATE_LIMITED = "rate-limited"
    UNKNOWN_PEER = "unknown-peer"
    DUPLICATE_PEER = "duplicate-peer"
    NOT_JOINED = "not-joined"


# Room and peer ids: short and URL/log safe, so they can be echoed without escaping surprises.
ID_PATTERN = re.compile(r"[A-Za-z0-9._~:@+-]{1,64}")
MAX_TOKEN_CHARS = 512
# Longest integer literal accepted anywhere in a message.
MAX_INT_DIGITS = 64
# SDP and ICE payloads are 1-2 levels deep; a limit keeps relaying (re-encoding) far from
# Python's recursion limit whatever a peer sends.
MAX_DATA_DEPTH = 32
# Compact separators; one encoder object, because json.dumps(..., separators=...) builds a new
# encoder per call (a measurable share of a relay's CPU).
_encode = json.JSONEncoder(separators=(",", ":")).encode


class MessageError(ValueError):
    """A message that cannot be accepted; ``code`` is what the server answers with."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# --- client -> server ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Join:
    room: str
    peer: str
    token: str | None = None


@dataclass(frozen=True)
class SignalTo:
    """Relay ``data`` to peer ``to`` in the sender's room."""

    to: str
    data: dict[str, Any]


@dataclass(frozen=True)
class Leave:
    pass


ClientMessage = Join | SignalTo | Leave


# --- server -> client ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Joined:
    room: str
    peer: str
    peers: tuple[str, ...]


ServerMessage = Joined | PeerJoined | PeerLeft | Signal | ServerError


class _NotStrictJSON(ValueError):
    """JSON that Python's parser accepts but the schema does not (NaN, 1e999, huge integers)."""


def _reject_constant(name: str) -> Any:
    raise _NotStrictJSON(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotStrictJSON(f"number {text[:20]}... is out of range")
    return value


def _short_int(text: str) -> int:
    # Python refuses to convert > 4,300 digits anyway (a ValueError from deep inside json);
    # no SDP or ICE field comes near this, and a short limit keeps the parse cheap.
    if len(text) > MAX_INT_DIGITS:
        raise _NotStrictJSON(f"integer of {len(text)} digits (at most {MAX_INT_DIGITS})")
    return int(text)


_decode = json.JSONDecoder(
    parse_constant=_reject_constant, parse_float=_finite_float, parse_int=_short_int
).decode


def _load_object(raw: bytes | str) -> dict[str, Any]:
    # Every way the standard parser can fail is a ValueError (JSONDecodeError, UnicodeDecodeError,
    # the int-digits limit) or a RecursionError; strict JSON: no NaN, Infinity or overflowing floats.
    try:
        text = raw if isinstance(raw, str) else raw.decode("utf-8")
        obj = _decode(text)
    except (ValueError, RecursionError) as exc:
        raise MessageError(ErrorCode.BAD_MESSAGE, f"not JSON: {str(exc)[:120]}") from None
    if not isinstance(obj, dict):
        raise MessageError(ErrorCode.BAD_MESSAGE, "a message must be a JSON object")
    return obj


def _field(obj: dict[str, Any], name: str, kind: type, what: str) -> Any:
    if name not in obj:
        raise MessageError(ErrorCode.BAD_MESSAGE, f"{what}: missing field {name!r}")
    value = obj[name]
    # bool is an int in Python; no field here accepts either, so no special case is needed.
    if not isinstance(value, kind):
        raise MessageError(
            ErrorCode.BAD_MESSAGE, f"{what}: field {name!r} must be a {kind.__name__}"
        )
    return value


def _id(obj: dict[str, Any], name: str, what: str) -> str:
    value = _field(obj, name, str, what)
    if not ID_PATTERN.fullmatch(value):
        raise MessageError(
            ErrorCode.BAD_MESSAGE,
            f"{what}: field {name!r} must be 1-64 characters of A-Z a-z 0-9 . _ ~ : @ + -",
        )
    return value


def _depth(value: Any, limit: int) -> int:
    """Nesting depth of a JSON value, counted up to ``limit + 1`` (then it stops looking)."""
    if limit < 0 or not isinstance(value, (dict, list)):
        return 0
    children = value.values() if isinstance(value, dict) else value
    return 1 + max((_depth(c, limit - 1) for c in children), default=0)


def parse_client_message(raw: bytes | str) -> ClientMessage:
    """Parse one client frame; raises :class:`MessageError` (code ``bad-message``)."""
    obj = _load_object(raw)
    kind = obj.get("type")
    if kind == "join":
        token = obj.get("token")
        if token is not None and (not isinstance(token, str) or len(token) > MAX_TOKEN_CHARS):
            raise MessageError(ErrorCode.BAD_MESSAGE, "join: field 'token' must be a short string")
        return Join(room=_id(obj, "room", "join"), peer=_id(obj, "peer", "join"), token=token)
    if kind == "signal":
        data = _field(obj, "data", dict, "signal")
        if _depth(data, MAX_DATA_DEPTH) > MAX_DATA_DEPTH:
            raise MessageError(
                ErrorCode.BAD_MESSAGE, f"signal: 'data' is nested deeper than {MAX_DATA_DEPTH}"
            )
        return SignalTo(to=_id(obj, "to", "signal"), data=data)
    if kind == "leave":
        return Leave()
    if not isinstance(kind, str):
        raise MessageError(ErrorCode.BAD_MESSAGE, "missing or non-string field 'type'")
    raise MessageError(ErrorCode.BAD_MESSAGE, f"unknown message type {kind[:40]!r}")


def encode_client_message(message: ClientMessage) -> str:
    match message:
        case Join(room, peer, token):
            obj: dict[str, Any] = {"type": "join", "room": room, "peer": peer}
            if token is not None:
                obj["token"] = token
        case SignalTo(to, data):
            obj = {"type": "signal", "to": to, "data": data}
        case Leave():
            obj = {"type": "leave"}
    return _encode(obj)


def encode_server_message(message: ServerMessage) -> str:
    match message:
        case Joined(room, peer, peers):
            obj: dict[str, Any] = {
                "type": "joined",
                "room": room,
                "peer": peer,
                "peers": list(peers),
            }
        case PeerJoined(peer):
            obj = {"type": "peer-joined", "peer": peer}
        case PeerLeft(peer):
            obj = {"type": "peer-left", "peer": peer}
        case Signal(sender, data):
            obj = {"type": "signal", "from": sender, "data": data}
        case ServerError(code, text):
            obj = {"type": "error", "code": str(code), "message": text}
    return _encode(obj)


def parse_server_message(raw: bytes | str) -> ServerMessage:
    """Parse one server frame (the client side); raises :class:`MessageError`."""
    obj = _load_object(raw)
    kind = obj.get("type")
    if kind == "joined":
        peers = _field(obj, "peers", list, "joined")
        if not all(isinstance(p, str) for p in peers):
            raise MessageError(ErrorCode.BAD_MESSAGE, "joined: 'peers' must be strings")
        return Joined(
            room=_field(obj, "room", str, "joined"),
            peer=_field(obj, "peer", str, "joined"),
            peers=tuple(peers),
        )
    if kind == "peer-joined":
        return PeerJoined(peer=_field(obj, "peer", str, kind))
    if kind == "peer-left":
        return PeerLeft(peer=_field(obj, "peer", str, kind))
    if kind == "signal":
        return Signal(sender=_field(obj, "from", str, kind), data=_field(obj, "data", dict, kind))
    if kind == "error":
        return ServerError(code=_field(obj, "code", str, kind), message=str(obj.get("message", "")))
    raise MessageError(ErrorCode.BAD_MESSAGE, f"unknown server message type {kind!r}")
