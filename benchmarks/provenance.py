"""Where a bench section's figures came from: the command, when it ran, how busy the machine was.

``photocall bench`` stores one ``Provenance`` per section in its ``NAME.json`` (key
``"provenance"``), so ``RESULTS.md`` can say for every section what measured it and when, even
when the sections were measured by different commands on different days. On 2 shared cores the
machine's load is part of the result: the same code measures slower when others run.
"""

from __future__ import annotations

import datetime
import os
import platform
import subprocess
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar

KEY = "provenance"
"""The key of a section's provenance in its NAME.json."""


@dataclass(frozen=True)
class MachineLoad:
    """How busy the machine was at one instant: the 1-minute load average (runnable tasks; at or
    above the core count the cores are full) and the share of the last 10 s in which some task
    waited for a CPU (Linux PSI ``/proc/pressure/cpu``, %; None where the kernel has none)."""

    loadavg_1m: float
    cpu_pressure_avg10_pct: float | None = None

    def describe(self) -> str:
        if self.cpu_pressure_avg10_pct is None:
            return f"{self.loadavg_1m:g}"
        return f"{self.loadavg_1m:g} ({self.cpu_pressure_avg10_pct:.0f} % CPU pressure)"


def machine_load() -> MachineLoad:
    """The machine's load now (reads /proc; a load average of the host where /proc is absent)."""
    try:
        loadavg = float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, IndexError, ValueError):
        loadavg = os.getloadavg()[0]
    try:
        some = Path("/proc/pressure/cpu").read_text().split()[1]  # "avg10=12.34"
        pressure: float | None = float(some.split("=")[1])
    except (OSError, IndexError, ValueError):
        pressure = None
    return MachineLoad(loadavg, pressure)


@dataclass(frozen=True)
class Provenance:
    """One section's run. Times are UTC, ISO 8601. ``started``, ``wall_s`` and the loads are None
    where they were not recorded (results measured before the bench recorded them); ``note`` says
    how such a record was put together."""

    command: str
    started: str | None
    finished: str
    wall_s: float | None
    load_before: MachineLoad | None
    load_after: MachineLoad | None
    host: str
    git_commit: str | None
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Provenance:
        def load(value: dict | None) -> MachineLoad | None:
            return MachineLoad(**value) if value else None

        return cls(
            **{
                **data,
                "load_before": load(data.get("load_before")),
                "load_after": load(data.get("load_after")),
            }
        )

    def when(self) -> str:
        """When it started ('2026-12-02 09:10 UTC'), or 'finished by …' where only the end is
        known."""
        if self.started is None:
            return f"finished by {_minute(self.finished)} UTC"
        return f"{_minute(self.started)} UTC"

    def load(self) -> str:
        """The 1-minute load average before → after, or 'not recorded'."""
        if self.load_before is None and self.load_after is None:
            return "not recorded"
        parts = [x.describe() if x else "?" for x in (self.load_before, self.load_after)]
        return " → ".join(parts)


def _minute(iso: str) -> str:
    return datetime.datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def host() -> str:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{platform.machine()}, {cpus} CPU cores, Python {platform.python_version()}"


REPO = Path(__file__).resolve().parent.parent
"""The checkout the bench runs from (when it runs from one)."""


def git_commit(repo: Path = REPO) -> str | None:
    """The short commit of the code being measured, '+changes' when tracked files other than
    results and reports (*.json, *.md, *.png: a bench rewrites those) differ from it; None
    outside a git checkout (an installed wheel)."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True, timeout=10
        ).stdout.strip()

    try:
        commit = git("rev-parse", "--short", "HEAD")
        changed = git("status", "--porcelain", "--untracked-files=no", "--", ".",
                      *(f":(exclude)*.{ext}" for ext in ("json", "md", "png")))  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    return f"{commit}+changes" if changed else commit


R = TypeVar("R")


def record(
    command: str,
    measure: Callable[[], R],
    now: Callable[[], datetime.datetime] = utc_now,
    load: Callable[[], MachineLoad] = machine_load,
) -> tuple[R, Provenance]:
    """Run ``measure`` and say where its result came from."""
    commit = git_commit()  # before measuring: what ran is what was checked out when it started
    started, before = now(), load()
    result = measure()
    finished, after = now(), load()
    return result, Provenance(
        command=command,
        started=started.isoformat(timespec="seconds"),
        finished=finished.isoformat(timespec="seconds"),
        wall_s=round((finished - started).total_seconds(), 1),
        load_before=before,
        load_after=after,
        host=host(),
        git_commit=commit,
    )
