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
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
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


# --- untrusted text and floods of warnings -------------------------------------------------------


def escape(value: object, limit: int = 200) -> str:
    """``value`` as one printable line, safe to log when a peer chose it.

    Control and format characters (newlines, ANSI escapes, bidi overrides, NUL) become ``\\xNN`` /
    ``\\uNNNN`` and backslashes are doubled, so a peer can neither forge a log line nor hide one;
    text past ``limit`` characters is cut and the cut is said.
    """
    text = value.decode("utf-8", "backslashreplace") if isinstance(value, bytes) else str(value)
    cut = len(text) - limit
    out = []
    for ch in text[:limit]:
        if ch == "\\":
            out.append("\\\\")
        elif ch.isprintable():
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
    if cut > 0:
        out.append(f"...(+{cut} chars)")
    return "".join(out)


@dataclass
class _Period:
    start: float
    level: int
    logged: int = 0
    suppressed: int = 0


class ThrottledLog:
    """Log lines that a peer can trigger, at a bounded rate.

    Each ``kind`` (a fixed name such as ``"bad-token"``, never peer-supplied) logs at most
    ``burst`` lines per ``period_s``; the rest are counted and summarized in one line when the
    period is over ("... 3,412 more bad-token in the last 10 s"). ``flush(now)`` writes the
    summaries whose period has ended even if no new event comes. String arguments are escaped
    (:func:`escape`). The clock is passed in (``now``) or read from ``clock``.
    """

    def __init__(
        self,
        logger: logging.Logger,
        period_s: float = 10.0,
        burst: int = 5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if period_s <= 0 or burst < 1:
            raise ValueError("period_s must be > 0 and burst >= 1")
        self.logger = logger
        self.period_s = period_s
        self.burst = burst
        self.clock = clock
        self._kinds: dict[str, _Period] = {}

    def warning(self, kind: str, msg: str, *args: object, now: float | None = None) -> None:
        self.log(logging.WARNING, kind, msg, *args, now=now)

    def info(self, kind: str, msg: str, *args: object, now: float | None = None) -> None:
        self.log(logging.INFO, kind, msg, *args, now=now)

    def log(self, level: int, kind: str, msg: str, *args: object, now: float | None = None) -> None:
        now = self.clock() if now is None else now
        state = self._kinds.get(kind)
        if state is None or now - state.start >= self.period_s:
            self._summarize(kind, now)
            state = self._kinds[kind] = _Period(now, level)
        if state.logged >= self.burst:
            state.suppressed += 1
            return
        state.logged += 1
        state.level = level
        if self.logger.isEnabledFor(level):
            safe = tuple(escape(a) if isinstance(a, (str, bytes)) else a for a in args)
            self.logger.log(level, msg, *safe)

    def suppressed(self, kind: str) -> int:
        """Lines of ``kind`` not logged so far in the current period."""
        state = self._kinds.get(kind)
        return 0 if state is None else state.suppressed

    def flush(self, now: float | None = None) -> None:
        """Write the summaries of periods that have ended by ``now``."""
        now = self.clock() if now is None else now
        for kind, state in list(self._kinds.items()):
            if now - state.start >= self.period_s:
                self._summarize(kind, now)
                del self._kinds[kind]

    def _summarize(self, kind: str, now: float) -> None:
        state = self._kinds.get(kind)
        if state is None or not state.suppressed:
            return
        self.logger.log(
            state.level,
            "... %s more %s in the last %.0f s",
            f"{state.suppressed:,}",
            kind,
            min(now - state.start, self.period_s),
        )
        state.suppressed = 0
