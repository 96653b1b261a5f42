"""Rate budgets for what a peer may make us do (sans-I/O: ``now`` in seconds is passed in).

* :class:`TokenBucket`: a sustained rate with a burst; what is over it is refused.
* :class:`Strikes`: how many bad things happened in the last ``window_s``; over ``limit``, the
  peer is cut off (a stream that keeps misbehaving, not one bad packet).
* :class:`RecentTimes`: at most ``limit`` events per ``window_s`` (photos per minute, links per
  peer), remembering only the times inside the window.
* :class:`CpuBudget`: CPU time per second a peer's input may cost us (decoding), charged after
  the fact; while it is spent, that peer's input is refused.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field


@dataclass
class TokenBucket:
    """``rate`` tokens per second, at most ``burst`` saved up (it starts full)."""

    rate: float
    burst: float
    _tokens: float = field(init=False)
    _last: float | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        if self.rate <= 0 or self.burst <= 0:
            raise ValueError("rate and burst must be > 0")
        self._tokens = self.burst

    def take(self, amount: float, now: float) -> bool:
        """Spend ``amount`` at ``now`` if the bucket holds it; False (nothing spent) if not."""
        if self._last is not None and now > self._last:
            self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now if self._last is None else max(self._last, now)
        if amount > self._tokens:
            return False
        self._tokens -= amount
        return True


@dataclass
class RecentTimes:
    """At most ``limit`` events in any ``window_s``; memory is bounded by ``limit``."""

    limit: int
    window_s: float
    _times: deque[float] = field(init=False, default_factory=deque)

    def _expire(self, now: float) -> None:
        while self._times and now - self._times[0] >= self.window_s:
            self._times.popleft()

    def allow(self, now: float) -> bool:
        """Record an event at ``now`` if fewer than ``limit`` happened in the window."""
        self._expire(now)
        if len(self._times) >= self.limit:
            return False
        self._times.append(now)
        return True

    def count(self, now: float) -> int:
        self._expire(now)
        return len(self._times)

    def next_allowed(self, now: float) -> float:
        """The earliest time at which :meth:`allow` can succeed."""
        self._expire(now)
        return now if len(self._times) < self.limit else self._times[0] + self.window_s


@dataclass
class Strikes:
    """Bad events counted over a sliding ``window_s``: ``strike`` is True once more than
    ``limit`` fell in the window (the stream keeps doing it: cut it off)."""

    limit: int
    window_s: float
    total: int = 0
    _recent: RecentTimes = field(init=False)

    def __post_init__(self) -> None:
        self._recent = RecentTimes(self.limit + 1, self.window_s)

    def strike(self, now: float) -> bool:
        self.total += 1
        self._recent.allow(now)
        return self._recent.count(now) > self.limit


@dataclass
class CpuBudget:
    """``rate_ms`` of CPU per second, at most ``burst_ms`` saved up (it starts full). The cost of
    a piece of work is known only once it is done: :meth:`spend` may overdraw, and nothing is
    allowed until the debt is paid back."""

    rate_ms: float
    burst_ms: float
    _balance: float = field(init=False)
    _last: float | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        if self.rate_ms <= 0 or self.burst_ms <= 0:
            raise ValueError("rate_ms and burst_ms must be > 0")
        self._balance = self.burst_ms

    def _refill(self, now: float) -> None:
        if self._last is not None and now > self._last:
            self._balance = min(self.burst_ms, self._balance + (now - self._last) * self.rate_ms)
        self._last = now if self._last is None else max(self._last, now)

    def allows(self, now: float) -> bool:
        """Whether work may start at ``now`` (``now`` in seconds)."""
        self._refill(now)
        return self._balance > 0

    def spend(self, ms: float, now: float) -> None:
        """Work that cost ``ms`` of CPU finished at ``now``."""
        self._refill(now)
        self._balance -= ms
