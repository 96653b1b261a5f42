"""What an impaired network path does to each datagram: a plain object, no sockets, no clock.

``ImpairedPath.send(size, now_s)`` answers when the datagram comes out of the path, or None if
the path loses it. In order:

1. **loss**: random (each datagram with probability ``loss``) and bursty — a Gilbert-Elliott
   chain (``Gilbert``) that moves between a good and a bad state once per datagram and loses
   with ``loss_bad`` in the bad state;
2. **rate cap**: a bottleneck of ``rate_kbps`` (IPv4 + UDP headers counted) with a FIFO of
   ``queue_bytes``; a datagram that finds the queue full is dropped (tail drop);
3. **delay and jitter**: ``delay_ms`` plus uniform(−``jitter_ms``, +``jitter_ms``), never below
   zero, as netem's ``delay D J``; datagrams may overtake each other, as with netem;
4. **reordering**: with probability ``reorder`` a datagram is held ``reorder_ms`` more.

Randomness comes from one ``random.Random(seed)``, so a path replays the same fate for the same
sequence of sends.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass, field

IP_UDP_HEADER_BYTES = 28  # what the bottleneck carries beyond the UDP payload


@dataclass(frozen=True)
class Gilbert:
    """Bursty loss (Gilbert-Elliott): p_bad: good → bad per datagram; p_good: bad → good;
    loss_bad: loss probability in the bad state (the good state loses nothing beyond
    ``Impairment.loss``). Mean burst length 1 / p_good; time in the bad state
    p_bad / (p_bad + p_good)."""

    p_bad: float
    p_good: float
    loss_bad: float = 1.0


@dataclass(frozen=True)
class Impairment:
    """One direction of a path (module docstring). Zero/None everywhere: a clean path."""

    delay_ms: float = 0.0
    jitter_ms: float = 0.0
    loss: float = 0.0
    burst: Gilbert | None = None
    rate_kbps: float | None = None
    queue_bytes: int = 8000
    reorder: float = 0.0
    reorder_ms: float = 0.0
    seed: int = 0

    def __post_init__(self) -> None:
        for name in ("loss", "reorder"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be in [0, 1]")
        if min(self.delay_ms, self.jitter_ms, self.reorder_ms) < 0:
            raise ValueError("delays must not be negative")
        if self.rate_kbps is not None and self.rate_kbps <= 0:
            raise ValueError("rate_kbps must be positive")


@dataclass
class PathCounters:
    """Datagrams offered to the path, and where they went."""

    sent: int = 0
    delivered: int = 0
    lost_random: int = 0
    lost_burst: int = 0
    dropped_queue: int = 0
    reordered: int = 0
    delivered_bytes: int = 0

    @property
    def lost(self) -> int:
        return self.lost_random + self.lost_burst + self.dropped_queue


@dataclass
class ImpairedPath:
    """One direction of an impaired path: ``send(size, now_s)`` → exit time or None (lost)."""

    impairment: Impairment
    counters: PathCounters = field(default_factory=PathCounters)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.impairment.seed)
        self._bad = False  # the Gilbert chain's state
        self._link_free_s = 0.0  # when the bottleneck finishes what it already carries
        self._queue: deque[tuple[float, int]] = deque()  # (leaves the bottleneck at, bytes)
        self._queued_bytes = 0

    def send(self, size: int, now_s: float) -> float | None:
        imp, c = self.impairment, self.counters
        c.sent += 1
        if imp.burst is not None:
            flip = self._rng.random()
            self._bad = flip >= imp.burst.p_good if self._bad else flip < imp.burst.p_bad
            if self._bad and self._rng.random() < imp.burst.loss_bad:
                c.lost_burst += 1
                return None
        if imp.loss and self._rng.random() < imp.loss:
            c.lost_random += 1
            return None
        t = now_s
        if imp.rate_kbps is not None:
            t = self._through_bottleneck(size, now_s)
            if t is None:
                c.dropped_queue += 1
                return None
        if imp.delay_ms or imp.jitter_ms:
            jitter = self._rng.uniform(-imp.jitter_ms, imp.jitter_ms) if imp.jitter_ms else 0.0
            t += max(0.0, imp.delay_ms + jitter) / 1000.0
        if imp.reorder and self._rng.random() < imp.reorder:
            c.reordered += 1
            t += imp.reorder_ms / 1000.0
        c.delivered += 1
        c.delivered_bytes += size
        return t

    def _through_bottleneck(self, size: int, now_s: float) -> float | None:
        while self._queue and self._queue[0][0] <= now_s:
            self._queued_bytes -= self._queue.popleft()[1]
        wire = size + IP_UDP_HEADER_BYTES
        if self._queued_bytes + wire > self.impairment.queue_bytes:
            return None
        assert self.impairment.rate_kbps is not None
        leaves = max(now_s, self._link_free_s) + wire * 8 / (self.impairment.rate_kbps * 1000)
        self._link_free_s = leaves
        self._queue.append((leaves, wire))
        self._queued_bytes += wire
        return leaves
