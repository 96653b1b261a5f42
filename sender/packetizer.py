"""Puts each Opus packet and the motion frames of the same instant into one media packet
(sans-I/O).

The motion predictor looks ``lookahead`` samples ahead, so the motion for a stretch of audio is
known only that much later. The packetizer holds each Opus packet until its motion is out, so a
media packet carries the audio *and* the face of the same instant: losing it loses both, and the
receiver never waits for motion that is still in flight.

A packet carries the frames up to and including its end instant (the next packet's start), which
are out by then: a receiver can draw any instant of a packet's audio as soon as it has the packet,
between two received frames. With frames up to its start only, the face for its last 40 ms (at
25 fps) was the frame at its start held until the next packet arrived, and the playout could give
a frame no lead (``receiver/playout.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from photocall.shared.codec import ms_to_samples
from photocall.shared.motion import MotionFrame
from photocall.shared.protocol import MAX_MOTION_FRAMES, MediaPacket


@dataclass(frozen=True)
class OpusPacket:
    """One encoded Opus packet and the audio it holds. sample: the sender sample of its first
    input sample; samples: its duration in samples (960, 1920 or 2880); data: the packet."""

    sample: int
    samples: int
    data: bytes

    @property
    def end(self) -> int:
        """The sender sample just after its audio."""
        return self.sample + self.samples


@dataclass(frozen=True)
class PacketizerConfig:
    """lookahead_samples: how far the motion predictor's output lags its audio input."""

    lookahead_samples: int = ms_to_samples(40)


class Packetizer:
    def __init__(self, config: PacketizerConfig = PacketizerConfig()) -> None:
        self.config = config
        self._audio: list[OpusPacket] = []  # not yet sent
        self._motion: list[MotionFrame] = []
        self._seq = 0

    def push(
        self,
        heard: int,
        motion: list[MotionFrame],
        audio: OpusPacket | None = None,
    ) -> list[MediaPacket]:
        """``heard``: audio samples given to the predictor so far. ``motion``: frames it emitted
        since the last call. ``audio``: a new Opus packet. Returns the media packets now
        complete."""
        if audio is not None:
            self._audio.append(audio)
        self._motion.extend(motion)
        out: list[MediaPacket] = []
        while self._audio:
            if heard < self._audio[0].end + self.config.lookahead_samples:
                break
            out.append(self._packet(final=False))
        return out

    def flush(self, motion: list[MotionFrame]) -> list[MediaPacket]:
        """End of stream: everything left, with the predictor's final frames."""
        self._motion.extend(motion)
        out: list[MediaPacket] = []
        while self._audio:
            out.append(self._packet(final=len(self._audio) == 1))
        return out

    def _packet(self, final: bool) -> MediaPacket:
        audio = self._audio.pop(0)
        start, end = audio.sample, audio.end
        mine = [f for f in self._motion if final or f.timestamp <= end]
        self._motion = [f for f in self._motion if not (final or f.timestamp <= end)]
        # Only frames within ±32767 samples of the packet fit the wire's int16 offset.
        mine = [f for f in mine if -32768 <= f.timestamp - start <= 32767][-MAX_MOTION_FRAMES:]
        packet = MediaPacket(
            seq=self._seq % 2**16, timestamp=start % 2**32, opus=audio.data, motion=tuple(mine)
        )
        self._seq += 1
        return packet
