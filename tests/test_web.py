"""The browser client's JavaScript without a browser: node's test runner over web/test/, and the
built bundle in signaling/web/ (committed, so photocall runs without node) against a fresh build
of web/src. Both need node and web/node_modules, which `scripts/setup.sh --dev` installs: they
fail, not skip, without them, so CI cannot pass over a stale bundle."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parent.parent / "web"
SERVED = WEB.parent / "signaling" / "web"


@pytest.fixture(scope="module")
def node() -> str:
    node = shutil.which("node")
    if node is None or not (WEB / "node_modules" / "esbuild").is_dir():
        pytest.fail("needs node and `npm ci` in web/: run scripts/setup.sh --dev")
    return node


def test_js_protocol_matches_golden_packets(node):
    """node's test runner over web/test/ (the JS protocol against tests/golden/*.bin)."""
    run = subprocess.run(
        [node, "--test", "test/"], check=False, cwd=WEB, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "# fail 0" in run.stdout


def test_committed_bundle_is_built_from_the_sources(node, tmp_path):
    """signaling/web/ (what the server serves) must be what web/src builds to; after editing
    web/src run `npm run build` in web/ and commit the result."""
    run = subprocess.run(
        [node, "build.mjs", str(tmp_path)],
        check=False,
        cwd=WEB,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    def files(root):  # the page's files, face_mesh/ included
        return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())

    built = files(tmp_path)
    assert built == files(SERVED), "files built vs. committed"
    for name in built:
        assert (tmp_path / name).read_bytes() == (SERVED / name).read_bytes(), f"{name} is stale"
