"""The receiver's config (no heavy imports: the CLI reads its defaults)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from photocall.receiver.jitter import JitterConfig
from photocall.receiver.render.config import RendererConfig
from photocall.shared.errors import UserError
from photocall.shared.room import RoomConfig


@dataclass(frozen=True)
class ReceiverConfig:
    """One receiving participant.

    join: the signaling server and room, this peer's id (None picks ``recv-<random>``) and name.
    out: MP4 to write (H.264 + AAC). window: show a live window. speaker: play on the default
    output device (warning and headless playout where there is none). stats: JSON report path,
    rewritten every ``stats_interval_s`` and at the end. tile_size: pixels per participant.
    tiles: lay the picture out for this many participants (0: as many as at the first frame).
    every_frame: render every video frame even when rendering is slower than real time (the MP4
    gets them all, late; default when there is no window), instead of only the newest.
    render: the renderer (backend, device, threads). jitter: the jitter buffer. duration_s: stop
    after this long. exit_when_done: stop once every sender that came has left. idle_timeout_s:
    drop a peer silent this long.
    """

    join: RoomConfig
    out: Path | None = None
    window: bool = False
    speaker: bool = False
    stats: Path | None = None
    stats_interval_s: float = 2.0
    fps: int = 25
    tile_size: int = 256
    tiles: int = 0
    every_frame: bool | None = None
    render: RendererConfig = field(default_factory=RendererConfig)
    jitter: JitterConfig = field(default_factory=JitterConfig)
    duration_s: float | None = None
    exit_when_done: bool = False
    idle_timeout_s: float = 4.0

    def __post_init__(self) -> None:
        if not 1 <= self.fps <= 60:
            raise UserError(f"fps must be in 1..60, got {self.fps}")
