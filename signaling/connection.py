"""The server's side of one TCP connection, below the WebSocket layer: counted from the
moment it is accepted, refused at once over the connection caps (``503``) or while its address
cools down after abuse (``429``), answered ``431`` when
its request head grows past the limit. The decisions are the owner's (``Admission``); this only
carries them out on the socket.
"""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

from websockets.asyncio.server import ServerConnection

from photocall.signaling.admission import Admission, address_key
from photocall.signaling.config import SignalingConfig

_PHRASES = {429: "Too Many Requests", 503: "Service Unavailable"}


class ConnectionOwner(Protocol):
    """What a connection needs from its server."""

    config: SignalingConfig
    admission: Admission

    def clock(self) -> float: ...

    def refused(self, key: str, why: str) -> None: ...
    def incident(self, key: str | None, kind: str, detail: str) -> None: ...
    def released(self, conn: GuardedConnection) -> None: ...


# File descriptors kept free for everything but connections (files, logs, the listening socket).
FD_RESERVE = 64
# How long a refused connection stays open after its answer (see _answer_and_close).
LINGER_S = 0.5


def fd_limited(max_connections: int) -> int:
    """``max_connections`` lowered so open connections leave FD_RESERVE descriptors free."""
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, OSError, ValueError):
        return max_connections
    if soft == resource.RLIM_INFINITY:
        return max_connections
    return max(1, min(max_connections, soft - FD_RESERVE))


def _raw_response(status: int, phrase: str, text: str) -> bytes:
    """A complete HTTP answer for a connection that never reaches websockets' handshake."""
    body = f"{status} {phrase.lower()}: {text}\n".encode()
    head = (
        f"HTTP/1.1 {status} {phrase}\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\nRetry-After: 10\r\n\r\n"
    )
    return head.encode() + body


class GuardedConnection(ServerConnection):
    """A websockets connection counted from the moment TCP accepts it; refused at once when
    over the connection caps, cut off when its request head grows too long."""

    owner: ConnectionOwner  # set on a per-server subclass (see SignalingServer.start)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.address_key: str | None = None  # whom the caps count this connection against
        self.admitted = False  # counted in the owner's Admission until connection_lost
        self.static_bytes = 0  # static answer body being sent, counted in the server's budget
        self.refused = False
        self._head_bytes = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        peer = transport.get_extra_info("peername")
        host = str(peer[0]) if isinstance(peer, tuple) and peer else str(peer)
        key = self.address_key = address_key(host)
        refusal = self.owner.admission.admit(key, self.owner.clock())
        if refusal is None:
            self.admitted = True
            return
        self.owner.refused(key, refusal.reason)
        self._answer_and_close(refusal.status, _PHRASES[refusal.status], refusal.reason)

    def data_received(self, data: bytes) -> None:
        if self.refused:
            return
        if self.request is None:
            self._head_bytes += len(data)
            if self._head_bytes > self.owner.config.max_request_head_bytes:
                limit = self.owner.config.max_request_head_bytes
                self.owner.incident(self.address_key, "head-too-large", f"over {limit} bytes")
                self._answer_and_close(
                    431, "Request Header Fields Too Large", f"request head over {limit} bytes"
                )
                return
        super().data_received(data)

    def connection_lost(self, exc: Exception | None) -> None:
        self.owner.released(self)
        super().connection_lost(exc)

    def _answer_and_close(self, status: int, phrase: str, why: str) -> None:
        """Answer, then close a moment later: closing a socket with unread request bytes makes
        the kernel send a reset, which can reach the client before the answer does. What
        arrives meanwhile is dropped (``refused``)."""
        self.refused = True
        transport = self.transport
        assert isinstance(transport, asyncio.WriteTransport)
        transport.write(_raw_response(status, phrase, why))
        transport.write_eof()
        asyncio.get_running_loop().call_later(LINGER_S, transport.close)
