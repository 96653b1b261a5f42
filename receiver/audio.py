"""Opus decoding with loss concealment (PyAV's native ``opus`` decoder).

Concealment: PyAV cannot call the decoder without a packet, so for a missing frame we feed a
TOC-only Opus packet (the last good packet's TOC byte, one frame of zero length). RFC 6716 §3.2.1
makes such a frame a "lost/DTX" frame, and the decoder runs its own packet-loss concealment
(CELT/SILK PLC) for it. In-band FEC is not used: decoding the next packet's FEC data needs
``opus_decode(..., decode_fec=1)``, which FFmpeg does not expose. After a few concealed frames in a
row the output fades to silence, so a long loss is quiet rather than a buzzing extrapolation.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FRAME_SAMPLES = 960
MAX_OPUS_FRAMES = 3


class OpusSplitError(ValueError):
    pass


def split_opus(data: bytes) -> list[bytes]:
    """Inverse of the sender's ``join_opus``; empty data -> []. Raises OpusSplitError."""
    if not data:
        return []
    if _looks_single(data):
        return [data]
    packets, i = [], 0
    while i < len(data):
        if i + 2 > len(data):
            raise OpusSplitError("truncated Opus length prefix")
        n = int.from_bytes(data[i : i + 2], "big")
        i += 2
        if n == 0 or i + n > len(data):
            raise OpusSplitError("Opus length prefix runs past the packet")
        packets.append(data[i : i + n])
        i += n
    if len(packets) > MAX_OPUS_FRAMES:
        raise OpusSplitError(f"{len(packets)} Opus packets in one media packet (max 3)")
    return packets


def _looks_single(data: bytes) -> bool:
    """A single 20 ms Opus packet vs joined ones: a joined payload starts with a length prefix
    that exactly tiles the data; a single packet almost never does by accident."""
    i, count = 0, 0
    while i + 2 <= len(data):
        n = int.from_bytes(data[i : i + 2], "big")
        if n == 0:
            return True
        i += 2 + n
        count += 1
    return not (i == len(data) and 2 <= count <= MAX_OPUS_FRAMES)


def opus_frame_samples(packet: bytes) -> int:
    """Samples at 48 kHz decoded from one Opus packet, from its TOC byte (RFC 6716 §3.1)."""
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
    """decode(packet | None) -> (960,) float32, always: a bad or missing packet is concealed."""

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

    def decode(self, packet: bytes | None) -> np.ndarray:
        if packet is not None and opus_frame_samples(packet) == FRAME_SAMPLES:
            pcm = self._run(packet)
            if pcm is not None:
                self._toc = packet[0]
                self._missing = 0
                self.counters.decoded += 1
                return pcm
            self.counters.errors += 1
        elif packet is not None:
            self.counters.errors += 1  # not a 20 ms packet: refuse rather than desync the clock
        return self._conceal()

    def _conceal(self) -> np.ndarray:
        self.counters.concealed += 1
        self._missing += 1
        if self._toc is None:
            return np.zeros(FRAME_SAMPLES, np.float32)
        pcm = self._run(bytes([self._toc & 0xFC]))  # TOC only, code 0: one lost frame -> PLC
        if pcm is None:
            return np.zeros(FRAME_SAMPLES, np.float32)
        over = self._missing - self._fade_after
        if over > 0:
            gain = max(0.0, 1.0 - over / self._fade_frames)
            start = max(0.0, 1.0 - (over - 1) / self._fade_frames)
            pcm = pcm * np.linspace(start, gain, FRAME_SAMPLES, dtype=np.float32)
        return pcm

    def _run(self, packet: bytes) -> np.ndarray | None:
        try:
            frames = self._ctx.decode(self._av.Packet(packet))
        except Exception:  # noqa: BLE001 - FFmpeg raises various av.error types for bad data
            self._ctx = self._open()  # a decoder that saw garbage may be in a bad state
            return None
        if not frames:
            return None
        pcm = np.concatenate([f.to_ndarray()[0] for f in frames]).astype(np.float32)
        if pcm.size != FRAME_SAMPLES:
            return None
        return pcm
