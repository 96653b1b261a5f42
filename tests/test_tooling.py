"""The linters as tests, so that CI runs them: ruff over the tree (pyflakes, import order, blind
excepts; pyproject.toml's [tool.ruff]) and mypy over the typed packages ([tool.mypy]'s
``packages``). Both come from the dev extra (`scripts/setup.sh --dev`); fixing a ruff finding is
usually `.venv/bin/ruff check --fix`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent  # the venv's own executables, not whatever PATH finds


def _tool(name: str) -> Path:
    path = BIN / name
    if not path.exists():
        pytest.fail(f"{name} is not installed in {BIN}: run scripts/setup.sh --dev")
    return path


def test_ruff_passes():
    run = subprocess.run(
        [_tool("ruff"), "check", "--no-fix", "--output-format=concise", "."],
        check=False, cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]


def test_mypy_passes_on_the_typed_packages(tmp_path):
    # `photocall.shared` is the folder shared/ (pyproject.toml's package-dir), which mypy cannot
    # map: it reads the package from a tree of symlinks instead
    tree = tmp_path / "tree"
    subprocess.run(
        [sys.executable, REPO / "scripts" / "package_tree.py", REPO, tree], check=True, timeout=60
    )
    run = subprocess.run(
        [_tool("mypy"), "--cache-dir", tmp_path / "cache", "--no-error-summary"],
        check=False, cwd=REPO, capture_output=True, text=True, timeout=300,
        env=dict(os.environ, MYPYPATH=str(tree)),
    )  # fmt: skip
    # error paths point into the tree: show them as the repository's own
    out = (run.stdout + run.stderr).replace(f"{tree}/photocall/", "")
    assert run.returncode == 0, out[-6000:]
