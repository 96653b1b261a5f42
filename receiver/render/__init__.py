"""The photo renderer: one prepared photo + motion frames -> RGB video frames.

``prepare_photo`` once per photo, ``create_renderer`` once per backend, then ``render`` per frame.
Heavy modules (torch, mediapipe) load on first use, not on import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import RendererConfig
from .photo import PhotoError, PreparedPhoto, default_photo_bytes, prepare_photo

if TYPE_CHECKING:
    from .backends import BACKENDS, Renderer, create_renderer, make_renderer

__all__ = [
    "BACKENDS",
    "PhotoError",
    "PreparedPhoto",
    "Renderer",
    "RendererConfig",
    "create_renderer",
    "default_photo_bytes",
    "make_renderer",
    "prepare_photo",
]


def __getattr__(name: str) -> Any:
    if name in ("BACKENDS", "Renderer", "create_renderer", "make_renderer"):
        from . import backends

        return getattr(backends, name)
    raise AttributeError(name)
