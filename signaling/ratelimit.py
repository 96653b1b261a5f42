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

    def take(self, now: float, amount: float = 1.0) -> bool:
        """Take ``amount`` tokens if there are that many."""
        if not self.can_take(now, amount):
            return False
        self._tokens -= amount
        return True

    def can_take(self, now: float, amount: float = 1.0) -> bool:
        self._refill(now)
        return self._tokens >= amount

    def spend(self, now: float, amount: float) -> float:
        """Take ``amount`` whatever is left (the balance may go negative); returns the balance."""
        self._refill(now)
        self._tokens -= amount
        return self._tokens

    def _refill(self, now: float) -> None:
        self._tokens = min(self.burst, self._tokens + max(0.0, now - self._last) * self.rate)
        self._last = max(self._last, now)


class Verdict(Enum):
    ACCEPT = "accept"
    REJECT_AND_TELL = "reject-and-tell"  # first rejection of a flood: answer rate-limited
    REJECT = "reject"  # later rejections: drop silently, so a flood cannot make us flood back
    DISCONNECT = "disconnect"  # it kept flooding: close the connection


@dataclass(frozen=True)
class RateLimit:
    """Per connection: ``rate`` messages per second sustained with bursts of ``burst``, and
    ``byte_rate`` / ``byte_burst`` the same in bytes. Messages over either limit are dropped.

    Dropping only throttles; a peer that keeps sending over the limit is cut off: each dropped
    message spends one of ``disconnect_after`` strikes, which come back at
    ``disconnect_after / forgive_s`` per second. A client a little over the rate now and then
    never runs out; one at 10x the rate is gone within about a second. A malformed message (one
    a correct client never sends) spends ``disconnect_after / max_bad_messages`` strikes.
    """

    rate: float = 20.0
    burst: float = 60.0
    disconnect_after: int = 100
    forgive_s: float = 60.0
    byte_rate: float = 128 * 1024
    byte_burst: float = 1024 * 1024
    max_bad_messages: int = 10

    def __post_init__(self) -> None:
        if self.disconnect_after < 1 or self.forgive_s <= 0 or self.max_bad_messages < 1:
            raise ValueError("disconnect_after, max_bad_messages must be >= 1, forgive_s > 0")


class FloodGuard:
    """The verdict on each message of one connection, with the clock passed in."""

    def __init__(self, limit: RateLimit, now: float) -> None:
        self._messages = TokenBucket(limit.rate, limit.burst, now)
        self._bytes = TokenBucket(limit.byte_rate, limit.byte_burst, now)
        self._strikes = TokenBucket(
            limit.disconnect_after / limit.forgive_s, limit.disconnect_after, now
        )
        self._bad_weight = limit.disconnect_after / limit.max_bad_messages
        self._told = False  # a rate-limited answer went out since the last accepted message

    def check(self, now: float, size: int = 0) -> Verdict:
        """The verdict on a message of ``size`` bytes arriving at ``now``."""
        # A message larger than byte_burst would never fit: it waits for a full bucket instead.
        size_cost = min(float(size), self._bytes.burst)
        if self._messages.can_take(now) and self._bytes.can_take(now, size_cost):
            self._messages.take(now)
            self._bytes.take(now, size_cost)
            self._told = False
            return Verdict.ACCEPT
        if self._strikes.spend(now, 1) < 1:
            return Verdict.DISCONNECT
        if self._told:
            return Verdict.REJECT
        self._told = True
        return Verdict.REJECT_AND_TELL

    def malformed(self, now: float) -> bool:
        """Count a malformed message; False once the connection has sent too many."""
        return self._strikes.spend(now, self._bad_weight) >= 1
