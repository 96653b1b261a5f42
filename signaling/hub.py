"""Everything the server decides, with no network code: size and rate limits, parsing,
tokens and rooms. The websockets layer feeds it frames and carries out the actions it returns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass

from photocall.shared.signals import ServerError
from photocall.signaling.config import SignalingConfig
from photocall.signaling.messages import (
    ErrorCode,
    Join,
    Leave,
    MessageError,
    SignalTo,
    parse_client_message,
)
from photocall.signaling.ratelimit import FloodGuard, Verdict
from photocall.signaling.rooms import Rooms, Send, error
from photocall.signaling.tokens import verify_token

# WebSocket close code 1008: policy violation (RFC 6455 section 7.4.1).
POLICY_VIOLATION = 1008


@dataclass(frozen=True)
class Close:
    """Close connection ``conn`` with a WebSocket close code and reason."""

    conn: Hashable
    code: int
    reason: str


Action = Send | Close


class Hub:
    def __init__(self, config: SignalingConfig) -> None:
        self.config = config
        self.rooms = Rooms(config.max_peers)
        self._guards: dict[Hashable, FloodGuard] = {}
        self.stats: Counter[str] = Counter()  # "relayed", "error:<code>", ...

    def connect(self, conn: Hashable, now: float) -> None:
        self._guards[conn] = FloodGuard(self.config.rate_limit, now)

    def disconnect(self, conn: Hashable) -> list[Send]:
        """The connection ended, however it ended: forget it and tell its room."""
        self._guards.pop(conn, None)
        return self.rooms.leave(conn)

    def receive(self, conn: Hashable, raw: bytes | str, now: float) -> list[Action]:
        actions = self._receive(conn, raw, now)
        for action in actions:
            if isinstance(action, Send) and isinstance(action.message, ServerError):
                self.stats[f"error:{action.message.code}"] += 1
        return actions

    def _receive(self, conn: Hashable, raw: bytes | str, now: float) -> list[Action]:
        guard = self._guards.get(conn)
        if guard is None:  # a frame after disconnect(): nothing to do
            return []
        verdict = guard.check(now)
        if verdict is Verdict.REJECT:
            return []
        if verdict is Verdict.REJECT_AND_TELL:
            return [*error(conn, ErrorCode.RATE_LIMITED, "too many messages; slow down")]
        if verdict is Verdict.DISCONNECT:
            del self._guards[conn]  # frames still in flight until the close completes: ignored
            return [
                *error(conn, ErrorCode.RATE_LIMITED, "kept flooding; disconnecting"),
                Close(conn, POLICY_VIOLATION, "rate-limited"),
            ]
        size = len(raw.encode() if isinstance(raw, str) else raw)
        if size > self.config.max_message_bytes:
            return [
                *error(
                    conn,
                    ErrorCode.TOO_LARGE,
                    f"message of {size} bytes exceeds {self.config.max_message_bytes}",
                )
            ]
        try:
            message = parse_client_message(raw)
        except MessageError as exc:
            return [*error(conn, exc.code, exc.message)]
        match message:
            case Join(room, peer, token):
                secret = self.config.secret
                if secret is not None and (token is None or not verify_token(secret, room, token)):
                    why = "this server needs a token" if token is None else "invalid or expired"
                    return [*error(conn, ErrorCode.BAD_TOKEN, f"token for room {room!r}: {why}")]
                return [*self.rooms.join(conn, room, peer)]
            case SignalTo(to, data):
                sends = self.rooms.relay(conn, to, data)
                if not isinstance(sends[0].message, ServerError):
                    self.stats["relayed"] += 1
                return [*sends]
            case Leave():
                if self.rooms.member(conn) is None:
                    return [*error(conn, ErrorCode.NOT_JOINED, "not in a room")]
                return [*self.rooms.leave(conn)]
