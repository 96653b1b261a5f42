"""Opus encoding with PyAV's libopus: 48 kHz mono, 16–24 kbit/s, one Opus packet per media packet.

The encoder's frame duration is the media packet's duration (20, 40 or 60 ms): per PROTOCOL.md a
40 or 60 ms media packet carries one multi-frame Opus packet, never several joined 20 ms ones.

Raw Opus packets carry the encoder's 312-sample pre-skip: the audio decoded from the packet whose
first input sample is ``t`` starts at sender sample ``t - OPUS_PRE_SKIP``. The receiver applies
that offset (``shared/codec.py``) when it maps played samples to motion, so lip sync is exact.
"""

from __future__ import annotations

import fractions
from dataclasses import dataclass

import numpy as np

from photocall.shared.codec import SAMPLE_RATE, VALID_PACKET_MS
from photocall.shared.errors import UserError


@dataclass(frozen=True)
class OpusConfig:
    """bitrate: bit/s of Opus payload (16 000–24 000 recommended). application: libopus mode.
    frame_ms: duration of one Opus packet (20, 40 or 60)."""

    bitrate: int = 16_000
    application: str = "voip"
    frame_ms: int = 20

    def __post_init__(self) -> None:
        if self.frame_ms not in VALID_PACKET_MS:
            raise UserError(f"packet duration {self.frame_ms} ms: use 20, 40 or 60 "
                            "(80, 100 or 120 for a low bit-rate budget)")
        if not 6_000 <= self.bitrate <= 128_000:
            raise UserError(f"Opus bitrate {self.bitrate} bit/s is outside 6000–128000")


class OpusEncoder:
    """Encodes mono float32 frames of ``frame_samples``; one Opus packet out per frame in."""

    def __init__(self, config: OpusConfig = OpusConfig()) -> None:
        import av

        self._av = av
        ctx = av.CodecContext.create("libopus", "w")
        ctx.sample_rate = SAMPLE_RATE
        ctx.layout = "mono"
        ctx.format = "flt"
        ctx.bit_rate = config.bitrate
        ctx.time_base = fractions.Fraction(1, SAMPLE_RATE)
        ctx.options = {"frame_duration": str(config.frame_ms), "application": config.application}
        ctx.open()
        self.frame_samples = config.frame_ms * SAMPLE_RATE // 1000
        self._ctx = ctx
        self._pts = 0

    def encode(self, pcm: np.ndarray) -> bytes:
        """pcm: (frame_samples,) float32 in [-1, 1] -> one Opus packet."""
        pcm = np.ascontiguousarray(pcm, dtype=np.float32).reshape(1, -1)
        if pcm.shape[1] != self.frame_samples:
            raise ValueError(f"expected {self.frame_samples} samples, got {pcm.shape[1]}")
        frame = self._av.AudioFrame.from_ndarray(pcm, format="flt", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        frame.pts = self._pts
        self._pts += self.frame_samples
        packets = self._ctx.encode(frame)
        if len(packets) != 1:  # libopus emits exactly one packet per frame, no delay
            raise RuntimeError(f"libopus returned {len(packets)} packets for one frame")
        return bytes(packets[0])
