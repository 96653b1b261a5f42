"""Call statistics: one accumulator per sender and the typed report (sans-I/O).

``photocall receive --stats`` and ``photocall demo`` write the same :class:`CallReport` (the
schema, with every figure's definition, is in ``receiver/STATS.md``). Each figure is defined once:

* ``media_s``: seconds of the sender's stream that arrived: its first packet's start to its last
  packet's end (silences the sender announced included). For a file or text it is the lead-in
  plus the speech, padded to a whole packet.
* ``connected_s``: link open -> link closed. Longer than ``media_s``: the photo, its
  preparation and the sender's wait and linger happen while connected.
* ``wire_kbps`` / ``payload_kbps``: the media packets, with / without per-message headers, per
  second of media received. A sender streams in real time, so this is the rate while media
  flowed; the photo (``photo_wire_bytes``, once) and the idle link are not in it.
* ``wire_kbps_speaking`` / ``wire_kbps_silent`` and ``reverse_kbps_*``: measured, not computed:
  the link's DTLS datagrams as aiortc counts them (everything: media, control, SCTP SACKs, DTLS)
  plus 28 B of IPv4/UDP header each, from this sender / to it, per second of its stream, split by
  whether the sender said it was silent (its DTX packets: ``wire_meter.py``).

Header sizes per data-channel message (one message per datagram at these sizes):
IPv4 20 + UDP 8 + DTLS 1.2 record 13 + ChaCha20-Poly1305 tag 16 (= 29: photocall's peers
negotiate ChaCha20-Poly1305, ``shared.peer.prefer_chacha20``; AES-GCM, aiortc's own first
choice, adds an 8 B explicit nonce) + SCTP common header 12 + DATA chunk header 16 + padding of
the user data to a multiple of 4. ``benchmarks/`` checks this arithmetic against bytes measured on
the loopback interface.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from pathlib import Path

import numpy as np

from photocall.receiver.wire_meter import WireMeter
from photocall.shared.logs import escape
from photocall.shared.motion import SAMPLE_RATE
from photocall.shared.peer import IcePath

SCHEMA = "photocall-stats/1"

IPV4_BYTES = 20
UDP_BYTES = 8
DTLS_RECORD_BYTES = 13 + 16
SCTP_COMMON_BYTES = 12
SCTP_DATA_CHUNK_BYTES = 16
PER_MESSAGE_HEADER_BYTES = (
    IPV4_BYTES + UDP_BYTES + DTLS_RECORD_BYTES + SCTP_COMMON_BYTES + SCTP_DATA_CHUNK_BYTES
)


def wire_bytes(payload_bytes: int) -> int:
    """Bytes on the wire for one data-channel message of ``payload_bytes`` (headers + padding)."""
    return payload_bytes + (-payload_bytes) % 4 + PER_MESSAGE_HEADER_BYTES


class PhotoState(StrEnum):
    """Where a sender's photo is at this receiver (``PeerReport.photo``; the JSON has the value)."""

    WAITING = "waiting"  # not (all) arrived
    PREPARING = "preparing"  # arrived; the face is being fitted
    READY = "ready"  # the renderer is built: frames show this face
    REJECTED = "rejected"  # unusable; the sender was told why


@dataclass(frozen=True)
class HeaderSizes:
    """Bytes per data-channel message added to its payload for ``wire_kbps`` (see above)."""

    ipv4: int = IPV4_BYTES
    udp: int = UDP_BYTES
    dtls_record: int = DTLS_RECORD_BYTES
    sctp_common: int = SCTP_COMMON_BYTES
    sctp_data_chunk: int = SCTP_DATA_CHUNK_BYTES


@dataclass(frozen=True)
class Percentiles:
    """Median, 95th percentile and maximum of per-frame samples; None where there were none."""

    p50: float | None = None
    p95: float | None = None
    max: float | None = None

    @classmethod
    def of(cls, values: list[float]) -> Percentiles:
        if not values:
            return cls()
        array = np.asarray(values, dtype=np.float64)
        return cls(
            round(float(np.median(array)), 3),
            round(float(np.percentile(array, 95)), 3),
            round(float(array.max()), 3),
        )


@dataclass(frozen=True)
class LatencySample:
    """Where one frame's mouth-to-pixel time went (ms; the four add up to it). Every sample
    of a packet is played as long after its capture as the packet's first one, so the first
    three are the packet's: packet_fill: its first sample's capture -> the capture of its
    last (its length, plus Opus's pre-skip: decoded audio lags the packet). sender_transit:
    -> the packet arrived here (the model's lookahead, the sender's model and encoder, the
    network). buffered: -> its first sample was played out (the jitter buffer's wait and the
    playout tick's phase). frame: the frame's sample played out -> its picture was ready (the
    render and any render queue, less the lead the playout gives a frame)."""

    packet_fill: float
    sender_transit: float
    buffered: float
    frame: float


@dataclass(frozen=True)
class LatencyParts:
    """``LatencySample`` over the frames that have a mouth-to-pixel time (p50/p95/max each)."""

    packet_fill_ms: Percentiles = Percentiles()
    sender_transit_ms: Percentiles = Percentiles()
    buffered_ms: Percentiles = Percentiles()
    frame_ms: Percentiles = Percentiles()

    @classmethod
    def of(cls, samples: list[LatencySample]) -> LatencyParts:
        return cls(*(Percentiles.of([getattr(x, f.name) for x in samples])
                     for f in fields(LatencySample)))  # fmt: skip


@dataclass(frozen=True)
class JitterReport:
    """The jitter buffer's counters, in media packets: received (in time to be played), lost
    (never came; their slot was concealed), late (came after their slot; also concealed),
    duplicate, underruns (playout held waiting), skipped (dropped to shallow the buffer),
    resyncs (playout jumped over a pause), shortened (times decoded audio was dropped to give
    latency back after a transient; shortened_ms: how much in all). advanced_ms: how much sooner
    the playout clock ran, in all, to give back latency of less than a tick. target_ms: its depth
    target at the end."""

    received: int = 0
    lost: int = 0
    late: int = 0
    duplicate: int = 0
    underruns: int = 0
    skipped: int = 0
    resyncs: int = 0
    dtx: int = 0
    silent: int = 0
    trimmed: int = 0
    shortened: int = 0
    shortened_ms: float = 0.0
    advanced_ms: float = 0.0
    target_ms: float | None = None
    wait_target_ms: float | None = None


@dataclass(frozen=True)
class PeerReport:
    """One sender as this receiver got it (one entry of ``CallReport.peers``).

    peer / name: its peer id and the name in its Hello. photo: waiting, preparing, ready or
    rejected. photo_bytes: the photo's size; photo_wire_bytes: its chunks on the wire, headers
    included (sent once, on the control channel; in no rate). connected_s: link open -> link
    closed (or -> this report, while connected). media_s: seconds of its audio that arrived.
    packet_ms: its media packet duration. media_packets: media packets received (audio, and
    motion-only ones at the end). payload_kbps / wire_kbps: those packets without / with
    headers, kbit/s per second of media (None before any audio). motion_kbps: the part of the
    payload that carries face motion (protocol v1 or v2), same unit. loss_pct: packets never
    received, of the packets due at playout; late_pct: received after their playout slot;
    concealed_pct: playout steps concealed, of all steps. played_frames / concealed_frames:
    playout steps decoded from a packet / concealed. decoder_errors: packets Opus could not
    decode (concealed instead). bad_messages: messages dropped as malformed.
    video_frames: frames drawn with its face. first_frame_after_link_ms: link open -> its first
    frame rendered. first_frame_after_sender_start_ms: the sender's start (its session began,
    before it checked its photo and connected) -> that frame. mouth_to_pixel_ms: capture of a
    sample at the sender -> its frame rendered here. Both sender-clock figures are None when the
    sender's clock is not this machine's (CLOCK_MONOTONIC is shared only within one host).
    av_skew_ms: frame rendered minus the playout time of its audio. render_ms: render time per
    frame. buffer_depth_ms: audio buffered ahead of playout, per 20 ms tick. ice: the candidate
    pair its link runs on (relay: through a TURN server), None where aiortc did not say.
    """

    peer: str
    name: str
    photo: PhotoState
    photo_bytes: int
    photo_wire_bytes: int
    connected_s: float
    media_s: float
    packet_ms: float | None
    media_packets: int
    payload_kbps: float | None
    wire_kbps: float | None
    motion_kbps: float | None
    speaking_s: float
    silent_s: float
    wire_kbps_speaking: float | None
    wire_kbps_silent: float | None
    reverse_kbps_speaking: float | None
    reverse_kbps_silent: float | None
    loss_pct: float
    late_pct: float
    concealed_pct: float
    played_frames: int
    concealed_frames: int
    silent_frames: int
    decoder_errors: int
    bad_messages: int
    video_frames: int
    first_frame_after_link_ms: float | None
    first_frame_after_sender_start_ms: float | None
    mouth_to_pixel_ms: Percentiles
    av_skew_ms: Percentiles
    render_ms: Percentiles
    buffer_depth_ms: Percentiles
    jitter: JitterReport
    ice: IcePath | None = None
    mouth_to_pixel_parts: LatencyParts = LatencyParts()


@dataclass
class DropCounts:
    """What one peer sent that was dropped, by cause (the causes of ``PeerDrops``)."""

    over_budget: int = 0
    after_cut_off: int = 0
    after_bye: int = 0
    far_future: int = 0
    far_past: int = 0
    buffer_full: int = 0
    over_decode_budget: int = 0
    photos_refused: int = 0
    photos_superseded: int = 0
    notices_unsent: int = 0
    cut_off: str | None = None


@dataclass(frozen=True)
class PeerDrops:
    """One peer's dropped input, by cause (an entry of ``CallReport.drops``; every peer with
    any, sender or not, gone or not). over_budget: messages over its ingress budget (messages
    or bytes per second, per channel). after_cut_off: messages that arrived while its link was
    being cut off. after_bye: media after its own Bye. far_future / far_past: media whose
    timestamp lies beyond the time bounds around the playout point. buffer_full: media refused
    by a full jitter buffer or motion track. over_decode_budget: messages dropped undecoded
    while the CPU its messages cost to decode was over its budget. photos_refused: photos over the per-minute bound;
    photos_superseded: photos replaced by a newer one before they were prepared.
    notices_unsent: photo-rejected notices not sent (rate-limited). bad_messages: malformed
    messages (also in ``CallReport.bad_messages``). cut_off: why its link was cut off, or null.
    """

    peer: str
    name: str
    over_budget: int
    after_cut_off: int
    after_bye: int
    far_future: int
    far_past: int
    buffer_full: int
    over_decode_budget: int
    photos_refused: int
    photos_superseded: int
    notices_unsent: int
    bad_messages: int
    cut_off: str | None


@dataclass(frozen=True)
class VideoReport:
    """How the picture was made. mode: ``every-frame`` (an MP4 without a window: every frame is
    rendered, in order, even late, so av_skew_ms and mouth_to_pixel_ms include any render
    backlog) or ``newest-frame`` (a window: late frames are dropped). fps: frames per second
    asked for. frames: frames drawn. dropped: frames not drawn (newest-frame mode)."""

    mode: str
    fps: int
    frames: int
    dropped: int


@dataclass(frozen=True)
class Mp4Report:
    """The MP4 as written. frames: video frames in it; video_s / audio_s: length of its video
    and audio streams; fps: frames per second of video (below ``VideoReport.fps`` when frames
    were skipped). In the file, sound and picture share one clock: A/V skew 0 by construction."""

    path: str
    frames: int
    video_s: float
    audio_s: float
    fps: float


@dataclass(frozen=True)
class CallReport:
    """What ``--stats`` (receive) and ``stats.json`` (demo) hold. final: the call is over (the
    file is also rewritten during a call). receiver: this peer's id. run_s: how long the
    receiver ran. bad_messages: dropped from every peer, senders or not. peers: one entry per
    sender (``PeerReport``)."""

    schema: str
    final: bool
    receiver: str
    run_s: float
    header_bytes: HeaderSizes
    video: VideoReport
    mp4: Mp4Report | None
    bad_messages: int
    peers: tuple[PeerReport, ...]
    drops: tuple[PeerDrops, ...] = ()

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2) + "\n"


def _pct(part: int, whole: int) -> float:
    return round(100 * part / whole, 2) if whole else 0.0


def _kbps(nbytes: int, seconds: float) -> float | None:
    return round(nbytes * 8 / seconds / 1000, 2) if seconds > 0 else None


@dataclass
class StreamStats:
    """Counters and per-frame samples for one remote participant (times passed in)."""

    peer: str
    media_packets: int = 0
    media_samples: int = 0
    payload_bytes: int = 0
    wire_bytes: int = 0
    motion_bytes: int = 0  # of payload_bytes: the motion frames (protocol.motion_bytes)
    photo_bytes: int = 0
    photo_wire_bytes: int = 0
    bad_messages: int = 0
    drops: DropCounts = field(default_factory=DropCounts)
    concealed_frames: int = 0
    played_frames: int = 0
    silent_frames: int = 0
    video_frames: int = 0
    first_sample: int | None = None  # the stream's span on the sender's clock (unwrapped)
    end_sample: int | None = None
    wire: WireMeter = field(default_factory=WireMeter)
    link_open_ns: int | None = None
    ice: IcePath | None = None
    sender_start_ns: int | None = None  # on the sender's clock; None where it is not ours
    first_frame_ns: int | None = None
    depth_ms: list[float] = field(default_factory=list)
    render_ms: list[float] = field(default_factory=list)
    av_skew_ms: list[float] = field(default_factory=list)
    mouth_to_pixel_ms: list[float] = field(default_factory=list)
    latency_parts: list[LatencySample] = field(default_factory=list)

    def on_media(self, nbytes: int, audio_samples: int, sample: int | None = None,
                 silent: bool = False) -> None:  # fmt: skip
        """One media message of ``nbytes`` carrying ``audio_samples`` of audio (0: motion only)
        from sender ``sample`` (unwrapped); ``silent``: a DTX packet (no audio)."""
        self.media_packets += 1
        if not silent:
            self.media_samples += audio_samples
        if sample is not None and audio_samples:
            first = sample if self.first_sample is None else min(self.first_sample, sample)
            end = sample + audio_samples
            self.first_sample = first
            self.end_sample = end if self.end_sample is None else max(self.end_sample, end)
        self.payload_bytes += nbytes
        self.wire_bytes += wire_bytes(nbytes)

    @property
    def media_s(self) -> float:
        """The stream's span: first packet's start -> last packet's end (or, without
        timestamps, the audio received)."""
        if self.first_sample is not None and self.end_sample is not None:
            return (self.end_sample - self.first_sample) / SAMPLE_RATE
        return self.media_samples / SAMPLE_RATE

    def on_photo_chunk(self, nbytes: int) -> None:
        self.photo_wire_bytes += wire_bytes(nbytes)

    def on_frame(
        self, ready_ns: int, render_ms: float, av_skew_ms: float, mouth_to_pixel_ms: float | None,
        parts: LatencySample | None = None,
    ) -> bool:
        """A frame with this participant's face, rendered at ``ready_ns`` (CLOCK_MONOTONIC).
        ``parts``: where its mouth-to-pixel time went. True for the first one."""
        first = self.first_frame_ns is None
        if first:
            self.first_frame_ns = ready_ns
        self.video_frames += 1
        self.render_ms.append(render_ms)
        self.av_skew_ms.append(av_skew_ms)
        if mouth_to_pixel_ms is not None:
            self.mouth_to_pixel_ms.append(mouth_to_pixel_ms)
        if parts is not None:
            self.latency_parts.append(parts)
        return first

    def first_frame_ms(self, since_ns: int | None) -> float | None:
        if self.first_frame_ns is None or since_ns is None:
            return None
        return round((self.first_frame_ns - since_ns) / 1e6, 1)

    def report(
        self, *, name: str, photo: PhotoState, connected_s: float, packet_samples: int | None,
        jitter: JitterReport, decoder_errors: int,
    ) -> PeerReport:  # fmt: skip
        media_s = self.media_s
        wire = self.wire
        due = jitter.received + jitter.lost  # every playout slot had its packet or not
        return PeerReport(
            peer=self.peer,
            name=name,
            photo=photo,
            photo_bytes=self.photo_bytes,
            photo_wire_bytes=self.photo_wire_bytes,
            connected_s=round(connected_s, 3),
            media_s=round(media_s, 3),
            packet_ms=None if packet_samples is None else packet_samples * 1000 / SAMPLE_RATE,
            media_packets=self.media_packets,
            payload_kbps=_kbps(self.payload_bytes, media_s),
            wire_kbps=_kbps(self.wire_bytes, media_s),
            motion_kbps=_kbps(self.motion_bytes, media_s),
            speaking_s=round(wire.speaking.seconds, 3),
            silent_s=round(wire.silent.seconds, 3),
            wire_kbps_speaking=wire.speaking.rx_kbps,
            wire_kbps_silent=wire.silent.rx_kbps,
            reverse_kbps_speaking=wire.speaking.tx_kbps,
            reverse_kbps_silent=wire.silent.tx_kbps,
            # A late packet is also counted lost at its slot: lost, not late, is what the
            # network lost.
            loss_pct=_pct(max(0, jitter.lost - jitter.late), due),
            late_pct=_pct(jitter.late, due),
            concealed_pct=_pct(self.concealed_frames, self.played_frames + self.concealed_frames),
            played_frames=self.played_frames,
            concealed_frames=self.concealed_frames,
            silent_frames=self.silent_frames,
            decoder_errors=decoder_errors,
            bad_messages=self.bad_messages,
            video_frames=self.video_frames,
            first_frame_after_link_ms=self.first_frame_ms(self.link_open_ns),
            first_frame_after_sender_start_ms=self.first_frame_ms(self.sender_start_ns),
            mouth_to_pixel_ms=Percentiles.of(self.mouth_to_pixel_ms),
            av_skew_ms=Percentiles.of(self.av_skew_ms),
            render_ms=Percentiles.of(self.render_ms),
            buffer_depth_ms=Percentiles.of(self.depth_ms),
            jitter=jitter,
            ice=self.ice,
            mouth_to_pixel_parts=LatencyParts.of(self.latency_parts),
        )


def write_report(path: str | Path, report: CallReport) -> None:
    """Write the report atomically (a reader never sees half a file)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(report.to_json())
    os.replace(tmp, path)


def describe(report: CallReport) -> str:
    """The report in a few lines for a person (what ``receive`` and ``demo`` print)."""

    def num(value: float | None, unit: str, digits: int = 1) -> str:
        return "n/a" if value is None else f"{value:.{digits}f}{unit}"

    def pct(p: Percentiles) -> str:
        return "n/a" if p.p50 is None else f"p50 {p.p50:.0f} / p95 {p.p95:.0f} ms"

    lines = []
    for p in report.peers:
        since_start = p.first_frame_after_sender_start_ms
        lines.append(
            f"{escape(p.peer)}: {p.media_s:.1f} s of media in {p.connected_s:.1f} s connected; "
            f"wire {num(p.wire_kbps, ' kbit/s')} with headers "
            f"({num(p.packet_ms, ' ms', 0)} packets), payload {num(p.payload_kbps, ' kbit/s')} "
            f"(motion {num(p.motion_kbps, ' kbit/s')}); "
            f"photo {p.photo_wire_bytes / 1000:.1f} kB once; "
            f"loss {p.loss_pct:.1f} %, late {p.late_pct:.1f} %"
            + ("" if p.ice is None else f"; over {p.ice.local}-{p.ice.remote} ({p.ice.protocol})")
        )
        lines.append(
            f"  measured on the wire, all headers: speaking {num(p.wire_kbps_speaking, ' kbit/s')}"
            f" over {p.speaking_s:.1f} s, silent {num(p.wire_kbps_silent, ' kbit/s')} over "
            f"{p.silent_s:.1f} s; reverse (to the sender) {num(p.reverse_kbps_speaking, ' kbit/s')}"
            f" / {num(p.reverse_kbps_silent, ' kbit/s')}"
        )
        started = "" if since_start is None else f" ({since_start:.0f} ms after the sender started)"
        lines.append(
            f"  first frame {num(p.first_frame_after_link_ms, ' ms', 0)} after the link opened"
            f"{started}; mouth-to-pixel {pct(p.mouth_to_pixel_ms)}; "
            f"A/V skew {pct(p.av_skew_ms)}; render {pct(p.render_ms)}"
        )
        parts = p.mouth_to_pixel_parts
        if parts.frame_ms.p50 is not None:
            lines.append(
                f"  mouth-to-pixel in parts: packet fill {pct(parts.packet_fill_ms)}; lookahead,"
                f" sender and network {pct(parts.sender_transit_ms)}; jitter buffer and tick "
                f"{pct(parts.buffered_ms)}; frame (render, queue, less lead) {pct(parts.frame_ms)}"
            )
    if not report.peers:
        lines.append("no sender came")
    if report.mp4 is not None:
        m = report.mp4
        lines.append(f"wrote {m.path}: {m.frames} frames, {m.video_s:.1f} s, {m.fps:.1f} fps")
    if report.bad_messages:
        lines.append(f"{report.bad_messages} bad messages dropped")
    for d in report.drops:
        if d.cut_off is not None:
            lines.append(f"cut off {escape(d.peer)}: {d.cut_off}")
    return "\n".join(lines)
