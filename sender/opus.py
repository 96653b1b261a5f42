"""Opus encoding with PyAV's libopus: 48 kHz mono, 20 ms frames, 16–24 kbit/s.

Raw Opus packets carry the encoder's 312-sample pre-skip: the audio decoded from the packet whose
first input sample is ``t`` starts at sender sample ``t - OPUS_PRE_SKIP``. The receiver applies
that offset when it maps played samples to motion, so lip sync is exact.
"""

from __future__ import annotations

import fractions
from dataclasses import dataclass

import numpy as np
from photocall.shared.motion import SAMPLE_RATE

from photocall.errors import UserError

FRAME_SAMPLES = 960  # 20 ms at 48 kHz
OPUS_PRE_SKIP = 312


@dataclass(frozen=True)
class OpusConfig:
    """bitrate: bit/s of Opus payload (16 000–24 000 recommended). application: libopus mode."""

    bitrate: int = 16_000
    application: str = "voip"

    def __post_init__(self) -> None:
        if not 6_000 <= self.bitrate <= 128_000:
            raise UserError(f"Opus bitrate {self.bitrate} bit/s is outside 6000–128000")


class OpusEncoder:
    """Encodes 20 ms mono float32 frames; one Opus packet out per frame in."""

    def __init__(self, config: OpusConfig = OpusConfig()) -> None:
        import av

        self._av = av
        ctx = av.CodecContext.create("libopus", "w")
        ctx.sample_rate = SAMPLE_RATE
        ctx.layout = "mono"
        ctx.format = "flt"
        ctx.bit_rate = config.bitrate
        ctx.time_base = fractions.Fraction(1, SAMPLE_RATE)
        ctx.options = {"frame_duration": "20", "application": config.application}
        ctx.open()
        self._ctx = ctx
        self._pts = 0

    def encode(self, pcm: np.ndarray) -> bytes:
        """pcm: (960,) float32 in [-1, 1] -> one Opus packet."""
        pcm = np.ascontiguousarray(pcm, dtype=np.float32).reshape(1, -1)
        if pcm.shape[1] != FRAME_SAMPLES:
            raise ValueError(f"expected {FRAME_SAMPLES} samples, got {pcm.shape[1]}")
        frame = self._av.AudioFrame.from_ndarray(pcm, format="flt", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        frame.pts = self._pts
        self._pts += FRAME_SAMPLES
        packets = self._ctx.encode(frame)
        if len(packets) != 1:  # libopus emits exactly one packet per 20 ms frame, no delay
            raise RuntimeError(f"libopus returned {len(packets)} packets for one frame")
        return bytes(packets[0])


def join_opus(packets: list[bytes]) -> bytes:
    """Several Opus packets in one media packet (PROTOCOL.md): each prefixed by its uint16
    big-endian length when there is more than one."""
    if len(packets) == 1:
        return packets[0]
    return b"".join(len(p).to_bytes(2, "big") + p for p in packets)
