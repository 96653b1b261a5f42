"""Call statistics: an accumulator per remote participant and the JSON report (sans-I/O).

Wire rate is given two ways:

* ``wire_kbps_computed``: from message counts and sizes with the per-message header sizes below.
* ``wire_kbps_transport``: measured at the DTLS transport (every DTLS record received on the
  connection: media, control — including the one-time photo —, SCTP SACKs and heartbeats) plus
  IPv4+UDP per datagram. ``wire_kbps_transport_recent`` is the same over the last report
  interval, which leaves out the photo once it has arrived.

Header sizes per data-channel message (one message per datagram at these sizes):
IPv4 20 + UDP 8 + DTLS 1.2 record 13 + AES-GCM explicit nonce 8 + tag 16 (= 37; aiortc negotiates
AES-GCM, ChaCha20-Poly1305 would be 29) + SCTP common header 12 + DATA chunk header 16 + padding of
the user data to a multiple of 4.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

IPV4_BYTES = 20
UDP_BYTES = 8
DTLS_RECORD_BYTES = 13 + 8 + 16
SCTP_COMMON_BYTES = 12
SCTP_DATA_CHUNK_BYTES = 16
PER_MESSAGE_HEADER_BYTES = (
    IPV4_BYTES + UDP_BYTES + DTLS_RECORD_BYTES + SCTP_COMMON_BYTES + SCTP_DATA_CHUNK_BYTES
)


def wire_bytes(payload_bytes: int) -> int:
    """Bytes on the wire for one data-channel message of ``payload_bytes`` (headers + padding)."""
    return payload_bytes + (-payload_bytes) % 4 + PER_MESSAGE_HEADER_BYTES


def _summary(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"median": None, "p95": None, "max": None}
    array = np.asarray(values, dtype=np.float64)
    return {
        "median": round(float(np.median(array)), 3),
        "p95": round(float(np.percentile(array, 95)), 3),
        "max": round(float(array.max()), 3),
    }


@dataclass
class StreamStats:
    """Counters and samples for one remote participant's stream."""

    peer: str
    media_packets: int = 0
    payload_bytes: int = 0
    wire_bytes: int = 0
    bad_messages: int = 0
    concealed_frames: int = 0
    played_frames: int = 0
    video_frames: int = 0
    transport_bytes: int = 0
    transport_packets: int = 0
    transport_recent_kbps: float | None = None
    first_media: float | None = None
    last_media: float | None = None
    _transport_mark: tuple[float, int, int] | None = None
    depth_ms: list[float] = field(default_factory=list)
    render_ms: list[float] = field(default_factory=list)
    av_skew_ms: list[float] = field(default_factory=list)
    mouth_to_pixel_ms: list[float] = field(default_factory=list)

    def on_media(self, nbytes: int, now: float) -> None:
        """One media message of ``nbytes`` received at ``now`` (monotonic seconds)."""
        if self.first_media is None:
            self.first_media = now
        self.last_media = now
        self.media_packets += 1
        self.payload_bytes += nbytes
        self.wire_bytes += wire_bytes(nbytes)

    def on_transport(self, now: float, nbytes: int, packets: int) -> None:
        """Cumulative DTLS-transport counters at time ``now`` (s)."""
        if self._transport_mark is not None:
            t0, b0, p0 = self._transport_mark
            if now - t0 > 0.5:
                on_wire = (nbytes - b0) + (packets - p0) * (IPV4_BYTES + UDP_BYTES)
                self.transport_recent_kbps = round(on_wire * 8 / (now - t0) / 1000, 2)
        if self._transport_mark is None or now - self._transport_mark[0] > 0.5:
            self._transport_mark = (now, nbytes, packets)
        self.transport_bytes, self.transport_packets = nbytes, packets

    def on_frame(self, render_ms: float, av_skew_ms: float, mouth_to_pixel_ms: float | None) -> None:
        self.video_frames += 1
        self.render_ms.append(render_ms)
        self.av_skew_ms.append(av_skew_ms)
        if mouth_to_pixel_ms is not None:
            self.mouth_to_pixel_ms.append(mouth_to_pixel_ms)

    def report(self, seconds: float, jitter: dict[str, float | int]) -> dict:
        """Rates are over the time media flowed (first to last media packet, one packet
        interval added), not the whole link: a sender waits for the photo before speaking."""
        secs = 1e-9
        if self.first_media is not None and self.last_media is not None and self.media_packets > 1:
            span = self.last_media - self.first_media
            secs = span * self.media_packets / (self.media_packets - 1)
        transport = None
        if self.transport_packets and seconds > 0:
            on_wire = self.transport_bytes + self.transport_packets * (IPV4_BYTES + UDP_BYTES)
            transport = round(on_wire * 8 / seconds / 1000, 2)  # whole link, photo included
        return {
            "peer": self.peer,
            "seconds": round(seconds, 3),
            "media_packets": self.media_packets,
            "payload_kbps": round(self.payload_bytes * 8 / secs / 1000, 2),
            "wire_kbps_computed": round(self.wire_bytes * 8 / secs / 1000, 2),
            "wire_kbps_transport": transport,
            "wire_kbps_transport_recent": self.transport_recent_kbps,
            "bad_messages": self.bad_messages,
            "played_frames": self.played_frames,
            "concealed_frames": self.concealed_frames,
            "video_frames": self.video_frames,
            "jitter": jitter,
            "buffer_depth_ms": _summary(self.depth_ms),
            "render_ms": _summary(self.render_ms),
            "av_skew_ms": _summary(self.av_skew_ms),
            "mouth_to_pixel_ms": _summary(self.mouth_to_pixel_ms),
        }


@dataclass(frozen=True)
class HeaderSizes:
    ipv4: int = IPV4_BYTES
    udp: int = UDP_BYTES
    dtls_record: int = DTLS_RECORD_BYTES
    sctp_common: int = SCTP_COMMON_BYTES
    sctp_data_chunk: int = SCTP_DATA_CHUNK_BYTES


def write_report(
    path: str | Path, streams: list[dict], final: bool, about: dict | None = None
) -> None:
    """Write the report atomically (a reader never sees half a file). ``about``: how the
    numbers were taken (video mode, outputs)."""
    report = {"final": final, "header_bytes": asdict(HeaderSizes()), **(about or {}),
              "streams": streams}
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(report, indent=2))
    os.replace(tmp, path)
