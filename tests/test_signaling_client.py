"""SignalingClient against a real server on 127.0.0.1, port 0, including server restarts."""

from __future__ import annotations

import asyncio

import pytest

from photocall.signaling.client import (
    PeerJoined,
    PeerLeft,
    Reconnected,
    ServerError,
    Signal,
    SignalingClient,
    SignalingError,
)
from photocall.signaling.config import SignalingConfig
from photocall.signaling.server import serve
from photocall.signaling.tokens import make_token
from support.aio import run_async, wait_for


async def next_event(client: SignalingClient, timeout: float = 10.0):
    return await asyncio.wait_for(client.recv(), timeout)


@run_async
async def test_connect_exchange_offer_answer_and_leave():
    server = await serve(SignalingConfig(port=0, serve_static=False))
    alice = SignalingClient(server.url, "room", "alice")
    bob = SignalingClient(server.url, "room", "bob")
    assert await alice.connect() == []
    assert await bob.connect() == ["alice"]
    assert await next_event(alice) == PeerJoined("bob")
    offer = {"type": "offer", "sdp": "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n"}
    await bob.send("alice", offer)
    assert await next_event(alice) == Signal("bob", offer)
    await alice.send("bob", {"type": "answer", "sdp": "v=0"})
    async for event in bob:  # the async-iterator form
        assert event == Signal("alice", {"type": "answer", "sdp": "v=0"})
        break
    await alice.send("nobody", {})
    assert await next_event(alice) == ServerError("unknown-peer", "no peer 'nobody' in this room")
    await bob.close()
    assert await next_event(alice) == PeerLeft("bob")
    with pytest.raises(SignalingError) as info:
        await bob.send("alice", {})
    assert info.value.code == "closed"
    await alice.close()
    await server.close()


@run_async
async def test_join_errors_raise_signaling_error_with_the_code():
    server = await serve(SignalingConfig(port=0, secret="k", max_peers=1, serve_static=False))
    token = make_token("k", "r", 60)
    first = SignalingClient(server.url, "r", "a", token)
    await first.connect()
    for client, code in [
        (SignalingClient(server.url, "r", "b", "v1.1.bad"), "bad-token"),
        (SignalingClient(server.url, "r", "b", None), "bad-token"),
        (SignalingClient(server.url, "r", "b", token), "room-full"),
        (SignalingClient(server.url, "r", "a", token), "duplicate-peer"),
    ]:
        with pytest.raises(SignalingError) as info:
            await client.connect()
        assert info.value.code == code
    await first.close()
    port = server.port
    await server.close()
    with pytest.raises(SignalingError) as info:
        await SignalingClient(f"ws://127.0.0.1:{port}/", "r", "a").connect()
    assert info.value.code == "unreachable"


@run_async
async def test_reconnects_and_rejoins_after_server_restart():
    config = SignalingConfig(port=0, serve_static=False)
    server = await serve(config)
    port = server.port
    alice = SignalingClient(server.url, "room", "alice")
    bob = SignalingClient(server.url, "room", "bob")
    await alice.connect()
    await bob.connect()
    assert await next_event(alice) == PeerJoined("bob")

    await server.close()  # both lose the connection; the new server knows nobody
    assert await wait_for(lambda: not alice.connected, 10)
    server = await serve(SignalingConfig(port=port, serve_static=False))

    # Each rejoins on its own; whichever is second finds the first there.
    events_a = [await next_event(alice)]
    events_b = [await next_event(bob)]
    assert isinstance(events_a[0], Reconnected) and isinstance(events_b[0], Reconnected)
    first, second = sorted(
        [("alice", events_a), ("bob", events_b)], key=lambda kv: len(kv[1][0].peers)
    )
    assert first[1][0].peers == () and second[1][0].peers == (first[0],)
    late = alice if first[0] == "alice" else bob
    assert await next_event(late) == PeerJoined(second[0])
    assert server.hub.rooms.peers("room") in (("alice", "bob"), ("bob", "alice"))

    await alice.send("bob", {"type": "offer", "sdp": "again"})
    assert await next_event(bob) == Signal("alice", {"type": "offer", "sdp": "again"})
    await alice.close()
    await bob.close()
    await server.close()


@run_async
async def test_send_waits_for_the_reconnection():
    server = await serve(SignalingConfig(port=0, serve_static=False))
    port = server.port
    alice = SignalingClient(server.url, "room", "alice")
    await alice.connect()
    await server.close()
    assert await wait_for(lambda: not alice.connected, 10)
    sending = asyncio.create_task(alice.send("bob", {"n": 1}))
    # held while the server is away: a window to see it not finish (a hold cannot end early
    # however slow the machine, since nothing is listening on the port)
    await asyncio.sleep(0.2)
    assert not sending.done()
    server = await serve(SignalingConfig(port=port, serve_static=False))
    await asyncio.wait_for(sending, 5)
    assert isinstance(await next_event(alice), Reconnected)
    # bob is not there: the server answered the held message.
    event = await next_event(alice)
    assert isinstance(event, ServerError) and event.code == "unknown-peer"
    await alice.close()
    await server.close()


@run_async
async def test_transport_overflow_close_is_reported_as_too_large():
    server = await serve(SignalingConfig(port=0, serve_static=False))
    alice = SignalingClient(server.url, "room", "alice")
    await alice.connect()
    with pytest.raises(SignalingError) as info:
        await alice.send("bob", {"sdp": "x" * 70_000})  # refused before it leaves
    assert info.value.code == "too-large"
    # Bypass the client's own check to make the server cut the connection (close 1009).
    await alice._ws.send("x" * (server.config.transport_max_bytes + 1))
    event = await next_event(alice)
    assert isinstance(event, ServerError) and event.code == "too-large"
    assert isinstance(await next_event(alice), Reconnected)
    await alice.close()
    await server.close()


@run_async
async def test_no_reconnect_ends_the_event_stream():
    server = await serve(SignalingConfig(port=0, serve_static=False))
    alice = SignalingClient(server.url, "room", "alice", reconnect=False)
    await alice.connect()
    await server.close()
    with pytest.raises(SignalingError) as info:
        await next_event(alice)
    assert info.value.code == "disconnected"
    assert [e async for e in alice] == []
    await alice.close()
