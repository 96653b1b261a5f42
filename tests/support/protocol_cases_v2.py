"""Golden packets of protocol version 2 (tests/golden/v2/*.bin, described in its README).

The motion bytes are predicted across packets, so each golden media packet comes with the frames
it was made from (``STREAMS``): the stateful encoder must make exactly these bytes from them, and
the stateful decoder must give exactly these frames back (in Python and in the browser's JS)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from photocall.shared.motion import ARKIT_BLENDSHAPES, NUM_BLENDSHAPES, HeadPose, MotionFrame
from photocall.shared.motion_codec import POSE_SCALES
from photocall.shared.protocol import Hello, MediaPacket, MediaPacketV2

GOLDEN_V2_DIR = Path(__file__).resolve().parents[1] / "golden" / "v2"
SLOTS = (*ARKIT_BLENDSHAPES, "pitch", "yaw", "roll", "x", "y", "z")


def exact(timestamp: int, **levels: int) -> MotionFrame:
    """A frame on the v2 grid, by level (weights q/128, angles q/512, translations q/256)."""
    w = np.zeros(NUM_BLENDSHAPES, np.float32)
    pose = [0.0] * 6
    for name, q in levels.items():
        i = SLOTS.index(name)
        if i < NUM_BLENDSHAPES:
            w[i] = q / 128
        else:
            pose[i - NUM_BLENDSHAPES] = q / POSE_SCALES[i - NUM_BLENDSHAPES]
    return MotionFrame(timestamp, w, HeadPose(*pose))


T0 = 0x89ABCDEF
# A key frame: jaw half open (64/128), a symmetric smile, lips rolled in a little, head pitched
# 100/512 rad, turned −37/512 rad, shifted 5/256 face widths.
KEY_FRAME = exact(T0, jawOpen=64, mouthSmileLeft=10, mouthSmileRight=10, mouthRollLower=8,
                  mouthRollUpper=6, pitch=100, yaw=-37, x=5)
# The next frame, 40 ms later: jaw +3, smile −1 on the left only, yaw −2, the rest unchanged.
DELTA_FRAME = exact(T0 + 1920, jawOpen=67, mouthSmileLeft=9, mouthSmileRight=10,
                    mouthRollLower=8, mouthRollUpper=6, pitch=100, yaw=-39, x=5)

STREAMS: dict[str, list[MediaPacket]] = {
    # one stream: a key packet, then a delta packet predicted from it
    "speech": [MediaPacket(0x1234, T0, bytes(range(40)), (KEY_FRAME,)),
               MediaPacket(0x1235, T0 + 1920, bytes(range(40)), (DELTA_FRAME,))],
    # a key packet of two frames at dt −960 (neutral) and +960 (jawOpen 7), across the wrap
    "wrap": [MediaPacket(65535, 2**32 - 100, b"", (exact(2**32 - 1060), exact(860, jawOpen=7)))],
    "audio_only": [MediaPacket(0, 0, b"\xf8\xff\xfe")],
    # 60 ms packets at 25 fps: one or two frames each, the second packet's frame 960 samples in
    # (predicted from the step the first packet showed: no escape)
    "sixty": [MediaPacket(100, 0, b"", (exact(0, jawOpen=10), exact(1920, jawOpen=20))),
              MediaPacket(101, 2880, b"", (exact(3840, jawOpen=30),)),
              MediaPacket(102, 5760, b"", (exact(5760, jawOpen=25), exact(7680, jawOpen=5)))],
    # the escapes: three frames at irregular offsets, levels at the ends of their ranges
    "extremes": [MediaPacket(7, 100000, b"", (
        exact(100000 - 30000, jawOpen=128, eyeBlinkLeft=128, pitch=-804, yaw=804, z=512),
        exact(100000 + 100, mouthPucker=128, roll=804, x=-512),
        exact(100000 + 2020, mouthPressRight=97, pitch=804, y=512)))],
}  # fmt: skip
STREAM_PACKETS = {"speech": ("media_v2_key", "media_v2_delta"), "wrap": ("media_v2_wrap_two_frames",),
                  "audio_only": ("media_v2_audio_only",), "extremes": ("media_v2_extremes",),
                  "sixty": ("media_v2_sixty_key", "media_v2_sixty_delta", "media_v2_sixty_two")}  # fmt: skip

MOTION_HEX = {
    "media_v2_key": "1cdb0260af8e59d8862232d4",
    "media_v2_delta": "509875c0",
    "media_v2_wrap_two_frames": "3f801dfc000000000002ea",
    "media_v2_audio_only": "",
    "media_v2_sixty_key": "3d7200000000002a",
    "media_v2_sixty_delta": "69",
    "media_v2_sixty_two": "d62c02c2d0",
    "media_v2_extremes": (
        "3ae0003a97f8000dc28e0003709e59cc003cf383149bb400afffe41b2041d0307ffff81c382bd243585b9ff9"
        "82810fffffdc0ddd97ffffc018a7fffffe01f0ddffffe01f04a67edfffe070ccdd4b2ffd80f65c7fffff0062"
        "9dbffff807c3b7ffff00f83f1fffe051"),
}
"""The coded motion of each golden media packet (the tail of its .bin file)."""

GOLDEN_V2: dict[str, object] = {
    **{name: MediaPacketV2(p.seq, p.timestamp, p.opus, bytes.fromhex(MOTION_HEX[name]))
       for stream, names in STREAM_PACKETS.items() for name, p in zip(names, STREAMS[stream])},
    "hello_v2": Hello("Zo\u00eb", ("opus", "motion-v1", "photo", "protocol-1", "protocol-2")),
}  # fmt: skip


def golden_v2_bytes(name: str) -> bytes:
    return (GOLDEN_V2_DIR / f"{name}.bin").read_bytes()
