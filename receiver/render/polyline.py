"""Per-pixel evaluation of x-monotone polylines with exportable tensor ops (no loops over pixels).

A lip or teeth contour from corner to corner is a function y(x); the mouth interior is the set
of pixels between the upper and the lower chain. Evaluated as a sum of clamped ramps, one per
segment, which ONNX and TensorRT run as plain elementwise ops. The masks between two chains
(a mouth or an eye opening, the lip seam) are built on it, per photo and per frame alike.
"""

from __future__ import annotations

import numpy as np
import torch


def polyline_y(chain: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """chain: (K, 2) points sorted by x; x: any shape -> y(x), held flat beyond the ends."""
    x0, y0 = chain[:-1, 0], chain[:-1, 1]
    dx = (chain[1:, 0] - x0).clamp(min=1e-5)  # a fold in the chain flattens, never divides by 0
    dy = chain[1:, 1] - y0
    t = ((x.unsqueeze(-1) - x0) / dx).clamp(0.0, 1.0)
    return chain[0, 1] + (t * dy).sum(-1)


def subdivide_matrix(count: int) -> np.ndarray:
    """(2 count - 1, count): a chain's points and, between each two, the cubic (Catmull-Rom)
    midpoint: the coarse landmark contour becomes a curve, by one constant matmul."""
    m = np.zeros((2 * count - 1, count))
    for i in range(count):
        m[2 * i, i] = 1.0
    for i in range(count - 1):
        a, d = max(i - 1, 0), min(i + 2, count - 1)
        for j, w in ((a, -1 / 16), (i, 9 / 16), (i + 1, 9 / 16), (d, -1 / 16)):
            m[2 * i + 1, j] += w
    return m


def below_seam(upper, lower, gx, gy, size: int, feather_px=1.0) -> torch.Tensor:
    """In [0, 1]: how far each pixel lies below the seam midway between two chains."""
    seam = polyline_y((upper + lower) * 0.5, gx)
    return ((gy - seam) * (size / 2.0) / feather_px + 0.5).clamp(0.0, 1.0)


def opening_alpha(
    upper, lower, gx, gy, size: int, feather_px: float = 1.0, grow_px: float = 0.0
) -> torch.Tensor:
    """In [0, 1]: the pixels between an upper and a lower chain (and within their x-range),
    grown by ``grow_px`` and feathered over ``feather_px`` pixels."""
    y_up, y_low = polyline_y(upper, gx), polyline_y(lower, gx)
    inside = torch.minimum(gy - y_up, y_low - gy)
    inside = torch.minimum(inside, torch.minimum(gx - upper[0, 0], upper[-1, 0] - gx))
    inside = inside * (size / 2.0)  # pixels inside the contour (x-range bounded)
    return ((inside + grow_px) / feather_px).clamp(0.0, 1.0)
