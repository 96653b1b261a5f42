"""Puts each Opus packet and the motion frames of the same instant into one media packet
(sans-I/O).

The motion predictor looks ``lookahead`` samples ahead, so the motion for a stretch of audio is
known only that much later. The packetizer holds each Opus packet until its motion is out, so a
media packet carries the audio *and* the face of the same instant: losing it loses both, and the
receiver never waits for motion that is still in flight.
"""

from __future__ import annotations

from dataclasses import dataclass

from photocall.shared.motion import MotionFrame
from photocall.shared.protocol import MAX_MOTION_FRAMES, MediaPacket


@dataclass(frozen=True)
class PacketizerConfig:
    """lookahead_samples: how far the motion predictor's output lags its audio input."""

    lookahead_samples: int = 40 * 48


class Packetizer:
    def __init__(self, config: PacketizerConfig = PacketizerConfig()) -> None:
        self.config = config
        self._audio: list[tuple[int, int, bytes]] = []  # (sample, samples, opus) not yet sent
        self._motion: list[MotionFrame] = []
        self._seq = 0

    def push(
        self,
        heard: int,
        motion: list[MotionFrame],
        audio: tuple[int, int, bytes] | None = None,
    ) -> list[MediaPacket]:
        """``heard``: audio samples given to the predictor so far. ``motion``: frames it emitted
        since the last call. ``audio``: a new Opus packet as (first sample, samples, bytes).
        Returns the media packets now complete."""
        if audio is not None:
            self._audio.append(audio)
        self._motion.extend(motion)
        out = []
        while self._audio:
            sample, samples, _ = self._audio[0]
            if heard < sample + samples + self.config.lookahead_samples:
                break
            out.append(self._packet(final=False))
        return out

    def flush(self, motion: list[MotionFrame]) -> list[MediaPacket]:
        """End of stream: everything left, with the predictor's final frames."""
        self._motion.extend(motion)
        out = []
        while self._audio:
            out.append(self._packet(final=len(self._audio) == 1))
        return out

    def _packet(self, final: bool) -> MediaPacket:
        start, samples, opus = self._audio.pop(0)
        end = start + samples
        mine = [f for f in self._motion if final or f.timestamp < end]
        self._motion = [f for f in self._motion if not (final or f.timestamp < end)]
        # Only frames within ±32767 samples of the packet fit the wire's int16 offset.
        mine = [f for f in mine if -32768 <= f.timestamp - start <= 32767][-MAX_MOTION_FRAMES:]
        packet = MediaPacket(
            seq=self._seq % 2**16, timestamp=start % 2**32, opus=opus, motion=tuple(mine)
        )
        self._seq += 1
        return packet
