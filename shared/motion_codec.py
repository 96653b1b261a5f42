"""Motion coding for protocol version 2: the bytes of a media packet's motion (PROTOCOL.md, "v2").

Pure and deterministic; integers only, so another implementation (``web/src/motion_v2.js``)
reproduces the bytes exactly. Four steps:

1. Quantize (``quantize``): weight → round(w · 128), angle → round(a · 512), translation →
   round(t · 256), half away from zero. Decoded values are exact binary fractions, so the error
   is ≤ 1/256 for a weight (the bound asked for is 1/255), ≤ 1/1024 rad (< 1e-3) for an angle and
   ≤ 1/512 face widths for a translation.
2. Predict: the first frame of a *key* packet from zero, every other frame from the frame before
   it (in the same packet, or the last frame of the packet ``ref`` sequence numbers earlier).
3. Predict within the frame (``PARENT``): a shape that moves with another one coded before it
   (right with left, the lip-closing shapes with mouthRollLower, …) is coded as its difference
   minus a fixed fraction of the other's difference.
4. Code the residuals with a binary arithmetic coder (``bool_coder``) under fixed probability
   tables (``motion_tables``, fitted on the shipped model's output by
   ``benchmarks/motion_tables.py``): per slot a zero flag (its context: whether the shape was at
   rest in the reference, and how much the frame has moved so far), a sign (a shape at rest can
   only rise) and a unary magnitude.

``MotionEncoder``/``MotionDecoder`` keep the references from packet to packet. The coder starts
afresh in every packet, so a packet depends on nothing but its reference frame: a lost packet
costs the packets predicted from it, until the next key packet.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from photocall.shared import motion_tables as tables
from photocall.shared.bool_coder import BoolDecoder, BoolEncoder, BoolError
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
MAX_RESIDUAL = 2 * SLOT_LIMITS[NUM_BLENDSHAPES]
"""1608: no valid residual is larger (an angle's full swing; a weight's is at most 256)."""

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
FRAME_STEP = 1920
"""The frame interval the header codes for free (25 fps at 48 kHz)."""
UNARY_BINS = 16
"""Magnitudes − 1 below this are coded in unary with a probability per bin; larger ones escape
to Exp-Golomb."""
_MAX_PREFIX = 11  # Exp-Golomb zeros: 11 covers any valid escape (1608 − 17 < 2^11)

# Header probabilities (of a 0 bit, in 1/256).
P_KEY = 64  # 0: key packet, 1: delta packet (about 3 in 4)
P_REF_1 = 208  # 0: ref = 1 (40 and 60 ms packets at 25 fps)
P_REF_2 = 224  # 0: ref = 2 (20 ms packets: every other one has a frame)
P_ONE_FRAME = 224  # 0: one frame
P_DT = 224  # 0: the offset (or step) is the expected one

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
_MOUTH_PARENTS = {  # shape: (the shape it moves with, eighths of that shape's difference)
    "mouthRollUpper": ("mouthRollLower", 6), "mouthPressLeft": ("mouthRollLower", 8),
    "mouthClose": ("mouthRollLower", 1), "mouthSmileLeft": ("mouthStretchLeft", 4),
    "mouthUpperUpLeft": ("mouthLowerDownLeft", 4),
}  # fmt: skip
PARENT: dict[int, tuple[int, int]] = {
    **{BLENDSHAPE_INDEX[r]: (BLENDSHAPE_INDEX[left], 8) for r, left in _PARTNER_NAMES.items()},
    **{BLENDSHAPE_INDEX[s]: (BLENDSHAPE_INDEX[p], n) for s, (p, n) in _MOUTH_PARENTS.items()},
}
"""Slot → (parent slot, n): the slot's residual is its difference minus
``(n · parent's difference + 4) >> 3`` (floor). Right-hand shapes take their left partner whole
(eye gaze crosses: looking left moves eyeLookOutLeft with eyeLookInRight)."""

_POSE_SLOTS = ("pitch", "yaw", "roll", "x", "y", "z")
_FIRST = (
    "jawOpen", "mouthStretchLeft", "mouthLowerDownLeft", "mouthFunnel", "mouthPucker",
    "mouthRollLower", "mouthRollUpper", "mouthPressLeft", "mouthClose", "mouthSmileLeft",
    "mouthUpperUpLeft", "pitch", "yaw", "roll", "x", "y", "z", "browInnerUp", "browOuterUpLeft",
    "eyeLookUpLeft", "eyeLookInLeft", "eyeLookOutLeft", "eyeLookDownLeft", "eyeBlinkLeft",
)  # fmt: skip
_SLOT_NAMES = ARKIT_BLENDSHAPES + _POSE_SLOTS
_SLOT_INDEX = {n: i for i, n in enumerate(_SLOT_NAMES)}


def _slot_order() -> tuple[int, ...]:
    first = [_SLOT_INDEX[n] for n in _FIRST]
    rest = [i for i in range(NUM_SLOTS) if i not in first and i not in PARENT]
    children = [i for i in range(NUM_SLOTS) if i in PARENT and i not in first]
    return tuple(first + rest + children)


SLOT_ORDER: tuple[int, ...] = _slot_order()
"""The order slots are coded in: ``_FIRST`` (mouth, pose, brows, eyes: the ones that move,
measured on the shipped model), the other slots without a parent in slot order, then the
right-hand shapes in slot order."""
assert sorted(SLOT_ORDER) == list(range(NUM_SLOTS))
assert all(SLOT_ORDER.index(p) < SLOT_ORDER.index(s) for s, (p, _) in PARENT.items())

NUM_ZERO_CONTEXTS = 6
"""Zero-flag contexts per slot and kind: 3 × (shape at rest in the reference) + activity."""
KEY, DELTA = 0, 1
"""Frame kinds (table rows): the first frame of a key packet, every other frame."""
assert len(tables.ZERO) == 2 * NUM_SLOTS * NUM_ZERO_CONTEXTS
assert len(tables.SIGN) == 2 * NUM_SLOTS * 2
assert len(tables.MAGNITUDE) == 2 * NUM_SLOTS * UNARY_BINS


class CodecError(ValueError):
    """Motion bytes that do not follow the layout (media_v2.py turns it into ProtocolError)."""


def zigzag(v: int) -> int:
    """0, −1, 1, −2, 2 … → 0, 1, 2, 3, 4 …"""
    return 2 * v if v >= 0 else -2 * v - 1


def unzigzag(u: int) -> int:
    return u >> 1 if u % 2 == 0 else -((u + 1) >> 1)


# --- one frame --------------------------------------------------------------------------------

Put = Callable[[int, int], None]


@dataclass(frozen=True)
class Tables:
    """Probability tables (of a 0 bit, 1..255), flat: zero[((kind · 58) + slot) · 6 + context],
    sign[((kind · 58) + slot) · 2 + rest], magnitude[((kind · 58) + slot) · 16 + bin]. ``benchmarks/
    motion_tables.py`` passes index tables instead, to count the decisions."""

    zero: Sequence[int] = tables.ZERO
    sign: Sequence[int] = tables.SIGN
    magnitude: Sequence[int] = tables.MAGNITUDE


SHIPPED = Tables()


_PLAN = tuple((s, *PARENT.get(s, (-1, 0)), s < NUM_BLENDSHAPES) for s in SLOT_ORDER)
"""Per slot in coding order: (slot, parent or −1, eighths, is a weight)."""


def put_frame(put: Put, levels: Sequence[int], reference: Sequence[int], kind: int,
              t: Tables = SHIPPED) -> None:
    """The decisions that code ``levels`` predicted from ``reference``."""
    diff = [a - b for a, b in zip(levels, reference)]
    zero, sign, magnitude = t.zero, t.sign, t.magnitude
    delta = kind == DELTA
    moved = 0
    for s, p, n, weight in _PLAN:
        r = diff[s] - ((n * diff[p] + 4) >> 3) if p >= 0 else diff[s]
        row = kind * NUM_SLOTS + s
        rest = 1 if delta and weight and reference[s] == 0 else 0
        context = 3 * rest + (0 if moved == 0 else 1 if moved < 4 else 2)
        put(r != 0, zero[row * NUM_ZERO_CONTEXTS + context])
        if not r:
            continue
        put(r < 0, sign[2 * row + rest])
        m = abs(r) - 1
        base = row * UNARY_BINS
        for i in range(min(m + 1, UNARY_BINS)):
            put(i < m, magnitude[base + i])
        if m >= UNARY_BINS:
            _put_exp_golomb(put, m - UNARY_BINS)
        moved += m + 1


def _put_exp_golomb(put: Put, n: int) -> None:
    m = n + 1
    for _ in range(m.bit_length() - 1):
        put(0, 128)
    for i in range(m.bit_length() - 1, -1, -1):
        put((m >> i) & 1, 128)


def _get_frame(dec: BoolDecoder, reference: Sequence[int], kind: int) -> tuple[int, ...]:
    diff = [0] * NUM_SLOTS
    zero, sign, magnitude = SHIPPED.zero, SHIPPED.sign, SHIPPED.magnitude
    get = dec.get
    delta = kind == DELTA
    moved = 0
    for s, p, n, weight in _PLAN:
        row = kind * NUM_SLOTS + s
        rest = 1 if delta and weight and reference[s] == 0 else 0
        context = 3 * rest + (0 if moved == 0 else 1 if moved < 4 else 2)
        r = 0
        if get(zero[row * NUM_ZERO_CONTEXTS + context]):
            negative = get(sign[2 * row + rest])
            base = row * UNARY_BINS
            m = 0
            while m < UNARY_BINS and get(magnitude[base + m]):
                m += 1
            if m == UNARY_BINS:
                m += dec.get_exp_golomb(_MAX_PREFIX)
            if m + 1 > MAX_RESIDUAL:
                raise CodecError("a motion residual is out of range")
            r = -(m + 1) if negative else m + 1
            moved += m + 1
        diff[s] = r + ((n * diff[p] + 4) >> 3) if p >= 0 else r
    levels = tuple(d + b for d, b in zip(diff, reference))
    for q, lim, name in zip(levels, SLOT_LIMITS, _SLOT_NAMES):
        if not (-lim if lim != WEIGHT_SCALE else 0) <= q <= lim:
            raise CodecError(f"decoded {name} level {q} is out of range")
    return levels


# --- one packet -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    """What a packet leaves for the next one: its last frame's levels, that frame's timestamp
    (mod 2^32) and the frame interval seen (samples; ``FRAME_STEP`` until one is seen)."""

    levels: tuple[int, ...]
    timestamp: int
    step: int


def _signed32(v: int) -> int:
    return (v + 2**31) % 2**32 - 2**31


def first_expected(reference: Reference | None, timestamp: int) -> tuple[int, int]:
    """(expected dt of the first frame, expected step) of a packet at ``timestamp``: (0, 1920) for
    a key packet, else one step after the reference's frame."""
    if reference is None:
        return 0, FRAME_STEP
    step = min(max(reference.step, -65535), 65535)  # clamped: keeps every escape short
    return min(max(_signed32(reference.timestamp + step - timestamp), -32768), 32767), step


def put_header(put: Put, ref: int, dts: Sequence[int], expected: tuple[int, int] = (0, FRAME_STEP)
               ) -> None:
    """Key/delta and ref, the frame count and the frames' offsets from the packet timestamp, each
    against the one expected (``first_expected``, then one step after the frame before)."""
    put(ref != 0, P_KEY)
    if ref:
        put(ref != 1, P_REF_1)
        if ref != 1:
            put(ref != 2, P_REF_2)
            if ref != 2:
                _put_exp_golomb(put, ref - 3)
    put(len(dts) > 1, P_ONE_FRAME)
    if len(dts) > 1:
        _put_exp_golomb(put, len(dts) - 2)
    e, step = expected
    for i, dt in enumerate(dts):
        put(dt != e, P_DT)
        if dt != e:
            _put_exp_golomb(put, zigzag(dt - e) - 1)
        if i:
            step = dt - dts[i - 1]
        e = dt + step


def pack_motion(ref: int, dts: Sequence[int], frames: Sequence[Sequence[int]],
                reference: Reference | None, timestamp: int) -> bytes:
    """The bytes of a packet's motion: frames (levels) at ``dts`` from the packet's ``timestamp``,
    the first one predicted from ``reference`` (None and ``ref`` = 0 for a key packet). Empty
    when there are no frames."""
    if not frames:
        return b""
    enc = BoolEncoder()
    put_header(enc.put, ref, dts, first_expected(reference, timestamp))
    levels: Sequence[int] = ZERO if reference is None else reference.levels
    for i, frame in enumerate(frames):
        put_frame(enc.put, frame, levels, KEY if i == 0 and ref == 0 else DELTA)
        levels = frame
    return enc.finish()


def next_reference(reference: Reference | None, timestamp: int, dts: Sequence[int],
                   frames: Sequence[tuple[int, ...]]) -> Reference:
    """The reference a packet with these frames leaves (``frames`` not empty)."""
    last = (timestamp + dts[-1]) % 2**32
    if len(dts) > 1:
        step = dts[-1] - dts[-2]
    elif reference is not None:
        step = _signed32(last - reference.timestamp)
    else:
        step = FRAME_STEP
    return Reference(frames[-1], last, step)


def _get_dts(dec: BoolDecoder, count: int, expected: tuple[int, int]) -> tuple[int, ...]:
    dts: list[int] = []
    e, step = expected
    for i in range(count):
        dt = e
        if dec.get(P_DT):
            dt += unzigzag(dec.get_exp_golomb(20) + 1)
        if not -32768 <= dt <= 32767:
            raise CodecError(f"motion frame dt {dt} is outside ±32767")
        if i:
            step = dt - dts[-1]
        e = dt + step
        dts.append(dt)
    return tuple(dts)


def unpack_motion(data: bytes, timestamp: int, reference_for: Callable[[int], Reference | None]
                  ) -> tuple[int, tuple[int, ...], list[tuple[int, ...]]] | None:
    """(ref, dts, levels of each frame) of a packet's motion bytes; None when
    ``reference_for(ref)`` has no reference (a lost or late packet). ``CodecError`` for anything
    malformed, including bytes that are not the one canonical coding of what they decode to."""
    try:
        dec = BoolDecoder(data)
        ref = 0
        if dec.get(P_KEY):
            ref = 1
            if dec.get(P_REF_1):
                ref = 2
                if dec.get(P_REF_2):
                    ref = 3 + dec.get_exp_golomb(6)
                if ref > MAX_REF:
                    raise CodecError(f"motion ref {ref} is outside 0..{MAX_REF}")
        count = 1
        if dec.get(P_ONE_FRAME):
            count = 2 + dec.get_exp_golomb(4)
            if count > MAX_FRAMES:
                raise CodecError(f"{count} motion frames; the limit is {MAX_FRAMES}")
        reference = None if ref == 0 else reference_for(ref)
        if ref and reference is None:
            return None
        dts = _get_dts(dec, count, first_expected(reference, timestamp))
        levels: Sequence[int] = ZERO if reference is None else reference.levels
        frames = []
        for i in range(count):
            levels = _get_frame(dec, levels, KEY if i == 0 and ref == 0 else DELTA)
            frames.append(levels)
    except BoolError as exc:
        raise CodecError(str(exc)) from None
    if not dec.canonical():
        raise CodecError("the motion bytes are not the canonical coding of their frames")
    return ref, dts, frames


# --- quantization -----------------------------------------------------------------------------


_POSE_SCALES = np.array(POSE_SCALES, np.float64)
_LIMITS = np.array(SLOT_LIMITS, np.float64)


def quantize(frame: MotionFrame) -> tuple[int, ...]:
    """A frame's 58 levels (weights · 128, pose · 512, rounded half away from zero)."""
    values = np.concatenate([np.asarray(frame.weights, np.float64) * WEIGHT_SCALE,
                             np.array([getattr(frame.pose, n) for n in _POSE_SLOTS]) * _POSE_SCALES])
    levels = np.copysign(np.floor(np.abs(values) + 0.5), values)  # half away from zero
    return tuple(int(q) for q in np.clip(levels, -_LIMITS, _LIMITS))


def dequantize(levels: Sequence[int], timestamp: int) -> MotionFrame:
    weights = np.array(levels[:NUM_BLENDSHAPES], np.float32) / np.float32(WEIGHT_SCALE)
    pose = HeadPose(*(q / scale for q, scale in zip(levels[NUM_BLENDSHAPES:], POSE_SCALES)))
    return MotionFrame(timestamp, weights, pose)


ZERO: tuple[int, ...] = (0,) * NUM_SLOTS


# --- state across packets ---------------------------------------------------------------------


class MotionEncoder:
    """Frames of consecutive media packets → motion bytes. One per outgoing stream (all v2 peers
    get the same bytes). Call ``encode`` once per media packet, in sequence order."""

    def __init__(self, key_interval_samples: int = KEY_INTERVAL_SAMPLES) -> None:
        self.key_interval = key_interval_samples
        self._last: tuple[int, Reference] | None = None  # seq and reference of the last frames
        self._last_key: int | None = None  # timestamp of the last key packet

    def encode(self, seq: int, timestamp: int, frames: list[tuple[int, MotionFrame]]) -> bytes:
        """``seq``, ``timestamp``: the packet's (as on the wire); ``frames``: (dt, frame) in time
        order, dt within ±32767."""
        if not frames:
            return b""
        key = (
            self._last is None
            or self._last_key is None
            or (timestamp - self._last_key) % 2**32 >= self.key_interval
            or not 1 <= (seq - self._last[0]) % 65536 <= MAX_REF
        )
        reference: Reference | None = None
        ref = 0
        if key:
            self._last_key = timestamp
        else:
            assert self._last is not None
            reference, ref = self._last[1], (seq - self._last[0]) % 65536
        levels = [quantize(f) for _, f in frames]
        dts = [dt for dt, _ in frames]
        data = pack_motion(ref, dts, levels, reference, timestamp)
        self._last = (seq, next_reference(reference, timestamp, dts, levels))
        return data


class MotionDecoder:
    """Motion bytes of one incoming stream → frames. Packets may come in any order or not at
    all: a packet whose reference was not decoded yields no frames (``undecodable`` counts them)
    until the next key packet."""

    KEEP = 32  # decoded packets remembered as references

    def __init__(self) -> None:
        self._refs: OrderedDict[int, Reference] = OrderedDict()  # seq → what it left
        self.undecodable = 0

    def decode(self, seq: int, timestamp: int, data: bytes) -> list[MotionFrame]:
        """Frames with timestamps ``(timestamp + dt) mod 2**32``. ``CodecError`` for malformed
        bytes (the state is left as it was); [] when the reference is missing."""
        if not data:
            return []
        got = unpack_motion(data, timestamp, lambda ref: self._refs.get((seq - ref) % 65536))
        if got is None:
            self.undecodable += 1
            return []
        ref, dts, frames = got
        reference = None if ref == 0 else self._refs[(seq - ref) % 65536]
        self._refs[seq] = next_reference(reference, timestamp, dts, frames)
        self._refs.move_to_end(seq)
        while len(self._refs) > self.KEEP:
            self._refs.popitem(last=False)
        return [dequantize(levels, (timestamp + dt) % 2**32) for dt, levels in zip(dts, frames)]
