"""Suite-wide settings.

Hypothesis draws the same examples on every run (seeded from each test), so a red run is a
reproducible bug, never a roll of the dice. To explore new examples locally:
``HYPOTHESIS_PROFILE=explore pytest tests/test_protocol_fuzz.py``.
"""

import os

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
