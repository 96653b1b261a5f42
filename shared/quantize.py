"""Motion-frame quantization: the bytes inside a media packet's ``frame`` bin (PROTOCOL.md).

Pure functions over bytes. Layout, all big-endian except the mask::

    int16  dt       sample offset of the frame from its packet's timestamp
    7 B    mask     little-endian bit set: bit i < 52 = weight i present, bit 52 = pose present
    N B    weights  uint8 per present weight, round(w * 255)
    12 B   pose     if bit 52: int16 pitch, yaw, roll, x, y, z, each round(v / limit * 32767)

Rounding is half away from zero (what a browser's ``Math.round`` gives for the positive weights,
and exact to reproduce for the signed pose), so every peer quantizes to the same bytes.
"""

from __future__ import annotations

import math
import struct

import numpy as np

from photocall.shared.motion import (
    MAX_ANGLE,
    MAX_TRANSLATION,
    NUM_BLENDSHAPES,
    HeadPose,
    MotionFrame,
)

WEIGHT_LEVELS = 255
POSE_LEVELS = 32767
POSE_LIMITS = (MAX_ANGLE,) * 3 + (MAX_TRANSLATION,) * 3
"""Full-scale value of each pose field (pitch, yaw, roll, x, y, z), mapped to ±32767."""

WEIGHT_ERROR_BOUND = 1 / (2 * WEIGHT_LEVELS)
"""|decoded - sent| for a weight, in exact arithmetic: 1/510 ≈ 0.00196."""
FLOAT32_SLACK = 1e-7
"""Extra error from holding decoded weights as float32 (half an ulp of 1.0 is 6e-8)."""
ANGLE_ERROR_BOUND = MAX_ANGLE / POSE_LEVELS / 2
"""≈ 2.4e-5 rad."""
TRANSLATION_ERROR_BOUND = MAX_TRANSLATION / POSE_LEVELS / 2
"""≈ 3.1e-5 face widths."""

MASK_BYTES = 7
POSE_BIT = 1 << NUM_BLENDSHAPES
WEIGHT_MASK = POSE_BIT - 1
RESERVED_BITS = ((1 << (8 * MASK_BYTES)) - 1) & ~(POSE_BIT | WEIGHT_MASK)
HEADER_BYTES = 2 + MASK_BYTES
POSE_BYTES = 12
MAX_FRAME_BYTES = HEADER_BYTES + NUM_BLENDSHAPES + POSE_BYTES

_POSE = struct.Struct(">6h")
_DT = struct.Struct(">h")


class FrameError(ValueError):
    """A frame's bytes or values do not fit the layout (protocol.py turns it into ProtocolError)."""


def _round_half_away(x: float) -> int:
    return int(math.copysign(math.floor(abs(x) + 0.5), x))


def quantize_weights(weights: np.ndarray) -> np.ndarray:
    """(52,) float weights in [0, 1] -> (52,) uint8 levels."""
    return np.floor(np.asarray(weights, np.float64) * WEIGHT_LEVELS + 0.5).astype(np.uint8)


def quantize_pose(pose: HeadPose) -> tuple[int, ...]:
    """Six int16 levels, each within ±32767."""
    values = (pose.pitch, pose.yaw, pose.roll, pose.x, pose.y, pose.z)
    return tuple(_round_half_away(v / lim * POSE_LEVELS) for v, lim in zip(values, POSE_LIMITS))


def dequantize_pose(levels: tuple[int, ...]) -> HeadPose:
    # q / 32767 * limit (not q * limit / 32767): ±32767 gives exactly ±limit, never beyond it.
    return HeadPose(*(q / POSE_LEVELS * lim for q, lim in zip(levels, POSE_LIMITS)))


def encode_frame(frame: MotionFrame, dt: int) -> bytes:
    """The bytes of one frame whose timestamp is ``dt`` samples after its packet's."""
    if not -32768 <= dt <= 32767:
        raise FrameError(f"motion frame is {dt} samples from its packet; the limit is ±32767")
    levels = quantize_weights(frame.weights)
    present = levels != 0  # a weight that quantizes to 0 is not sent
    pose = quantize_pose(frame.pose)
    has_pose = any(pose)
    bits = np.zeros(8 * MASK_BYTES, bool)
    bits[:NUM_BLENDSHAPES] = present
    bits[NUM_BLENDSHAPES] = has_pose
    mask = np.packbits(bits, bitorder="little").tobytes()
    parts = [_DT.pack(dt), mask, levels[present].tobytes()]
    if has_pose:
        parts.append(_POSE.pack(*pose))
    return b"".join(parts)


def decode_frame(data: bytes, packet_timestamp: int) -> MotionFrame:
    """One frame from its bytes; its timestamp is ``(packet_timestamp + dt) mod 2**32``."""
    if len(data) < HEADER_BYTES:
        raise FrameError(f"motion frame of {len(data)} bytes is shorter than its 9-byte header")
    (dt,) = _DT.unpack_from(data, 0)
    mask = int.from_bytes(data[2:HEADER_BYTES], "little")
    if mask & RESERVED_BITS:
        raise FrameError("motion frame mask has reserved bits 53..55 set")
    count = (mask & WEIGHT_MASK).bit_count()
    has_pose = bool(mask & POSE_BIT)
    expected = HEADER_BYTES + count + (POSE_BYTES if has_pose else 0)
    if len(data) != expected:
        raise FrameError(f"motion frame is {len(data)} bytes; its mask says {expected}")
    weights = np.zeros(NUM_BLENDSHAPES, np.float32)
    bits = np.unpackbits(np.frombuffer(data, np.uint8, MASK_BYTES, 2), bitorder="little")
    present = bits[:NUM_BLENDSHAPES].astype(bool)
    levels = np.frombuffer(data, np.uint8, count, HEADER_BYTES)
    weights[present] = levels.astype(np.float32) / np.float32(WEIGHT_LEVELS)
    pose = HeadPose()
    if has_pose:
        pose_levels = _POSE.unpack_from(data, HEADER_BYTES + count)
        if -32768 in pose_levels:
            raise FrameError("motion frame pose value -32768 is out of range (±32767)")
        pose = dequantize_pose(pose_levels)
    return MotionFrame((packet_timestamp + dt) % 2**32, weights, pose)


def quantized(frame: MotionFrame) -> MotionFrame:
    """The frame as a receiver sees it after the wire (same timestamp)."""
    levels = quantize_weights(frame.weights)
    pose = quantize_pose(frame.pose)
    weights = levels.astype(np.float32) / np.float32(WEIGHT_LEVELS)
    return MotionFrame(frame.timestamp, weights, dequantize_pose(pose))
