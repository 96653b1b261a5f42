"""``stats.json`` of the demo: the receiver's report of the one sender, and the MP4 as written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from photocall.errors import UserError


@dataclass(frozen=True)
class Percentiles:
    """Median and 95th percentile; None where there was nothing to measure."""

    p50: float | None
    p95: float | None


@dataclass(frozen=True)
class DemoStats:
    """What ``stats.json`` holds (measured on the receiver, except ``wall_s``).

    frames: video frames in the MP4; duration_s: length of its video stream; render_fps: frames
    the renderer can make per second (1000 / median render ms); video_fps: frames in the MP4 per
    second of it (the renderer skips frames when it falls behind); wire_kbps: the media stream on
    the wire, computed from its packets with the stated IPv4/UDP/DTLS/SCTP header sizes
    (``photocall.receiver.stats``); payload_kbps: the media packets alone; transport_kbps:
    everything the receiver's DTLS transport got (media, SACKs, heartbeats and the photo, once),
    plus IPv4/UDP headers; all three per second of the stream's audio. latency_ms:
    mouth-to-pixel (sender capture of a sample -> its frame ready); av_skew_ms: frame ready time
    minus the playout time of its audio; render_ms: per frame; loss_pct: media packets never
    received; late_pct: received after their playout time; concealed_pct: audio frames
    concealed (lost or late); packet_ms: media packet duration; wall_s: the whole demo, setup
    included."""

    frames: int
    duration_s: float
    audio_s: float
    render_fps: float
    video_fps: float
    wire_kbps: float
    payload_kbps: float
    transport_kbps: float | None
    latency_ms: Percentiles
    av_skew_ms: Percentiles
    render_ms: Percentiles
    loss_pct: float
    late_pct: float
    concealed_pct: float
    packet_ms: int
    wall_s: float


@dataclass(frozen=True)
class Mp4Info:
    """frames: video frames decoded; duration_s: video stream length; audio_s: audio length."""

    frames: int
    duration_s: float
    audio_s: float


def probe_mp4(path: Path) -> Mp4Info:
    """Count what the MP4 really holds (decoding is cheap at 256²)."""
    import av

    with av.open(str(path)) as container:
        if not container.streams.video or not container.streams.audio:
            raise UserError(f"{path} lacks a video or an audio stream")
        video, audio = container.streams.video[0], container.streams.audio[0]
        frames, last_video = 0, 0.0
        last_audio = 0.0
        for packet in container.demux(video, audio):
            if packet.pts is None:
                continue
            end = float((packet.pts + (packet.duration or 0)) * packet.time_base)
            if packet.stream is video:
                frames += 1
                last_video = max(last_video, end)
            else:
                last_audio = max(last_audio, end)
        start_v = float(video.start_time * video.time_base) if video.start_time else 0.0
        start_a = float(audio.start_time * audio.time_base) if audio.start_time else 0.0
    return Mp4Info(frames, last_video - start_v, last_audio - start_a)


def _pct(summary: dict | None) -> Percentiles:
    if not isinstance(summary, dict):
        return Percentiles(None, None)
    return Percentiles(summary.get("median"), summary.get("p95"))


def demo_stats(received, mp4: Path, wall_s: float, packet_ms: int) -> DemoStats:
    """``received``: the receiver's ``ReceiverResult`` (one sender in the room); ``packet_ms``:
    the sender's media packet duration."""
    if not received.streams:
        raise UserError("the receiver got no stream from the sender")
    report = received.streams[0]
    info = probe_mp4(mp4)
    jitter = report.get("jitter", {})
    # At playout, every 20 ms slot either had its packet ("received") or not ("lost"); a packet
    # that came after its slot is also counted "late": lost, not late, is what the network lost.
    got, missing, late = jitter.get("received", 0), jitter.get("lost", 0), jitter.get("late", 0)
    slots = got + missing
    played, concealed = report.get("played_frames", 0), report.get("concealed_frames", 0)
    render = _pct(report.get("render_ms"))
    # The receiver averages over the peer's whole stay (photo, lead-in, tail); the stream's rate
    # is over the audio its packets carry.
    stay_s = report.get("seconds", 0.0)
    media_s = report.get("media_packets", 0) * packet_ms / 1000
    per_media = stay_s / media_s if media_s > 0 else 0.0
    transport = report.get("wire_kbps_transport")
    return DemoStats(
        frames=info.frames,
        duration_s=round(info.duration_s, 3),
        audio_s=round(info.audio_s, 3),
        render_fps=round(1000 / render.p50, 1) if render.p50 else 0.0,
        video_fps=round(info.frames / info.duration_s, 1) if info.duration_s > 0 else 0.0,
        wire_kbps=round(report["wire_kbps_computed"] * per_media, 2),
        payload_kbps=round(report["payload_kbps"] * per_media, 2),
        transport_kbps=round(transport * per_media, 2) if transport is not None else None,
        latency_ms=_pct(report.get("mouth_to_pixel_ms")),
        av_skew_ms=_pct(report.get("av_skew_ms")),
        render_ms=render,
        loss_pct=round(100 * max(0, missing - late) / slots, 2) if slots else 0.0,
        late_pct=round(100 * late / slots, 2) if slots else 0.0,
        concealed_pct=round(100 * concealed / played, 2) if played else 0.0,
        packet_ms=packet_ms,
        wall_s=round(wall_s, 2),
    )
