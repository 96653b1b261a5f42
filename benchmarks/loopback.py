"""Two RTCPeerConnections in one process, and what they put on the wire.

The benchmarks measure bandwidth where it is paid: the DTLS/SRTP datagrams each peer connection
hands to ICE, as counted by aiortc's own transport stats (``getStats()``, type ``transport``),
plus the IPv4 and UDP headers every datagram carries. RTP, RTCP, SCTP chunks, DTLS records and
the AEAD tags are all inside those datagrams, so nothing is estimated but the 28 IP/UDP bytes.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass

IP_UDP_HEADER_BYTES = 20 + 8
"""IPv4 (no options) + UDP header, paid by every datagram but not counted by aiortc."""


@dataclass(frozen=True)
class WireSample:
    """Cumulative outgoing counters of one peer connection at one instant.

    t: seconds (``loop.time()``); datagrams: DTLS/SRTP datagrams sent; dtls_bytes: their bytes.
    """

    t: float
    datagrams: int
    dtls_bytes: int

    @property
    def wire_bytes(self) -> int:
        """Bytes on the wire: the datagrams plus their IPv4/UDP headers."""
        return self.dtls_bytes + IP_UDP_HEADER_BYTES * self.datagrams


def new_peer_connection():  # -> RTCPeerConnection; aiortc imported lazily (heavy)
    from aiortc import RTCPeerConnection

    from photocall.shared.peer import prefer_chacha20, rtc_configuration

    prefer_chacha20()  # the DTLS records a photocall link carries (29 B, not AES-GCM's 37)
    # No STUN: a default RTCPeerConnection reaches for a public server, and loopback needs none.
    return RTCPeerConnection(rtc_configuration(()))


async def connect(offerer, answerer) -> None:
    """Swap SDP between two peer connections in the same process (no signaling server)."""
    await offerer.setLocalDescription(await offerer.createOffer())
    await answerer.setRemoteDescription(offerer.localDescription)
    await answerer.setLocalDescription(await answerer.createAnswer())
    await offerer.setRemoteDescription(answerer.localDescription)


async def wait_connected(pc, timeout_s: float = 10.0) -> None:
    async def poll() -> None:
        while pc.connectionState != "connected":
            if pc.connectionState in ("failed", "closed"):
                raise RuntimeError(f"peer connection {pc.connectionState}")
            await asyncio.sleep(0.01)

    await asyncio.wait_for(poll(), timeout_s)


def wire_sample(pc) -> WireSample:
    """Sum the outgoing counters of every DTLS transport of ``pc`` (media and data channels)."""
    # getStats() reports transports only through RTP senders/receivers, so a data-channel-only
    # connection would show nothing: ask each distinct DTLS transport instead.
    transports = {id(t): t for t in _dtls_transports(pc)}
    datagrams = dtls_bytes = 0
    for transport in transports.values():
        for stats in transport._get_stats().values():
            if stats.type == "transport":
                datagrams += stats.packetsSent
                dtls_bytes += stats.bytesSent
    return WireSample(asyncio.get_running_loop().time(), datagrams, dtls_bytes)


def _dtls_transports(pc) -> list:
    found = [x.transport for x in (*pc.getSenders(), *pc.getReceivers())]
    if pc.sctp is not None:
        found.append(pc.sctp.transport)
    return [t for t in found if t is not None]


def kbps(start: WireSample, end: WireSample) -> float:
    """Average wire rate between two samples, kbit/s (1 kbit = 1000 bit)."""
    seconds = end.t - start.t
    return (end.wire_bytes - start.wire_bytes) * 8 / 1000 / seconds if seconds > 0 else 0.0


def rate_series(samples: list[WireSample]) -> list[tuple[float, float]]:
    """(seconds since the first sample, kbit/s over the preceding interval) per sample."""
    return [(b.t - samples[0].t, kbps(a, b)) for a, b in itertools.pairwise(samples)]
