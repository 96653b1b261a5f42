"""benchmarks/gpu_check: its CPU path (what runs here, and on the GPU machine beside CUDA) at the
smallest counts, the time budget, and the package layout gpu_check.sh builds from symlinks."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from photocall.benchmarks import gpu_check
from photocall.receiver.render.prepared_file import save_prepared

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def prepared_dir(tmp_path_factory, prepared):
    folder = tmp_path_factory.mktemp("prepared")
    save_prepared(prepared, gpu_check.prepared_path(folder, gpu_check.DEFAULT_PHOTO, 256))
    return folder


def _config(prepared_dir: Path, out: Path, **changes) -> gpu_check.CheckConfig:
    small = gpu_check.CheckConfig(
        prepared_dir, out, sizes=(256,), faces=(1, 2), dtypes=("float32", "float16"), frames=2,
        warmup=1, parity_frames=2, compile=False, pytest=False,
    )  # fmt: skip
    return dataclasses.replace(small, **changes)


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the run without CUDA")
def test_dry_run_measures_the_cpu_parts_and_lists_the_rest(prepared_dir, tmp_path):
    results = gpu_check.run(_config(prepared_dir, tmp_path))
    assert results.dry_run
    fp32 = [p for p in results.parity if p.dtype == "float32"]
    assert [(p.backend, p.within) for p in fp32] == [("torch", True)]
    rows = {(s.variant, s.faces) for s in results.speed if s.dtype == "float32"}
    assert rows >= {
        ("CPU torch, 1 thread (baseline)", 1),
        ("end to end (inputs up, frame down)", 1),
        ("N instances, eager launches", 1),
        ("N instances, eager launches", 2),
        ("one photo, N motions, vmap batch", 2),  # vmap matched the single frames
    }
    assert all(s.fps_each > 0 and s.fps_total == pytest.approx(s.faces * s.fps_each, rel=0.01)
               for s in results.speed)  # fmt: skip
    skipped = " ".join(s.what for s in results.skipped)
    for part in ("onnxruntime on CUDA", "tensorrt on CUDA", "CUDA graphs", "torch.compile"):
        assert part in skipped
    assert not any("failed" in s.why for s in results.skipped), results.skipped
    data = json.loads((tmp_path / "gpu_check.json").read_text())
    assert data["dry_run"] and data["environment"]["device"] == "cpu"
    assert len(data["speed"]) == len(results.speed)
    summary = (tmp_path / "gpu_check.md").read_text()
    assert "dry run on the CPU" in summary and "| 256² | torch | float32 |" in summary


def test_a_spent_budget_skips_the_optional_parts_without_failing_the_run(prepared_dir, tmp_path):
    results = gpu_check.run(_config(prepared_dir, tmp_path, budget_s=0.0, dtypes=("float32",)))
    assert results.parity and results.speed  # parity and the baselines always run
    assert not any(s.variant.startswith(("N instances", "one photo")) for s in results.speed)
    assert any("time budget" in s.why for s in results.skipped)


def test_the_symlinked_layout_imports_photocall_from_this_checkout():
    # the layout is gone when the script exits: the paths are resolved inside it
    code = (
        "import os, photocall.receiver.render.backends as b, photocall.shared.motion as m; "
        "print(b.__file__, os.path.realpath(b.__file__), os.path.realpath(m.__file__))"
    )
    command = ["bash", str(REPO / "benchmarks" / "gpu_check.sh"), "python", "-c", code]
    env = dict(os.environ, PYTHON=sys.executable)
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True, cwd=REPO)
    seen, backends, motion = done.stdout.split()
    # through the temporary layout (photocall/receiver -> receiver/), not this venv's install,
    # even from the repo's root, where a bare photocall/ lacks its subpackages
    assert seen.endswith("/photocall/receiver/render/backends.py")
    assert not seen.startswith(str(REPO))
    assert Path(backends) == REPO / "receiver" / "render" / "backends.py"
    assert Path(motion) == REPO / "shared" / "motion.py"
