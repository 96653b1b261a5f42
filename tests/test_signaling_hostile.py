"""Hostile clients against a real signaling server on loopback, an innocent pair beside them.

The attackers speak only the public contracts (WebSocket JSON, raw HTTP over TCP) and connect
from 127.0.0.2; the innocent pair connects from 127.0.0.1. Each test asserts what the innocent
pair still gets, what the attacker gets back, and how much the server logged. Waits are on
conditions; the flood test runs the server on a clock that advances per message read.
"""

from __future__ import annotations

import asyncio
import errno
import json
import logging
import os
import signal
import time
from pathlib import Path

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from photocall.benchmarks.signaling_hostile import start_server, stop_server
from photocall.signaling.config import SignalingConfig
from photocall.signaling.server import SignalingServer, serve
from support.aio import wait_for
from test_signaling_server import assert_relays, join, recv_json, run_async

ATTACKER = "127.0.0.2"
LOGGER = "photocall.signaling"


async def start(**overrides) -> SignalingServer:
    return await serve(SignalingConfig(port=0, serve_static=False, **overrides))


async def attacker(url: str, source: str = ATTACKER) -> ClientConnection:
    return await connect(url, local_addr=(source, 0), max_size=None, open_timeout=10)


async def innocent_pair(url: str) -> tuple[ClientConnection, ClientConnection]:
    a = await join(url, "innocent", "a")
    b = await join(url, "innocent", "b")
    assert await recv_json(a) == {"type": "peer-joined", "peer": "b"}
    return a, b


async def assert_innocent_pair_works(a: ClientConnection, b: ClientConnection) -> None:
    await assert_relays(a, b, "a", "b")
    await assert_relays(b, a, "b", "a")


async def closed_with(ws: ClientConnection, timeout: float = 10.0) -> tuple[int, str]:
    """Read until the server closes ``ws``; its close code and reason."""
    with pytest.raises(ConnectionClosed) as info:
        async with asyncio.timeout(timeout):
            while True:
                await ws.recv()
    rcvd = info.value.rcvd
    assert rcvd is not None, "closed without a close frame"
    return rcvd.code, rcvd.reason


def log_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith(LOGGER)]


# --- the parser's contract over the wire --------------------------------------------------------


@run_async
async def test_numbers_json_forbids_get_bad_message_and_no_traceback(caplog):
    server = await start()
    a, b = await innocent_pair(server.url)
    frames = [
        '{"type":"join","room":"r","peer":' + "1" * 5000 + "}",
        '{"type":"signal","to":"a","data":{"x":NaN}}',
        '{"type":"signal","to":"a","data":{"x":-Infinity}}',
    ]
    for frame in frames * 10:
        async with await attacker(server.url) as ws:
            await ws.send(frame)
            reply = await recv_json(ws)
            assert (reply["type"], reply["code"]) == ("error", "bad-message")
    await assert_innocent_pair_works(a, b)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert server.hub.stats["error:bad-message"] == 30
    for ws in (a, b):
        await ws.close()
    await server.close()


# --- deadlines and caps -------------------------------------------------------------------------


@run_async
async def test_connections_that_never_join_are_closed_with_a_reason():
    server = await start(join_timeout_s=0.3)
    a, b = await innocent_pair(server.url)
    idle = [await attacker(server.url) for _ in range(10)]
    for ws in idle:
        assert await closed_with(ws) == (1008, "join-timeout: no join within 0.3 s")
    # the pair connected before the idle ones, so it is past the same deadline now: members are
    # not subject to it
    await assert_innocent_pair_works(a, b)
    assert server.hub.stats["cut-off:join-timeout"] == 10
    for ws in (a, b):
        await ws.close()
    await server.close()


@run_async
async def test_idle_connection_load_is_capped_with_clean_refusals(caplog):
    # Sized for CI: 300 attempts against a cap of 100 per address and 150 in all.
    server = await start(max_connections=150, max_connections_per_address=100)
    outcomes: dict[str, int] = {}
    held: list[ClientConnection] = []

    async def one(source: str) -> None:
        try:
            held.append(await attacker(server.url, source))
            key = "open"
        except InvalidStatus as exc:
            key = str(exc.response.status_code)
            assert b"503 service unavailable: " in exc.response.body
        outcomes[key] = outcomes.get(key, 0) + 1

    with caplog.at_level(logging.INFO, logger=LOGGER):
        for _ in range(6):
            await asyncio.gather(*(one(ATTACKER) for _ in range(50)))
        assert outcomes == {"open": 100, "503": 200}
        a, b = await innocent_pair(server.url)  # another address: still room for it
        await assert_innocent_pair_works(a, b)
        await asyncio.gather(*(one("127.0.0.3") for _ in range(60)))
        assert outcomes == {"open": 148, "503": 212}  # the total cap: 150 with the pair
        assert server.admission.total == 150
        refusals = [m for m in log_lines(caplog) if "refused" in m]
        server.events.flush(time.monotonic() + 60)
    assert len(refusals) == server.events.burst
    assert "... 207 more refused" in log_lines(caplog)[-1]
    for ws in held:
        ws.transport.abort()
    assert await wait_for(lambda: server.admission.total == 2, 10)
    await assert_innocent_pair_works(a, b)
    for ws in (a, b):
        await ws.close()
    await server.close()


class StepClock:
    """A clock that moves ``step`` seconds each time it is read: a message read per step."""

    def __init__(self, step: float) -> None:
        self.now = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@run_async
async def test_paced_flood_is_cut_off_not_only_throttled(caplog):
    # The server reads the time once per message: 1 ms a read is a flood of 1,000 msg/s
    # whatever the speed of this machine.
    server = SignalingServer(SignalingConfig(port=0, serve_static=False), clock=StepClock(0.001))
    await server.start()
    a, b = await innocent_pair(server.url)
    partner = await join(server.url, "evil", "partner")
    flooder = await attacker(server.url)
    await flooder.send(json.dumps({"type": "join", "room": "evil", "peer": "flooder"}))
    assert (await recv_json(flooder))["type"] == "joined"
    assert await recv_json(partner) == {"type": "peer-joined", "peer": "flooder"}
    frame = json.dumps({"type": "signal", "to": "partner", "data": {"sdp": "v=0"}})
    sent = 0
    with pytest.raises(ConnectionClosed):
        for _ in range(10_000):  # 10 s of flood at 1,000/s: cut off long before
            await flooder.send(frame)
            sent += 1
            await asyncio.sleep(0)
    relayed = 0
    while (msg := await recv_json(partner))["type"] == "signal":
        relayed += 1
    assert msg == {"type": "peer-left", "peer": "flooder"}
    # the burst (60, less the join) and 20/s for the ~0.2 s it took to run out of strikes
    assert 59 <= relayed <= 70, relayed
    assert server.hub.stats["cut-off:rate-limited"] == 1
    await assert_innocent_pair_works(a, b)
    assert sum("kept sending over the rate limit" in m for m in log_lines(caplog)) == 1
    for ws in (a, b, partner):
        await ws.close()
    await server.close()


@run_async
async def test_junk_frames_cut_off_every_sender_and_log_a_bounded_summary(caplog):
    server = await start(abuse_cooldown_s=0)  # (the cool-down is tested below)
    a, b = await innocent_pair(server.url)
    junk = "x" * 60_000
    with caplog.at_level(logging.INFO, logger=LOGGER):
        for _ in range(4):

            async def one() -> tuple[int, str]:
                ws = await attacker(server.url)
                for _ in range(20):
                    try:
                        await ws.send(junk)
                    except ConnectionClosed:
                        break
                return await closed_with(ws)

            closes = await asyncio.gather(*(one() for _ in range(15)))
            assert set(closes) == {(1008, "too many bad messages")}
            await assert_innocent_pair_works(a, b)
    assert server.hub.stats["cut-off:bad-messages"] == 60
    cut_lines = [m for m in log_lines(caplog) if m.startswith("cut-off")]
    assert len(cut_lines) == server.events.burst  # 5 lines for 60 cut-offs, the rest counted
    assert server.events.suppressed("cut-off") == 55
    for ws in (a, b):
        await ws.close()
    await server.close()


@run_async
async def test_oversize_frames_are_logged_at_a_bounded_rate(caplog):
    server = await start(max_message_bytes=1000, transport_max_bytes=4000)
    a, b = await innocent_pair(server.url)
    with caplog.at_level(logging.INFO, logger=LOGGER):
        for _ in range(20):
            async with await attacker(server.url) as ws:
                await ws.send("x" * 2000)  # over the message limit: answered too-large
                assert (await recv_json(ws))["code"] == "too-large"
                await ws.send("x" * 5000)  # over the transport limit: closed with 1009
                with pytest.raises(ConnectionClosed) as info:
                    await ws.recv()
                assert info.value.rcvd is not None and info.value.rcvd.code == 1009
    await assert_innocent_pair_works(a, b)
    assert server.hub.stats["incident:too-large"] == 40
    lines = [m for m in log_lines(caplog) if m.startswith("too-large")]
    assert len(lines) == server.events.burst
    assert "message of 2000 bytes (limit 1000)" in lines[0]
    assert lines[1] == "too-large from 127.0.0.2: a frame over 4000 bytes; closed"
    for ws in (a, b):
        await ws.close()
    await server.close()


@run_async
async def test_a_flooders_address_is_refused_for_a_while_others_are_not():
    clock = StepClock(0.0)  # a still clock: the cool-down cannot end during the test
    server = SignalingServer(
        SignalingConfig(port=0, serve_static=False, abuse_cooldown_s=10.0), clock=clock
    )
    await server.start()
    ws = await attacker(server.url)
    for _ in range(10):
        await ws.send("junk")
    assert await closed_with(ws) == (1008, "too many bad messages")
    for _ in range(3):
        with pytest.raises(InvalidStatus) as info:
            await attacker(server.url)
        assert info.value.response.status_code == 429
        assert b"cut off for abuse" in info.value.response.body
    a, b = await innocent_pair(server.url)  # another address
    await assert_innocent_pair_works(a, b)
    clock.now += 10.0
    async with await attacker(server.url) as again:  # the cool-down is over
        await again.send(json.dumps({"type": "join", "room": "r", "peer": "reformed"}))
        assert (await recv_json(again))["type"] == "joined"
    for ws in (a, b):
        await ws.close()
    await server.close()


# --- HTTP ----------------------------------------------------------------------------------------


async def http(port: int, raw: bytes) -> tuple[int, dict[str, str], bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(raw)
    data = await asyncio.wait_for(reader.read(), 5)
    writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


@pytest.fixture
def web(tmp_path: Path) -> Path:
    (tmp_path / "index.html").write_text("<!doctype html><title>photocall</title>")
    (tmp_path / "app.js").write_bytes(b"/*" + b"x" * 300_000 + b"*/")
    return tmp_path


@run_async
async def test_only_get_and_head_are_served(web):
    server = await serve(SignalingConfig(port=0, static_dir=web))
    status, headers, body = await http(server.port, b"HEAD / HTTP/1.1\r\nHost: x\r\n\r\n")
    assert (status, headers["content-length"], body) == (200, "39", b"")
    for method in ("DELETE", "TRACE", "get", "POST", "OPTIONS"):
        status, headers, _ = await http(
            server.port, f"{method} / HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        )
        assert (status, headers["allow"]) == (405, "GET, HEAD"), method
    upgrade = (
        b"POST / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    assert (await http(server.port, upgrade))[0] == 405
    a, b = await innocent_pair(server.url)
    await assert_innocent_pair_works(a, b)
    for ws in (a, b):
        await ws.close()
    await server.close()


@run_async
async def test_a_request_head_over_the_limit_is_refused_before_it_is_buffered(caplog):
    server = await start(max_request_head_bytes=8 * 1024)
    pad = b"".join(b"X-Pad-%d: %s\r\n" % (i, b"a" * 1000) for i in range(40))  # ~41 KB, no end
    status, _, body = await http(server.port, b"GET / HTTP/1.1\r\nHost: x\r\n" + pad)
    assert status == 431 and b"request head over 8192 bytes" in body
    assert await wait_for(lambda: server.admission.total == 0, 10)
    assert any(m.startswith("head-too-large from 127.0.0.1") for m in log_lines(caplog))
    a, b = await innocent_pair(server.url)
    await assert_innocent_pair_works(a, b)
    for ws in (a, b):
        await ws.close()
    await server.close()


@run_async
async def test_unread_static_answers_are_bounded_by_the_budget(web):
    server = await serve(
        SignalingConfig(port=0, static_dir=web, max_static_bytes_in_flight=1_000_000)
    )
    get = b"GET /app.js HTTP/1.1\r\nHost: x\r\n\r\n"
    stalled = []
    for _ in range(3):  # 3 x 300 KB in flight: under the budget
        _, writer = await asyncio.open_connection(
            "127.0.0.1", server.port, local_addr=(ATTACKER, 0)
        )
        writer.transport.pause_reading()
        writer.write(get)
        stalled.append(writer)
    assert await wait_for(lambda: server.static_bytes_in_flight == 3 * 300_004, 10)
    status, headers, _ = await http(server.port, get)
    assert (status, headers["retry-after"]) == (503, "10")
    assert server.static_bytes_in_flight <= 1_000_000
    for writer in stalled:
        writer.transport.abort()
    assert await wait_for(lambda: server.static_bytes_in_flight == 0, 10)
    status, _, body = await http(server.port, get)
    assert status == 200 and len(body) == 300_004
    await server.close()


@run_async
async def test_peer_supplied_text_is_escaped_in_the_log(caplog):
    server = await serve(SignalingConfig(port=0, static_dir=None, serve_static=True))
    forged = b"/\x1b[31m\rINFO:photo-of-admin-ready"
    with caplog.at_level(logging.INFO, logger=LOGGER):
        await http(server.port, b"DELETE " + forged + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    lines = log_lines(caplog)
    assert lines and all(line.isprintable() for line in lines)
    assert any("\\x1b[31m\\x0dINFO:photo-of-admin-ready" in line for line in lines)
    await server.close()


# --- running out of file descriptors ------------------------------------------------------------


@run_async
async def test_accept_failures_log_a_bounded_summary(caplog):
    server = await start()
    loop = asyncio.get_running_loop()
    exc = OSError(errno.EMFILE, os.strerror(errno.EMFILE))
    for _ in range(1000):
        loop.call_exception_handler(
            {"message": "socket.accept() out of system resource", "exception": exc}
        )
    assert server.hub.stats["accept-exhausted"] == 1000
    lines = [m for m in log_lines(caplog) if m.startswith("cannot accept")]
    assert len(lines) == server.events.burst
    assert lines[0].startswith("cannot accept connections: Too many open files (EMFILE")
    await server.close()
    assert loop.get_exception_handler() is None  # restored


def test_out_of_descriptors_no_log_storm_and_recovery(tmp_path):
    """A real server process that has used up its descriptors, hit by 100 connections, logs a
    few lines (asyncio alone logs a traceback per failed accept), then serves again."""
    (tmp_path / "index.html").write_text("x")
    server = start_server(tmp_path, nofile=256, hoard_fds=True)
    try:

        async def attack() -> None:
            writers = []
            for _ in range(100):
                _, w = await asyncio.open_connection(
                    "127.0.0.1", server.port, local_addr=(ATTACKER, 0)
                )
                writers.append(w)
            await asyncio.sleep(2.5)  # asyncio retries accept() every second
            assert server.log_lines() <= 2 + 2 * 5, b"".join(server.log).decode()[-3000:]
            assert b"cannot accept connections: Too many open files" in b"".join(server.log)
            for w in writers:
                w.transport.abort()
            os.kill(server.proc.pid, signal.SIGUSR1)  # it frees its descriptors
            url = f"ws://127.0.0.1:{server.port}/"
            async with asyncio.timeout(20):
                while True:
                    try:
                        a, b = await innocent_pair(url)
                        break
                    except (OSError, InvalidStatus, TimeoutError, ConnectionClosed):
                        await asyncio.sleep(0.2)
            await assert_innocent_pair_works(a, b)

        asyncio.run(attack())
    finally:
        stop_server(server)


def test_stalled_headers_do_not_grow_the_server(tmp_path):
    """100 clients each send ~1 MB of headers without the blank line and stall: each is
    answered at the head limit (or refused), and the server process's peak memory stays within a few
    MiB of where it started (it grew by ~1.2 MiB per client before)."""
    (tmp_path / "index.html").write_text("x")
    server = start_server(tmp_path)
    try:

        async def attack() -> float:
            rss0 = server.rss_mib()
            head = b"GET / HTTP/1.1\r\nHost: x\r\n" + b"".join(
                b"X-Pad-%d: %s\r\n" % (i, b"a" * 8000) for i in range(127)
            )
            streams = []
            for _ in range(100):
                r, w = await asyncio.open_connection(
                    "127.0.0.1", server.port, local_addr=(ATTACKER, 0)
                )
                w.write(head)
                streams.append((r, w))

            async def answer(r: asyncio.StreamReader) -> bytes:
                return await asyncio.wait_for(r.read(), 8)

            answers = await asyncio.gather(*(answer(r) for r, _ in streams))
            # 431 at the head limit, or 503 past the 64 connections allowed from one address
            statuses = {a[:12] for a in answers}
            assert statuses <= {b"HTTP/1.1 431", b"HTTP/1.1 503"}, statuses
            assert b"HTTP/1.1 431" in statuses
            for _, w in streams:
                w.transport.abort()
            return server.rss_mib("VmHWM") - rss0

        growth = asyncio.run(attack())
        assert growth < 20, growth
    finally:
        stop_server(server)
