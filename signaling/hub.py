"""Everything the server decides, with no network code: size and rate limits, parsing,
tokens, rooms and deadlines. The websockets layer feeds it frames and the time, and carries out
the actions it returns.
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
    """Close connection ``conn`` with a WebSocket close code and reason. ``hang_up``: send the
    close frame and drop the connection at once, without reading on to the peer's answer (a
    flooding peer: its backlog would cost more to read than to drop)."""

    conn: Hashable
    code: int
    reason: str
    hang_up: bool = False


@dataclass(frozen=True)
class Incident:
    """Something a peer did that the operator should hear of (at a bounded rate): ``kind`` is a
    fixed name (``bad-token``, ``too-large``, ``cut-off``, ``join-timeout``), ``detail`` may
    hold peer-supplied text and must be escaped before it is logged."""

    conn: Hashable
    kind: str
    detail: str


Action = Send | Close | Incident


class Hub:
    def __init__(self, config: SignalingConfig) -> None:
        self.config = config
        self.rooms = Rooms(config.max_peers)
        self._guards: dict[Hashable, FloodGuard] = {}
        # Connections in no room, with the time they must have joined by. Insertion order is
        # deadline order (one timeout for all), so tick() stops at the first one not yet due.
        self._lobby: dict[Hashable, float] = {}
        self.stats: Counter[str] = Counter()  # "relayed", "error:<code>", "cut-off:<why>", ...

    def connect(self, conn: Hashable, now: float) -> None:
        self._guards[conn] = FloodGuard(self.config.rate_limit, now)
        self._lobby[conn] = now + self.config.join_timeout_s

    def disconnect(self, conn: Hashable) -> list[Send]:
        """The connection ended, however it ended: forget it and tell its room."""
        self._guards.pop(conn, None)
        self._lobby.pop(conn, None)
        return self.rooms.leave(conn)

    def tick(self, now: float) -> list[Action]:
        """Close the connections that have been in no room for ``join_timeout_s``."""
        due = []
        for conn, deadline in self._lobby.items():
            if deadline > now:
                break
            due.append(conn)
        actions: list[Action] = []
        reason = f"join-timeout: no join within {self.config.join_timeout_s:g} s"
        for conn in due:
            actions.append(Incident(conn, "join-timeout", reason))
            actions.append(self._cut_off(conn, "join-timeout", reason, hang_up=False))
        return actions

    def receive(self, conn: Hashable, raw: bytes | str, now: float) -> list[Action]:
        actions = self._receive(conn, raw, now)
        for action in actions:
            if isinstance(action, Send) and isinstance(action.message, ServerError):
                self.stats[f"error:{action.message.code}"] += 1
        return actions

    def _cut_off(self, conn: Hashable, why: str, reason: str, hang_up: bool = True) -> Close:
        """Close ``conn``; frames still in flight until the close completes are ignored."""
        self._guards.pop(conn, None)
        self._lobby.pop(conn, None)
        self.stats[f"cut-off:{why}"] += 1
        return Close(conn, POLICY_VIOLATION, reason, hang_up)

    def _receive(self, conn: Hashable, raw: bytes | str, now: float) -> list[Action]:
        guard = self._guards.get(conn)
        if guard is None:  # a frame after disconnect() or a cut-off: nothing to do
            return []
        size = len(raw.encode() if isinstance(raw, str) else raw)
        verdict = guard.check(now, size)
        if verdict is Verdict.REJECT:
            return []
        if verdict is Verdict.REJECT_AND_TELL:
            return [*error(conn, ErrorCode.RATE_LIMITED, "too many messages; slow down")]
        if verdict is Verdict.DISCONNECT:
            return [
                *error(conn, ErrorCode.RATE_LIMITED, "kept flooding; disconnecting"),
                Incident(conn, "cut-off", "kept sending over the rate limit"),
                self._cut_off(conn, "rate-limited", "rate-limited"),
            ]
        if size > self.config.max_message_bytes:
            limit = self.config.max_message_bytes
            return self._malformed(
                conn,
                now,
                ErrorCode.TOO_LARGE,
                f"message of {size} bytes exceeds {limit}",
                Incident(conn, "too-large", f"message of {size} bytes (limit {limit})"),
            )
        try:
            message = parse_client_message(raw)
        except MessageError as exc:
            return self._malformed(conn, now, exc.code, exc.message, None)
        match message:
            case Join(room, peer, token):
                secret = self.config.secret
                if secret is not None and (token is None or not verify_token(secret, room, token)):
                    why = "this server needs a token" if token is None else "invalid or expired"
                    return [
                        *error(conn, ErrorCode.BAD_TOKEN, f"token for room {room!r}: {why}"),
                        Incident(conn, "bad-token", f"room {room}, peer {peer}: {why}"),
                    ]
                sends = self.rooms.join(conn, room, peer)
                if self.rooms.member(conn) is not None:
                    self._lobby.pop(conn, None)
                return [*sends]
            case SignalTo(to, data):
                sends = self.rooms.relay(conn, to, data)
                if not isinstance(sends[0].message, ServerError):
                    self.stats["relayed"] += 1
                return [*sends]
            case Leave():
                if self.rooms.member(conn) is None:
                    return [*error(conn, ErrorCode.NOT_JOINED, "not in a room")]
                # In no room again: the join deadline starts over (at the end of the lobby).
                self._lobby[conn] = now + self.config.join_timeout_s
                return [*self.rooms.leave(conn)]

    def _malformed(
        self,
        conn: Hashable,
        now: float,
        code: ErrorCode,
        text: str,
        incident: Incident | None,
    ) -> list[Action]:
        """Answer a message no correct client sends; too many of them end the connection."""
        actions: list[Action] = [*error(conn, code, text)]
        if incident is not None:
            actions.append(incident)
        if not self._guards[conn].malformed(now):
            actions.append(Incident(conn, "cut-off", f"too many bad messages (last: {text})"))
            actions.append(self._cut_off(conn, "bad-messages", "too many bad messages"))
        return actions
