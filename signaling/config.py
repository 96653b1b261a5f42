"""The signaling server's one config (no file reads; the CLI maps flags onto it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from photocall.signaling.photo_graph import PhotoGraphConfig
from photocall.signaling.ratelimit import RateLimit

MAX_MESSAGE_BYTES = 64 * 1024


@dataclass(frozen=True)
class SignalingConfig:
    """
    host, port: where to listen; port 0 picks a free port (see ``server.port``).
    secret: with a secret, joining needs a token from ``make_token``; without, the room is open.
    max_peers: room capacity.
    static_dir: folder served over HTTP GET on the same port; None means the bundled
        ``signaling/web/`` if it exists. serve_static=False serves nothing.
    max_message_bytes: larger client messages are answered with ``too-large`` and dropped.
    transport_max_bytes: larger ones are not even buffered: websockets closes the connection
        with code 1009 (message too big), which the client reports as ``too-large``.
    ping_interval_s, ping_timeout_s, close_timeout_s: a dead connection is noticed within
        ping_interval_s + ping_timeout_s and gone (membership cleaned up) close_timeout_s later,
        when the closing handshake it cannot answer times out: 25 s in all by default (< 30 s).
    max_write_buffer_bytes: a peer that stops reading while others send to it is disconnected
        once this much is queued for it, so one stuck browser cannot grow the server's memory.
    join_timeout_s: a connection in no room this long (after connecting, or after leaving) is
        closed with code 1008, reason ``join-timeout: ...``.
    max_connections, max_connections_per_address: open TCP connections (WebSocket and HTTP,
        handshakes included) in all and from one address (IPv6: one /64). Over either, a new
        connection is answered ``503 Service Unavailable`` and closed. The total is lowered to
        fit the process's file-descriptor limit. ``max_connections_per_address=None`` turns
        the per-address cap and the abuse cool-down off: behind a reverse proxy every
        connection comes from the proxy's address (let the proxy limit each client).
    open_timeout_s: the HTTP request and the answer to it (the WebSocket handshake, or a
        static file) must be done this long after the connection is accepted.
    max_request_head_bytes: a request line and headers longer than this are answered ``431``
        and the connection closed: what an unfinished request can hold in memory.
    max_static_bytes_in_flight: static file bodies being sent, summed over all connections;
        a request that would pass it is answered ``503``, so clients that never read their
        answers cannot hold more than this.
    photo_graph: the bounds of photo preparation for browser senders (``photo_graph.py``); it
        runs only where a ``make_graph`` is given to the server.
    abuse_cooldown_s: after a connection is cut off for flooding or malformed messages, new
        connections from its address are answered ``429`` this long (0: never).
    """

    host: str = "127.0.0.1"
    port: int = 8765
    secret: str | None = None
    max_peers: int = 8
    static_dir: Path | None = None
    serve_static: bool = True
    max_message_bytes: int = MAX_MESSAGE_BYTES
    transport_max_bytes: int = 4 * MAX_MESSAGE_BYTES
    rate_limit: RateLimit = field(default_factory=RateLimit)
    ping_interval_s: float = 10.0
    ping_timeout_s: float = 10.0
    close_timeout_s: float = 5.0
    max_write_buffer_bytes: int = 4 * 1024 * 1024
    join_timeout_s: float = 10.0
    max_connections: int = 2000
    max_connections_per_address: int | None = 64
    open_timeout_s: float = 10.0
    max_request_head_bytes: int = 16 * 1024
    max_static_bytes_in_flight: int = 64 * 1024 * 1024
    abuse_cooldown_s: float = 10.0
    photo_graph: PhotoGraphConfig = field(default_factory=PhotoGraphConfig)

    def __post_init__(self) -> None:
        if self.max_peers < 1:
            raise ValueError("max_peers must be at least 1")
        per_address = self.max_connections_per_address
        if self.max_connections < 1 or (per_address is not None and per_address < 1):
            raise ValueError("max_connections and max_connections_per_address must be >= 1")
        if self.join_timeout_s <= 0 or self.open_timeout_s <= 0 or self.abuse_cooldown_s < 0:
            raise ValueError("join_timeout_s, open_timeout_s must be > 0, abuse_cooldown_s >= 0")
        if self.transport_max_bytes < self.max_message_bytes:
            raise ValueError("transport_max_bytes must be >= max_message_bytes")
        if not 0 <= self.port <= 65535:
            raise ValueError("port must be in 0..65535")
