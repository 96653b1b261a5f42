"""``--max-kbps``: the packet length and Opus bit rate that keep speech under a wire budget.

Every media packet pays ~95 B of IPv4/UDP/DTLS/SCTP headers (``receiver/stats.py``), so at a
low budget the packet rate matters more than the codec: fewer, longer packets leave more of the
budget to Opus, at the cost of latency (a packet's audio waits for the packet to fill, and the
receiver plays a packet only once it is whole). :func:`plan_for` predicts the speaking wire rate of each
(packet length, Opus rate) from that arithmetic and picks the shortest packet that fits with
Opus at ``MIN_GOOD_BITRATE`` or more (else the lowest rate Opus takes), then the highest Opus
rate that still fits. The prediction is checked against the measured rate in
``tests/test_rate_plan.py`` and the demo (``wire_kbps_speaking``).
"""

from __future__ import annotations

from dataclasses import dataclass

from photocall.shared.codec import PACKET_MS

MESSAGE_HEADER_BYTES = 20 + 8 + 37 + 12 + 16
"""IPv4, UDP, DTLS record (AES-GCM), SCTP common and DATA chunk headers of one message."""
FRAMING_BYTES = 12
"""A media packet's msgpack framing around the Opus packet and motion (array, header, seq,
timestamp, bin headers), plus 4-byte padding on average."""
MOTION_KBPS = 2.5
"""Face motion at 25 fps, protocol v2 (measured in the demo; the issue's goal is ≤ 2)."""
CONTROL_KBPS = 1.5
"""The rest of the sender's wire while it speaks: ClockSync every 2 s and the SCTP acks of the
receiver's heartbeats (measured in the demo)."""
BITRATES = (16_000, 12_000, 10_000, 9_000, 8_000, 7_000, 6_000)
"""Opus rates tried, best first."""
MIN_GOOD_BITRATE = 8_000
"""Below this Opus is narrowband and thin; used only when nothing better fits."""
DEFAULT_PACKET_MS = 40


@dataclass(frozen=True)
class RatePlan:
    """packet_ms / bitrate: what to send with. kbps: the predicted wire rate while speaking,
    all headers. latency_ms: mouth-to-pixel added over 40 ms packets (a packet's first sample
    waits that much longer for the packet to fill)."""

    packet_ms: int
    bitrate: int
    kbps: float
    latency_ms: int

    def describe(self, max_kbps: float) -> str:
        return (f"--max-kbps {max_kbps:g}: {self.packet_ms} ms packets, Opus "
                f"{self.bitrate / 1000:g} kbit/s, about {self.kbps:.1f} kbit/s on the wire while "
                f"speaking; costs about {self.latency_ms} ms more mouth-to-pixel latency than "
                f"{DEFAULT_PACKET_MS} ms packets")  # fmt: skip


def predicted_kbps(packet_ms: int, bitrate: int, motion_kbps: float = MOTION_KBPS) -> float:
    """Wire kbit/s while speaking with ``packet_ms`` packets of Opus at ``bitrate`` bit/s."""
    per_packet = MESSAGE_HEADER_BYTES + FRAMING_BYTES + bitrate * packet_ms / 8000
    return per_packet * 8 / packet_ms + motion_kbps + CONTROL_KBPS


def plan_for(max_kbps: float) -> RatePlan:
    """The plan for a budget of ``max_kbps`` (kbit/s on the wire while speaking). ValueError
    when even the longest packets at Opus's lowest rate do not fit."""
    for floor in (MIN_GOOD_BITRATE, min(BITRATES)):
        for packet_ms in sorted(ms for ms in PACKET_MS if ms >= DEFAULT_PACKET_MS):
            for bitrate in BITRATES:
                if bitrate < floor:
                    break
                kbps = predicted_kbps(packet_ms, bitrate)
                if kbps <= max_kbps:
                    latency = packet_ms - DEFAULT_PACKET_MS
                    return RatePlan(packet_ms, bitrate, round(kbps, 1), latency)
    lowest = predicted_kbps(max(PACKET_MS), min(BITRATES))
    raise ValueError(f"{max_kbps:g} kbit/s is below what a call needs on the wire "
                     f"(at least {lowest:.1f} kbit/s: {max(PACKET_MS)} ms packets, Opus "
                     f"{min(BITRATES) / 1000:g} kbit/s)")  # fmt: skip
