"""One remote participant as the receiver sees it: packets in; audio and motion at playout out.

Sans-I/O: the session feeds it decoded packets with arrival times and pulls 20 ms of audio per
playout tick. The audio it returns is tagged with the sender sample it plays, so the frame the
renderer draws is the one for the sample being played out (lip sync by construction).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from photocall.receiver.audio import VALID_SAMPLES, OpusDecoder, opus_frame_samples
from photocall.receiver.jitter import JitterBuffer, JitterConfig
from photocall.receiver.motion_track import MotionSample, MotionTrack, MotionTrackConfig
from photocall.receiver.stats import StreamStats
from photocall.sender.opus import OPUS_PRE_SKIP
from photocall.shared import protocol
from photocall.shared.motion import SAMPLE_RATE

TICK_SAMPLES = 960  # playout runs in 20 ms steps


@dataclass(frozen=True)
class Played:
    """20 ms of one participant's audio. ``sample``: the sender sample of pcm[0], None while
    the stream has not started. ``stalled_ms``: how long playout has held at this position."""

    pcm: np.ndarray
    sample: int | None
    stalled_ms: float


@dataclass
class RemoteStream:
    peer: str
    jitter_config: JitterConfig = field(default_factory=JitterConfig)
    track_config: MotionTrackConfig = field(default_factory=MotionTrackConfig)

    def __post_init__(self) -> None:
        self.name = self.peer
        self.stats = StreamStats(self.peer)
        self.assembler = protocol.PhotoAssembler()
        self.unwrapper: protocol.SequenceUnwrapper | None = None
        self.jitter: JitterBuffer | None = None
        self.decoder = OpusDecoder()
        self.track = MotionTrack(self.track_config)
        self.sync: protocol.ClockSync | None = None
        self.renderer = None  # set once the photo is prepared
        self.photo_state = "waiting"
        self._segments: list[tuple[int, np.ndarray, float]] = []  # (sender sample, pcm, stalled)
        self._stalled_ms = 0.0
        self.ended = False  # the peer said Bye: play out what is buffered, then stop

    @property
    def finished(self) -> bool:
        """Ended and everything buffered has been played."""
        return self.ended and not self._segments and (self.jitter is None or not self.jitter.depth_ms)

    # --- input -----------------------------------------------------------------------------

    def on_media(self, packet: protocol.MediaPacket, nbytes: int, arrival_ms: float) -> None:
        """Raises ProtocolError for a packet that cannot be used (the caller counts it)."""
        samples = opus_frame_samples(packet.opus) if packet.opus else 0
        if packet.opus and samples not in VALID_SAMPLES:
            raise protocol.ProtocolError(f"Opus packet of {samples} samples (want 20/40/60 ms)")
        if self.jitter is not None and packet.opus and samples != self.jitter.config.frame_samples:
            raise protocol.ProtocolError("packet duration changed mid-stream")
        if self.unwrapper is None:
            # ClockSync (sent before media) carries the unwrapped sample: start the unwrapping there.
            self.unwrapper = protocol.SequenceUnwrapper(
                32, self.sync.sample if self.sync is not None else None
            )
        ts = self.unwrapper.unwrap(packet.timestamp)
        for frame in packet.unwrapped_motion(ts):
            self.track.add(frame)
        if packet.opus:
            if self.jitter is None:
                self.jitter = JitterBuffer(replace(self.jitter_config, frame_samples=samples))
            self.jitter.push(ts, packet.opus, arrival_ms)
        self.stats.on_media(nbytes, arrival_ms / 1000)

    # --- playout ---------------------------------------------------------------------------

    def next_audio(self) -> Played:
        """The next 20 ms of this participant's audio (silence while priming)."""
        while not self._segments:
            if self.jitter is None:
                return Played(np.zeros(TICK_SAMPLES, np.float32), None, 0.0)
            step = self.jitter.pop()
            if step is None:
                return Played(np.zeros(TICK_SAMPLES, np.float32), None, 0.0)
            held = step.held
            # While holding, conceal one tick at a time: the late packet may arrive any moment.
            samples = TICK_SAMPLES if held else self.jitter.config.frame_samples
            pcm = self.decoder.decode(step.payload, samples)
            if step.payload is None:
                self.stats.concealed_frames += 1
            else:
                self.stats.played_frames += 1
            self._stalled_ms = self._stalled_ms + samples * 1000 / SAMPLE_RATE if held else 0.0
            start = step.timestamp - OPUS_PRE_SKIP  # decoded audio lags the packet by pre-skip
            for i in range(0, samples, TICK_SAMPLES):
                self._segments.append((start + i, pcm[i : i + TICK_SAMPLES], self._stalled_ms))
        sample, pcm, stalled = self._segments.pop(0)
        if self.jitter is not None:  # audio buffered ahead of this tick: packets + decoded
            ahead = self.jitter.depth_ms + len(self._segments) * TICK_SAMPLES * 1000 / SAMPLE_RATE
            self.stats.depth_ms.append(ahead)
        return Played(pcm, sample, stalled)

    def motion_at(self, sample: int, stalled_ms: float) -> MotionSample:
        return self.track.at(sample, stalled_ms)

    def capture_ns(self, sample: int) -> int | None:
        """CLOCK_MONOTONIC time at which the sender captured ``sample`` (from ClockSync)."""
        if self.sync is None:
            return None
        return self.sync.monotonic_ns + (sample - self.sync.sample) * 1_000_000_000 // SAMPLE_RATE

    def jitter_report(self) -> dict[str, float | int]:
        if self.jitter is None:
            return {}
        c = self.jitter.counters
        return {
            "received": c.received, "lost": c.lost, "late": c.late, "duplicate": c.duplicate,
            "underruns": c.underruns, "skipped": c.skipped, "resyncs": c.resyncs,
            "target_ms": round(self.jitter.target_ms, 1), "depth_ms": round(self.jitter.depth_ms, 1),
            "decoder_errors": self.decoder.counters.errors,
        }  # fmt: skip
