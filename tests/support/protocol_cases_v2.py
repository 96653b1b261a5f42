"""Golden packets of protocol version 2 (tests/golden/v2/*.bin, described in its README)."""

from __future__ import annotations

from pathlib import Path

from photocall.shared.motion import ARKIT_BLENDSHAPES
from photocall.shared.motion_codec import NUM_SLOTS, CodedFrame, CodedMotion
from photocall.shared.protocol import Hello, MediaPacketV2

GOLDEN_V2_DIR = Path(__file__).resolve().parents[1] / "golden" / "v2"
SLOTS = (*ARKIT_BLENDSHAPES, "pitch", "yaw", "roll", "x", "y", "z")


def residual(**levels: int) -> tuple[int, ...]:
    """58 residuals by slot name (weights, then pitch yaw roll x y z)."""
    out = [0] * NUM_SLOTS
    for name, value in levels.items():
        out[SLOTS.index(name)] = value
    return tuple(out)


# A key frame: jaw half open (64/128), a symmetric smile (the right side codes as 0: equal to its
# partner), head pitched 100/512 rad, turned −37/512 rad, shifted 5/256 face widths.
KEY = residual(jawOpen=64, mouthSmileLeft=10, pitch=100, yaw=-37, x=5)
# The next frame, predicted from it: jaw +3, smile −1 on the left only (right side −(−1) = +1
# after partner differencing), yaw −2.
DELTA = residual(jawOpen=3, mouthSmileLeft=-1, mouthSmileRight=1, yaw=-2)

GOLDEN_V2: dict[str, object] = {
    "media_v2_key": MediaPacketV2(0x1234, 0x89ABCDEF, bytes(range(40)),
                                  CodedMotion(0, (CodedFrame(0, KEY),))),
    "media_v2_delta": MediaPacketV2(0x1235, 0x89ABCDEF + 1920, bytes(range(40)),
                                    CodedMotion(1, (CodedFrame(0, DELTA),))),
    "media_v2_wrap_two_frames": MediaPacketV2(
        65535, 2**32 - 100, b"",
        CodedMotion(0, (CodedFrame(-960, residual()), CodedFrame(960, residual(jawOpen=7)))),
    ),
    "media_v2_audio_only": MediaPacketV2(0, 0, b"\xf8\xff\xfe"),
    "hello_v2": Hello("Zo\u00eb", ("opus", "motion-v1", "photo", "protocol-1", "protocol-2")),
}  # fmt: skip


def golden_v2_bytes(name: str) -> bytes:
    return (GOLDEN_V2_DIR / f"{name}.bin").read_bytes()
