"""Who may open a connection: caps on connections in all and per source address, no I/O.

Counted from the moment a TCP connection is accepted (HTTP requests and unfinished WebSocket
handshakes included) until it is gone, so neither idle sockets nor stalled handshakes can take
every file descriptor. IPv6 addresses are grouped by /64, the block one host usually holds.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass


def address_key(host: str) -> str:
    """The unit a per-address cap counts: the IPv4 address, or the IPv6 /64 (an IPv4-mapped
    IPv6 address counts as its IPv4 address)."""
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return host  # not an IP (a Unix socket path, say): counted as is
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


@dataclass(frozen=True)
class Refusal:
    """Why a connection is refused, and the HTTP status that says so: 503 when the server or
    the address is full, 429 while the address cools down after abuse."""

    status: int
    reason: str


class Admission:
    """Open connections in all and per address key; :meth:`admit` says why one is refused.

    An address whose connection was cut off for abuse (:meth:`penalize`) is refused for
    ``cooldown_s``, so a flooder that reconnects at once costs a short refusal, not a handshake
    and another round of flooding. The clock is passed in.
    """

    def __init__(self, max_total: int, max_per_address: int, cooldown_s: float = 0.0) -> None:
        if max_total < 1 or max_per_address < 1 or cooldown_s < 0:
            raise ValueError("caps must be at least 1 and cooldown_s not negative")
        self.max_total = max_total
        self.max_per_address = max_per_address
        self.cooldown_s = cooldown_s
        self.total = 0
        self._per_address: dict[str, int] = {}  # only addresses with open connections
        self._cooling: dict[str, float] = {}  # address -> refused until

    def admit(self, key: str, now: float) -> Refusal | None:
        """Count a new connection from ``key`` and return None, or refuse it (not counted)."""
        until = self._cooling.get(key)
        if until is not None and now < until:
            return Refusal(429, f"cut off for abuse; refused for {until - now:.0f} s more")
        if self.total >= self.max_total:
            return Refusal(503, f"server full ({self.max_total} connections)")
        held = self._per_address.get(key, 0)
        if held >= self.max_per_address:
            return Refusal(503, f"too many connections from one address ({self.max_per_address})")
        self._per_address[key] = held + 1
        self.total += 1
        return None

    def penalize(self, key: str, now: float) -> None:
        """A connection from ``key`` was cut off for abuse: refuse the address for a while."""
        if self.cooldown_s > 0:
            self._cooling[key] = now + self.cooldown_s

    def sweep(self, now: float) -> None:
        """Forget cool-downs that are over (keeps the table as small as the abuse is recent)."""
        for key in [k for k, until in self._cooling.items() if until <= now]:
            del self._cooling[key]

    @property
    def cooling(self) -> int:
        return len(self._cooling)

    def release(self, key: str) -> None:
        """An admitted connection from ``key`` is gone."""
        held = self._per_address.get(key, 0)
        if held <= 0:
            raise ValueError(f"no open connection from {key}")
        if held == 1:
            del self._per_address[key]
        else:
            self._per_address[key] = held - 1
        self.total -= 1

    def held(self, key: str) -> int:
        return self._per_address.get(key, 0)

    @property
    def addresses(self) -> int:
        return len(self._per_address)
