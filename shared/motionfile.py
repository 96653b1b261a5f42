"""Motion files: JSON Lines, one ``MotionFrame`` a line, for offline work (predict, render, diff).

    {"t": 0.04, "blendshapes": {"jawOpen": 0.5}, "head": {"pitch": 0.0, "yaw": 0.1, ...}}

``t`` is seconds on the sender's 48 kHz clock (stored as the nearest sample index), strictly
increasing and ≥ 0. Missing blendshapes and head fields are 0; ``blendshapes`` and ``head`` may be
left out. Blank lines are skipped. Anything else (an unknown key or name, a value out of range,
NaN, bad JSON) is a ``UserError`` naming the file and line.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from photocall.shared.errors import UserError
from photocall.shared.motion import (
    ARKIT_BLENDSHAPES,
    BLENDSHAPE_INDEX,
    HEAD_POSE_FIELDS,
    NUM_BLENDSHAPES,
    SAMPLE_RATE,
    HeadPose,
    MotionFrame,
    seconds_to_samples,
)

_KEYS = {"t", "blendshapes", "head"}
MAX_SECONDS = 2**53 / SAMPLE_RATE / 1024
"""~5.8 years: t × 48000 stays an exact integer in a float with room to spare."""


class _LineError(ValueError):
    pass


def _reject_constant(name: str) -> float:
    raise _LineError(f"{name} is not a number JSON allows")


def _number(what: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _LineError(f"{what} must be a number, got {json.dumps(value)}")
    try:
        number = float(value)
    except OverflowError:
        raise _LineError(f"{what} is too large") from None
    if not math.isfinite(number):
        raise _LineError(f"{what} is {number}")
    return number


def _object(what: str, value: object) -> dict:
    if not isinstance(value, dict):
        raise _LineError(f'"{what}" must be an object, got {json.dumps(value)}')
    return value


def _parse_line(text: str, previous: int | None) -> MotionFrame:
    record = _object("line", json.loads(text, parse_constant=_reject_constant))
    unknown = set(record) - _KEYS
    if unknown:
        raise _LineError(f"unknown key {min(unknown)!r} (expected t, blendshapes, head)")
    if "t" not in record:
        raise _LineError('missing "t" (seconds)')
    seconds = _number("t", record["t"])
    if seconds < 0:
        raise _LineError(f"t={seconds} is negative")
    if seconds > MAX_SECONDS:
        raise _LineError(f"t={seconds} is too large (at most {MAX_SECONDS:.0f} s)")
    timestamp = seconds_to_samples(seconds)
    if previous is not None and timestamp <= previous:
        raise _LineError(
            f"t={seconds} (sample {timestamp}) does not come after the previous line's"
            f" sample {previous}; t must increase"
        )
    weights = np.zeros(NUM_BLENDSHAPES, np.float32)
    for name, value in _object("blendshapes", record.get("blendshapes", {})).items():
        if name not in BLENDSHAPE_INDEX:
            raise _LineError(f"unknown blendshape {name!r}")
        weight = _number(name, value)
        if not 0.0 <= weight <= 1.0:
            raise _LineError(f"{name}={weight} is outside [0, 1]")
        weights[BLENDSHAPE_INDEX[name]] = weight
    head = _object("head", record.get("head", {}))
    for name in head:
        if name not in HEAD_POSE_FIELDS:
            raise _LineError(
                f"unknown head field {name!r} (expected {', '.join(HEAD_POSE_FIELDS)})"
            )
    try:
        pose = HeadPose(**{name: _number(name, value) for name, value in head.items()})
    except _LineError:
        raise
    except ValueError as exc:  # out of range
        raise _LineError(str(exc)) from None
    return MotionFrame(timestamp, weights, pose)


def read_motion_file(path: str | Path) -> list[MotionFrame]:
    """All frames of a motion file, in order. ``UserError`` naming ``path:line`` on bad input."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read motion file {path}: {exc.strerror or exc}") from None
    frames: list[MotionFrame] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        try:
            text = line.decode("utf-8")
            if not text.strip():
                continue
            frames.append(_parse_line(text, frames[-1].timestamp if frames else None))
        except UnicodeDecodeError:
            raise UserError(f"{path}:{number}: not UTF-8 text") from None
        except RecursionError:
            raise UserError(f"{path}:{number}: JSON nested too deeply") from None
        except json.JSONDecodeError as exc:
            raise UserError(f"{path}:{number}: bad JSON: {exc.msg} (column {exc.colno})") from None
        except _LineError as exc:
            raise UserError(f"{path}:{number}: {exc}") from None
    return frames


def _short(value: float) -> float:
    """The shortest decimal that reads back as the same float32."""
    return float(np.format_float_positional(np.float32(value), unique=True, trim="-"))


def frame_record(frame: MotionFrame) -> dict:
    """One frame as the JSON object of its line (non-zero blendshapes only)."""
    return {
        "t": frame.timestamp / SAMPLE_RATE,
        "blendshapes": {
            ARKIT_BLENDSHAPES[i]: _short(w) for i, w in enumerate(frame.weights) if w != 0.0
        },
        "head": {name: getattr(frame.pose, name) for name in HEAD_POSE_FIELDS},
    }


def write_motion_file(path: str | Path, frames: Iterable[MotionFrame]) -> None:
    """Write ``frames`` (strictly increasing timestamps) so that ``read_motion_file`` gives them
    back exactly."""
    path = Path(path)
    lines = []
    previous = None
    for frame in frames:
        if previous is not None and frame.timestamp <= previous:
            raise ValueError(f"frame timestamps must increase: {frame.timestamp} after {previous}")
        previous = frame.timestamp
        lines.append(json.dumps(frame_record(frame), allow_nan=False) + "\n")
    try:
        path.write_text("".join(lines), encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write motion file {path}: {exc.strerror or exc}") from None
