"""Photo preparation for browser senders: the page uploads its photo (its own crop, with its
landmarks in the JPEG: shared/photo_landmarks.py) once, over a WebSocket at ``PHOTO_GRAPH_PATH``
on the signaling port, and gets back the photo's gzipped render graph, which it then sends to its
peers as a Python sender does (GraphChunk packets). The graph is made by a ``make(photo) -> bytes``
callable the composition root injects (``photocall.send.browser_render_graph``: the same
preparation and export as ``photocall send``); the signaling package knows nothing of rendering.

Why a WebSocket and not an HTTP POST: websockets (which serves this port) parses GET requests
without a body only. The answers still carry HTTP's status codes, in a JSON text message
``{"status": N, "error": "..."}`` followed by close code 4000 + N; a graph comes as one binary
message, then a normal close.

Request: ``ws://host/photo-graph?bytes=N[&room=R&token=T]``, then the photo as one binary
message of exactly N bytes. With a server secret, ``room`` and a join token for it are needed
(the same token that joins the room). Refusals: 400 malformed, 401 no or bad token, 408 no
upload in time, 413 over ``max_bytes``, 422 the photo cannot be prepared (no face: the
preparation's own message), 429 this address already has a preparation under way, 501 this
server makes no graphs (none injected, or a package it needs is missing), 503 too many under way,
504 the preparation did not end in time (its worker is ended, so it holds no place).

Bounds: ``max_pending`` preparations (queued or running, all clients, uploads included) each
holding at most ``max_bytes``; at most one per address; ``workers`` processes prepare (a
process, not a thread: the export holds the GIL for seconds, which would stall every room's
signaling); the last ``cache_entries`` graphs are kept by the photo's SHA-256, and identical
photos under way share one preparation.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import multiprocessing
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from photocall.shared.errors import UserError
from photocall.shared.packets import MAX_PHOTO_BYTES
from photocall.signaling.tokens import verify_token

log = logging.getLogger(__name__)

PHOTO_GRAPH_PATH = "/photo-graph"
MakeGraph = Callable[[bytes], bytes]


@dataclass(frozen=True)
class PhotoGraphConfig:
    """max_bytes: the largest photo accepted (the protocol's own photo limit by default: a
    larger one could not be sent to peers anyway). max_pending: preparations under way, all
    clients. cache_entries: graphs kept in memory (~3.4 MB each at 256²). workers: processes
    that prepare (0: no preparation, 501). upload_timeout_s: time to send the photo.
    prepare_timeout_s: a preparation that takes longer is answered 504 and its worker ended
    (a photo is 7-15 s on a busy 2-core machine; the first adds the worker's start)."""

    max_bytes: int = MAX_PHOTO_BYTES
    max_pending: int = 4
    cache_entries: int = 8
    workers: int = 1
    upload_timeout_s: float = 10.0
    prepare_timeout_s: float = 180.0


@dataclass(frozen=True)
class Refusal:
    """An HTTP status and a message the page can show."""

    status: int
    message: str


@dataclass(frozen=True)
class Ticket:
    """An admitted request: the photo's declared size and whom it counts against."""

    size: int
    key: str


def exit_with_parent(parent: int) -> None:
    """A worker's initializer: the worker ends when the server does, however it ends (a server
    killed by SIGTERM does not shut its pool down, and the worker would wait for work for ever)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def is_photo_graph_path(path: str) -> bool:
    return urlsplit(path).path == PHOTO_GRAPH_PATH


class PhotoGraphs:
    """The decisions (``admit``, ``release``) and the work (``graph``) of the endpoint."""

    def __init__(
        self,
        make: MakeGraph | None,
        config: PhotoGraphConfig = PhotoGraphConfig(),
        secret: str | None = None,
        executor: Callable[[], Executor] | None = None,
    ) -> None:
        self.make = make if config.workers > 0 else None
        self.config = config
        self.secret = secret
        self._new_executor = executor or self._process_pool
        self._executor: Executor | None = None
        self._cache: OrderedDict[bytes, bytes] = OrderedDict()
        self._under_way: dict[bytes, asyncio.Future[bytes]] = {}
        self._by_address: set[str] = set()
        self.pending = 0
        self.stats: dict[str, int] = {"made": 0, "cached": 0, "shared": 0, "refused": 0}

    def _process_pool(self) -> Executor:
        # spawn, not fork: the server's process has an event loop and threads
        return ProcessPoolExecutor(
            self.config.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=exit_with_parent,
            initargs=(os.getpid(),),
        )

    def admit(self, path: str, key: str) -> Ticket | Refusal:
        """Checks a request (its URL's query) before the upload; an admitted one must be
        ``release``d."""
        query = parse_qs(urlsplit(path).query)
        size_text = query.get("bytes", [""])[0]
        if not size_text.isdigit() or not 0 < int(size_text) < 2**40:
            return self._refuse(400, "say the photo's size: ?bytes=N")
        size = int(size_text)
        if self.make is None:
            return self._refuse(501, "this server does not prepare photos")
        if self.secret is not None:
            room, token = query.get("room", [""])[0], query.get("token", [""])[0]
            if not room or not token:
                return self._refuse(401, "this server needs a room and a join token for it")
            if not verify_token(self.secret, room, token):
                return self._refuse(401, f"token for room {room!r}: invalid or expired")
        if size > self.config.max_bytes:
            return self._refuse(
                413, f"the photo is {size:,} bytes; the limit is {self.config.max_bytes:,}"
            )
        if key in self._by_address:
            return self._refuse(429, "one photo at a time: a preparation is under way")
        if self.pending >= self.config.max_pending:
            return self._refuse(503, "too many photos are being prepared; try again later")
        self.pending += 1
        self._by_address.add(key)
        return Ticket(size, key)

    def release(self, ticket: Ticket) -> None:
        self.pending -= 1
        self._by_address.discard(ticket.key)

    def _refuse(self, status: int, message: str) -> Refusal:
        self.stats["refused"] += 1
        return Refusal(status, message)

    async def graph(self, photo: bytes) -> bytes | Refusal:
        """The photo's gzipped render graph, from the cache, a preparation under way for the
        same photo, or a new one in a worker process."""
        assert self.make is not None, "admit() refuses when there is nothing to make graphs"
        digest = hashlib.sha256(photo).digest()
        if (cached := self._cache.get(digest)) is not None:
            self._cache.move_to_end(digest)
            self.stats["cached"] += 1
            return cached
        future = self._under_way.get(digest)
        if future is not None:
            self.stats["shared"] += 1
        else:
            future = self._under_way[digest] = asyncio.ensure_future(self._make(photo))
            future.add_done_callback(lambda done: self._done(digest, done))
        timeout = self.config.prepare_timeout_s
        try:
            async with asyncio.timeout(timeout):
                graph = await asyncio.shield(future)
        except TimeoutError:
            self._restart()
            return Refusal(504, f"the photo's preparation took over {timeout:g} s: given up")
        except UserError as exc:  # the photo's fault: no face, not an image
            return Refusal(422, str(exc))
        except ImportError as exc:
            return Refusal(501, f"this server cannot make render graphs: {exc}")
        except Exception as exc:  # noqa: BLE001 - a failed export is the server's, said in one line
            log.warning("photo preparation failed: %r", exc)
            return Refusal(
                500, f"the photo could not be prepared here: {type(exc).__name__}: {exc}"
            )
        self._cache[digest] = graph
        while len(self._cache) > self.config.cache_entries:
            self._cache.popitem(last=False)
        return graph

    def _done(self, digest: bytes, done: asyncio.Future[bytes]) -> None:
        self._under_way.pop(digest, None)
        if not done.cancelled():
            done.exception()  # seen here too: a request that gave up (504) awaits it no more

    async def _make(self, photo: bytes) -> bytes:
        if self._executor is None:
            self._executor = self._new_executor()
        executor = self._executor
        loop = asyncio.get_running_loop()
        try:
            graph = await loop.run_in_executor(executor, self.make, photo)  # type: ignore[arg-type]
        except BrokenProcessPool:
            if self._executor is executor:  # a worker died (out of memory?): start anew
                self._executor = None
            raise RuntimeError("the preparing process died") from None
        self.stats["made"] += 1
        return graph

    def _restart(self) -> None:
        """A preparation that does not end holds its worker: the pool's processes are ended and
        the next photo gets a new pool (what waited in the old one fails: 500)."""
        old, self._executor = self._executor, None
        if old is not None:
            processes = getattr(old, "_processes", None) or {}  # ProcessPoolExecutor's own
            workers = list(processes.values())
            old.shutdown(wait=False)
            for worker in workers:
                worker.terminate()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
