"""Silence mode: while the speaker is silent the sender sends (almost) nothing (sans-I/O).

Opus's own DTX is not reachable through PyAV (FFmpeg's libopus wrapper has no ``dtx`` option),
so this is its equivalent, one level up:

* :class:`VoiceActivity` says, per 20 ms chunk, whether it is loud (RMS above
  ``threshold_dbfs``); a packet is *speech* when a loud chunk lies within ``hangover_ms`` before
  it, inside it, or in the lookahead already heard after it (so word onsets are never clipped).
* :class:`SilenceGate` passes speech packets; of a silent stretch it sends the first packet with
  its Opus packet replaced by DTX frames (``shared.codec.dtx_packet``: "silence from here until
  the next packet", with that instant's motion, so the face the receiver holds is the last one)
  and then one motion-less DTX packet every ``keepalive_ms`` (a lost first one is recovered; the
  receiver's idle face needs nothing). Everything else is withheld. Sequence numbers count the
  packets sent, so the v2 motion coder's references stay within reach.

The receiver plays silence through the gap without holding its playout clock (``jitter.py``)
and keeps the face alive on its own (``receiver/idle.py``).
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, replace

import numpy as np

from photocall.shared.codec import dtx_packet, ms_to_samples
from photocall.shared.protocol import MAX_MOTION_FRAMES, MediaPacket


@dataclass(frozen=True)
class SilenceConfig:
    """threshold_dbfs: a 20 ms chunk whose RMS is below this is silent (-50 dBFS: a quiet room
    through a headset microphone; TTS silence is digital zero). hangover_ms: speech lasts this
    long past its last loud chunk (quiet word endings and the gaps between words stay speech).
    keepalive_ms: while silent, one DTX packet this often."""

    threshold_dbfs: float = -50.0
    hangover_ms: float = 240.0
    keepalive_ms: float = 500.0


@dataclass
class VoiceActivity:
    """Loud 20 ms chunks, remembered for as long as a packet may still ask about them."""

    config: SilenceConfig
    memory: int = 256  # chunks kept (5 s): far more than hangover + packet + lookahead

    def __post_init__(self) -> None:
        self._loud: deque[int] = deque(maxlen=self.memory)  # first samples of loud chunks
        self._threshold = 10 ** (self.config.threshold_dbfs / 20)

    def hear(self, sample: int, pcm: np.ndarray) -> bool:
        """One chunk starting at sender ``sample``; True if it is loud."""
        rms = math.sqrt(float(np.mean(np.square(pcm, dtype=np.float64)))) if len(pcm) else 0.0
        loud = rms >= self._threshold
        if loud:
            self._loud.append(sample)
        return loud

    def speaking(self, start: int, end: int, heard: int) -> bool:
        """Whether the packet of samples [start, end) is speech, with audio up to ``heard``
        known: a loud chunk starts in [start - hangover, heard)."""
        since = start - ms_to_samples(self.config.hangover_ms)
        return any(since <= s < heard for s in reversed(self._loud))


@dataclass
class GateCounters:
    speech: int = 0  # packets sent as they were
    dtx: int = 0  # DTX packets sent (first of a silence, keepalives)
    withheld: int = 0  # silent packets not sent


class SilenceGate:
    """Speech packets in, what to send out (``admit``)."""

    def __init__(self, config: SilenceConfig, packet_ms: int) -> None:
        self.config = config
        self._dtx = dtx_packet(packet_ms)
        self._silent = False
        self._last_sent: int | None = None  # unwrapped sender sample of the last packet sent
        self._seq = 0
        self._unsent: tuple = ()  # motion of the last packet withheld or sent without it
        self.counters = GateCounters()

    @property
    def silent(self) -> bool:
        """The last packet admitted was silent."""
        return self._silent

    def admit(self, packet: MediaPacket, sample: int, speaking: bool,
              force: bool = False) -> MediaPacket | None:  # fmt: skip
        """``packet`` (whose first audio sample is the unwrapped ``sample``) if it is to be
        sent, as it is to be sent; None to withhold it. ``force``: send it (as DTX if silent:
        the last packet of the stream)."""
        if speaking:
            if self._silent and self._unsent:
                # A packet carries the frames through its end: the frame at this packet's
                # start rode on a packet not sent. Speech resumes with that face.
                onset = tuple(f for f in self._unsent if f.timestamp >= sample)
                packet = replace(packet, motion=(onset + packet.motion)[-MAX_MOTION_FRAMES:])
            self._silent = False
            self._unsent = ()
            self.counters.speech += 1
            return self._send(packet, sample)
        if not self._silent:  # the first packet of a silence: say so, with this face
            self._silent = True
            self.counters.dtx += 1
            return self._send(replace(packet, opus=self._dtx), sample)
        assert self._last_sent is not None
        self._unsent = packet.motion
        if force or sample - self._last_sent >= ms_to_samples(self.config.keepalive_ms):
            self.counters.dtx += 1
            return self._send(replace(packet, opus=self._dtx, motion=()), sample)
        self.counters.withheld += 1
        return None

    def _send(self, packet: MediaPacket, sample: int) -> MediaPacket:
        self._last_sent = sample
        out = replace(packet, seq=self._seq % 2**16)
        self._seq += 1
        return out
