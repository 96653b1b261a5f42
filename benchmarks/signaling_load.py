"""Bench "signaling": many clients in many rooms exchanging offers and answers on loopback.

The server runs in its own process pinned to one core (``os.sched_setaffinity``), the clients in
other processes pinned to the other cores, so "one core" means one core. Phases:

1. join: every client connects and joins its room (``clients / rooms`` peers per room).
2. paced (the target): every client sends an offer-sized message (~3 KB of SDP) to the next
   peer of its room ``paced_rate`` times a second; the receiver answers at once (~2.5 KB).
   Relay latency = send -> receive of each message (sender and receiver share a process and
   ``perf_counter_ns``). Target: p99 < 50 ms for 500 clients in 100 rooms on one core.
   "paced_x4" repeats it at ``heavy_rate`` (4x the messages) to show the latency trend.
3. saturated: every client keeps one offer outstanding (send, wait for the answer, repeat):
   the most messages per second the server relays.
4. baseline, same run: a bare websockets echo server (no JSON, no rooms) on the same core under
   the paced load (same messages per second through the server); echo round trip vs relay is
   what the signaling logic costs.

Server memory (RSS) is read from /proc before clients connect, once all are joined, and at peak.
The server's rate limit is raised for the run so it measures the server, not the limiter.
"""

from __future__ import annotations

import asyncio
import functools
import json
import multiprocessing as mp
import os
import random
import statistics
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from photocall.benchmarks.provenance import machine_load


@dataclass(frozen=True)
class LoadConfig:
    clients: int = 500
    rooms: int = 100
    paced_rate: float = 1.0  # offers per client per second (each draws an answer)
    heavy_rate: float = 4.0  # the same, for the "paced_x4" phase
    warmup_s: float = 2.0
    paced_s: float = 10.0
    saturated_s: float = 5.0
    connect_concurrency: int = 50
    deadline_s: float = 180.0  # the whole bench is killed past this


FULL = LoadConfig()
QUICK = LoadConfig(clients=40, rooms=8, warmup_s=0.5, paced_s=1.5, saturated_s=1.0, deadline_s=60)


def _sdp(kind: str, size: int, seed: int) -> str:
    """SDP-like text (CRLF lines, as JSON escapes them) of about ``size`` characters."""
    rnd = random.Random(seed)
    lines = [
        "v=0",
        f"o=- {rnd.getrandbits(62)} 2 IN IP4 127.0.0.1",
        "s=-",
        "t=0 0",
        "a=group:BUNDLE 0 1",
        "m=application 9 UDP/DTLS/SCTP webrtc-datachannel",
        "c=IN IP4 0.0.0.0",
        f"a=ice-ufrag:{rnd.getrandbits(32):08x}",
        f"a=ice-pwd:{rnd.getrandbits(128):032x}",
        "a=fingerprint:sha-256 " + ":".join(f"{rnd.randrange(256):02X}" for _ in range(32)),
        f"a=setup:{'actpass' if kind == 'offer' else 'active'}",
        "a=sctp-port:5000",
    ]
    while sum(len(x) + 2 for x in lines) < size:
        lines.append(
            f"a=candidate:{rnd.getrandbits(32)} 1 udp {rnd.getrandbits(31)} "
            f"10.{rnd.randrange(256)}.{rnd.randrange(256)}.{rnd.randrange(256)} "
            f"{rnd.randrange(1024, 65536)} typ host"
        )
    return "\r\n".join(lines) + "\r\n"


OFFER_CHARS = 3000
ANSWER_CHARS = 2400


def _rss_kib() -> dict[str, int]:
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0])
    return out


def _runqueue_wait_s() -> float:
    """Seconds this process was runnable but waiting for a CPU (other processes had it)."""
    try:
        with open("/proc/self/schedstat") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return float("nan")


def _pin(cores: list[int]) -> None:
    if hasattr(os, "sched_setaffinity") and cores:
        os.sched_setaffinity(0, cores)


# --- server process -----------------------------------------------------------------------------


def _server_main(conn: Any, mode: str, cores: list[int]) -> None:
    import logging

    _pin(cores)
    logging.getLogger("photocall.signaling").setLevel(logging.ERROR)  # "server is open": known
    asyncio.run(_server(conn, mode))


async def _server(conn: Any, mode: str) -> None:
    from websockets.asyncio.server import broadcast
    from websockets.asyncio.server import serve as ws_serve

    from photocall.signaling.config import SignalingConfig
    from photocall.signaling.ratelimit import RateLimit
    from photocall.signaling.server import SignalingServer

    loop = asyncio.get_running_loop()
    samples: list[tuple[float, float, int, float]] = []

    async def sample() -> None:  # (monotonic, CPU s, RSS KiB, run-queue wait s) twice a second
        while True:
            now = time.monotonic()
            samples.append((now, time.process_time(), _rss_kib()["VmRSS"], _runqueue_wait_s()))
            await asyncio.sleep(0.5)

    rss_idle = _rss_kib()["VmRSS"]
    if mode == "signaling":
        config = SignalingConfig(
            port=0,
            serve_static=False,
            # every client connects from 127.0.0.1: lift the connection caps for the bench
            max_connections=100_000,
            max_connections_per_address=100_000,
            rate_limit=RateLimit(
                rate=100_000,
                burst=100_000,
                disconnect_after=1_000_000,
                byte_rate=1e12,
                byte_burst=1e12,
            ),
        )
        server: Any = SignalingServer(config)
        await server.start()
        port = server.port
    else:

        async def echo(ws: Any) -> None:
            async for message in ws:
                broadcast([ws], message)  # the same non-blocking write the relay uses

        server = await ws_serve(echo, "127.0.0.1", 0, compression=None, max_size=2**18)
        port = server.sockets[0].getsockname()[1]
    sampler = asyncio.create_task(sample())
    conn.send(("port", port))
    await loop.run_in_executor(None, conn.recv)  # "stop"
    sampler.cancel()
    stats = dict(server.hub.stats) if mode == "signaling" else {}
    server.close()
    conn.send(
        ("done", {"rss_idle_kib": rss_idle, **_rss_kib(), "samples": samples, "stats": stats})
    )


# --- client process -----------------------------------------------------------------------------


@dataclass
class _Peer:
    ws: Any
    peer_id: str
    next_id: str
    answered: asyncio.Event


def _client_main(
    conn: Any, url: str, mode: str, rooms: list[int], cfg: LoadConfig, cores: list[int]
) -> None:
    _pin(cores)
    conn.send(asyncio.run(_clients(url, mode, rooms, cfg)))


async def _clients(url: str, mode: str, rooms: list[int], cfg: LoadConfig) -> dict[str, Any]:
    from websockets.asyncio.client import connect

    per_room = cfg.clients // cfg.rooms
    offer_sdp = _sdp("offer", OFFER_CHARS, 1)
    answer_sdp = _sdp("answer", ANSWER_CHARS, 2)
    latencies: dict[str, list[int]] = {"paced": [], "paced_x4": [], "saturated": []}
    counts = {"offers": 0, "answers_sent": 0, "received": 0, "errors": 0}
    phase = {"name": "warmup"}
    gate = asyncio.Semaphore(cfg.connect_concurrency)

    def envelope(to: str, kind: str, sdp: str) -> str:
        data = {"type": kind, "sdp": sdp, "t": time.perf_counter_ns()}
        if mode == "echo":
            return json.dumps({"type": "signal", "from": to, "data": data})
        return json.dumps({"type": "signal", "to": to, "data": data})

    async def open_peer(room: int, index: int) -> _Peer:
        peer_id = f"p{index}"
        next_id = f"p{(index + 1) % per_room}"
        async with gate:
            ws = await connect(url, compression=None, max_size=2**18, open_timeout=30)
            if mode == "signaling":
                await ws.send(json.dumps({"type": "join", "room": f"room{room}", "peer": peer_id}))
                reply = json.loads(await ws.recv())
                assert reply["type"] == "joined", reply
        return _Peer(ws, peer_id, next_id, asyncio.Event())

    async def reader(peer: _Peer) -> None:
        async for raw in peer.ws:
            now = time.perf_counter_ns()
            msg = json.loads(raw)
            if msg["type"] != "signal":
                if msg["type"] == "error":
                    counts["errors"] += 1
                continue
            data = msg["data"]
            counts["received"] += 1
            if phase["name"] in latencies:
                latencies[phase["name"]].append(now - data["t"])
            if data["type"] == "offer" and mode == "signaling":
                counts["answers_sent"] += 1
                await peer.ws.send(envelope(msg["from"], "answer", answer_sdp))
            else:
                peer.answered.set()

    async def paced(peer: _Peer, until: float, rate: float) -> None:
        period = 1.0 / rate
        t = time.monotonic() + random.random() * period
        while t < until:
            await asyncio.sleep(max(0.0, t - time.monotonic()))
            counts["offers"] += 1
            await peer.ws.send(envelope(peer.next_id, "offer", offer_sdp))
            t += period

    async def saturated(peer: _Peer, until: float) -> None:
        while time.monotonic() < until:
            peer.answered.clear()
            counts["offers"] += 1
            await peer.ws.send(envelope(peer.next_id, "offer", offer_sdp))
            try:
                await asyncio.wait_for(peer.answered.wait(), max(0.01, until - time.monotonic()))
            except TimeoutError:
                return

    t0 = time.monotonic()
    peers = await asyncio.gather(*(open_peer(room, i) for room in rooms for i in range(per_room)))
    join_s = time.monotonic() - t0
    readers = [asyncio.create_task(reader(p)) for p in peers]
    windows: dict[str, tuple[float, float, float, float]] = {}  # mono, cpu at start and end

    async def drained(timeout_s: float = 30.0) -> None:
        """Until every offer sent has been received (and in signaling mode answered): this
        process's rooms hold both ends, so the counts must meet."""
        per_offer = 2 if mode == "signaling" else 1
        end = time.monotonic() + timeout_s
        while counts["received"] < per_offer * counts["offers"] and time.monotonic() < end:
            await asyncio.sleep(0.005)

    async def timed(name: str, seconds: float, worker: Any) -> None:
        start = time.monotonic()
        phase["name"] = "warmup"
        tasks = [asyncio.create_task(worker(p, start + cfg.warmup_s + seconds)) for p in peers]
        await asyncio.sleep(cfg.warmup_s)
        phase["name"] = name
        mark = (time.monotonic(), time.process_time(), counts["received"])
        await asyncio.gather(*tasks)
        await drained()  # the last answers land, however slow the machine
        windows[name] = (mark[0], mark[1], time.monotonic(), time.process_time())
        counts[f"received_{name}"] = counts["received"] - mark[2]
        phase["name"] = "idle"

    # An echo costs the server one message in and one out, a relayed offer + answer two of each:
    # the baseline sends twice the offers so the server handles the same number of messages.
    rate = cfg.paced_rate * (2 if mode == "echo" else 1)
    await timed("paced", cfg.paced_s, functools.partial(paced, rate=rate))
    if mode == "signaling":
        await timed("paced_x4", cfg.paced_s, functools.partial(paced, rate=cfg.heavy_rate))
        await timed("saturated", cfg.saturated_s, saturated)
    for p in peers:
        await p.ws.close()
    await asyncio.gather(*readers, return_exceptions=True)
    return {"join_s": join_s, "latencies": latencies, "counts": counts, "windows": windows}


# --- orchestration ------------------------------------------------------------------------------


def _percentiles(ns: list[int]) -> dict[str, float]:
    if not ns:
        return {"n": 0}
    ms = sorted(x / 1e6 for x in ns)

    def q(p: float) -> float:
        return round(ms[min(len(ms) - 1, int(p * len(ms)))], 3)

    return {"n": len(ms), "p50": q(0.50), "p90": q(0.90), "p99": q(0.99), "max": round(ms[-1], 3)}


def _share(samples: list[tuple], start: float, end: float, column: int) -> float | None:
    """Per wall second, how much of ``column`` (CPU s or run-queue wait s) the server used."""
    inside = [s for s in samples if start <= s[0] <= end]
    if len(inside) < 2:
        return None
    return round((inside[-1][column] - inside[0][column]) / (inside[-1][0] - inside[0][0]), 3)


def _one_run(mode: str, cfg: LoadConfig) -> dict[str, Any]:
    ctx = mp.get_context("spawn")  # a clean interpreter: no inherited threads or event loops
    cores = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    server_cores = cores[:1]
    client_cores = cores[1:] or cores
    n_procs = max(1, min(4, len(client_cores)))
    server_end, child_end = ctx.Pipe()
    server = ctx.Process(target=_server_main, args=(child_end, mode, server_cores), daemon=True)
    server.start()
    procs, ends = [], []
    try:
        if not server_end.poll(30):
            raise RuntimeError("the signaling server process did not start")
        _, port = server_end.recv()
        url = f"ws://127.0.0.1:{port}/"
        for k in range(n_procs):
            mine = list(range(k, cfg.rooms, n_procs))
            a, b = ctx.Pipe()
            proc = ctx.Process(
                target=_client_main, args=(b, url, mode, mine, cfg, client_cores), daemon=True
            )
            proc.start()
            procs.append(proc)
            ends.append(a)
        results = []
        deadline = time.monotonic() + cfg.deadline_s
        for a in ends:
            if not a.poll(max(0.0, deadline - time.monotonic())):
                raise RuntimeError(f"signaling load bench exceeded {cfg.deadline_s} s")
            results.append(a.recv())
        server_end.send("stop")
        if not server_end.poll(10):
            raise RuntimeError("the signaling server process did not report")
        _, srv = server_end.recv()
    finally:
        for proc in [*procs, server]:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.kill()
    return _summarize(mode, cfg, results, srv, server_cores, client_cores, n_procs)


def _summarize(
    mode: str,
    cfg: LoadConfig,
    results: list[dict[str, Any]],
    srv: dict[str, Any],
    server_cores: list[int],
    client_cores: list[int],
    n_procs: int,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "server_cores": server_cores,
        "client_cores": client_cores,
        "client_processes": n_procs,
        "join_s": round(max(r["join_s"] for r in results), 3),
    }
    for name in ("paced", "paced_x4", "saturated"):
        wins = [r["windows"][name] for r in results if name in r["windows"]]
        if not wins:
            continue
        start, end = min(w[0] for w in wins), max(w[2] for w in wins)
        received = sum(r["counts"][f"received_{name}"] for r in results)
        client_cpu = [round((w[3] - w[1]) / (w[2] - w[0]), 3) for w in wins]
        rate = received / (end - start)
        cpu = _share(srv["samples"], start, end, 1)
        out[name] = {
            "latency_ms": _percentiles([x for r in results for x in r["latencies"][name]]),
            "msgs_per_s": round(rate, 1),
            # CPU seconds per wall second; and the same for time spent runnable but waiting for
            # the core (other processes on it): high values mean the numbers are noisy.
            "server_cpu_share": cpu,
            "server_runqueue_wait_share": _share(srv["samples"], start, end, 3),
            # Server CPU per relayed message: capacity of one core is about 1e6 / this.
            "server_cpu_us_per_msg": round(cpu / rate * 1e6, 1) if cpu and rate else None,
            "client_cpu_share": client_cpu,
        }
    counts = {k: sum(r["counts"][k] for r in results) for k in ("offers", "received", "errors")}
    out["counts"] = counts
    # RSS while all clients are joined and the paced load runs.
    win = [r["windows"]["paced"] for r in results]
    start, end = min(w[0] for w in win), max(w[2] for w in win)
    rss = [s[2] for s in srv["samples"] if start <= s[0] <= end]
    out["server_rss_mib"] = {
        "idle": round(srv["rss_idle_kib"] / 1024, 1),
        "connected_median": round(statistics.median(rss) / 1024, 1) if rss else None,
        "peak": round(srv["VmHWM"] / 1024, 1),
    }
    if rss:
        out["server_kib_per_client"] = round(
            (statistics.median(rss) - srv["rss_idle_kib"]) / cfg.clients, 1
        )
    out["server_stats"] = srv["stats"]
    return out


def run(out_dir: Path, quick: bool) -> dict[str, Any]:
    cfg = QUICK if quick else FULL
    if cfg.clients % cfg.rooms:
        raise ValueError("clients must be a multiple of rooms")
    load_before = asdict(machine_load())
    relay = _one_run("signaling", cfg)
    echo = _one_run("echo", cfg)
    p99 = relay["paced"]["latency_ms"].get("p99")
    p50, echo_p50 = relay["paced"]["latency_ms"].get("p50"), echo["paced"]["latency_ms"].get("p50")
    return {
        "config": asdict(cfg),
        "offer_chars": OFFER_CHARS,
        "answer_chars": ANSWER_CHARS,
        "cpus_visible": os.cpu_count(),
        "machine_load_before": load_before,
        "machine_load_after": asdict(machine_load()),
        "relay_p50_ms": p50,
        "relay_p99_ms": p99,
        "relay_msgs_per_s_paced": relay["paced"]["msgs_per_s"],
        "relay_p99_ms_paced_x4": relay["paced_x4"]["latency_ms"].get("p99"),
        "relay_msgs_per_s_paced_x4": relay["paced_x4"]["msgs_per_s"],
        "relay_msgs_per_s_saturated": relay["saturated"]["msgs_per_s"],
        "relay_p99_ms_saturated": relay["saturated"]["latency_ms"].get("p99"),
        "server_cpu_us_per_msg_saturated": relay["saturated"]["server_cpu_us_per_msg"],
        "server_rss_mib": relay["server_rss_mib"]["connected_median"],
        "baseline_echo_p50_ms": echo_p50,
        "ratio_relay_vs_echo_p50": round(p50 / echo_p50, 2) if p50 and echo_p50 else None,
        "target_p99_ms": 50.0,
        "target_met": p99 is not None and p99 < 50.0,
        "relay": relay,
        "baseline_echo": echo,
    }


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(json.dumps(run(Path("."), args.quick), indent=2))
