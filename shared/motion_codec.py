"""Motion coding for protocol version 2: the bits of a media packet's motion (PROTOCOL.md, "v2").

Pure and deterministic; integers only on the wire side, so another implementation reproduces the
bytes exactly. Three steps:

1. Quantize (``quantize``): weight → round(w · 128), angle → round(a · 512), translation →
   round(t · 256), half away from zero. Decoded values are exact binary fractions, so the error
   is ≤ 1/256 for a weight (the bound asked for is 1/255), ≤ 1/1024 rad (< 1e-3) for an angle and
   ≤ 1/512 face widths for a translation.
2. Predict: the first frame of a *key* packet from zero, every other frame from the frame before
   it (in the same packet, or the last frame of the packet ``ref`` sequence numbers earlier).
   Left/right shapes that move together (``PARTNER``) are coded as the difference of their
   residual from their partner's. Slots are coded in ``SLOT_ORDER``: the ones that move most
   first, so zeros gather at the end.
3. Entropy-code the residual vector: the count of non-zero slots, then for each one the run of
   zeros before it and its value, all in Exp-Golomb codes (``BitWriter``).

The encoder and decoder objects (``MotionEncoder``, ``MotionDecoder``) carry the references from
packet to packet; parsing (``pack_motion``/``unpack_motion``) needs no state, so a malformed
packet is rejected before any state is touched.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from photocall.shared.motion import (
    ARKIT_BLENDSHAPES,
    BLENDSHAPE_INDEX,
    MAX_ANGLE,
    MAX_TRANSLATION,
    NUM_BLENDSHAPES,
    HeadPose,
    MotionFrame,
)

WEIGHT_SCALE = 128
"""Weight levels per unit: q = round(w · 128), 0..128."""
ANGLE_SCALE = 512
"""Angle levels per radian: q = round(a · 512)."""
TRANSLATION_SCALE = 256
"""Translation levels per face width: q = round(t · 256) (an error of 1/512 face widths is
0.2 px on a face 100 px wide: the eye cannot tell)."""
POSE_SCALES = (ANGLE_SCALE,) * 3 + (TRANSLATION_SCALE,) * 3
NUM_SLOTS = NUM_BLENDSHAPES + 6
"""58 integers per frame: the 52 weights in ARKit order, then pitch, yaw, roll, x, y, z."""
SLOT_LIMITS: tuple[int, ...] = (WEIGHT_SCALE,) * NUM_BLENDSHAPES + (
    math.floor(MAX_ANGLE * ANGLE_SCALE),) * 3 + (int(MAX_TRANSLATION * TRANSLATION_SCALE),) * 3
"""|q| allowed per slot: weights 0..128, angles ±804, translations ±512."""
MAX_RESIDUAL = 4 * WEIGHT_SCALE + 4 * SLOT_LIMITS[-4]
"""No valid residual is larger (a partner difference of two full swings)."""

WEIGHT_ERROR_BOUND = 1 / (2 * WEIGHT_SCALE)
"""1/256 ≤ 1/255: |decoded − sent| for a weight (float32 holds q/128 exactly)."""
ANGLE_ERROR_BOUND = 1 / (2 * ANGLE_SCALE)
"""1/1024 rad ≈ 9.8e-4 < 1e-3 (plus float32 rounding of the decoded angle, < 1e-7)."""
TRANSLATION_ERROR_BOUND = 1 / (2 * TRANSLATION_SCALE)
"""1/512 face widths."""
FLOAT32_SLACK = 1e-7
"""Extra error from holding decoded pose values as float32 (|v| ≤ 2: half an ulp is 1.2e-7)."""

KEY_INTERVAL_SAMPLES = 7680
"""160 ms: the encoder makes a key packet when this much audio has passed since the last key,
so motion recovers from a loss within 160 ms plus one packet (≤ 200 ms at 20–40 ms packets)."""
MAX_REF = 64
"""A delta packet refers to one at most this many sequence numbers back."""
MAX_FRAMES = 16
_MAX_PREFIX = 24  # an Exp-Golomb code with more leading zeros is malformed

_PARTNER_NAMES = {
    "eyeBlinkRight": "eyeBlinkLeft", "eyeLookDownRight": "eyeLookDownLeft",
    "eyeLookInRight": "eyeLookOutLeft", "eyeLookOutRight": "eyeLookInLeft",
    "eyeLookUpRight": "eyeLookUpLeft", "eyeSquintRight": "eyeSquintLeft",
    "eyeWideRight": "eyeWideLeft", "mouthSmileRight": "mouthSmileLeft",
    "mouthFrownRight": "mouthFrownLeft", "mouthDimpleRight": "mouthDimpleLeft",
    "mouthStretchRight": "mouthStretchLeft", "mouthPressRight": "mouthPressLeft",
    "mouthLowerDownRight": "mouthLowerDownLeft", "mouthUpperUpRight": "mouthUpperUpLeft",
    "browDownRight": "browDownLeft", "browOuterUpRight": "browOuterUpLeft",
    "cheekSquintRight": "cheekSquintLeft", "noseSneerRight": "noseSneerLeft",
}  # fmt: skip
PARTNER: dict[int, int] = {
    BLENDSHAPE_INDEX[right]: BLENDSHAPE_INDEX[left] for right, left in _PARTNER_NAMES.items()
}
"""Slot → the slot it is coded against (its residual minus the partner's). Eye gaze pairs
cross (looking left moves eyeLookOutLeft with eyeLookInRight)."""

_POSE_SLOTS = ("pitch", "yaw", "roll", "x", "y", "z")
_FIRST = (
    "pitch", "yaw", "roll", "x", "y", "z", "jawOpen", "mouthStretchLeft", "mouthLowerDownLeft",
    "mouthSmileLeft", "mouthUpperUpLeft", "mouthPucker", "mouthFunnel", "browInnerUp",
    "mouthRollLower", "browOuterUpLeft", "eyeLookUpLeft", "eyeLookInLeft", "eyeLookOutLeft",
    "eyeLookDownLeft", "mouthPressLeft", "mouthRollUpper", "mouthClose", "eyeBlinkLeft",
)  # fmt: skip
_SLOT_INDEX = {**BLENDSHAPE_INDEX, **{n: NUM_BLENDSHAPES + i for i, n in enumerate(_POSE_SLOTS)}}


def _slot_order() -> tuple[int, ...]:
    first = [_SLOT_INDEX[n] for n in _FIRST]
    rest = [i for i in range(NUM_BLENDSHAPES) if i not in first and i not in PARTNER]
    partners = [i for i in range(NUM_BLENDSHAPES) if i in PARTNER]
    return tuple(first + rest + partners)


SLOT_ORDER: tuple[int, ...] = _slot_order()
"""The order slots are coded in (most active first; measured on the shipped model's output):
the 24 of ``_FIRST``, the other unpaired shapes in ARKit order, then the paired right-hand
shapes in ARKit order (usually equal to their partner, so their coded difference is 0)."""
assert sorted(SLOT_ORDER) == list(range(NUM_SLOTS))
assert all(SLOT_ORDER.index(p) < SLOT_ORDER.index(r) for r, p in PARTNER.items())

KEY_K = 3
"""Exp-Golomb order of a key frame's magnitudes (absolute values: larger)."""
DELTA_K = 0
"""Exp-Golomb order of a delta frame's magnitudes (frame-to-frame changes: mostly ±1..±3)."""


class CodecError(ValueError):
    """Motion bits that do not follow the layout (protocol.py turns it into ProtocolError)."""


# --- bits -----------------------------------------------------------------------------------


class BitWriter:
    """MSB-first bits; ``getvalue`` pads the last byte with zero bits."""

    def __init__(self) -> None:
        self._bits: list[int] = []

    def bits(self, value: int, count: int) -> None:
        self._bits.extend((value >> (count - 1 - i)) & 1 for i in range(count))

    def exp_golomb(self, n: int, k: int = 0) -> None:
        """Unsigned ``n`` ≥ 0 in Exp-Golomb order ``k``: (L − 1 − k) zeros, then n + 2^k in L bits."""
        m = n + (1 << k)
        length = m.bit_length()
        self.bits(0, length - 1 - k)
        self.bits(m, length)

    def getvalue(self) -> bytes:
        padded = self._bits + [0] * (-len(self._bits) % 8)
        return bytes(
            int("".join(map(str, padded[i : i + 8])), 2) for i in range(0, len(padded), 8)
        )


class BitReader:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def bit(self) -> int:
        if self._pos >= 8 * len(self._data):
            raise CodecError("motion bits end in the middle of a code")
        b = (self._data[self._pos >> 3] >> (7 - (self._pos & 7))) & 1
        self._pos += 1
        return b

    def bits(self, count: int) -> int:
        value = 0
        for _ in range(count):
            value = (value << 1) | self.bit()
        return value

    def exp_golomb(self, k: int = 0) -> int:
        zeros = 0
        while self.bit() == 0:
            zeros += 1
            if zeros > _MAX_PREFIX:
                raise CodecError("an Exp-Golomb code in the motion bits is too long")
        return ((1 << (zeros + k)) | self.bits(zeros + k)) - (1 << k)

    def finish(self) -> None:
        """The rest must be zero padding within the last byte."""
        rest = 8 * len(self._data) - self._pos
        if rest >= 8:
            raise CodecError(f"{rest // 8} byte(s) after the motion frames")
        if self.bits(rest):
            raise CodecError("motion padding bits are not zero")


def signed_to_unsigned(v: int) -> int:
    """Zigzag: 0, −1, 1, −2, 2 … → 0, 1, 2, 3, 4 …"""
    return 2 * v if v >= 0 else -2 * v - 1


def unsigned_to_signed(u: int) -> int:
    return u >> 1 if u % 2 == 0 else -((u + 1) >> 1)


# --- the coded packet (no state) ------------------------------------------------------------


@dataclass(frozen=True)
class CodedFrame:
    """One frame as coded: dt (samples from the packet's timestamp, −32768..32767) and the 58
    residuals in slot (not coding) order, after partner differencing."""

    dt: int
    residual: tuple[int, ...]


@dataclass(frozen=True)
class CodedMotion:
    """The motion of one v2 media packet. ref: 0 = key (the first frame is coded from zero),
    d ≥ 1 = the first frame is predicted from the last frame of the packet with seq − d."""

    ref: int
    frames: tuple[CodedFrame, ...]

    def __post_init__(self) -> None:
        if not 0 <= self.ref <= MAX_REF:
            raise CodecError(f"motion ref {self.ref} is outside 0..{MAX_REF}")
        if not self.frames and self.ref:
            raise CodecError("motion without frames has no reference (ref must be 0)")
        if len(self.frames) > MAX_FRAMES:
            raise CodecError(f"{len(self.frames)} motion frames; the limit is {MAX_FRAMES}")
        for f in self.frames:
            if not -32768 <= f.dt <= 32767:
                raise CodecError(f"motion frame dt {f.dt} is outside ±32767")
            if len(f.residual) != NUM_SLOTS:
                raise CodecError(f"a motion frame has {NUM_SLOTS} slots, got {len(f.residual)}")
            if any(abs(r) > MAX_RESIDUAL for r in f.residual):
                raise CodecError("a motion residual is out of range")


def pack_motion(motion: CodedMotion) -> bytes:
    """The bits of a packet's motion; empty bytes when it has no frames."""
    if not motion.frames:
        return b""
    w = BitWriter()
    w.exp_golomb(len(motion.frames) - 1)
    w.exp_golomb(motion.ref)
    w.exp_golomb(signed_to_unsigned(motion.frames[0].dt))
    if len(motion.frames) > 1:
        step = motion.frames[1].dt - motion.frames[0].dt
        w.exp_golomb(signed_to_unsigned(step))
        for a, b in zip(motion.frames[1:], motion.frames[2:]):
            w.exp_golomb(signed_to_unsigned(b.dt - a.dt - step))
    for i, frame in enumerate(motion.frames):
        _write_residual(w, frame.residual, KEY_K if i == 0 and motion.ref == 0 else DELTA_K)
    return w.getvalue()


def _write_residual(w: BitWriter, residual: tuple[int, ...], k: int) -> None:
    coded = [residual[s] for s in SLOT_ORDER]
    nonzero = [i for i, v in enumerate(coded) if v]
    w.exp_golomb(len(nonzero))
    last = -1
    for i in nonzero:
        w.exp_golomb(i - last - 1)
        w.exp_golomb(abs(coded[i]) - 1, k)
        w.bits(coded[i] < 0, 1)
        last = i


def unpack_motion(data: bytes) -> CodedMotion:
    """Parse a packet's motion bits (``CodecError`` for anything malformed)."""
    if not data:
        return CodedMotion(0, ())
    r = BitReader(data)
    count = r.exp_golomb() + 1
    if count > MAX_FRAMES:
        raise CodecError(f"{count} motion frames; the limit is {MAX_FRAMES}")
    ref = r.exp_golomb()
    if ref > MAX_REF:
        raise CodecError(f"motion ref {ref} is outside 0..{MAX_REF}")
    dts = [unsigned_to_signed(r.exp_golomb())]
    if count > 1:
        step = unsigned_to_signed(r.exp_golomb())
        dts.append(dts[0] + step)
        for _ in range(count - 2):
            dts.append(dts[-1] + step + unsigned_to_signed(r.exp_golomb()))
    frames = []
    for i, dt in enumerate(dts):
        if not -32768 <= dt <= 32767:
            raise CodecError(f"motion frame dt {dt} is outside ±32767")
        frames.append(CodedFrame(dt, _read_residual(r, KEY_K if i == 0 and ref == 0 else DELTA_K)))
    r.finish()
    return CodedMotion(ref, tuple(frames))


def _read_residual(r: BitReader, k: int) -> tuple[int, ...]:
    count = r.exp_golomb()
    if count > NUM_SLOTS:
        raise CodecError(f"{count} non-zero motion slots; a frame has {NUM_SLOTS}")
    coded = [0] * NUM_SLOTS
    pos = -1
    for _ in range(count):
        pos += r.exp_golomb() + 1
        if pos >= NUM_SLOTS:
            raise CodecError("a motion slot index runs past the last slot")
        magnitude = r.exp_golomb(k) + 1
        if magnitude > MAX_RESIDUAL:
            raise CodecError("a motion residual is out of range")
        coded[pos] = -magnitude if r.bit() else magnitude
    residual = [0] * NUM_SLOTS
    for i, s in enumerate(SLOT_ORDER):
        residual[s] = coded[i]
    return tuple(residual)


# --- quantization and prediction -------------------------------------------------------------


def _round_half_away(x: float) -> int:
    return int(math.copysign(math.floor(abs(x) + 0.5), x))


def quantize(frame: MotionFrame) -> tuple[int, ...]:
    """A frame's 58 levels (weights · 128, pose · 512, rounded half away from zero)."""
    weights = [_round_half_away(float(w) * WEIGHT_SCALE) for w in frame.weights]
    pose = [_round_half_away(getattr(frame.pose, n) * scale)
            for n, scale in zip(_POSE_SLOTS, POSE_SCALES)]
    return tuple(min(max(q, -lim), lim) for q, lim in zip(weights + pose, SLOT_LIMITS))


def dequantize(levels: tuple[int, ...], timestamp: int) -> MotionFrame:
    weights = np.array(levels[:NUM_BLENDSHAPES], np.float32) / np.float32(WEIGHT_SCALE)
    pose = HeadPose(*(q / scale for q, scale in zip(levels[NUM_BLENDSHAPES:], POSE_SCALES)))
    return MotionFrame(timestamp, weights, pose)


def residual_of(levels: tuple[int, ...], reference: tuple[int, ...]) -> tuple[int, ...]:
    """Prediction residuals with partners differenced (inverse: ``levels_of``)."""
    diff = [a - b for a, b in zip(levels, reference)]
    return tuple(d - diff[PARTNER[s]] if s in PARTNER else d for s, d in enumerate(diff))


def levels_of(residual: tuple[int, ...], reference: tuple[int, ...]) -> tuple[int, ...]:
    diff = list(residual)
    for s, p in PARTNER.items():  # partners are never themselves partnered
        diff[s] += diff[p]
    levels = tuple(a + b for a, b in zip(diff, reference))
    for q, lim, name in zip(levels, SLOT_LIMITS, _SLOT_NAMES):
        if not (-lim if lim != WEIGHT_SCALE else 0) <= q <= lim:
            raise CodecError(f"decoded {name} level {q} is out of range")
    return levels


_SLOT_NAMES = ARKIT_BLENDSHAPES + _POSE_SLOTS
ZERO: tuple[int, ...] = (0,) * NUM_SLOTS


# --- state across packets ---------------------------------------------------------------------


class MotionEncoder:
    """Frames of consecutive media packets → ``CodedMotion``. One per outgoing stream (all v2
    peers get the same bytes). Call ``encode`` once per media packet, in sequence order."""

    def __init__(self, key_interval_samples: int = KEY_INTERVAL_SAMPLES) -> None:
        self.key_interval = key_interval_samples
        self._last: tuple[int, tuple[int, ...]] | None = None  # (seq, levels) of the last frame
        self._last_key: int | None = None  # unwrapped timestamp of the last key packet

    def encode(self, seq: int, timestamp: int, frames: list[tuple[int, MotionFrame]]) -> CodedMotion:
        """``seq``, ``timestamp``: the packet's (as on the wire); ``frames``: (dt, frame) in time
        order."""
        if not frames:
            return CodedMotion(0, ())
        key = (
            self._last is None
            or self._last_key is None
            or (timestamp - self._last_key) % 2**32 >= self.key_interval
            or not 1 <= (seq - self._last[0]) % 65536 <= MAX_REF
        )
        if key:
            self._last_key = timestamp
            reference, ref = ZERO, 0
        else:
            assert self._last is not None
            reference, ref = self._last[1], (seq - self._last[0]) % 65536
        coded = []
        for dt, frame in frames:
            levels = quantize(frame)
            coded.append(CodedFrame(dt, residual_of(levels, reference)))
            reference = levels
        self._last = (seq, reference)
        return CodedMotion(ref, tuple(coded))


class MotionDecoder:
    """``CodedMotion`` of one incoming stream → frames. Packets may come in any order or not at
    all: a packet whose reference was not decoded yields no frames (``undecodable`` counts them)
    until the next key packet."""

    KEEP = 32  # decoded packets remembered as references

    def __init__(self) -> None:
        self._refs: OrderedDict[int, tuple[int, ...]] = OrderedDict()  # seq → last frame's levels
        self.undecodable = 0

    def decode(self, seq: int, timestamp: int, motion: CodedMotion) -> list[MotionFrame]:
        """Frames with timestamps ``(timestamp + dt) mod 2**32``. ``CodecError`` for values out of
        range (a bad packet); [] when the reference is missing."""
        if not motion.frames:
            return []
        if motion.ref == 0:
            reference = ZERO
        else:
            found = self._refs.get((seq - motion.ref) % 65536)
            if found is None:
                self.undecodable += 1
                return []
            reference = found
        out = []
        for frame in motion.frames:
            reference = levels_of(frame.residual, reference)
            out.append(dequantize(reference, (timestamp + frame.dt) % 2**32))
        self._refs[seq] = reference
        self._refs.move_to_end(seq)
        while len(self._refs) > self.KEEP:
            self._refs.popitem(last=False)
        return out
