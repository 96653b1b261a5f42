"""Async helpers: run an async test, wait on a condition, a real signaling server on port 0."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect


def run_async(fn):
    """Run an async test in a fresh event loop, bounded so a hang fails instead of stalling CI."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        asyncio.run(asyncio.wait_for(fn(*args, **kwargs), timeout=20))

    return wrapper


@contextlib.asynccontextmanager
async def signaling_server():
    """A real signaling server on loopback port 0 (``server.url``; ``server.hub`` to look inside)."""
    from photocall.signaling.config import SignalingConfig
    from photocall.signaling.server import serve

    server = await serve(SignalingConfig(port=0))
    try:
        yield server
    finally:
        await server.close()


async def wait_for(predicate, timeout: float, step: float = 0.02) -> bool:
    """Poll ``predicate`` (a plain or async callable) until it is true or ``timeout`` s pass;
    returns its last truth. Timeouts are generous upper bounds: a loaded machine only waits longer."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while True:
        result = predicate()
        if inspect.isawaitable(result):
            result = await result
        if result or loop.time() >= end:
            return bool(result)
        await asyncio.sleep(step)


async def wait_for_peers(server, room: str, count: int, timeout: float = 30.0) -> None:
    """Until ``count`` peers have joined ``room`` on ``server``."""
    assert await wait_for(lambda: len(server.hub.rooms.peers(room)) >= count, timeout), (
        f"{count} peers never joined {room!r}: {server.hub.rooms.peers(room)}"
    )
