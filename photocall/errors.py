"""Errors shared across components."""


class UserError(Exception):
    """A mistake the user can fix (a bad file, a bad flag).

    The CLI prints its message without a traceback and exits with status 2.
    """
