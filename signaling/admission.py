"""Who may open a connection: caps on connections in all and per source address, no I/O.

Counted from the moment a TCP connection is accepted (HTTP requests and unfinished WebSocket
handshakes included) until it is gone, so neither idle sockets nor stalled handshakes can take
every file descriptor. IPv6 addresses are grouped by /64, the block one host usually holds.
"""

from __future__ import annotations

import ipaddress


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


class Admission:
    """Open connections in all and per address key; :meth:`admit` says why one is refused."""

    def __init__(self, max_total: int, max_per_address: int) -> None:
        if max_total < 1 or max_per_address < 1:
            raise ValueError("caps must be at least 1")
        self.max_total = max_total
        self.max_per_address = max_per_address
        self.total = 0
        self._per_address: dict[str, int] = {}  # only addresses with open connections

    def admit(self, key: str) -> str | None:
        """Count a new connection from ``key`` and return None, or refuse it (not counted) and
        return the reason."""
        if self.total >= self.max_total:
            return f"server full ({self.max_total} connections)"
        held = self._per_address.get(key, 0)
        if held >= self.max_per_address:
            return f"too many connections from one address ({self.max_per_address})"
        self._per_address[key] = held + 1
        self.total += 1
        return None

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
