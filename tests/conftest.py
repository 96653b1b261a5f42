"""Suite-wide settings and the fixtures several test files share. Plain helpers (test doubles,
audio, async waits) are in the ``support`` package beside this file.

Hypothesis draws the same examples on every run (seeded from each test), so a red run is a
reproducible bug, never a roll of the dice. To explore new examples locally:
``HYPOTHESIS_PROFILE=explore pytest tests/test_protocol_fuzz.py``.
"""

from __future__ import annotations

import os

import pytest

try:
    from hypothesis import settings
except ImportError:  # the lent GPU machine runs the render tests without the dev tools
    settings = None

if settings is not None:
    settings.register_profile("repeatable", derandomize=True, database=None)
    settings.register_profile("explore", derandomize=False)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(scope="session")
def prepared():
    """The bundled photo (the astronaut) prepared at 256², once per run (the face landmarker
    takes seconds). The lent GPU machine has no mediapipe: benchmarks/gpu_check.sh carries the
    photo prepared, named by PHOTOCALL_PREPARED_256."""
    from photocall.receiver.render import default_photo_bytes, prepare_photo
    from photocall.receiver.render.prepared_file import load_prepared

    carried = os.environ.get("PHOTOCALL_PREPARED_256")
    if carried:
        return load_prepared(carried)
    return prepare_photo(default_photo_bytes(), 256)
