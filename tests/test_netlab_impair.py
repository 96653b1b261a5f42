"""The impairment model (netlab/impair.py) driven with sizes and timestamps, and the UDP relay
(netlab/relay.py) on loopback."""

from __future__ import annotations

import asyncio
import socket

import pytest

from photocall.netlab.impair import IP_UDP_HEADER_BYTES, Gilbert, ImpairedPath, Impairment
from photocall.netlab.relay import ImpairmentRelay, RelayConfig, parse_args


def _send_every(path: ImpairedPath, n: int, size: int = 100, every_s: float = 0.02):
    return [path.send(size, i * every_s) for i in range(n)]


def test_a_clean_path_delivers_at_once():
    path = ImpairedPath(Impairment())
    assert _send_every(path, 5) == [0.0, 0.02, 0.04, 0.06, 0.08]
    assert path.counters.delivered == 5 and path.counters.lost == 0


def test_delay_and_jitter_stay_in_their_band_and_reorder():
    path = ImpairedPath(Impairment(delay_ms=50, jitter_ms=30, seed=1))
    out = _send_every(path, 2000)
    delays = [t - i * 0.02 for i, t in enumerate(out)]
    assert min(delays) >= 0.020 - 1e-9 and max(delays) <= 0.080 + 1e-9
    assert abs(sum(delays) / len(delays) - 0.050) < 0.002
    assert any(b < a for a, b in zip(out, out[1:]))  # ±30 ms on a 20 ms spacing overtakes


def test_random_loss_is_seeded_and_near_its_rate():
    runs = [_send_every(ImpairedPath(Impairment(loss=0.05, seed=7)), 4000) for _ in range(2)]
    assert runs[0] == runs[1]
    lost = runs[0].count(None) / 4000
    assert 0.04 < lost < 0.06
    assert _send_every(ImpairedPath(Impairment(loss=0.05, seed=8)), 4000) != runs[0]


def test_gilbert_loss_comes_in_bursts():
    # bad state 1/5 of the time, mean stay 5 datagrams, loses all there: 20 % in runs of ~5
    path = ImpairedPath(Impairment(burst=Gilbert(p_bad=0.05, p_good=0.2), seed=3))
    out = _send_every(path, 20000)
    lost = [x is None for x in out]
    runs, current = [], 0
    for gone in lost:
        if gone:
            current += 1
        elif current:
            runs.append(current)
            current = 0
    assert 0.16 < sum(lost) / len(lost) < 0.24
    assert 4.0 < sum(runs) / len(runs) < 6.0  # random loss at 20 % would give runs of 1.25
    assert path.counters.lost_burst == sum(lost)


def test_the_rate_cap_serializes_and_its_queue_drops_the_tail():
    # 48 kbit/s: a 572-byte payload + 28 header bytes = 600 bytes = 100 ms on the wire
    path = ImpairedPath(Impairment(rate_kbps=48, queue_bytes=1800))
    out = [path.send(600 - IP_UDP_HEADER_BYTES, 0.0) for _ in range(4)]
    assert out[:3] == pytest.approx([0.1, 0.2, 0.3]) and out[3] is None  # 3 fit the queue
    assert path.counters.dropped_queue == 1
    assert path.send(572, 0.15) == pytest.approx(0.4)  # one has left: room again, behind the rest
    # below the cap nothing waits: 100-byte datagrams every 20 ms are 51 kbit/s at 64
    fast = ImpairedPath(Impairment(rate_kbps=64))
    out = [fast.send(100, i * 0.02) for i in range(100)]
    assert all(t - i * 0.02 == pytest.approx(128 * 8 / 64000) for i, t in enumerate(out))


def test_reordering_holds_a_share_back():
    path = ImpairedPath(Impairment(reorder=0.1, reorder_ms=30, seed=2))
    out = _send_every(path, 5000)
    assert 0.08 < path.counters.reordered / 5000 < 0.12
    assert sum(1 for i, t in enumerate(out) if t == pytest.approx(i * 0.02 + 0.03)) == (
        path.counters.reordered)  # fmt: skip


def test_bad_settings_are_refused():
    for bad in ({"loss": 1.5}, {"delay_ms": -1}, {"rate_kbps": 0}):
        with pytest.raises(ValueError):
            Impairment(**bad)


def test_the_relay_forwards_both_ways_through_its_paths():
    async def main():
        loop = asyncio.get_running_loop()
        echo = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        echo.bind(("127.0.0.1", 0))
        echo.setblocking(False)
        relay = ImpairmentRelay(RelayConfig(("127.0.0.1", 0), echo.getsockname(),
                                            up=Impairment(delay_ms=20),
                                            down=Impairment(loss=1.0)))  # fmt: skip
        await relay.start()
        client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        client.setblocking(False)
        started = loop.time()
        client.sendto(b"ping", ("127.0.0.1", relay.port))
        data, upstream_client = await loop.sock_recvfrom(echo, 100)
        assert data == b"ping" and loop.time() - started >= 0.019
        assert upstream_client[1] != client.getsockname()[1]  # from the relay's own socket
        echo.sendto(b"pong", upstream_client)
        await asyncio.wait_for(_until(lambda: relay.counters().down.sent == 1), 5)
        counters = relay.counters()
        assert (counters.clients, counters.up.delivered, counters.down.lost_random) == (1, 1, 1)
        relay.close()
        client.close()
        echo.close()

    asyncio.run(main())


async def _until(condition) -> None:
    while not condition():
        await asyncio.sleep(0.005)


def test_relay_flags():
    config, counters = parse_args(["--listen", "192.0.2.1:0", "--to", "192.0.2.1:3478",
                                   "--delay-ms", "50", "--jitter-ms", "30", "--loss", "0.05",
                                   "--burst", "0.01", "0.3", "1", "--rate-kbps", "48",
                                   "--seed", "7", "--counters", "c.json"])  # fmt: skip
    assert config.listen == ("192.0.2.1", 0) and config.upstream == ("192.0.2.1", 3478)
    assert config.up.delay_ms == 50 and config.up.burst == Gilbert(0.01, 0.3, 1.0)
    assert config.up.seed == 7 and config.down.seed == 8 and str(counters) == "c.json"
