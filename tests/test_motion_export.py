"""`photocall export-motion`: the ONNX graph the browser sender runs (web/src/mouth.js)."""

from __future__ import annotations

from pathlib import Path

import pytest

from photocall.sender.motion.export import EXPORTED, PAGE_LOOKAHEAD_MS, check_onnx, export_onnx
from photocall.sender.motion.model import load_model
from photocall.sender.session import SenderConfig

pytest.importorskip("onnxruntime")
ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "sender" / "motion" / EXPORTED[PAGE_LOOKAHEAD_MS]
SERVED = ROOT / "signaling" / "web" / EXPORTED[PAGE_LOOKAHEAD_MS]


@pytest.mark.parametrize("lookahead_ms", [20, 40])
def test_exported_mouth_model_matches_torch(tmp_path, lookahead_ms):
    model = load_model(None, lookahead_ms)
    assert export_onnx(model, tmp_path / EXPORTED[lookahead_ms]) < 1e-12  # float64 graph


def test_page_runs_the_python_calls_lookahead():
    """A browser sender's mouth leads its audio as a Python sender's does by default."""
    assert PAGE_LOOKAHEAD_MS == SenderConfig.lookahead_ms
    mouth_js = (ROOT / "web" / "src" / "mouth.js").read_text()
    assert f"MODEL_URL = '{EXPORTED[PAGE_LOOKAHEAD_MS]}'" in mouth_js
    assert f"lookaheadMs: {PAGE_LOOKAHEAD_MS}," in mouth_js


def test_shipped_onnx_is_the_shipped_weights():
    """The committed file (and the page's copy of it) computes what the shipped 20 ms weights
    do; after retraining, run `photocall export-motion` and `npm run build` in web/."""
    assert check_onnx(load_model(None, PAGE_LOOKAHEAD_MS), SHIPPED) < 1e-12
    assert SERVED.read_bytes() == SHIPPED.read_bytes()
    assert not (ROOT / "signaling" / "web" / EXPORTED[40]).exists()  # one model in the page
