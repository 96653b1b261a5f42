"""Opus decoding with loss concealment (PyAV's native ``opus`` decoder).

One media packet carries one Opus packet of 20, 40 or 60 ms (PROTOCOL.md).

Concealment: PyAV cannot call the decoder without a packet, so for a missing packet we feed
TOC-only Opus packets (the last good packet's TOC byte, code 0: one frame of zero length).
RFC 6716 §3.2.1 makes such a frame a lost/DTX frame and the decoder runs its own packet-loss
concealment (SILK/CELT PLC) for it. In-band FEC is not used: decoding the next packet's FEC data
needs ``opus_decode(..., decode_fec=1)``, which FFmpeg does not expose. After a few concealed
frames in a row the output fades to silence, so a long loss is quiet, not a buzzing extrapolation.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from photocall.shared.codec import FRAME_SAMPLES


def opus_frame_samples(packet: bytes) -> int:
    """Samples at 48 kHz decoded from one Opus packet, from its TOC byte (RFC 6716 §3.1);
    0 for an empty or malformed packet."""
    if not packet:
        return 0
    toc = packet[0]
    config = toc >> 3
    if config < 12:  # SILK: 10, 20, 40, 60 ms
        per_frame = (480, 960, 1920, 2880)[config & 3]
    elif config < 16:  # hybrid: 10, 20 ms
        per_frame = (480, 960)[config & 1]
    else:  # CELT: 2.5, 5, 10, 20 ms
        per_frame = (120, 240, 480, 960)[config & 3]
    code = toc & 3
    if code == 0:
        count = 1
    elif code in (1, 2):
        count = 2
    else:
        count = (packet[1] & 0x3F) if len(packet) > 1 else 0
    return per_frame * count


@dataclass
class DecoderCounters:
    decoded: int = 0
    concealed: int = 0
    errors: int = 0


class OpusDecoder:
    """decode(packet | None, samples) -> (samples,) float32, always: bad or missing is concealed."""

    def __init__(self, fade_after: int = 3, fade_frames: int = 3) -> None:
        import av

        self._av = av
        self._ctx = self._open()
        self._toc: int | None = None
        self._missing = 0
        self._fade_after = fade_after
        self._fade_frames = fade_frames
        self.counters = DecoderCounters()

    def _open(self):
        ctx = self._av.CodecContext.create("opus", "r")
        ctx.sample_rate = 48_000
        ctx.layout = "mono"
        return ctx

    def decode(self, packet: bytes | None, samples: int = FRAME_SAMPLES) -> np.ndarray:
        if packet is not None:
            pcm = self._run(packet) if opus_frame_samples(packet) == samples else None
            if pcm is not None and pcm.size == samples:
                self._toc = packet[0]
                self._missing = 0
                self.counters.decoded += 1
                return pcm
            self.counters.errors += 1  # undecodable or of another duration: conceal instead
        return self._conceal(samples)

    def _conceal(self, samples: int) -> np.ndarray:
        self.counters.concealed += 1
        self._missing += 1
        parts, have = [], 0
        while self._toc is not None and have < samples:
            pcm = self._run(bytes([self._toc & 0xFC]))  # TOC only, code 0: one lost frame -> PLC
            if pcm is None or pcm.size == 0:
                break
            parts.append(pcm)
            have += pcm.size
        pcm = np.concatenate(parts)[:samples] if have >= samples else np.zeros(samples, np.float32)
        over = self._missing - self._fade_after
        if over > 0:
            start = max(0.0, 1.0 - (over - 1) / self._fade_frames)
            end = max(0.0, 1.0 - over / self._fade_frames)
            pcm = pcm * np.linspace(start, end, samples, dtype=np.float32)
        return pcm.astype(np.float32)

    def _run(self, packet: bytes) -> np.ndarray | None:
        try:
            frames = self._ctx.decode(self._av.Packet(packet))
        except Exception:  # noqa: BLE001 - FFmpeg raises various av.error types for bad data
            self._ctx = self._open()  # a decoder that saw garbage may be in a bad state
            return None
        if not frames:
            return None
        return np.concatenate([f.to_ndarray()[0] for f in frames]).astype(np.float32)
