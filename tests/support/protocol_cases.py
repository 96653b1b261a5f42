"""Packets shared by the protocol tests: the golden set and hypothesis strategies."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import strategies as st

from photocall.shared.motion import (
    ARKIT_BLENDSHAPES,
    MAX_ANGLE,
    MAX_TRANSLATION,
    NUM_BLENDSHAPES,
    HeadPose,
    MotionFrame,
)
from photocall.shared.protocol import (
    Bye,
    ClockSync,
    GraphChunk,
    Hello,
    MediaPacket,
    Notice,
    PhotoChunk,
)

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "golden"


def exact_frame(timestamp: int, levels: dict[str, int], pose: tuple[int, ...] | None = None):
    """A frame whose values are exactly on the wire's grid, so it survives the wire unchanged."""
    weights = np.zeros(NUM_BLENDSHAPES, np.float32)
    for name, level in levels.items():
        weights[ARKIT_BLENDSHAPES.index(name)] = np.float32(level) / np.float32(255)
    head = HeadPose()
    if pose is not None:
        limits = (MAX_ANGLE,) * 3 + (MAX_TRANSLATION,) * 3
        head = HeadPose(*(q / 32767 * lim for q, lim in zip(pose, limits)))
    return MotionFrame(timestamp, weights, head)


# 15 mouth/eye weights, levels 1..255 spread out, and a pose with both extremes.
FIFTEEN = dict(zip(ARKIT_BLENDSHAPES[::3][:15], (1, 17, 34, 51, 68, 85, 102, 119, 136, 153,
                                                 170, 187, 204, 221, 255)))  # fmt: skip
POSE_LEVELS = (1000, -2000, 300, 32767, -32767, 5)

GOLDEN: dict[str, object] = {
    "media_frame15": MediaPacket(
        0x1234, 0x89ABCDEF, bytes(range(60)),
        (exact_frame(0x89ABCDEF + 480, FIFTEEN, POSE_LEVELS),),
    ),
    "media_wrap_two_frames": MediaPacket(
        65535, 2**32 - 100, b"",
        (exact_frame(2**32 - 1060, {}), exact_frame(280, {"jawOpen": 128, "tongueOut": 3})),
    ),
    "media_audio_only": MediaPacket(0, 0, b"\xf8\xff\xfe"),
    "hello": Hello("Zo\u00eb", ("opus", "motion-v1", "photo")),
    "photo_chunk": PhotoChunk(7, 1, 2, b"\x00\x01chunk\xff"),
    "graph_chunk": GraphChunk(7, 2, 110, b"\x1f\x8bgraph"),
    "clock_sync": ClockSync(48_000 * 3600, 123_456_789_012_345),
    "notice": Notice("photo-too-large", "photo is 3,000,000 bytes; the limit is 2 MiB"),
    "bye": Bye("hang up"),
    "bye_empty": Bye(),
}  # fmt: skip


def golden_bytes(name: str) -> bytes:
    return (GOLDEN_DIR / f"{name}.bin").read_bytes()


# --- hypothesis strategies for valid packets -------------------------------------------------

u16 = st.integers(0, 2**16 - 1)
u32 = st.integers(0, 2**32 - 1)


@st.composite
def motion_frames(draw, near: int) -> MotionFrame:
    """A frame within ±32767 samples of ``near`` (mod 2**32), sparse like real motion."""
    dt = draw(st.integers(-32768, 32767))
    present = draw(st.lists(st.integers(0, NUM_BLENDSHAPES - 1), max_size=NUM_BLENDSHAPES))
    weights = np.zeros(NUM_BLENDSHAPES, np.float32)
    for i in present:
        weights[i] = draw(st.floats(0.0, 1.0, width=32))
    pose = HeadPose()
    if draw(st.booleans()):
        angle = st.floats(-MAX_ANGLE, MAX_ANGLE)
        move = st.floats(-MAX_TRANSLATION, MAX_TRANSLATION)
        pose = HeadPose(draw(angle), draw(angle), draw(angle), draw(move), draw(move), draw(move))
    return MotionFrame((near + dt) % 2**32, weights, pose)


@st.composite
def media_packets(draw) -> MediaPacket:
    timestamp = draw(u32)
    frames = draw(st.lists(motion_frames(timestamp), max_size=4))
    opus = draw(st.binary(max_size=300))
    return MediaPacket(draw(u16), timestamp, opus, tuple(frames))


def _text(max_bytes: int):
    return st.text(max_size=max_bytes // 4)  # ≤ 4 UTF-8 bytes a character


control_packets = st.one_of(
    st.builds(Hello, _text(64), st.lists(_text(32), max_size=16).map(tuple)),
    st.integers(1, 36).flatmap(
        lambda n: st.builds(PhotoChunk, u32, st.integers(0, n - 1), st.just(n),
                            st.binary(min_size=1, max_size=200))
    ),
    st.builds(ClockSync, st.integers(0, 2**63 - 1), st.integers(0, 2**63 - 1)),
    st.builds(Notice, _text(32), _text(512)),
    st.builds(Bye, _text(512)),
)  # fmt: skip
packets = st.one_of(media_packets(), control_packets)
