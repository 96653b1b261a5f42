"""The audio clock and the Opus framing both peers agree on (plain constants, no I/O).

Every duration on the wire is counted in samples of one 48 kHz clock. The sender captures and
the receiver plays out in 20 ms steps (``FRAME_SAMPLES``); a media packet carries one Opus packet
of 20, 40 or 60 ms (``PACKET_MS``, shared/PROTOCOL.md).
"""

from __future__ import annotations

SAMPLE_RATE = 48_000
"""The one clock: sender audio samples per second."""

FRAME_MS = 20
"""The capture and playout step, in milliseconds."""
FRAME_SAMPLES = SAMPLE_RATE * FRAME_MS // 1000
"""960: samples in one 20 ms step."""

PACKET_MS: tuple[int, ...] = (20, 40, 60)
"""Media packet (= Opus packet) durations a peer may send."""
PACKET_SAMPLES: tuple[int, ...] = tuple(SAMPLE_RATE * ms // 1000 for ms in PACKET_MS)
"""960, 1920, 2880: the samples decoded from one media packet's Opus packet."""

OPUS_PRE_SKIP = 312
"""libopus's encoder delay at 48 kHz: the audio decoded from the packet whose first input sample
is ``t`` starts at sender sample ``t - OPUS_PRE_SKIP`` (the receiver maps played samples to
motion with it, so lip sync is exact)."""


def ms_to_samples(ms: float) -> int:
    """Milliseconds on the sample clock, rounded down to whole samples."""
    return int(ms * SAMPLE_RATE // 1000)
