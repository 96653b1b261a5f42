"""The signaling server over real WebSocket connections on 127.0.0.1, port 0."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from photocall.signaling.config import SignalingConfig
from photocall.signaling.ratelimit import RateLimit
from photocall.signaling.server import SignalingServer, serve
from photocall.signaling.tokens import make_token
from support.aio import run_async, wait_for


async def start(**overrides) -> SignalingServer:
    return await serve(SignalingConfig(port=0, serve_static=False, **overrides))


async def recv_json(ws: ClientConnection, timeout: float = 10.0) -> dict:
    return json.loads(await asyncio.wait_for(ws.recv(), timeout))


async def assert_silent(ws: ClientConnection, wait: float = 0.1) -> None:
    with pytest.raises(TimeoutError):
        msg = await asyncio.wait_for(ws.recv(), wait)
        pytest.fail(f"unexpected message {msg}")


async def join(url: str, room: str, peer: str, token: str | None = None) -> ClientConnection:
    ws = await connect(url, max_size=None)
    msg = {"type": "join", "room": room, "peer": peer}
    if token is not None:
        msg["token"] = token
    await ws.send(json.dumps(msg))
    reply = await recv_json(ws)
    assert reply["type"] == "joined", reply
    return ws


async def expect_error(ws: ClientConnection, code: str) -> dict:
    reply = await recv_json(ws)
    assert reply["type"] == "error" and reply["code"] == code, reply
    assert isinstance(reply["message"], str) and reply["message"]
    return reply


async def assert_relays(a: ClientConnection, b: ClientConnection, a_id: str, b_id: str) -> None:
    payload = {"type": "offer", "sdp": "v=0\r\n" * 50}
    await a.send(json.dumps({"type": "signal", "to": b_id, "data": payload}))
    assert await recv_json(b) == {"type": "signal", "from": a_id, "data": payload}


SCENE_LIMIT = RateLimit(rate=50, burst=20, disconnect_after=40)


class Scene:
    """An offender and an ally in room r, two bystanders in room s."""

    def __init__(self, limit: RateLimit = SCENE_LIMIT):
        self.limit = limit

    async def __aenter__(self):
        self.server = await start(rate_limit=self.limit)
        url = self.server.url
        self.ally = await join(url, "r", "ally")
        self.offender = await join(url, "r", "bad")
        assert await recv_json(self.ally) == {"type": "peer-joined", "peer": "bad"}
        self.x = await join(url, "s", "x")
        self.y = await join(url, "s", "y")
        assert (await recv_json(self.x))["peer"] == "y"
        return self

    async def unaffected(self, offender_alive: bool = True) -> None:
        """Everyone else still works, and the ally saw nothing of the offender's mistakes."""
        await assert_relays(self.x, self.y, "x", "y")
        await assert_relays(self.y, self.x, "y", "x")
        if offender_alive:
            await assert_silent(self.ally)
            await assert_relays(self.offender, self.ally, "bad", "ally")
            await assert_relays(self.ally, self.offender, "ally", "bad")
        else:
            assert await recv_json(self.ally) == {"type": "peer-left", "peer": "bad"}

    async def __aexit__(self, *exc):
        for ws in (self.ally, self.offender, self.x, self.y):
            await ws.close()
        await self.server.close()


BAD_FRAMES = {
    "non-json": "{not json",
    "binary-garbage": b"\x00\xff\x10",
    "not-an-object": "[1,2,3]",
    "unknown-type": '{"type": "teleport"}',
    "missing-type": '{"to": "ally", "data": {}}',
    "missing-field": '{"type": "signal", "data": {}}',
    "wrong-typed-field": '{"type": "signal", "to": "ally", "data": "sdp"}',
    "wrong-typed-id": '{"type": "signal", "to": 42, "data": {}}',
}


@pytest.mark.parametrize("frame", BAD_FRAMES.values(), ids=BAD_FRAMES.keys())
@run_async
async def test_malformed_message_gets_bad_message(frame):
    async with Scene() as s:
        await s.offender.send(frame)
        await expect_error(s.offender, "bad-message")
        await s.unaffected()


@run_async
async def test_signal_to_peer_not_in_room_gets_unknown_peer():
    async with Scene() as s:
        # "x" exists, but in another room: rooms do not leak into each other.
        await s.offender.send(json.dumps({"type": "signal", "to": "x", "data": {}}))
        await expect_error(s.offender, "unknown-peer")
        await assert_silent(s.x)
        await s.unaffected()


@run_async
async def test_signal_before_join_gets_not_joined():
    async with Scene() as s:
        async with connect(s.server.url) as lurker:
            await lurker.send(json.dumps({"type": "signal", "to": "ally", "data": {}}))
            await expect_error(lurker, "not-joined")
            await lurker.send(json.dumps({"type": "leave"}))
            await expect_error(lurker, "not-joined")
        await s.unaffected()


@run_async
async def test_second_join_with_taken_id_gets_duplicate_peer():
    async with Scene() as s:
        async with connect(s.server.url) as twin:
            await twin.send(json.dumps({"type": "join", "room": "r", "peer": "ally"}))
            await expect_error(twin, "duplicate-peer")
            # The connection survives and can join under a free id.
            await twin.send(json.dumps({"type": "join", "room": "r", "peer": "twin"}))
            assert (await recv_json(twin))["peers"] == ["ally", "bad"]
            assert await recv_json(s.ally) == {"type": "peer-joined", "peer": "twin"}
            assert await recv_json(s.offender) == {"type": "peer-joined", "peer": "twin"}
        assert await recv_json(s.ally) == {"type": "peer-left", "peer": "twin"}
        assert await recv_json(s.offender) == {"type": "peer-left", "peer": "twin"}
        await s.unaffected()


@run_async
async def test_oversized_message_gets_too_large_and_connection_stays():
    async with Scene() as s:
        huge = {"type": "signal", "to": "ally", "data": {"sdp": "a" * 70_000}}
        await s.offender.send(json.dumps(huge))
        reply = await expect_error(s.offender, "too-large")
        assert "65536" in reply["message"]
        await s.unaffected()


@run_async
async def test_message_beyond_transport_limit_closes_with_1009():
    # Above transport_max_bytes websockets refuses to buffer the message and closes the
    # connection with 1009 (message too big); SignalingClient reports that as too-large.
    async with Scene() as s:
        await s.offender.send("x" * (s.server.config.transport_max_bytes + 1))
        with pytest.raises(ConnectionClosed) as info:
            await recv_json(s.offender)
        assert info.value.rcvd is not None and info.value.rcvd.code == 1009
        await s.unaffected(offender_alive=False)


@run_async
async def test_flood_gets_rate_limited_then_disconnected():
    # A bucket that refills one token per 1000 s: the counts below cannot depend on how fast the
    # server gets through the flood (refilling is tested on a given clock in test_signaling_core).
    async with Scene(RateLimit(rate=0.001, burst=20, disconnect_after=40)) as s:
        frame = json.dumps({"type": "signal", "to": "ally", "data": {"n": 0}})
        codes, relayed = [], 0
        try:
            for _ in range(500):
                await s.offender.send(frame)
            while True:
                msg = await recv_json(s.offender)
                codes.append(msg.get("code"))
        except ConnectionClosed as exc:
            assert exc.rcvd is not None and exc.rcvd.code == 1008
            assert exc.rcvd.reason == "rate-limited"
        # Told once when the limit hit, once more when it disconnected: never flooded back.
        assert codes == ["rate-limited", "rate-limited"]
        while (msg := await recv_json(s.ally))["type"] == "signal":
            relayed += 1
        assert msg == {"type": "peer-left", "peer": "bad"}
        assert relayed == 20 - 1  # the burst less the join got through; the other 481 did not
        await assert_relays(s.x, s.y, "x", "y")
        await assert_relays(s.y, s.x, "y", "x")


@run_async
async def test_room_full():
    server = await start(max_peers=2)
    a = await join(server.url, "r", "a")
    b = await join(server.url, "r", "b")
    async with connect(server.url) as c:
        await c.send(json.dumps({"type": "join", "room": "r", "peer": "c"}))
        await expect_error(c, "room-full")
    await recv_json(a)  # peer-joined b
    await assert_relays(a, b, "a", "b")
    await assert_silent(a)
    for ws in (a, b):
        await ws.close()
    await server.close()


@run_async
async def test_tokens_accept_reject_and_expired():
    server = await start(secret="hunter2")
    url = server.url
    ok = await join(url, "r", "a", token=make_token("hunter2", "r", ttl_s=60))
    cases = {
        None: "needs a token",
        make_token("wrong", "r", ttl_s=60): "invalid or expired",
        make_token("hunter2", "other-room", ttl_s=60): "invalid or expired",
        make_token("hunter2", "r", ttl_s=10, now=time.time() - 60): "invalid or expired",
    }
    for token, why in cases.items():
        async with connect(url) as ws:
            msg = {"type": "join", "room": "r", "peer": "b"}
            if token is not None:
                msg["token"] = token
            await ws.send(json.dumps(msg))
            assert why in (await expect_error(ws, "bad-token"))["message"]
    await assert_silent(ok)
    await ok.close()
    await server.close()


@run_async
async def test_abrupt_drop_cleans_up_membership():
    server = await start()
    a = await join(server.url, "r", "a")
    b = await join(server.url, "r", "b")
    await recv_json(a)
    b.transport.abort()  # TCP reset, no close frame, no leave
    assert await recv_json(a) == {"type": "peer-left", "peer": "b"}
    again = await join(server.url, "r", "b")  # the id is free again
    assert await recv_json(a) == {"type": "peer-joined", "peer": "b"}
    await assert_relays(again, a, "b", "a")
    assert server.hub.rooms.connection_count == 2
    for ws in (a, again):
        await ws.close()
    assert await wait_for(lambda: server.hub.rooms.room_count == 0, 10)
    await server.close()


@run_async
async def test_dead_connection_is_dropped_by_ping_timeout():
    server = await start(ping_interval_s=0.1, ping_timeout_s=0.2, close_timeout_s=0.2)
    a = await join(server.url, "r", "a")
    b = await join(server.url, "r", "b")
    await recv_json(a)
    b.transport.pause_reading()  # b hangs: it answers no pings and sends nothing
    # dropped by the 0.3 s ping timeout: the default one (tested below) would take far longer
    assert await recv_json(a, timeout=10.0) == {"type": "peer-left", "peer": "b"}
    b.transport.abort()
    await a.close()
    await server.close()


def test_default_timeouts_drop_dead_connections_within_30_s():
    config = SignalingConfig()
    assert config.ping_interval_s + config.ping_timeout_s + config.close_timeout_s < 30


async def http_get(port: int, path: str) -> tuple[int, dict[str, str], bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    data = await asyncio.wait_for(reader.read(), 5)
    writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


@run_async
async def test_http_get_serves_static_files_beside_websocket(tmp_path):
    web = tmp_path / "web"
    web.mkdir()
    (web / "index.html").write_text("<!doctype html><title>photocall</title>")
    (web / "app.js").write_text("console.log(1);")
    (web / ".env").write_text("SECRET=1")
    (tmp_path / "outside.txt").write_text("private")
    (web / "link.txt").symlink_to(tmp_path / "outside.txt")
    server = await serve(SignalingConfig(port=0, static_dir=web))
    status, headers, body = await http_get(server.port, "/")
    assert (status, body) == (200, b"<!doctype html><title>photocall</title>")
    assert headers["content-type"] == "text/html; charset=utf-8"
    # cross-origin isolated (SharedArrayBuffer: onnxruntime-web's threads), every file allowed
    assert headers["cross-origin-opener-policy"] == "same-origin"
    assert headers["cross-origin-embedder-policy"] == "require-corp"
    assert headers["cross-origin-resource-policy"] == "same-origin"
    status, headers, body = await http_get(server.port, "/app.js?v=3")
    assert headers["cross-origin-resource-policy"] == "same-origin"
    assert (status, headers["content-type"], body) == (
        200,
        "text/javascript; charset=utf-8",
        b"console.log(1);",
    )
    for path in [
        "/missing.js",
        "/../outside.txt",
        "/%2e%2e/outside.txt",
        "/.env",
        "/link.txt",
        "//etc/passwd",
        "/..%2foutside.txt",
        "/app.js%00.html",
    ]:
        status, _, _ = await http_get(server.port, path)
        assert status == 404, path
    # The same port still speaks WebSocket, on any path.
    a = await join(server.url, "r", "a")
    b = await join(server.url.rstrip("/") + "/ws", "r", "b")
    await recv_json(a)
    await assert_relays(a, b, "a", "b")
    for ws in (a, b):
        await ws.close()
    await server.close()


@run_async
async def test_peer_that_stops_reading_is_disconnected_not_buffered_forever():
    server = await start(
        max_write_buffer_bytes=256 * 1024,
        rate_limit=RateLimit(
            rate=10_000, burst=10_000, disconnect_after=10_000, byte_rate=1e9, byte_burst=1e9
        ),
    )
    fast = await join(server.url, "r", "fast")
    stuck = await join(server.url, "r", "stuck")
    watcher = await join(server.url, "r", "watcher")
    for _ in range(2):
        await recv_json(fast)  # peer-joined stuck, watcher
    await recv_json(stuck)  # peer-joined watcher
    stuck.transport.pause_reading()
    frame = json.dumps({"type": "signal", "to": "stuck", "data": {"sdp": "s" * 60_000}})
    for _ in range(600):  # 36 MB: more than the kernel's socket buffers can hide
        await fast.send(frame)
        if server.hub.stats["slow-consumer"]:
            break
    assert server.hub.stats["slow-consumer"] == 1
    assert await recv_json(watcher, timeout=5) == {"type": "peer-left", "peer": "stuck"}
    await assert_relays(fast, watcher, "fast", "watcher")
    # fast has not read the replies to its burst (unknown-peer once stuck was gone), so a
    # polite close would wait for its own client's full queue: just drop the sockets.
    for ws in (fast, stuck, watcher):
        ws.transport.abort()
    await server.close()
