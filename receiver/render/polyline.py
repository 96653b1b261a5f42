"""Per-pixel evaluation of x-monotone polylines with exportable tensor ops (no loops over pixels).

A lip or teeth contour from corner to corner is a function y(x); the mouth interior is the set
of pixels between the upper and the lower chain. Evaluated as a sum of clamped ramps, one per
segment, which ONNX and TensorRT run as plain elementwise ops.
"""

from __future__ import annotations

import torch


def polyline_y(chain: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """chain: (K, 2) points sorted by x; x: any shape -> y(x), held flat beyond the ends."""
    x0, y0 = chain[:-1, 0], chain[:-1, 1]
    dx = (chain[1:, 0] - x0).clamp(min=1e-5)  # a fold in the chain flattens, never divides by 0
    dy = chain[1:, 1] - y0
    t = ((x.unsqueeze(-1) - x0) / dx).clamp(0.0, 1.0)
    return chain[0, 1] + (t * dy).sum(-1)
