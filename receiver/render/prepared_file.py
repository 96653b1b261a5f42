"""A ``PreparedPhoto`` saved as ``.npz`` and read back, so a machine without the face landmarker
(mediapipe) can render a photo prepared elsewhere, e.g. the lent GPU machine.

Generic over the dataclass's fields (arrays, numbers, tuples of numbers), so a field added to
``PreparedPhoto`` travels without an edit here; a file that lacks one of the current fields was
prepared by older code and is refused with a message naming it.
"""

from __future__ import annotations

import dataclasses
import json
import zipfile
from pathlib import Path

import numpy as np

from photocall.shared.errors import UserError

from .photo import PreparedPhoto

_KINDS = "__kinds__"  # how each field was stored: array, int, float or tuple


def _kind(value: object) -> str:
    if isinstance(value, np.ndarray):
        return "array"
    if isinstance(value, tuple):
        return "tuple"
    if isinstance(value, (bool, int, np.integer)):
        return "int"
    if isinstance(value, (float, np.floating)):
        return "float"
    raise TypeError(f"PreparedPhoto field of type {type(value).__name__} cannot be saved")


def save_prepared(prepared: PreparedPhoto, path: Path) -> Path:
    """Writes ``path`` (a compressed .npz) and returns it."""
    fields = {f.name: getattr(prepared, f.name) for f in dataclasses.fields(prepared)}
    kinds = {name: _kind(value) for name, value in fields.items()}
    arrays = {name: np.asarray(value) for name, value in fields.items()}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        np.savez_compressed(fh, **arrays, **{_KINDS: np.array(json.dumps(kinds))})
    return path


def _value(array: np.ndarray, kind: str) -> object:
    if kind == "tuple":
        return tuple(v.item() for v in array.reshape(-1))
    if kind in ("int", "float"):
        return array.item()
    return array


def load_prepared(path: Path) -> PreparedPhoto:
    """The photo saved by ``save_prepared``; UserError naming the file if it is not one."""
    path = Path(path)
    try:
        with np.load(path, allow_pickle=False) as data:
            stored = {name: data[name] for name in data.files}
    except FileNotFoundError:
        raise UserError(f"{path}: no such prepared photo") from None
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        raise UserError(f"{path}: not a prepared photo (.npz): {exc}") from None
    if _KINDS not in stored:
        raise UserError(f"{path}: not a prepared photo (no {_KINDS} entry)")
    kinds = json.loads(str(stored[_KINDS]))
    missing = [f.name for f in dataclasses.fields(PreparedPhoto) if f.name not in kinds]
    if missing:
        raise UserError(
            f"{path}: prepared by older code, it lacks {', '.join(missing)}; prepare it again"
        )
    return PreparedPhoto(
        **{f.name: _value(stored[f.name], kinds[f.name]) for f in dataclasses.fields(PreparedPhoto)}
    )
