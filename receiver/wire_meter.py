"""What a link really costs on the wire, split by whether its sender is speaking (sans-I/O).

The link's transport counters (``shared.peer.TransportCounters``: DTLS datagrams and their bytes
each way, as aiortc counts them) are sampled with the sender's stream position, and every
interval's bytes go to the state at its end (speaking, or silent since the sender's DTX packet).
Everything the connection carries is in them (media, control, SCTP SACKs and heartbeats, DTLS);
only the 28 B of IPv4 and UDP header per datagram are added, as the benchmarks do
(``benchmarks/loopback.py``).

Seconds are the sender's (its sample clock: how far its stream advanced), split where the state
changed, as ``wire_kbps`` counts per second of media: a sender that falls behind real time on a
loaded machine sends the same bytes per second of speech, over more wall-clock seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from photocall.shared.codec import SAMPLE_RATE
from photocall.shared.peer import TransportCounters

IP_UDP_HEADER_BYTES = 20 + 8
"""IPv4 (no options) + UDP: paid by every datagram, not counted by aiortc."""


@dataclass
class WireBucket:
    """seconds of the sender's stream in this state; rx_bytes / tx_bytes: bytes on the wire
    from / to the sender meanwhile."""

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


@dataclass(frozen=True)
class StreamState:
    """Where the sender's stream is: ``newest`` (the end, in sender samples, of the newest
    media packet) and ``changed_at`` (the sender sample where its current state, speaking or
    ``silent``, began)."""

    newest: int
    silent: bool
    changed_at: int


@dataclass
class WireMeter:
    speaking: WireBucket = field(default_factory=WireBucket)
    silent: WireBucket = field(default_factory=WireBucket)
    _last: tuple[TransportCounters, StreamState] | None = None

    def sample(self, counters: TransportCounters | None, state: StreamState) -> None:
        """The counters with the stream at ``state``: the interval since the last sample goes
        to the state now (its bytes) and is split at ``changed_at`` (its seconds)."""
        if counters is None:
            return
        if self._last is not None:
            before, then = self._last
            bucket = self.silent if state.silent else self.speaking
            other = self.speaking if state.silent else self.silent
            start, end = then.newest, max(then.newest, state.newest)
            if then.silent != state.silent:  # up to the change, the interval was the other
                cut = min(max(state.changed_at, start), end)
                other.seconds += (cut - start) / SAMPLE_RATE
                start = cut
            bucket.seconds += (end - start) / SAMPLE_RATE
            bucket.rx_bytes += (counters.rx_bytes - before.rx_bytes
                                + IP_UDP_HEADER_BYTES * (counters.rx_datagrams - before.rx_datagrams))
            bucket.tx_bytes += (counters.tx_bytes - before.tx_bytes
                                + IP_UDP_HEADER_BYTES * (counters.tx_datagrams - before.tx_datagrams))
        self._last = (counters, state)

    def stop(self) -> None:
        """The stream ended: nothing after this is counted (until sampled again)."""
        self._last = None
