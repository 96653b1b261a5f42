"""One parity test class that every available render backend runs against the torch reference."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from photocall.receiver.render import create_renderer
from photocall.receiver.render.backends import BACKENDS, export_onnx

TOLERANCE = 2.0 / 255.0


def _cuda() -> bool:
    import torch

    return torch.cuda.is_available()


def _skip_reason(backend: str, device: str) -> str | None:
    if device == "cuda" and not _cuda():
        return "no CUDA device"
    if backend == "onnxruntime" and importlib.util.find_spec("onnxruntime") is None:
        return "onnxruntime is not installed"
    if backend == "tensorrt":
        if importlib.util.find_spec("tensorrt") is None:
            return "tensorrt is not installed"
        if not _cuda():
            return "no CUDA device"
    return None


CASES = [(b, "cpu") for b in BACKENDS if b != "tensorrt"] + [
    ("torch", "cuda"),
    ("tensorrt", "cuda"),
]


def _motions(count: int, seed: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(seed)
    out = [(np.zeros(52, np.float32), np.zeros(6, np.float32))]
    for _ in range(count):
        weights = (rng.random(52) * (rng.random(52) < 0.3)).astype(np.float32)
        pose = np.concatenate([rng.uniform(-0.3, 0.3, 3), rng.uniform(-0.2, 0.2, 3)])
        out.append((weights, pose.astype(np.float32)))
    return out


@pytest.fixture(scope="module")
def reference(prepared):
    return create_renderer(prepared, "torch", "cpu")


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("render-cache")


@pytest.mark.parametrize(("backend", "device"), CASES, ids=[f"{b}-{d}" for b, d in CASES])
class TestBackendParity:
    @pytest.fixture
    def renderer(self, backend, device, prepared, cache):
        reason = _skip_reason(backend, device)
        if reason:
            pytest.skip(reason)
        if backend == "torch":
            return create_renderer(prepared, backend, device)
        return create_renderer(prepared, backend, device, cache_dir=cache)

    def test_matches_torch_within_two_levels(self, renderer, reference):
        worst = 0.0
        for weights, pose in _motions(6):
            got = renderer.render_float(weights, pose)
            want = reference.render_float(weights, pose)
            assert got.shape == want.shape == (256, 256, 3)
            worst = max(worst, float(np.abs(got - want).max()))
        assert worst <= TOLERANCE, f"max abs difference {worst * 255:.2f}/255"

    def test_uint8_frames(self, renderer, reference):
        weights, pose = _motions(1, seed=3)[1]
        got, want = renderer.render(weights, pose), reference.render(weights, pose)
        assert got.dtype == np.uint8 and got.shape == (256, 256, 3)
        assert np.abs(got.astype(int) - want).max() <= 2


def test_onnx_export_is_valid_and_cached(prepared, cache):
    onnx = pytest.importorskip("onnx")
    path = export_onnx(prepared, cache)
    onnx.checker.check_model(str(path))
    model = onnx.load(str(path))
    assert model.opset_import[0].version == 18
    assert [i.name for i in model.graph.input] == ["weights", "pose"]
    stamp = path.stat().st_mtime_ns
    assert export_onnx(prepared, cache) == path and path.stat().st_mtime_ns == stamp


def test_tensorrt_without_it_names_what_is_missing(prepared, cache):
    from photocall.shared.errors import UserError

    if _skip_reason("tensorrt", "cuda") is None:
        pytest.skip("tensorrt and CUDA are both here")
    with pytest.raises(UserError, match="tensorrt|CUDA"):
        create_renderer(prepared, "tensorrt", "cuda", cache_dir=cache)


def test_torch_half_precision_runs_under_autocast(prepared, reference):
    # autocast puts the matrix products in float16: the frame moves a little, stays float32
    half = create_renderer(prepared, "torch", "cpu", dtype="float16")
    worst = 0.0
    for weights, pose in _motions(2):
        got = half.render_float(weights, pose)
        assert got.dtype == np.float32 and got.shape == (256, 256, 3)
        worst = max(worst, float(np.abs(got - reference.render_float(weights, pose)).max()))
    assert 0.0 < worst < 0.2  # 0.11 measured on the CPU (the face edge at a 0.3 rad turn)


def test_unknown_dtype_and_half_precision_outside_torch_are_refused(prepared, cache):
    from photocall.shared.errors import UserError

    with pytest.raises(ValueError, match="unknown render dtype 'float64'"):
        create_renderer(prepared, "torch", "cpu", dtype="float64")
    with pytest.raises(UserError, match="onnxruntime runs float32 only"):
        create_renderer(prepared, "onnxruntime", "cpu", dtype="float16", cache_dir=cache)
