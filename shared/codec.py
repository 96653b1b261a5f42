"""The audio clock and the Opus framing both peers agree on (plain constants, no I/O).

Every duration on the wire is counted in samples of one 48 kHz clock. The sender captures and
the receiver plays out in 20 ms steps (``FRAME_SAMPLES``); a media packet carries one Opus packet
of 20, 40 or 60 ms (``PACKET_MS``; 80–120 ms under a bit-rate budget; shared/PROTOCOL.md). An
Opus packet of DTX frames only (RFC 6716 §3.2.1) marks silence: the sender sends almost
nothing until it speaks again (``is_dtx``, ``dtx_packet``).
"""

from __future__ import annotations

SAMPLE_RATE = 48_000
"""The one clock: sender audio samples per second."""

FRAME_MS = 20
"""The capture and playout step, in milliseconds."""
FRAME_SAMPLES = SAMPLE_RATE * FRAME_MS // 1000
"""960: samples in one 20 ms step."""

PACKET_MS: tuple[int, ...] = (20, 40, 60)
"""Media packet (= Opus packet) durations a sender is asked for (``--packet-ms``)."""
PACKET_SAMPLES: tuple[int, ...] = tuple(SAMPLE_RATE * ms // 1000 for ms in PACKET_MS)
"""960, 1920, 2880: the samples decoded from one of those."""
BUDGET_PACKET_MS: tuple[int, ...] = (80, 100, 120)
"""Longer packets (multi-frame Opus packets, which libopus makes) that only a low bit-rate
budget (``--max-kbps``) picks."""
VALID_PACKET_MS: tuple[int, ...] = PACKET_MS + BUDGET_PACKET_MS
"""Every duration a peer may send."""
VALID_PACKET_SAMPLES: tuple[int, ...] = tuple(SAMPLE_RATE * ms // 1000 for ms in VALID_PACKET_MS)
"""960 … 5760: what a receiver takes."""

OPUS_PRE_SKIP = 312
"""libopus's encoder delay at 48 kHz: the audio decoded from the packet whose first input sample
is ``t`` starts at sender sample ``t - OPUS_PRE_SKIP`` (the receiver maps played samples to
motion with it, so lip sync is exact)."""


def ms_to_samples(ms: float) -> int:
    """Milliseconds on the sample clock, rounded down to whole samples."""
    return int(ms * SAMPLE_RATE // 1000)


def dtx_packet(packet_ms: int) -> bytes:
    """The Opus packet of ``packet_ms`` that holds no audio and says "silence from here until
    the next packet": DTX frames (zero-length frames, RFC 6716 §3.2.1). 20/40/60 ms: one TOC
    byte (SILK wideband, code 0); 80–120 ms: code 3, that many 20 ms frames of zero bytes."""
    if packet_ms not in VALID_PACKET_MS:
        raise ValueError(f"packet duration {packet_ms} ms is not one of {VALID_PACKET_MS}")
    single = {20: 9, 40: 10, 60: 11}  # SILK WB 20 / 40 / 60 ms
    if packet_ms in single:
        return bytes([single[packet_ms] << 3])
    return bytes([9 << 3 | 3, packet_ms // 20])  # code 3, CBR, no padding


def is_dtx(opus: bytes) -> bool:
    """An Opus packet of DTX frames only (``dtx_packet``): no audio, the sender fell silent."""
    if len(opus) == 1:
        return True
    return len(opus) == 2 and opus[0] & 3 == 3 and opus[1] & 0xC0 == 0 and opus[1] & 0x3F > 0
