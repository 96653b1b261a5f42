"""What a link really costs on the wire, split by whether its sender is speaking (sans-I/O).

The link's transport counters (``shared.peer.TransportCounters``: DTLS datagrams and their bytes
each way, as aiortc counts them) are sampled with the time and the sender's state, and every
interval's growth is put into the bucket of the state at its end. Everything the connection
carries is in it (media, control, SCTP SACKs and heartbeats, DTLS); only the 28 B of IPv4 and
UDP header per datagram are added, as the benchmarks do (``benchmarks/loopback.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from photocall.shared.peer import TransportCounters

IP_UDP_HEADER_BYTES = 20 + 8
"""IPv4 (no options) + UDP: paid by every datagram, not counted by aiortc."""


@dataclass
class WireBucket:
    """seconds in this state; rx_bytes / tx_bytes: bytes on the wire from / to the sender."""

    seconds: float = 0.0
    rx_bytes: int = 0
    tx_bytes: int = 0

    def _kbps(self, nbytes: int) -> float | None:
        return round(nbytes * 8 / self.seconds / 1000, 2) if self.seconds > 0 else None

    @property
    def rx_kbps(self) -> float | None:
        return self._kbps(self.rx_bytes)

    @property
    def tx_kbps(self) -> float | None:
        return self._kbps(self.tx_bytes)


@dataclass
class WireMeter:
    speaking: WireBucket = field(default_factory=WireBucket)
    silent: WireBucket = field(default_factory=WireBucket)
    _last: tuple[float, TransportCounters] | None = None

    def sample(self, now_s: float, counters: TransportCounters | None, silent: bool) -> None:
        """The counters at ``now_s`` (seconds); ``silent``: the sender's state now. The interval
        since the last sample goes to that state's bucket."""
        if counters is None:
            return
        if self._last is not None:
            then, before = self._last
            bucket = self.silent if silent else self.speaking
            bucket.seconds += max(0.0, now_s - then)
            bucket.rx_bytes += (counters.rx_bytes - before.rx_bytes
                                + IP_UDP_HEADER_BYTES * (counters.rx_datagrams - before.rx_datagrams))
            bucket.tx_bytes += (counters.tx_bytes - before.tx_bytes
                                + IP_UDP_HEADER_BYTES * (counters.tx_datagrams - before.tx_datagrams))
        self._last = (now_s, counters)

    def stop(self) -> None:
        """The stream ended: nothing after this is counted (until sampled again)."""
        self._last = None
