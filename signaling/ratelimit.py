"""Per-connection message rate limiting, with the clock passed in (no I/O, no sleeping)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class TokenBucket:
    """``rate`` tokens per second, holding at most ``burst``; each message takes one."""

    def __init__(self, rate: float, burst: float, now: float) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be > 0 and burst >= 1")
        self.rate = rate
        self.burst = burst
        self._tokens = burst
        self._last = now

    def take(self, now: float) -> bool:
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now
        if self._tokens >= 1:
            self._tokens -= 1
            return True
        return False


class Verdict(Enum):
    ACCEPT = "accept"
    REJECT_AND_TELL = "reject-and-tell"  # first rejection of a flood: answer rate-limited
    REJECT = "reject"  # later rejections: drop silently, so a flood cannot make us flood back
    DISCONNECT = "disconnect"  # it kept flooding: close the connection


@dataclass(frozen=True)
class RateLimit:
    """Messages per second sustained, burst size, and how many rejected messages in a row
    (no accepted message in between) end the connection."""

    rate: float = 20.0
    burst: float = 60.0
    disconnect_after: int = 100


class FloodGuard:
    def __init__(self, limit: RateLimit, now: float) -> None:
        self._bucket = TokenBucket(limit.rate, limit.burst, now)
        self._limit = limit
        self._rejected_in_row = 0

    def check(self, now: float) -> Verdict:
        if self._bucket.take(now):
            self._rejected_in_row = 0
            return Verdict.ACCEPT
        self._rejected_in_row += 1
        if self._rejected_in_row >= self._limit.disconnect_after:
            return Verdict.DISCONNECT
        return Verdict.REJECT_AND_TELL if self._rejected_in_row == 1 else Verdict.REJECT
