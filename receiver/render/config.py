"""The renderer's config (no heavy imports: the CLI reads its defaults)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DTYPES = ("float32", "float16", "bfloat16")


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "photocall" / "render"


@dataclass(frozen=True)
class RendererConfig:
    """backend: a name in ``BACKENDS``; device: cpu or cuda[:N]; dtype: one of ``DTYPES``."""

    backend: str = "torch"
    device: str = "cpu"
    # float16 / bfloat16 (torch only) run the graph under torch.autocast: its matrix products in
    # that precision, the ops autocast keeps in float32 in float32; frames stay float32.
    dtype: str = "float32"
    # CPU threads for the backend (0: the library's default). One by default: a receiver needs
    # the other core for audio and network, and torch's spinning pool slows down many-fold
    # (measured 10 ms -> 40-300 ms a frame) when the cores are shared.
    threads: int = 1
    cache_dir: Path = field(default_factory=default_cache_dir)
