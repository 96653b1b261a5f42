"""The signaling client used by sender, receiver and tests.

    client = SignalingClient("ws://127.0.0.1:8765/", room="r", peer="alice", token=None)
    peers = await client.connect()          # peers already in the room
    await client.send("bob", {"sdp": ...})
    async for event in client:              # PeerJoined | PeerLeft | Signal | ServerError | ...
        ...
    await client.close()

If the connection drops (server restart, network), the client reconnects with backoff and joins
the same room again under the same id, then yields :class:`Reconnected` with the peers present.
While it is away, ``send`` waits for the new connection (up to ``send_timeout_s``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from typing import TYPE_CHECKING, Any

from websockets.asyncio.client import ClientConnection
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from photocall.shared.errors import UserError
from photocall.shared.room import check_url
from photocall.shared.signals import (
    PeerJoined,
    PeerLeft,
    Reconnected,
    RoomEvent,
    ServerError,
    Signal,
    SignalingFactory,
)
from photocall.signaling.config import MAX_MESSAGE_BYTES
from photocall.signaling.hub import POLICY_VIOLATION
from photocall.signaling.messages import (
    ErrorCode,
    Join,
    Joined,
    Leave,
    MessageError,
    SignalTo,
    encode_client_message,
    parse_server_message,
)

__all__ = [
    "PeerJoined",
    "PeerLeft",
    "Reconnected",
    "ServerError",
    "Signal",
    "SignalEvent",
    "SignalingClient",
    "SignalingError",
    "check_url",
]

log = logging.getLogger(__name__)

# Close code 1009: the server's transport limit cut off an oversized message (RFC 6455 7.4.1).
MESSAGE_TOO_BIG = 1009
# Rejoin failures that can heal by waiting: our old connection may still hold the id or the
# seat until the server's ping timeout drops it.
_RETRYABLE = {"unreachable", "disconnected", ErrorCode.DUPLICATE_PEER, ErrorCode.ROOM_FULL}


SignalEvent = RoomEvent  # PeerJoined | PeerLeft | Signal | ServerError | Reconnected


class SignalingError(UserError):
    """Joining or talking to the signaling server failed. ``code`` is a server error code
    (``room-full``, ``bad-token``, ...) or one of ``bad-url``, ``unreachable``, ``disconnected``,
    ``closed``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = str(code)
        self.message = message


def _why(exc: BaseException) -> str:
    """A short reason for a failed connection ("Connection refused", "timed out")."""
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, OSError) and exc.errno is not None and exc.errno > 0:
        return os.strerror(exc.errno)  # not "[Errno 111] Connect call failed ('::1', 8765)"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror  # getaddrinfo's: "Name or service not known"
    return str(exc) or type(exc).__name__


class _End:
    """Queued after the last event: the client has stopped for good."""


class SignalingClient:
    def __init__(
        self,
        url: str,
        room: str,
        peer: str,
        token: str | None = None,
        *,
        reconnect: bool = True,
        open_timeout_s: float = 10.0,
        rejoin_timeout_s: float = 60.0,
        send_timeout_s: float = 30.0,
        ping_interval_s: float = 10.0,
        ping_timeout_s: float = 10.0,
    ) -> None:
        self.url = url
        self.room = room
        self.peer = peer
        self.token = token
        self.reconnect = reconnect
        self.open_timeout_s = open_timeout_s
        self.rejoin_timeout_s = rejoin_timeout_s
        self.send_timeout_s = send_timeout_s
        self.ping_interval_s = ping_interval_s
        self.ping_timeout_s = ping_timeout_s
        self.dropped = 0  # server frames we could not parse (counted, then ignored)
        self._ws: ClientConnection | None = None
        self._connected = asyncio.Event()
        self._events: asyncio.Queue[SignalEvent | _End] = asyncio.Queue()
        self._runner: asyncio.Task[None] | None = None
        self._ended: SignalingError | None = None

    # --- public API ---------------------------------------------------------------------------

    async def connect(self) -> list[str]:
        """Connect and join; returns the peers already in the room."""
        if self._runner is not None:
            raise RuntimeError("connect() was already called")
        ws, peers = await self._open_and_join()
        self._ws = ws
        self._connected.set()
        self._runner = asyncio.create_task(self._run())
        return list(peers)

    async def send(self, to: str, data: dict[str, Any]) -> None:
        """Relay ``data`` to peer ``to``; a problem the server finds comes back as ServerError."""
        text = encode_client_message(SignalTo(to, data))
        if len(text.encode()) > MAX_MESSAGE_BYTES:
            raise SignalingError(ErrorCode.TOO_LARGE, f"message exceeds {MAX_MESSAGE_BYTES} bytes")
        deadline = time.monotonic() + self.send_timeout_s
        while True:
            if self._ended is not None:
                raise self._ended
            if self._runner is None:
                raise SignalingError("closed", "call connect() first")
            try:
                await asyncio.wait_for(
                    self._connected.wait(), max(0.0, deadline - time.monotonic())
                )
            except TimeoutError:
                raise SignalingError("disconnected", "no connection to the server") from None
            ws = self._ws
            assert ws is not None
            try:
                await ws.send(text)
                return
            except ConnectionClosed:
                # The reader task notices too and reconnects; wait for it, then send again.
                if time.monotonic() > deadline:
                    raise SignalingError("disconnected", "no connection to the server") from None
                await asyncio.sleep(0.02)

    async def recv(self) -> SignalEvent:
        """The next event; raises SignalingError once the client has stopped."""
        if self._runner is None and self._ended is None:
            raise SignalingError("closed", "call connect() first")
        event = await self._events.get()
        if isinstance(event, _End):
            self._events.put_nowait(event)  # every later recv() ends the same way
            assert self._ended is not None
            raise self._ended
        return event

    def __aiter__(self) -> SignalingClient:
        return self

    async def __anext__(self) -> SignalEvent:
        try:
            return await self.recv()
        except SignalingError:
            raise StopAsyncIteration from None

    async def close(self) -> None:
        """Leave the room and disconnect."""
        if self._ended is None:
            self._stop(SignalingError("closed", "the client was closed"))
        if self._runner is not None:
            self._runner.cancel()
            await asyncio.gather(self._runner, return_exceptions=True)
        ws = self._ws
        if ws is not None:
            try:
                await ws.send(encode_client_message(Leave()))
            except ConnectionClosed:
                pass
            await ws.close()

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    # --- internals ----------------------------------------------------------------------------

    def _stop(self, why: SignalingError) -> None:
        self._ended = why
        self._connected.clear()
        self._events.put_nowait(_End())

    async def _open_and_join(self) -> tuple[ClientConnection, tuple[str, ...]]:
        try:
            check_url(self.url)
        except ValueError as exc:
            raise SignalingError("bad-url", f"the server URL {exc}") from None
        try:
            ws = await ws_connect(
                self.url,
                open_timeout=self.open_timeout_s,
                ping_interval=self.ping_interval_s,
                ping_timeout=self.ping_timeout_s,
                # Relayed messages carry up to 64 KiB of payload plus the envelope.
                max_size=2 * MAX_MESSAGE_BYTES,
                compression=None,
            )
        except (OSError, InvalidHandshake, TimeoutError) as exc:
            raise SignalingError(
                "unreachable", f"cannot reach the signaling server at {self.url}: {_why(exc)}"
            ) from None
        try:
            await ws.send(encode_client_message(Join(self.room, self.peer, self.token)))
            async with asyncio.timeout(self.open_timeout_s):
                while True:
                    message = parse_server_message(await ws.recv())
                    if isinstance(message, Joined):
                        return ws, message.peers
                    if isinstance(message, ServerError):
                        raise SignalingError(message.code, message.message)
        except ConnectionClosed as exc:
            await ws.close()
            raise SignalingError("disconnected", f"server closed the connection: {exc}") from None
        except (TimeoutError, MessageError) as exc:
            await ws.close()
            raise SignalingError("disconnected", f"no valid answer to join: {exc!r}") from None
        except BaseException:
            await ws.close()
            raise

    async def _run(self) -> None:
        while True:
            ws = self._ws
            assert ws is not None
            try:
                async for raw in ws:
                    try:
                        message = parse_server_message(raw)
                    except MessageError as exc:
                        self.dropped += 1
                        log.debug("dropped a bad server message: %s", exc)
                        continue
                    if not isinstance(message, Joined):
                        self._events.put_nowait(message)
            except ConnectionClosed:
                pass
            self._connected.clear()
            close = ws.protocol.close_rcvd
            if close is not None and close.code == MESSAGE_TOO_BIG:
                self._events.put_nowait(
                    ServerError(ErrorCode.TOO_LARGE, f"server closed: {close.reason}")
                )
            if not self.reconnect or (close is not None and close.code == POLICY_VIOLATION):
                reason = close.reason if close is not None else "connection lost"
                self._stop(SignalingError("disconnected", f"server connection ended: {reason}"))
                return
            log.info("signaling connection lost; reconnecting to %s", self.url)
            try:
                self._ws, peers = await self._rejoin()
            except SignalingError as exc:
                self._events.put_nowait(ServerError(exc.code, exc.message))
                self._stop(exc)
                return
            self._connected.set()
            self._events.put_nowait(Reconnected(peers))

    async def _rejoin(self) -> tuple[ClientConnection, tuple[str, ...]]:
        deadline = time.monotonic() + self.rejoin_timeout_s
        delay = 0.05
        while True:
            try:
                return await self._open_and_join()
            except SignalingError as exc:
                if exc.code not in _RETRYABLE:
                    raise
                if time.monotonic() + delay > deadline:
                    raise SignalingError(
                        "disconnected", f"gave up reconnecting after {self.rejoin_timeout_s} s"
                    ) from exc
                log.debug("rejoin failed (%s); retrying in %.2f s", exc, delay)
            await asyncio.sleep(delay)
            delay = min(2.0, delay * 2)


if TYPE_CHECKING:  # the mesh's view of a signaling client (shared/signals.py): this is one
    _factory: SignalingFactory = SignalingClient
