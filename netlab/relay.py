"""A userspace UDP relay that impairs what it forwards (the kernel here has no netem).

It listens on one address and forwards every client's datagrams to one upstream address (a TURN
server, say) from a socket of that client's own, and the replies back: each client looks like a
distinct client upstream. Each direction goes through an :class:`ImpairedPath` (``up``: client →
upstream; ``down``: upstream → client), seeded per client.

    python -m photocall.netlab.relay --listen 192.0.2.1:0 --to 192.0.2.1:3478 \\
        --delay-ms 50 --jitter-ms 30 --loss 0.05 --counters relay.json

prints ``listening on HOST:PORT`` once it is ready, and writes its counters (JSON) on SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from photocall.netlab.impair import Gilbert, ImpairedPath, Impairment, PathCounters

Address = tuple[str, int]
MAX_CLIENTS = 64  # a relay for tests: a bound, not a service


@dataclass(frozen=True)
class RelayConfig:
    """listen / upstream: (host, port); port 0 listens on a free port. up / down: the
    impairment of each direction (their seeds are offset per client)."""

    listen: Address
    upstream: Address
    up: Impairment = Impairment()
    down: Impairment = Impairment()


@dataclass
class RelayCounters:
    """Both directions, summed over clients."""

    clients: int = 0
    up: PathCounters = field(default_factory=PathCounters)
    down: PathCounters = field(default_factory=PathCounters)


class _Datagrams(asyncio.DatagramProtocol):
    def __init__(self, on_datagram: Callable[[bytes, Address], None]) -> None:
        self.on_datagram = on_datagram

    def datagram_received(self, data: bytes, addr: Address) -> None:
        self.on_datagram(data, addr)

    def error_received(self, exc: Exception) -> None:
        pass  # ICMP unreachable from a peer gone: UDP carries on


class _Client:
    def __init__(self, up: ImpairedPath, down: ImpairedPath) -> None:
        self.up, self.down = up, down
        self.transport: asyncio.DatagramTransport | None = None
        self.pending: list[bytes] = []  # due upstream while its socket was still opening


class ImpairmentRelay:
    """The relay on the running loop: ``await start()``, ``port``, ``close()``."""

    def __init__(self, config: RelayConfig) -> None:
        self.config = config
        self._clients: dict[Address, _Client] = {}
        self._listener: asyncio.DatagramTransport | None = None
        self._loop: asyncio.AbstractEventLoop | None = None  # start()'s

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._listener, _ = await self._loop.create_datagram_endpoint(
            lambda: _Datagrams(self._from_client), local_addr=self.config.listen
        )

    @property
    def port(self) -> int:
        assert self._listener is not None
        return int(self._listener.get_extra_info("sockname")[1])

    def counters(self) -> RelayCounters:
        total = RelayCounters(clients=len(self._clients))
        for client in self._clients.values():
            for mine, theirs in ((total.up, client.up.counters), (total.down, client.down.counters)):
                for f in dataclasses.fields(PathCounters):
                    setattr(mine, f.name, getattr(mine, f.name) + getattr(theirs, f.name))
        return total

    def close(self) -> None:
        for client in self._clients.values():
            if client.transport is not None:
                client.transport.close()
        if self._listener is not None:
            self._listener.close()

    def _from_client(self, data: bytes, addr: Address) -> None:
        assert self._loop is not None
        client = self._clients.get(addr)
        if client is None:
            if len(self._clients) >= MAX_CLIENTS:
                return
            n = len(self._clients)
            c = self.config
            client = _Client(
                ImpairedPath(dataclasses.replace(c.up, seed=c.up.seed + 1000 * n)),
                ImpairedPath(dataclasses.replace(c.down, seed=c.down.seed + 1000 * n + 1)),
            )
            self._clients[addr] = client
            self._loop.create_task(self._open_upstream(addr, client))
        self._forward(client.up, data, lambda d: self._to_upstream(client, d))

    async def _open_upstream(self, addr: Address, client: _Client) -> None:
        assert self._loop is not None
        transport, _ = await self._loop.create_datagram_endpoint(
            lambda: _Datagrams(lambda data, _: self._from_upstream(addr, client, data)),
            local_addr=(self.config.listen[0], 0),
            remote_addr=self.config.upstream,
        )
        client.transport = transport
        for data in client.pending:
            transport.sendto(data)
        client.pending.clear()

    def _from_upstream(self, addr: Address, client: _Client, data: bytes) -> None:
        def deliver(d: bytes) -> None:
            if self._listener is not None and not self._listener.is_closing():
                self._listener.sendto(d, addr)

        self._forward(client.down, data, deliver)

    def _to_upstream(self, client: _Client, data: bytes) -> None:
        if client.transport is None:
            if len(client.pending) < 64:
                client.pending.append(data)
        elif not client.transport.is_closing():
            client.transport.sendto(data)

    def _forward(self, path: ImpairedPath, data: bytes, deliver: Callable[[bytes], None]) -> None:
        assert self._loop is not None
        now = self._loop.time()
        at = path.send(len(data), now)
        if at is None:
            return
        if at <= now:
            deliver(data)
        else:
            self._loop.call_at(at, deliver, data)


def _address(text: str) -> Address:
    host, _, port = text.rpartition(":")
    return host, int(port)


def parse_args(argv: list[str] | None = None) -> tuple[RelayConfig, Path | None]:
    p = argparse.ArgumentParser(prog="python -m photocall.netlab.relay", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    p.add_argument("--listen", type=_address, required=True, help="HOST:PORT (port 0: free)")
    p.add_argument("--to", type=_address, required=True, help="upstream HOST:PORT")
    p.add_argument("--delay-ms", type=float, default=0.0, help="one-way delay, each direction")
    p.add_argument("--jitter-ms", type=float, default=0.0, help="± uniform around the delay")
    p.add_argument("--loss", type=float, default=0.0, help="random loss, each direction")
    p.add_argument("--burst", type=float, nargs=3, metavar=("P_BAD", "P_GOOD", "LOSS_BAD"),
                   help="Gilbert-Elliott bursty loss, each direction")  # fmt: skip
    p.add_argument("--rate-kbps", type=float, default=None, help="bottleneck, each direction")
    p.add_argument("--queue-bytes", type=int, default=Impairment.queue_bytes)
    p.add_argument("--reorder", type=float, default=0.0, help="share of datagrams held back")
    p.add_argument("--reorder-ms", type=float, default=0.0, help="by this much")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--counters", type=Path, default=None, help="write counters here on exit")
    a = p.parse_args(argv)
    imp = Impairment(
        delay_ms=a.delay_ms, jitter_ms=a.jitter_ms, loss=a.loss,
        burst=Gilbert(*a.burst) if a.burst else None, rate_kbps=a.rate_kbps,
        queue_bytes=a.queue_bytes, reorder=a.reorder, reorder_ms=a.reorder_ms, seed=a.seed,
    )  # fmt: skip
    down = dataclasses.replace(imp, seed=a.seed + 1)
    return RelayConfig(a.listen, a.to, up=imp, down=down), a.counters


async def _main(config: RelayConfig, counters_path: Path | None) -> None:
    relay = ImpairmentRelay(config)
    await relay.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    print(f"listening on {config.listen[0]}:{relay.port}", flush=True)
    await stop.wait()
    relay.close()
    if counters_path is not None:
        counters_path.write_text(json.dumps(dataclasses.asdict(relay.counters()), indent=1))


def main(argv: list[str] | None = None) -> int:
    config, counters = parse_args(argv)
    asyncio.run(_main(config, counters))
    return 0


if __name__ == "__main__":
    sys.exit(main())
