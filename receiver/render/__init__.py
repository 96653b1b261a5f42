"""The photo renderer: one prepared photo + motion frames -> RGB video frames.

``prepare_photo`` once per photo, ``create_renderer`` once per backend, then ``render`` per frame.
Heavy modules (torch, mediapipe) load on first use, not on import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .photo import PhotoError, PreparedPhoto, default_photo_bytes, prepare_photo

if TYPE_CHECKING:
    from .backends import Renderer, create_renderer

__all__ = [
    "PhotoError",
    "PreparedPhoto",
    "Renderer",
    "create_renderer",
    "default_photo_bytes",
    "prepare_photo",
]


def __getattr__(name: str) -> Any:
    if name in ("Renderer", "create_renderer", "BACKENDS"):
        from . import backends

        return getattr(backends, name)
    raise AttributeError(name)
