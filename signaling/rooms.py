"""Room membership and relaying, with no network code.

Connections are opaque hashable keys. Every operation returns the messages to send as
:class:`Send` items (errors included, addressed to the offending connection), so the whole
behaviour can be driven and checked from a test without sockets; the websockets layer only
delivers them.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from photocall.shared.signals import PeerJoined, PeerLeft, ServerError, Signal
from photocall.signaling.messages import (
    ErrorCode,
    Joined,
    ServerMessage,
)


@dataclass(frozen=True)
class Send:
    """Deliver ``message`` to connection ``conn``."""

    conn: Hashable
    message: ServerMessage


def error(conn: Hashable, code: ErrorCode, text: str) -> list[Send]:
    return [Send(conn, ServerError(code, text))]


@dataclass(frozen=True)
class Member:
    room: str
    peer: str


class Rooms:
    """Who is in which room; at most ``max_peers`` per room."""

    def __init__(self, max_peers: int = 8) -> None:
        if max_peers < 1:
            raise ValueError("max_peers must be at least 1")
        self.max_peers = max_peers
        self._members: dict[Hashable, Member] = {}
        # room -> peer id -> connection, in join order (dicts keep insertion order).
        self._rooms: dict[str, dict[str, Hashable]] = {}

    def member(self, conn: Hashable) -> Member | None:
        return self._members.get(conn)

    def peers(self, room: str) -> tuple[str, ...]:
        return tuple(self._rooms.get(room, ()))

    @property
    def room_count(self) -> int:
        return len(self._rooms)

    @property
    def connection_count(self) -> int:
        return len(self._members)

    def join(self, conn: Hashable, room: str, peer: str) -> list[Send]:
        if (current := self._members.get(conn)) is not None:
            return error(
                conn,
                ErrorCode.BAD_MESSAGE,
                f"already joined room {current.room!r} as {current.peer!r}; send leave first",
            )
        occupants = self._rooms.get(room, {})
        if peer in occupants:
            return error(conn, ErrorCode.DUPLICATE_PEER, f"peer id {peer!r} is taken in this room")
        if len(occupants) >= self.max_peers:
            return error(conn, ErrorCode.ROOM_FULL, f"room is full ({self.max_peers} peers)")
        already = tuple(occupants)
        announce = [Send(other, PeerJoined(peer)) for other in occupants.values()]
        self._rooms.setdefault(room, {})[peer] = conn
        self._members[conn] = Member(room, peer)
        return [Send(conn, Joined(room, peer, already)), *announce]

    def relay(self, conn: Hashable, to: str, data: dict[str, Any]) -> list[Send]:
        member = self._members.get(conn)
        if member is None:
            return error(conn, ErrorCode.NOT_JOINED, "join a room before sending signals")
        target = self._rooms[member.room].get(to)
        if target is None or target == conn:
            return error(conn, ErrorCode.UNKNOWN_PEER, f"no peer {to!r} in this room")
        return [Send(target, Signal(member.peer, data))]

    def leave(self, conn: Hashable) -> list[Send]:
        """Remove ``conn`` from its room (no-op if it is in none); tells the others."""
        member = self._members.pop(conn, None)
        if member is None:
            return []
        occupants = self._rooms[member.room]
        del occupants[member.peer]
        if not occupants:
            del self._rooms[member.room]
        return [Send(other, PeerLeft(member.peer)) for other in occupants.values()]
