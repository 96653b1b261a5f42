"""The signaling server: a thin websockets layer over :class:`~photocall.signaling.hub.Hub`.

One port serves the WebSocket signaling endpoint (any path but ``/photo-graph``, where a
browser sender gets its photo's render graph: ``photo_graph.py``) and, over plain HTTP GET,
the static files of the browser client.

What a hostile client could exhaust is bounded here (the decisions are in ``hub``,
``admission`` and ``ratelimit``, which take the time as an argument): connections in all and per
address (``503``), the bytes of an unfinished request head (``431``), static answers not yet
read (``503``), time to join a room, the message rate (cut off, not only throttled). What it
does is logged at a bounded rate (:class:`~photocall.shared.logs.ThrottledLog`), and running
out of file descriptors logs a summary, not a traceback per failed accept.
"""

from __future__ import annotations

import asyncio
import errno
import json
import logging
import os
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, Self

from websockets.asyncio.server import Server, ServerConnection, broadcast
from websockets.asyncio.server import serve as ws_serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.protocol import State

from photocall.shared.logs import ThrottledLog
from photocall.signaling.admission import Admission
from photocall.signaling.config import SignalingConfig
from photocall.signaling.connection import GuardedConnection, fd_limited
from photocall.signaling.hub import Action, Close, Hub, Incident
from photocall.signaling.messages import encode_server_message
from photocall.signaling.photo_graph import MakeGraph, PhotoGraphs, Refusal, is_photo_graph_path
from photocall.signaling.rooms import Send
from photocall.signaling.static import (
    ALLOWED_METHODS,
    StaticFiles,
    is_upgrade,
    method_not_allowed,
    unavailable,
)

__all__ = ["SignalingConfig", "SignalingServer", "serve"]

log = logging.getLogger(__name__)

BUNDLED_WEB = Path(__file__).resolve().parent / "web"
# asyncio's message when accept() fails for lack of descriptors or memory (EMFILE, ENFILE, ...).
_ACCEPT_EXHAUSTED = "socket.accept() out of system resource"
# WebSocket close codes 1009 (message too big: over max_size) and 1011 (internal error).
MESSAGE_TOO_BIG = 1009
INTERNAL_ERROR = 1011


def static_root(config: SignalingConfig) -> Path | None:
    if not config.serve_static:
        return None
    if config.static_dir is not None:
        return config.static_dir
    return BUNDLED_WEB if (BUNDLED_WEB / "index.html").is_file() else None


class SignalingServer:
    """Start with ``await serve(config)`` or ``async with SignalingServer(config)``."""

    def __init__(
        self,
        config: SignalingConfig,
        clock: Callable[[], float] = time.monotonic,
        make_graph: MakeGraph | None = None,
    ) -> None:
        """make_graph: photo bytes -> its gzipped render graph, for browser senders
        (``photo_graph.py``); injected by the composition root. None: the server makes none."""
        self.config = config
        self.clock = clock
        self.hub = Hub(config)
        self.photo_graphs = PhotoGraphs(make_graph, config.photo_graph, config.secret)
        total = fd_limited(config.max_connections)
        per_address = config.max_connections_per_address
        self.admission = Admission(
            total,
            total if per_address is None else per_address,
            0.0 if per_address is None else config.abuse_cooldown_s,
        )
        self.static_bytes_in_flight = 0
        # What peers do is logged through this: a few lines per kind per 10 s, then a summary.
        self.events = ThrottledLog(log, clock=clock)
        self._server: Server | None = None
        self._closing: asyncio.Task[None] | None = None
        self._ticker: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._previous_handler: Any = None
        self._tasks: set[asyncio.Task[None]] = set()  # closes in flight (keeps them referenced)
        self._dropped: set[ServerConnection] = set()  # aborted, handler not yet finished
        self._static = None if (root := static_root(config)) is None else StaticFiles(root)

    async def start(self) -> None:
        root = self._static.root if self._static is not None else None
        if self.admission.max_total < self.config.max_connections:
            log.info(
                "at most %d connections: the file descriptor limit allows no more "
                "(raise it with ulimit -n)",
                self.admission.max_total,
            )
        self._loop = asyncio.get_running_loop()
        self._previous_handler = self._loop.get_exception_handler()
        self._loop.set_exception_handler(self._loop_exception)
        connection_class = type("Connection", (GuardedConnection,), {"owner": self})
        self._server = await ws_serve(
            self._handle,
            self.config.host,
            self.config.port,
            process_request=self._process_request,
            create_connection=connection_class,
            open_timeout=self.config.open_timeout_s,
            max_size=self.config.transport_max_bytes,
            ping_interval=self.config.ping_interval_s,
            ping_timeout=self.config.ping_timeout_s,
            close_timeout=self.config.close_timeout_s,
            # SDP is small; per-message deflate would cost CPU and ~100 KiB per connection.
            compression=None,
        )
        self._ticker = asyncio.ensure_future(self._tick_forever())
        log.info("signaling on %s%s", self.url, f" (static files from {root})" if root else "")
        if self.config.secret is None:
            log.warning("no secret set: the server is open, anyone can join any room")

    # --- hooks called by the connections --------------------------------------------------------

    def refused(self, key: str, why: str) -> None:
        self.hub.stats["refused"] += 1
        self.events.warning("refused", "refused a connection from %s: %s", key, why)

    def incident(self, key: str | None, kind: str, detail: str) -> None:
        self.hub.stats[f"incident:{kind}"] += 1
        level = logging.INFO if kind == "join-timeout" else logging.WARNING
        self.events.log(level, kind, "%s from %s: %s", kind, key or "?", detail)

    def released(self, conn: GuardedConnection) -> None:
        if conn.admitted and conn.address_key is not None:
            self.admission.release(conn.address_key)
            conn.admitted = False
        self.static_bytes_in_flight -= conn.static_bytes
        conn.static_bytes = 0

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        assert isinstance(connection, GuardedConnection)
        key = connection.address_key
        if request.method not in ALLOWED_METHODS or (
            is_upgrade(request) and request.method != "GET"
        ):
            self.events.info("http-405", "405 for %s %s from %s", request.method, request.path, key)
            return method_not_allowed()
        if is_upgrade(request) or self._static is None:
            return None  # the WebSocket handshake (without static files, websockets says 426)
        head = request.method == "HEAD"
        response = self._static.respond(request.path, head=head)
        if response.status_code == 404:
            self.events.info("http-404", "404 for %s from %s", request.path, key)
        size = len(response.body)
        if size and self.static_bytes_in_flight + size > self.config.max_static_bytes_in_flight:
            self.incident(key, "static-busy", f"{self.static_bytes_in_flight} bytes unsent")
            return unavailable("too many answers not yet read", head=head)
        connection.static_bytes = size
        self.static_bytes_in_flight += size
        return response

    def _loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if context.get("message") == _ACCEPT_EXHAUSTED and isinstance(exc, OSError):
            # asyncio stops accepting for a second and retries; say so once in a while.
            self.hub.stats["accept-exhausted"] += 1
            why = errno.errorcode.get(exc.errno or 0, "?")
            self.events.warning(
                "accept-failed",
                "cannot accept connections: %s (%s; %d open); retrying",
                os.strerror(exc.errno or 0),
                why,
                self.admission.total,
            )
            return
        if self._previous_handler is not None:
            self._previous_handler(loop, context)
        else:
            loop.default_exception_handler(context)

    async def _tick_forever(self) -> None:
        period = min(1.0, self.config.join_timeout_s / 4)
        while True:
            await asyncio.sleep(period)
            now = self.clock()
            self._act(self.hub.tick(now))
            self.admission.sweep(now)
            self.events.flush(now)

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
            if self._ticker is not None:
                self._ticker.cancel()
            if (
                self._loop is not None
                and self._loop.get_exception_handler() == self._loop_exception
            ):
                self._loop.set_exception_handler(self._previous_handler)
            self._server.close()
            self.photo_graphs.close()
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
        if ws.request is not None and is_photo_graph_path(ws.request.path):
            await self._photo_graph(ws)
            return
        self.hub.connect(ws, self.clock())
        try:
            while True:
                raw = await ws.recv(decode=False)
                self._act(self.hub.receive(ws, raw, self.clock()))
        except ConnectionClosed as exc:
            if exc.sent is not None and exc.sent.code == MESSAGE_TOO_BIG:
                assert isinstance(ws, GuardedConnection)
                limit = self.config.transport_max_bytes
                self.incident(ws.address_key, "too-large", f"a frame over {limit} bytes; closed")
        except Exception as exc:  # noqa: BLE001 - a bug: one line, not a traceback per peer
            self.hub.stats["internal-error"] += 1
            self.events.log(logging.ERROR, "internal-error", "internal error: %r", repr(exc))
            await ws.close(INTERNAL_ERROR, "internal error")
        finally:
            # However the connection ended (leave, close, ping timeout, reset): clean up.
            self._dropped.discard(ws)
            self._act(self.hub.disconnect(ws))

    async def _photo_graph(self, ws: ServerConnection) -> None:
        """One photo in, its render graph (or a refusal with an HTTP status) out."""
        assert isinstance(ws, GuardedConnection) and ws.request is not None
        key = ws.address_key or "?"
        ticket = self.photo_graphs.admit(ws.request.path, key)
        if isinstance(ticket, Refusal):
            await self._refuse_photo(ws, ticket)
            return
        try:
            # a message longer than the photo said is not even buffered: close 1009
            ws.protocol.max_message_size = ticket.size
            try:
                async with asyncio.timeout(self.config.photo_graph.upload_timeout_s):
                    photo = await ws.recv(decode=False)
            except TimeoutError:
                await self._refuse_photo(ws, Refusal(408, "no photo arrived in time"))
                return
            if not isinstance(photo, bytes) or len(photo) != ticket.size:
                why = f"the photo is {len(photo):,} bytes, not the {ticket.size:,} announced"
                await self._refuse_photo(ws, Refusal(400, why))
                return
            started = self.clock()
            graph = await self.photo_graphs.graph(photo)
            if isinstance(graph, Refusal):
                await self._refuse_photo(ws, graph)
                return
            self.events.info("photo-graph", "render graph of a %d-byte photo for %s: %d bytes in "
                             "%.1f s", len(photo), key, len(graph), self.clock() - started)  # fmt: skip
            await ws.send(graph)
            await ws.close()
        except ConnectionClosed as exc:
            if exc.sent is not None and exc.sent.code == MESSAGE_TOO_BIG:
                self.incident(key, "too-large", "a photo longer than announced; closed")
        finally:
            self.photo_graphs.release(ticket)

    async def _refuse_photo(self, ws: ServerConnection, refusal: Refusal) -> None:
        assert isinstance(ws, GuardedConnection)
        self.events.info(f"photo-{refusal.status}", "photo graph for %s refused: %d %s",
                         ws.address_key, refusal.status, refusal.message)  # fmt: skip
        try:
            await ws.send(json.dumps({"status": refusal.status, "error": refusal.message}))
            reason = refusal.message.encode()[:120].decode(errors="ignore")  # ≤ 123 bytes
            await ws.close(4000 + refusal.status, reason)
        except ConnectionClosed:
            pass

    def _act(self, actions: list[Action] | list[Send]) -> None:
        for action in actions:
            ws = action.conn
            assert isinstance(ws, GuardedConnection)
            if isinstance(action, Incident):
                self.incident(ws.address_key, action.kind, action.detail)
                continue
            if isinstance(action, Close):
                if action.hang_up:
                    self._hang_up(ws, action.code, action.reason)
                    if ws.address_key is not None:
                        self.admission.penalize(ws.address_key, self.clock())
                else:
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

    def _hang_up(self, ws: ServerConnection, code: int, reason: str) -> None:
        """Send the close frame and close the socket once it is written, reading nothing more:
        a flooding peer's backlog is not worth parsing to find its answer to the close."""
        if ws.protocol.state is State.OPEN:
            ws.protocol.send_close(code, reason)
            ws.send_data()
        ws.transport.close()

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


async def serve(config: SignalingConfig, make_graph: MakeGraph | None = None) -> SignalingServer:
    """Start a signaling server; it runs until ``await server.close()``."""
    server = SignalingServer(config, make_graph=make_graph)
    await server.start()
    return server
