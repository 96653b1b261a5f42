"""What the command line prints while it works, at each verbosity.

- default: one line per meaningful event, from photocall's own loggers at INFO (joined a room,
  link to a peer open, photo ready, peer left; a component adds its event with ``log.info`` on
  its ``logging.getLogger(__name__)``). Libraries speak only for WARNING and above, and what
  native code writes to the C-level stderr (TensorFlow Lite's "Created XNNPACK delegate",
  absl's W0000 lines) is dropped; Python's own stderr still shows.
- ``-v``: photocall's DEBUG details, the libraries' INFO (aioice's ICE checks, ...), native logs.
- ``-vv``: the libraries' DEBUG too (aiortc's SDPs, websockets' frames).

At every level secrets are blanked out of the log lines: ICE passwords and join tokens.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

# (pattern, replacement): the secret part of each is replaced, its name stays readable.
_SECRETS: tuple[tuple[re.Pattern[str], str], ...] = (
    # SDP "a=ice-pwd:" (RFC 8839 ice-char is ALPHA / DIGIT / "+" / "/"), also inside JSON text
    # where the line ends in an escaped "\r\n" rather than a space.
    (re.compile(r"(a=ice-pwd:)[A-Za-z0-9+/]+"), r"\1<redacted>"),
    # the join token in a signaling message,
    (re.compile(r'("token"\s*:\s*")[^"]*(")'), r"\1<redacted>\2"),
    # and in websockets' -vv frame lines, which cut long messages in the middle with "...":
    # the token's tail may be all that shows, so nothing after the type is kept.
    (re.compile(r"""(TEXT '\{"type":"join")[^']*'"""), r"\1,<redacted>}'"),
)


def redact(text: str) -> str:
    """``text`` with ICE passwords and join tokens blanked out."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then blanks secrets out of the whole line (arguments and tracebacks
    included). ``short``: time and message only, with the level named from WARNING up."""

    def __init__(self, short: bool) -> None:
        if short:
            super().__init__("%(asctime)s %(message)s", datefmt="%H:%M:%S")
        else:
            super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.short = short

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        if self.short and record.levelno >= logging.WARNING:
            stamp, _, rest = text.partition(" ")
            text = f"{stamp} {record.levelname.lower()}: {rest}"
        return redact(text)


_show_native = False


def setup_logging(verbosity: int) -> None:
    """Configure logging for a command run at ``verbosity`` (the number of ``-v``).

    Like ``logging.basicConfig``, leaves a logging set up by a host (pytest) alone; whether
    native logs are shown is set either way.
    """
    global _show_native
    _show_native = verbosity >= 1
    root = logging.getLogger()
    if root.handlers:
        return
    stream = _stderr_copy()
    if not _show_native and stream is not sys.stderr:
        # MediaPipe's worker threads also log between and after the calls that
        # quiet_native_stderr wraps: at default verbosity the process's descriptor 2 stays
        # on /dev/null, and Python's own stderr (errors, tracebacks) moves to the copy.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
        sys.stderr = stream
    handler = logging.StreamHandler(stream)
    handler.setFormatter(RedactingFormatter(short=verbosity == 0))
    root.addHandler(handler)
    root.setLevel((logging.WARNING, logging.INFO, logging.DEBUG)[min(verbosity, 2)])
    logging.getLogger("photocall").setLevel(logging.DEBUG if verbosity else logging.INFO)


def _stderr_copy() -> TextIO:
    """A stream on a duplicate of file descriptor 2, so that log lines from other threads still
    show while :func:`quiet_native_stderr` points descriptor 2 at /dev/null."""
    try:
        fd = os.dup(sys.stderr.fileno())
    except (AttributeError, OSError, ValueError):  # no real descriptor (captured): use as is
        return sys.stderr
    return os.fdopen(
        fd, "w", buffering=1, encoding=sys.stderr.encoding or "utf-8", errors="backslashreplace"
    )


_quiet_lock = threading.Lock()
_quiet_depth = 0
_saved_fd: int | None = None


@contextmanager
def quiet_native_stderr() -> Iterator[None]:
    """Drop what native code writes to file descriptor 2 inside the block (unless ``-v``).

    MediaPipe's TensorFlow Lite and absl logs ignore GLOG_minloglevel, TF_CPP_MIN_LOG_LEVEL and
    ABSL_MIN_LOG_LEVEL (tried with mediapipe 0.10.21), so the descriptor itself is redirected.
    Python's own ``sys.stderr`` writes in the block go too; log lines do not (see
    :func:`setup_logging`). Threads may nest and overlap blocks: the last one out restores.
    """
    global _quiet_depth, _saved_fd
    if _show_native:
        yield
        return
    with _quiet_lock:
        if _quiet_depth == 0:
            sys.stderr.flush()
            _saved_fd = os.dup(2)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 2)
            os.close(devnull)
        _quiet_depth += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_depth -= 1
            if _quiet_depth == 0 and _saved_fd is not None:
                os.dup2(_saved_fd, 2)
                os.close(_saved_fd)
                _saved_fd = None
