"""Thin-plate spline as one precomputed matrix: control displacements -> dense coarse flow."""

from __future__ import annotations

import numpy as np


def _kernel(r2: np.ndarray) -> np.ndarray:
    # U(r) = r^2 log r^2, with U(0) = 0
    with np.errstate(divide="ignore", invalid="ignore"):
        out = r2 * np.log(r2)
    return np.nan_to_num(out, nan=0.0, posinf=0.0, neginf=0.0)


def tps_matrix(controls: np.ndarray, queries: np.ndarray, regularization: float) -> np.ndarray:
    """(Q, C) matrix W with flow(queries) = W @ displacement(controls), both (.., 2) arrays.

    The spline is the smoothing TPS through the control points (``regularization`` on the
    kernel diagonal, in normalized units); affine part included, so a rigid shift is exact.
    """
    c = np.asarray(controls, np.float64)
    q = np.asarray(queries, np.float64)
    n = len(c)
    k = _kernel(((c[:, None] - c[None]) ** 2).sum(-1)) + regularization * np.eye(n)
    p = np.concatenate([np.ones((n, 1)), c], 1)
    system = np.zeros((n + 3, n + 3))
    system[:n, :n], system[:n, n:], system[n:, :n] = k, p, p.T
    inverse = np.linalg.inv(system)[:, :n]  # (n+3, n): coefficients per unit displacement
    rows = np.concatenate(
        [_kernel(((q[:, None] - c[None]) ** 2).sum(-1)), np.ones((len(q), 1)), q], 1
    )
    return rows @ inverse
