"""``--max-kbps``: the packet length and Opus bit rate that keep speech under a wire budget.

Every media packet pays ~95 B of IPv4/UDP/DTLS/SCTP headers (``receiver/stats.py``), so at a
low budget the packet rate matters more than the codec: fewer, longer packets leave more of the
budget to Opus, at the cost of latency (a packet's audio waits for the packet to fill, and the
receiver plays a packet only once it is whole). :func:`plan_for` predicts the speaking wire rate of each
(packet length, Opus rate, motion frame rate) from that arithmetic and picks, with Opus at
``MIN_GOOD_BITRATE`` or more if anything fits so (else down to Opus's lowest rate), the shortest
packet that fits (latency first), then motion at 25 fps if it fits so (else 15), then the highest
Opus rate. The prediction is checked against the measured rate in ``tests/test_rate_plan.py``
and the demo (``wire_kbps_speaking``).

The latency cost of a packet length is its length: the demo's mouth-to-pixel parts
(``mouth_to_pixel_parts`` in the stats) show the packet's fill growing with it and the rest (the
lookahead and network, the jitter buffer's wait, the frame) the same at 40, 100 and 120 ms
packets, since the receiver's wait no longer depends on the packet length or the tick phase.
"""

from __future__ import annotations

from dataclasses import dataclass

from photocall.shared.codec import VALID_PACKET_MS

MESSAGE_HEADER_BYTES = 20 + 8 + 29 + 12 + 16
"""IPv4, UDP, DTLS record (ChaCha20-Poly1305), SCTP common and DATA chunk headers of one
message (``receiver/stats.py``)."""
FRAMING_BYTES = 15
"""A media packet's msgpack framing around the Opus packet and motion (array 1, header 1,
seq 3, timestamp 5, two bin headers 2 + 2), plus 1.5 B of padding to 4 on average."""
MOTION_KBPS_PER_FPS = 2.1 / 25
"""Face motion, protocol v2, while speaking: 2.1 kbit/s at 25 fps (the demo's ``motion_kbps``,
1.7, is over its pause too: 1.7 × 13.5 s / 10.9 s speaking), taken as proportional to the
frame rate (15 fps: 1.5 measured, 1.26 predicted)."""
MOTION_FPS = (25, 15)
"""Motion frame rates tried, best first: 15 fps only where 25 does not fit (the receiver
interpolates between frames)."""
CONTROL_KBPS = 0.3
"""The rest of the sender's wire while it speaks: a ClockSync every 5 s (~110 B), the SCTP acks
(85 B) of the receiver's occasional messages. Fitted with the motion rate above to the demo's
measured speaking rates with protocol v2 (2026-12-03): 29.1-29.4 kbit/s at 40 ms packets, Opus
7 kbit/s, motion at 25 fps (predicted 29.4) and 14.2 at 120 ms, 6 kbit/s, 15 fps (predicted
14.2). (Measured with protocol v1 framing and motion, it was 1.4.)"""
BITRATES = (16_000, 12_000, 10_000, 9_000, 8_000, 7_000, 6_000)
"""Opus rates tried, best first."""
MIN_GOOD_BITRATE = 8_000
"""Below this Opus is narrowband and thin; used only when nothing better fits."""
DEFAULT_PACKET_MS = 40


@dataclass(frozen=True)
class RatePlan:
    """packet_ms / bitrate / motion_fps: what to send with. kbps: the predicted wire rate while speaking,
    all headers. latency_ms: mouth-to-pixel added over 40 ms packets (a packet's first sample
    waits that much longer for the packet to fill)."""

    packet_ms: int
    bitrate: int
    motion_fps: int
    kbps: float
    latency_ms: int

    def describe(self, max_kbps: float) -> str:
        return (f"--max-kbps {max_kbps:g}: {self.packet_ms} ms packets, Opus "
                f"{self.bitrate / 1000:g} kbit/s, motion at {self.motion_fps} fps, about {self.kbps:.1f} kbit/s on the wire while "
                f"speaking; costs about {self.latency_ms} ms more mouth-to-pixel latency than "
                f"{DEFAULT_PACKET_MS} ms packets (each packet waits to fill; the rest of the "
                f"path does not grow with it)")  # fmt: skip


def predicted_kbps(packet_ms: int, bitrate: int, motion_fps: int = 25) -> float:
    """Wire kbit/s while speaking with ``packet_ms`` packets of Opus at ``bitrate`` bit/s and
    motion at ``motion_fps``."""
    per_packet = MESSAGE_HEADER_BYTES + FRAMING_BYTES + bitrate * packet_ms / 8000
    return per_packet * 8 / packet_ms + MOTION_KBPS_PER_FPS * motion_fps + CONTROL_KBPS


def plan_for(max_kbps: float) -> RatePlan:
    """The plan for a budget of ``max_kbps`` (kbit/s on the wire while speaking). ValueError
    when even the longest packets at Opus's lowest rate do not fit."""
    for floor in (MIN_GOOD_BITRATE, min(BITRATES)):
        for packet_ms in sorted(ms for ms in VALID_PACKET_MS if ms >= DEFAULT_PACKET_MS):
            for fps in MOTION_FPS:
                for bitrate in BITRATES:
                    if bitrate < floor:
                        break
                    kbps = predicted_kbps(packet_ms, bitrate, fps)
                    if kbps <= max_kbps:
                        latency = packet_ms - DEFAULT_PACKET_MS
                        return RatePlan(packet_ms, bitrate, fps, round(kbps, 1), latency)
    lowest = predicted_kbps(max(VALID_PACKET_MS), min(BITRATES), min(MOTION_FPS))
    raise ValueError(f"{max_kbps:g} kbit/s is below what a call needs on the wire "
                     f"(at least {lowest:.1f} kbit/s: {max(VALID_PACKET_MS)} ms packets, Opus "
                     f"{min(BITRATES) / 1000:g} kbit/s, motion at {min(MOTION_FPS)} fps)")  # fmt: skip
