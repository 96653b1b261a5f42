"""What a call costs while it runs: wire bytes both ways and the process's CPU time, sampled on
the event loop, and their rates over windows of the speech.

Wire bytes are counted as in ``loopback``: the DTLS/SRTP datagrams each peer connection handed to
ICE plus 28 bytes of IPv4/UDP each, so every header is in them. Over data channels that is
IPv4 20 + UDP 8 + DTLS record 13 + AES-GCM nonce 8 and tag 16 + SCTP 12 + DATA chunk 16 per
message (93 B, plus padding to 4); over RTP it is IPv4 20 + UDP 8 + RTP 12 + the header
extensions aiortc negotiates + the SRTP authentication tag (10 B, AES_CM_128_HMAC_SHA1_80) per
packet, plus RTCP. Nothing is computed from stated sizes: the datagrams are measured.

CPU is ``time.process_time()`` (every thread of the process): sender and receiver run in the same
process, so it is both ends together, with the connection's crypto and SCTP/RTP stacks.
"""

from __future__ import annotations

import asyncio
import bisect
import time
from dataclasses import dataclass

from photocall.benchmarks import loopback

INTERVAL_S = 0.05
SERIES_STEP_S = 0.25
"""Interval of the rate-over-time series, seconds of speech."""
FRAME_S = 0.04
"""CPU is reported per 40 ms of call: one video frame at 25 fps, two 20 ms audio frames."""


@dataclass(frozen=True)
class Sample:
    """t: ``time.monotonic()`` s (the event loop's clock); forward / reverse: cumulative wire
    bytes sent by the sending / receiving peer connection; cpu_s: process CPU time."""

    t: float
    forward: int
    reverse: int
    cpu_s: float


class Meter:
    """Samples two peer connections once both are known (``watch``): every ``INTERVAL_S`` from
    ``start`` to ``stop``, or when told (``sample``)."""

    def __init__(self) -> None:
        self.samples: list[Sample] = []
        self.sender_pc = None
        self.receiver_pc = None
        self._task: asyncio.Task | None = None

    def watch(self, sender_pc=None, receiver_pc=None) -> None:
        self.sender_pc = sender_pc or self.sender_pc
        self.receiver_pc = receiver_pc or self.receiver_pc

    def sample(self, t: float | None = None) -> None:
        """A sample now, placed at ``t`` (default: ``time.monotonic()``)."""
        if self.sender_pc is None or self.receiver_pc is None:
            return
        forward = loopback.wire_sample(self.sender_pc).wire_bytes
        reverse = loopback.wire_sample(self.receiver_pc).wire_bytes
        when = time.monotonic() if t is None else t
        self.samples.append(Sample(when, forward, reverse, time.process_time()))

    def start(self) -> None:
        self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        self.sample()
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def _run(self) -> None:
        while True:
            self.sample()
            await asyncio.sleep(INTERVAL_S)


@dataclass(frozen=True)
class Timeline:
    """A meter's samples on the clip's time axis: clip second 0 is monotonic time ``start``."""

    samples: tuple[Sample, ...]
    start: float

    def _at(self, clip_s: float, field: str) -> float:
        """A cumulative counter at ``clip_s``, interpolated between the samples around it."""
        t = self.start + clip_s
        times = [s.t for s in self.samples]
        if not times or not times[0] <= t <= times[-1]:
            raise ValueError(f"no samples around {clip_s:.2f} s of the clip")
        i = bisect.bisect_left(times, t)
        after = self.samples[i]
        before = self.samples[max(i - 1, 0)]
        a, b = getattr(before, field), getattr(after, field)
        if after.t == before.t:
            return float(b)
        return a + (b - a) * (t - before.t) / (after.t - before.t)

    def kbps(self, windows: tuple[tuple[float, float], ...], field: str = "forward") -> float:
        """Wire kbit/s over ``windows`` of the clip together (bytes / seconds of all of them)."""
        nbytes = sum(self._at(b, field) - self._at(a, field) for a, b in windows)
        return nbytes * 8 / 1000 / sum(b - a for a, b in windows)

    def cpu_ms_per_frame(self, a: float, b: float) -> float:
        """Process CPU ms per 40 ms of call between clip seconds ``a`` and ``b``."""
        return (self._at(b, "cpu_s") - self._at(a, "cpu_s")) * 1000 / ((b - a) / FRAME_S)

    def series(self, seconds: float) -> tuple[tuple[float, float], ...]:
        """(clip s at the end of each step, forward kbit/s over that step)."""
        steps = int(seconds / SERIES_STEP_S)
        edges = [k * SERIES_STEP_S for k in range(steps + 1)]
        return tuple(
            (round(b, 3), round(self.kbps(((a, b),)), 2)) for a, b in zip(edges, edges[1:])
        )
