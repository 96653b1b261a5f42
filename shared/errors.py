"""The one error type every component raises for a mistake the user can fix."""

from __future__ import annotations


class UserError(Exception):
    """A mistake the user can fix (a bad file, a bad flag, a photo without a face).

    The CLI prints its message without a traceback and exits with status 2.
    """
