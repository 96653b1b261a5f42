"""Hostile clients against the signaling server, measured: what an attacker costs the server
(RSS, log lines) and what an innocent pair beside it still gets.

Each scenario starts a fresh server in a subprocess (``photocall signal``'s default config,
logging as the CLI does at default verbosity, stderr captured), runs one attack written against
the public contracts only (WebSocket JSON, raw HTTP over TCP) on loopback, and reports.
Attackers connect from 127.0.0.2, the innocent pair from 127.0.0.1.

``--before DIR`` runs the same against another copy of ``signaling/`` (e.g. ``git archive main
signaling | tar -x -C DIR``), so one run gives both columns of the table.

    .venv/bin/python -m photocall.benchmarks.signaling_hostile [--before DIR] [--only NAME]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

ATTACKER = "127.0.0.2"
INNOCENT = "127.0.0.1"

_SERVER = """
import asyncio, logging, os, resource, sys
nofile = int(os.environ.get("HOSTILE_NOFILE", "0"))
if nofile:
    resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))
import photocall.signaling
if os.environ.get("HOSTILE_SIGNALING_DIR"):
    photocall.signaling.__path__ = [os.environ["HOSTILE_SIGNALING_DIR"]]
from photocall.shared.logs import setup_logging
from photocall.signaling.config import SignalingConfig
from photocall.signaling.server import SignalingServer
setup_logging(0)
hoard = []
def free_hoard(*_):
    while hoard:
        os.close(hoard.pop())
async def main():
    import pathlib, signal
    config = SignalingConfig(port=0, static_dir=pathlib.Path(sys.argv[1]))
    server = SignalingServer(config)
    await server.start()
    if os.environ.get("HOSTILE_HOARD_FDS"):  # use every descriptor left: accept() gets EMFILE
        asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, free_hoard)
        try:
            while True:
                hoard.append(os.open(os.devnull, os.O_RDONLY))
        except OSError:
            pass
    print(server.port, flush=True)
    await server.serve_forever()
asyncio.run(main())
"""


@dataclass
class Server:
    proc: subprocess.Popen[bytes]
    port: int
    hoarding: bool = False
    log: list[bytes] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/"

    def rss_mib(self, field: str = "VmRSS") -> float:
        """Resident memory now (``VmHWM``: the peak so far)."""
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def cpu_s(self) -> float:
        """CPU seconds (user + system) the server process has used."""
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def log_lines(self) -> int:
        return len(self.log)

    def log_bytes(self) -> int:
        return sum(len(x) for x in self.log)


def start_server(
    web: Path, signaling_dir: str | None = None, nofile: int = 0, hoard_fds: bool = False
) -> Server:
    """A ``photocall signal`` server in a subprocess; ``nofile``: its descriptor limit;
    ``hoard_fds``: it opens descriptors until none are left (SIGUSR1 frees them)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOSTILE_")}
    if signaling_dir:
        env["HOSTILE_SIGNALING_DIR"] = signaling_dir
    if nofile:
        env["HOSTILE_NOFILE"] = str(nofile)
    if hoard_fds:
        env["HOSTILE_HOARD_FDS"] = "1"
    proc = subprocess.Popen(
        [sys.executable, "-c", _SERVER, str(web)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    line = proc.stdout.readline()
    if not line:
        raise RuntimeError("server did not start: " + proc.stderr.read().decode()[-2000:])
    server = Server(proc, int(line), hoard_fds)
    stderr = proc.stderr

    def drain() -> None:
        for raw in iter(stderr.readline, b""):
            server.log.append(raw)

    threading.Thread(target=drain, daemon=True).start()
    return server


def stop_server(server: Server) -> None:
    server.proc.kill()
    server.proc.wait()


async def _ws(url: str, source: str, **kw: Any) -> ClientConnection:
    return await connect(url, local_addr=(source, 0), open_timeout=10, max_size=None, **kw)


async def innocent_pair(url: str, room: str = "innocent") -> tuple[ClientConnection, ...]:
    a = await _ws(url, INNOCENT)
    await a.send(json.dumps({"type": "join", "room": room, "peer": "a"}))
    assert json.loads(await a.recv())["type"] == "joined"
    b = await _ws(url, INNOCENT)
    await b.send(json.dumps({"type": "join", "room": room, "peer": "b"}))
    assert json.loads(await b.recv())["type"] == "joined"
    assert json.loads(await a.recv())["type"] == "peer-joined"
    return a, b


async def relay_latencies(
    a: ClientConnection, b: ClientConnection, n: int, rate: float
) -> list[float]:
    """Round trips a -> b -> a of an SDP-sized signal at ``rate``/s; ms each, inf if lost."""
    out = []
    sdp = "v=0\r\n" + "a=candidate:1 1 udp 2 10.0.0.1 9 typ host\r\n" * 60
    for i in range(n):
        t0 = time.perf_counter()
        try:
            await a.send(json.dumps({"type": "signal", "to": "b", "data": {"sdp": sdp, "i": i}}))
            while json.loads(await asyncio.wait_for(b.recv(), 5))["type"] != "signal":
                pass
            await b.send(json.dumps({"type": "signal", "to": "a", "data": {"i": i}}))
            while json.loads(await asyncio.wait_for(a.recv(), 5))["type"] != "signal":
                pass
            out.append((time.perf_counter() - t0) * 1000)
        except (TimeoutError, ConnectionClosed):
            out.append(float("inf"))
        await asyncio.sleep(max(0.0, 1 / rate - (time.perf_counter() - t0)))
    return out


def pct(xs: list[float], p: float) -> float:
    s = sorted(xs)
    return round(s[min(len(s) - 1, int(p * len(s)))], 1) if s else float("nan")


# --- scenarios ---------------------------------------------------------------------------------


async def huge_int(server: Server) -> dict[str, Any]:
    """300 connections each send a join whose peer is a 5,000-digit integer."""
    frame = '{"type":"join","room":"r","peer":' + "1" * 5000 + "}"
    replies: dict[str, int] = {}

    async def one() -> None:
        try:
            ws = await _ws(server.url, ATTACKER)
            await ws.send(frame)
            msg = json.loads(await asyncio.wait_for(ws.recv(), 5))
            key = f"reply:{msg.get('code')}"
            await ws.close()
        except ConnectionClosed as exc:
            key = f"closed:{exc.rcvd.code if exc.rcvd else None}"
        except (OSError, InvalidStatus, TimeoutError) as exc:
            key = f"failed:{type(exc).__name__}"
        replies[key] = replies.get(key, 0) + 1

    for _ in range(3):
        await asyncio.gather(*(one() for _ in range(100)))
    await asyncio.sleep(0.5)
    return {"outcomes": replies, "log_lines": server.log_lines()}


async def idle_connections(server: Server, n: int = 600, wait_s: float = 12.0) -> dict[str, Any]:
    """``n`` WebSocket connections that never join; an innocent pair joins after them."""
    rss0 = server.rss_mib()
    opened: list[ClientConnection] = []
    refused = 0
    for start in range(0, n, 50):
        results = await asyncio.gather(
            *(_ws(server.url, ATTACKER) for _ in range(start, min(n, start + 50))),
            return_exceptions=True,
        )
        for r in results:
            if isinstance(r, ClientConnection):
                opened.append(r)
            else:
                refused += 1
    rss_open = server.rss_mib()
    a, b = await innocent_pair(server.url)
    lat = await relay_latencies(a, b, 20, 20)
    await asyncio.sleep(wait_s)
    still_open = sum(1 for ws in opened if ws.protocol.state.name == "OPEN")
    for ws in opened:
        ws.transport.abort()
    return {
        "attempted": n,
        "accepted": len(opened),
        "refused": refused,
        "still_open_after_s": [still_open, wait_s],
        "server_rss_mib": [round(rss0, 1), round(rss_open, 1)],
        "innocent_relay_p50_ms": pct(lat, 0.5),
        "log_lines": server.log_lines(),
    }


async def fd_exhaustion(server: Server, n: int = 400, hold_s: float = 3.0) -> dict[str, Any]:
    """Against a server limited to 256 descriptors: ``n`` raw TCP connections held open (once
    the listen backlog is full, connecting stalls: that ends the attempt)."""
    socks = []
    lines0 = server.log_lines()
    t0 = time.monotonic()
    for _ in range(n):
        try:
            _, w = await asyncio.wait_for(
                asyncio.open_connection("127.0.0.1", server.port, local_addr=(ATTACKER, 0)), 1.0
            )
            socks.append(w)
        except (OSError, TimeoutError):
            break
    await asyncio.sleep(hold_s)
    storm = server.log_lines() - lines0
    span = time.monotonic() - t0
    bytes_ = server.log_bytes()
    for w in socks:
        w.transport.abort()
    if server.hoarding:
        os.kill(server.proc.pid, signal.SIGUSR1)  # it frees the descriptors it took
    await asyncio.sleep(1.5)  # asyncio retries accept() after a second
    try:
        a, b = await innocent_pair(server.url)
        lost = sum(x == float("inf") for x in await relay_latencies(a, b, 3, 20))
        ok = "relays" if lost == 0 else f"lost {lost} of 3"
    except Exception as exc:  # noqa: BLE001 - reported
        ok = f"failed: {exc!r}"
    return {
        "tcp_connections": len(socks),
        "log_lines": storm,
        "log_lines_per_s": round(storm / span, 1),
        "log_bytes_total": bytes_,
        "innocent_joins_after": ok,
    }


async def _attack(
    url: str, frame: str, connections: int, rate: float, seconds: float
) -> dict[str, int]:
    """``connections`` attackers, each sending ``frame`` at ``rate``/s and reconnecting when
    cut off, for ``seconds``."""
    stats = {"sent": 0, "cut_off": 0, "reconnect_refused": 0}
    stop = time.monotonic() + seconds

    async def attacker(k: int) -> None:
        while time.monotonic() < stop:
            try:
                ws = await _ws(url, ATTACKER)
            except (OSError, InvalidStatus, TimeoutError):
                stats["reconnect_refused"] += 1
                await asyncio.sleep(0.1)
                continue
            try:
                await ws.send(json.dumps({"type": "join", "room": f"evil{k}", "peer": "x"}))
                t = time.monotonic()
                while time.monotonic() < stop:
                    await ws.send(frame)
                    stats["sent"] += 1
                    t += 1 / rate
                    await asyncio.sleep(max(0.0, t - time.monotonic()))
                await ws.close()
            except ConnectionClosed:
                stats["cut_off"] += 1
            ws.transport.abort()

    await asyncio.gather(*(attacker(k) for k in range(connections)))
    return stats


def _attack_main(queue: Any, *args: Any) -> None:
    queue.put(asyncio.run(_attack(*args)))


async def _flood(
    server: Server, frame: str, connections: int, per_conn_rate: float, seconds: float
) -> dict[str, Any]:
    """The attackers in their own process (so they do not slow the innocent pair's client),
    the innocent pair measuring round trips here before and during the flood."""
    a, b = await innocent_pair(server.url)
    quiet = await relay_latencies(a, b, 60, 20)
    rss0 = server.rss_mib()
    lines0 = server.log_lines()
    cpu0 = server.cpu_s()
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(
        target=_attack_main,
        args=(queue, server.url, frame, connections, per_conn_rate, seconds),
        daemon=True,
    )
    proc.start()
    await asyncio.sleep(2.0)  # the attackers are up (spawning takes a while)
    loud = await relay_latencies(a, b, int((seconds - 3.0) * 20), 20)
    stats = await asyncio.get_running_loop().run_in_executor(None, queue.get)
    proc.join()
    return {
        **stats,
        "server_cpu_s": round(server.cpu_s() - cpu0, 2),
        "innocent_p50_p95_ms_quiet": [pct(quiet, 0.5), pct(quiet, 0.95)],
        "innocent_p50_p95_ms_flood": [pct(loud, 0.5), pct(loud, 0.95)],
        "innocent_lost": sum(1 for x in loud if x == float("inf")),
        "server_rss_mib": [round(rss0, 1), round(server.rss_mib(), 1)],
        "log_lines": server.log_lines() - lines0,
    }


async def paced_flood(server: Server) -> dict[str, Any]:
    """One connection sends valid signals at 800/s for 10 s (reconnecting when cut off)."""
    frame = json.dumps({"type": "signal", "to": "nobody", "data": {"sdp": "v=0"}})
    return await _flood(server, frame, 1, 800, 10.0)


async def junk_flood(server: Server) -> dict[str, Any]:
    """200 connections each send 60 KB non-JSON frames at 20/s for 10 s (reconnecting)."""
    return await _flood(server, "x" * 60_000, 200, 20, 10.0)


async def _http_hold(server: Server, request: bytes, n: int) -> int:
    """``n`` connections write ``request`` and never read; returns how many connected."""
    writers = []
    for _ in range(n):
        try:
            _, w = await asyncio.open_connection("127.0.0.1", server.port, local_addr=(ATTACKER, 0))
        except OSError:
            break
        w.transport.pause_reading()  # type: ignore[attr-defined]
        w.write(request)
        writers.append(w)
    await asyncio.sleep(2.0)
    return len(writers)


async def header_stall(server: Server, n: int = 300) -> dict[str, Any]:
    """``n`` connections send ~1 MB of headers (no blank line) and stall."""
    rss0 = server.rss_mib()
    head = b"GET / HTTP/1.1\r\nHost: x\r\n" + b"".join(
        b"X-Pad-%d: " % i + b"a" * 8000 + b"\r\n" for i in range(127)
    )
    held = await _http_hold(server, head, n)
    peak = server.rss_mib()
    a, b = await innocent_pair(server.url)
    ok = len(await relay_latencies(a, b, 3, 20)) == 3
    return {
        "connections": held,
        "server_rss_mib": [round(rss0, 1), round(peak, 1)],
        "innocent_relays": ok,
        "log_lines": server.log_lines(),
    }


async def unread_static(server: Server, n: int = 300) -> dict[str, Any]:
    """``n`` connections ask for /app.js (~620 KB) and never read the answer."""
    rss0 = server.rss_mib()
    held = await _http_hold(server, b"GET /app.js HTTP/1.1\r\nHost: x\r\n\r\n", n)
    peak = server.rss_mib()
    return {
        "connections": held,
        "server_rss_mib": [round(rss0, 1), round(peak, 1)],
        "log_lines": server.log_lines(),
    }


async def http_methods(server: Server) -> dict[str, Any]:
    out = {}
    for method in ("GET", "HEAD", "DELETE", "TRACE", "get", "POST"):
        r, w = await asyncio.open_connection("127.0.0.1", server.port)
        w.write(f"{method} / HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        data = await asyncio.wait_for(r.read(), 5)
        w.close()
        head, _, body = data.partition(b"\r\n\r\n")
        out[method] = f"{head.split(b' ')[1].decode()} body={len(body)}"
    return out


SCENARIOS: dict[str, tuple[Callable[[Server], Awaitable[dict[str, Any]]], int, bool]] = {
    # name: (attack, descriptor limit of the server (0: as is), server uses up its descriptors)
    "huge_int": (huge_int, 0, False),
    "idle_connections": (idle_connections, 0, False),
    "fd_exhaustion": (fd_exhaustion, 256, False),
    "fd_exhaustion_hoarded": (fd_exhaustion, 256, True),
    "paced_flood": (paced_flood, 0, False),
    "junk_flood": (junk_flood, 0, False),
    "header_stall": (header_stall, 0, False),
    "unread_static": (unread_static, 0, False),
    "http_methods": (http_methods, 0, False),
}


def run_one(name: str, web: Path, signaling_dir: str | None) -> dict[str, Any]:
    fn, nofile, hoard = SCENARIOS[name]
    server = start_server(web, signaling_dir, nofile, hoard)
    try:
        result = asyncio.run(asyncio.wait_for(fn(server), 120))
        time.sleep(0.3)
        result["log_sample"] = [x.decode(errors="replace")[:160] for x in server.log[-3:]]
        return result
    finally:
        stop_server(server)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", help="a copy of signaling/ to compare with")
    parser.add_argument("--only", action="append", choices=sorted(SCENARIOS))
    args = parser.parse_args()
    web = Path(tempfile.mkdtemp())
    bundled = Path(__file__).resolve().parents[1] / "signaling" / "web" / "app.js"
    (web / "index.html").write_text("<!doctype html><title>photocall</title>")
    (web / "app.js").write_bytes(bundled.read_bytes() if bundled.is_file() else b"x" * 620_000)
    for name in args.only or SCENARIOS:
        row = {}
        if args.before:
            row["before"] = run_one(name, web, args.before)
        row["after"] = run_one(name, web, None)
        print(json.dumps({name: row}), flush=True)


if __name__ == "__main__":
    main()
