"""The signaling server: a thin websockets layer over :class:`~photocall.signaling.hub.Hub`.

One port serves both the WebSocket signaling endpoint (any path) and, over plain HTTP GET,
the static files of the browser client.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, Self

from websockets.asyncio.server import Server, ServerConnection, broadcast
from websockets.asyncio.server import serve as ws_serve
from websockets.exceptions import ConnectionClosed

from photocall.signaling.config import SignalingConfig
from photocall.signaling.hub import Action, Close, Hub
from photocall.signaling.messages import encode_server_message
from photocall.signaling.rooms import Send
from photocall.signaling.static import StaticFiles

__all__ = ["SignalingConfig", "SignalingServer", "serve"]

log = logging.getLogger(__name__)

BUNDLED_WEB = Path(__file__).resolve().parent / "web"


def static_root(config: SignalingConfig) -> Path | None:
    if not config.serve_static:
        return None
    if config.static_dir is not None:
        return config.static_dir
    return BUNDLED_WEB if (BUNDLED_WEB / "index.html").is_file() else None


class SignalingServer:
    """Start with ``await serve(config)`` or ``async with SignalingServer(config)``."""

    def __init__(self, config: SignalingConfig) -> None:
        self.config = config
        self.hub = Hub(config)
        self._server: Server | None = None
        self._closing: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()  # closes in flight (keeps them referenced)
        self._dropped: set[ServerConnection] = set()  # aborted, handler not yet finished

    async def start(self) -> None:
        root = static_root(self.config)
        self._server = await ws_serve(
            self._handle,
            self.config.host,
            self.config.port,
            process_request=StaticFiles(root) if root is not None else None,
            max_size=self.config.transport_max_bytes,
            ping_interval=self.config.ping_interval_s,
            ping_timeout=self.config.ping_timeout_s,
            close_timeout=self.config.close_timeout_s,
            # SDP is small; per-message deflate would cost CPU and ~100 KiB per connection.
            compression=None,
        )
        log.info("signaling on %s%s", self.url, f" (static files from {root})" if root else "")
        if self.config.secret is None:
            log.warning("no secret set: the server is open, anyone can join any room")

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return self._server.sockets[0].getsockname()[1]

    @property
    def url(self) -> str:
        host = self.config.host
        host = f"[{host}]" if ":" in host else host
        return f"ws://{host}:{self.port}/"

    def close(self) -> asyncio.Task[None]:
        """Stop listening and close every connection; await the result to wait for it."""
        if self._closing is None:
            assert self._server is not None, "server not started"
            self._server.close()
            self._closing = asyncio.ensure_future(self._server.wait_closed())
        return self._closing

    async def serve_forever(self) -> None:
        assert self._server is not None, "server not started"
        await self._server.serve_forever()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _handle(self, ws: ServerConnection) -> None:
        self.hub.connect(ws, time.monotonic())
        try:
            while True:
                raw = await ws.recv(decode=False)
                self._act(self.hub.receive(ws, raw, time.monotonic()))
        except ConnectionClosed:
            pass
        finally:
            # However the connection ended (leave, close, ping timeout, reset): clean up.
            self._dropped.discard(ws)
            self._act(self.hub.disconnect(ws))

    def _act(self, actions: list[Action] | list[Send]) -> None:
        for action in actions:
            ws = action.conn
            assert isinstance(ws, ServerConnection)
            if isinstance(action, Close):
                self._spawn(ws.close(action.code, action.reason))
                continue
            if ws in self._dropped:
                continue
            # broadcast() writes without awaiting the peer: a slow reader never stalls the sender.
            broadcast([ws], encode_server_message(action.message))
            if ws.transport.get_write_buffer_size() > self.config.max_write_buffer_bytes:
                # It is not reading, so it would not read a close frame either: cut it off now.
                log.info("dropping %s: it is not reading its messages", ws.remote_address)
                self.hub.stats["slow-consumer"] += 1
                self._dropped.add(ws)
                ws.transport.abort()

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


async def serve(config: SignalingConfig) -> SignalingServer:
    """Start a signaling server; it runs until ``await server.close()``."""
    server = SignalingServer(config)
    await server.start()
    return server
