"""The signaling server's one config (no file reads; the CLI maps flags onto it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

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

    def __post_init__(self) -> None:
        if self.max_peers < 1:
            raise ValueError("max_peers must be at least 1")
        if self.transport_max_bytes < self.max_message_bytes:
            raise ValueError("transport_max_bytes must be >= max_message_bytes")
        if not 0 <= self.port <= 65535:
            raise ValueError("port must be in 0..65535")
