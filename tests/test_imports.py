"""The layers import one way: shared <- sender, shared <- receiver, shared <- signaling.

A small AST check over every .py file under shared/, sender/, receiver/ and signaling/: each
``import``/``from ... import`` of photocall (at module level, in functions, under TYPE_CHECKING,
relative or absolute, and ``importlib.import_module("photocall...")`` with a literal name) must
land in a package that layer may use:

| layer | may import (of photocall) |
| --- | --- |
| ``shared/`` | ``photocall.shared`` only |
| ``sender/`` | ``photocall.shared``, ``photocall.sender`` |
| ``receiver/`` | ``photocall.shared``, ``photocall.receiver`` |
| ``signaling/`` | ``photocall.shared``, ``photocall.signaling`` (the server, its client, the web page) |
| ``netlab/`` | the product's packages and itself, never ``photocall.benchmarks`` or the CLI |

``photocall/`` (the CLI and the demo), ``benchmarks/`` and ``tests/`` sit on top and may import
everything but ``netlab/`` (the network lab: namespaces, coturn, the impairment relay), which only
tests and benchmarks use: the CLI and the demo never import it. Sender and receiver never import each other or the signaling package: what both
sides need (wire protocol, codec constants, notice codes, UserError, the photo check, the room
config) lives in shared/, and the signaling client reaches the mesh by injection.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

ALLOWED: dict[str, tuple[str, ...]] = {
    "shared": ("shared",),
    "sender": ("shared", "sender"),
    "receiver": ("shared", "receiver"),
    "signaling": ("shared", "signaling"),
    "netlab": ("shared", "sender", "receiver", "signaling", "netlab"),
}
"""Layer (top folder = subpackage of photocall) -> the subpackages it may import."""

KNOWN: frozenset[tuple[str, str]] = frozenset()
"""(file, imported module) pairs tolerated for now: each is a known violation with its fix named."""


@dataclass(frozen=True)
class Violation:
    path: str  # relative to the repository root
    line: int
    module: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line} imports {self.module}"


def _package(path: Path) -> str:
    """The dotted package a file belongs to: shared/foo.py -> photocall.shared."""
    return ".".join(["photocall", *path.relative_to(ROOT).parent.parts])


def imported_modules(source: str, package: str) -> list[tuple[int, str]]:
    """(line, absolute module) for every import of photocall in ``source``, a module of
    ``package``."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module == "photocall":  # from photocall import shared -> photocall.shared
                found += [(node.lineno, f"photocall.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, module))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, (ast.Attribute, ast.Name))
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return [(line, m) for line, m in found if m == "photocall" or m.startswith("photocall.")]


def violations(layer: str, relative: str, source: str, package: str) -> list[Violation]:
    """The imports of one file of ``layer`` that its rule forbids."""
    allowed = tuple(f"photocall.{name}" for name in ALLOWED[layer])
    return [
        Violation(relative, line, module)
        for line, module in imported_modules(source, package)
        if not any(module == a or module.startswith(a + ".") for a in allowed)
    ]


def _all_violations() -> list[Violation]:
    found: list[Violation] = []
    for layer in ALLOWED:
        for path in sorted((ROOT / layer).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            found += violations(layer, relative, path.read_text(), _package(path))
    return found


def test_layers_import_one_way() -> None:
    bad = [v for v in _all_violations() if (v.path, v.module) not in KNOWN]
    assert not bad, "forbidden imports (see tests/test_imports.py for the rules):\n" + "\n".join(
        map(str, bad)
    )


def test_the_cli_does_not_import_the_network_lab() -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted((ROOT / "photocall").rglob("*.py"))
        for line, module in imported_modules(path.read_text(), _package(path))
        if module == "photocall.netlab" or module.startswith("photocall.netlab.")
    ]
    assert not bad, bad


def test_every_known_violation_still_exists() -> None:
    """A tolerated violation that is gone must leave the list, so it cannot come back unseen."""
    present = {(v.path, v.module) for v in _all_violations()}
    stale = sorted(KNOWN - present)
    assert not stale, f"fixed: remove these from KNOWN in tests/test_imports.py: {stale}"


@pytest.mark.parametrize(
    ("layer", "code"),
    [
        ("receiver", "from photocall.sender.session import PHOTO_ACCEPTED"),
        ("receiver", "def f():\n    from photocall.sender import opus\n"),
        ("sender", "import photocall.receiver.render"),
        ("sender", "from photocall import receiver"),
        ("shared", "from photocall.signaling.client import SignalingClient"),
        ("shared", "from photocall.errors import UserError"),
        ("sender", "from ..receiver import stats"),
        ("signaling", "import importlib\nimportlib.import_module('photocall.receiver.cli')"),
        ("sender", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import photocall.demo"),
    ],
)
def test_the_check_sees_a_forbidden_import(layer: str, code: str) -> None:
    assert violations(layer, f"{layer}/x.py", code, f"photocall.{layer}")


@pytest.mark.parametrize(
    ("layer", "code"),
    [
        ("sender", "from photocall.shared.codec import SAMPLE_RATE"),
        ("sender", "from photocall.sender.motion import StreamingPredictor"),
        ("receiver", "from . import photo"),
        ("signaling", "from photocall.shared.room import check_url"),
        ("shared", "import numpy as np\nfrom photocall.shared import protocol"),
    ],
)
def test_the_check_allows_what_the_rules_allow(layer: str, code: str) -> None:
    assert not violations(layer, f"{layer}/x.py", code, f"photocall.{layer}.sub")
