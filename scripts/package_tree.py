"""Builds the `photocall` package as pyproject.toml maps it (package-dir: photocall.shared is
shared/, ...) from symlinks in a folder, for tools that cannot follow that mapping: mypy
(tests/test_tooling.py) and the lent GPU machine (benchmarks/gpu_check.sh), which installs nothing.

    python3 scripts/package_tree.py REPO DEST    # then DEST/photocall/... ; put DEST on the path
"""

import sys
import tomllib
from pathlib import Path


def build(repo: Path, dest: Path) -> Path:
    """DEST/photocall with every mapped subpackage linked in; returns DEST."""
    dirs = tomllib.loads((repo / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"]
    root = dest / "photocall"
    root.mkdir(parents=True)
    for entry in (repo / dirs["photocall"]).iterdir():
        (root / entry.name).symlink_to(entry)
    for name, folder in sorted(dirs.items(), key=lambda item: item[0].count("."))[1:]:
        target = dest.joinpath(*name.split("."))
        if not target.exists():
            target.symlink_to(repo / folder)
        if target.resolve() != (repo / folder).resolve():
            sys.exit(f"package_tree.py: {name} resolves to {target.resolve()}, not {folder}")
    return dest


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python3 scripts/package_tree.py REPO DEST")
    build(Path(sys.argv[1]).resolve(), Path(sys.argv[2]))
