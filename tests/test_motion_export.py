"""`photocall export-motion`: the ONNX graph the browser sender runs (web/src/mouth.js)."""

from __future__ import annotations

from pathlib import Path

import pytest

from photocall.sender.motion.export import EXPORTED, check_onnx, export_onnx
from photocall.sender.motion.model import load_model

pytest.importorskip("onnxruntime")
SHIPPED = Path(__file__).resolve().parent.parent / "sender" / "motion" / EXPORTED
SERVED = Path(__file__).resolve().parent.parent / "signaling" / "web" / EXPORTED


def test_exported_mouth_model_matches_torch(tmp_path):
    assert export_onnx(load_model(None, 40), tmp_path / EXPORTED) < 1e-12  # float64 graph


def test_shipped_onnx_is_the_shipped_weights():
    """The committed file (and the page's copy of it) computes what the shipped 40 ms weights do;
    after retraining, run `photocall export-motion` and `npm run build` in web/."""
    assert check_onnx(load_model(None, 40), SHIPPED) < 1e-12
    assert SERVED.read_bytes() == SHIPPED.read_bytes()
