"""The sender's media pipeline: 20 ms audio chunks in, media packets out (sans-I/O).

One object does what every sender does between the microphone and the wire: the audio -> motion
predictor hears every chunk; the chunks gather into one Opus packet per media packet (20, 40 or
60 ms); the packetizer pairs each Opus packet with the motion of the same instant; with
``silence`` set, the silence gate (``sender/silence.py``) withholds what a silent speaker would
send and marks where the silence starts. No network,
no clock, no threads: the live session (``sender/session.py``) runs ``push`` in a worker thread
and sends what it returns; the call benchmark (``benchmarks/call.py``) runs the same object over
a whole clip and times its parts by wrapping the predictor and the encoder.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from photocall.sender.packetizer import OpusPacket, Packetizer, PacketizerConfig
from photocall.sender.silence import SilenceConfig, SilenceGate, VoiceActivity
from photocall.shared.codec import SAMPLE_RATE, ms_to_samples
from photocall.shared.motion import MotionFrame
from photocall.shared.protocol import MediaPacket

DEFAULT_LOOKAHEAD_MS = 40
"""The predictor's lookahead when it does not say (``latency_ms``)."""


class Predictor(Protocol):
    """The audio -> motion interface (photocall.sender.motion.StreamingPredictor). A predictor
    may say how far its motion lags its audio with a ``latency_ms`` attribute."""

    def push(self, pcm: np.ndarray) -> list[MotionFrame]: ...
    def flush(self) -> list[MotionFrame]: ...


class AudioEncoder(Protocol):
    """One encoded packet per ``frame_samples`` of mono float32 audio (sender.opus.OpusEncoder)."""

    @property
    def frame_samples(self) -> int: ...
    def encode(self, pcm: np.ndarray) -> bytes: ...


def lookahead_ms(predictor: Predictor) -> int:
    """How long the predictor's motion lags its audio: audio waits that long for its motion."""
    return int(getattr(predictor, "latency_ms", DEFAULT_LOOKAHEAD_MS))


class SenderPipeline:
    """Audio chunks -> media packets. ``push`` each chunk in order; ``flush`` at the end."""

    def __init__(self, predictor: Predictor, encoder: AudioEncoder,
                 silence: SilenceConfig | None = None) -> None:  # fmt: skip
        self.predictor = predictor
        self.encoder = encoder
        self.vad = VoiceActivity(silence) if silence is not None else None
        packet_ms = encoder.frame_samples * 1000 // SAMPLE_RATE
        self.gate = SilenceGate(silence, packet_ms) if silence is not None else None
        self.packetizer = Packetizer(
            PacketizerConfig(lookahead_samples=ms_to_samples(lookahead_ms(predictor)))
        )
        self._pending: list[np.ndarray] = []  # chunks not yet encoded
        self._pending_samples = 0
        self._first_sample = 0  # sender sample of the first pending chunk
        self._heard = 0  # samples given to the predictor so far (the end of the last chunk)

    def push(self, sample: int, pcm: np.ndarray) -> list[MediaPacket]:
        """One chunk: ``pcm`` (float32 mono) starting at sender sample ``sample``. Returns the
        media packets now complete (their audio's motion is out)."""
        if not self._pending:
            self._first_sample = sample
        self._pending.append(pcm)
        self._pending_samples += len(pcm)
        motion = self.predictor.push(pcm)
        opus = None
        if self._pending_samples >= self.encoder.frame_samples:
            opus = self._encode(np.concatenate(self._pending))
        self._heard = sample + len(pcm)
        if self.vad is not None:
            self.vad.hear(sample, pcm)
        return self._gate(self.packetizer.push(self._heard, motion, opus))

    def flush(self) -> list[MediaPacket]:
        """End of the audio: a last partial packet (padded with silence) and every packet left,
        with the predictor's final frames."""
        out: list[MediaPacket] = []
        if self._pending:
            pcm = np.concatenate(self._pending)
            pcm = np.concatenate([pcm, np.zeros(self.encoder.frame_samples - len(pcm), np.float32)])
            out += self.packetizer.push(self._heard, [], self._encode(pcm))
        return self._gate(out + self.packetizer.flush(self.predictor.flush()), final=True)

    def _gate(self, packets: list[MediaPacket], final: bool = False) -> list[MediaPacket]:
        """Through the silence gate; ``final``: the last packet goes out whatever it holds
        (the receiver sees where the stream ends)."""
        if self.gate is None or self.vad is None:
            return packets
        out = []
        for i, packet in enumerate(packets):
            sample = self._heard - (self._heard - packet.timestamp) % 2**32  # unwrapped
            end = sample + self.encoder.frame_samples
            speaking = self.vad.speaking(sample, end, self._heard)
            last = final and i == len(packets) - 1
            admitted = self.gate.admit(packet, sample, speaking, force=last)
            if admitted is not None:
                out.append(admitted)
        return out

    def _encode(self, pcm: np.ndarray) -> OpusPacket:
        self._pending = []
        self._pending_samples = 0
        return OpusPacket(self._first_sample, len(pcm), self.encoder.encode(pcm))
