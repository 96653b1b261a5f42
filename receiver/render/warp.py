"""The warp: rig point displacements -> the backward flow that samples the photo.

Two warp layers share one precomputed thin-plate-spline matrix M (controls at the reference
rig points, anchors on the border and shoulders): the coarse forward flow is M·D, inverted by
Newton steps on the coarse grid (``Warp.invert``); the frame upsamples what it needs.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from photocall.shared.landmarks import NOSE_TIP, NUM_LANDMARKS

from .photo_buffers import add_buffer
from .rig import (
    BROW,
    EYE_CHAINS,
    FACE_OVAL,
    IRIS,
    LOWER_INNER,
    LOWER_OUTER,
    NOSE_WING,
    UPPER_INNER,
    UPPER_OUTER,
    Rig,
)
from .tps import tps_matrix


def control_points(count: int, stride: int) -> np.ndarray:
    """Indices of the rig points that steer the TPS (sorted)."""
    keep = np.zeros(count, bool)
    keep[NUM_LANDMARKS:] = True  # hair ring
    keep[:NUM_LANDMARKS:stride] = True
    groups = (UPPER_OUTER, LOWER_OUTER, UPPER_INNER, LOWER_INNER, FACE_OVAL, (NOSE_TIP,))
    for group in groups + tuple(EYE_CHAINS[0] + EYE_CHAINS[1]):
        keep[list(group)] = True
    for table in (IRIS, BROW, NOSE_WING):
        for group in table.values():
            keep[list(group)] = True
    return np.flatnonzero(keep)


class Warp(nn.Module):
    """The TPS controls (every contour point: lips, eyes, irises, brows, oval, nose; a share of
    the remaining mesh; the hair ring), then the fixed anchors with zero displacement."""

    def __init__(
        self, rig: Rig, grid: int, inverse_steps: int, regularization: float, mesh_stride: int
    ) -> None:
        super().__init__()
        self.grid, self.steps = grid, inverse_steps
        lin = np.linspace(-1.0, 1.0, grid)
        gy, gx = np.meshgrid(lin, lin, indexing="ij")
        coarse = np.stack([gx, gy], -1)
        ctrl = control_points(len(rig.points), mesh_stride)
        self.register_buffer("ctrl", torch.from_numpy(ctrl), persistent=False)
        controls = np.concatenate([rig.points[ctrl, :2], rig.anchors])
        m = tps_matrix(controls, coarse.reshape(-1, 2), regularization)[:, : len(ctrl)]
        add_buffer(self, "tps_t", m.T.copy())  # (controls, g*g): the wide GEMM is the fast way
        add_buffer(self, "coarse", coarse[None])

    def backward_flow(self, layers: torch.Tensor, reference: torch.Tensor) -> torch.Tensor:
        """layers (2, N, 2) the warp layers' rig points, reference (N, 3) where they rest ->
        (layer, xy, g, g): where each coarse grid point of the frame samples the photo from,
        as a displacement."""
        disp = layers[:, self.ctrl] - reference[self.ctrl, :2]
        n = disp.shape[1]
        flat = disp.permute(1, 0, 2).reshape(n, 4)
        g = self.grid
        flow = (flat.T @ self.tps_t).view(2, 2, g, g)  # (layer, xy, g, g)
        return self.invert(flow)

    def invert(self, flow: torch.Tensor) -> torch.Tensor:
        """Solve x + flow(x) = y for every coarse grid point y by Newton steps (the Jacobian by
        central differences; plain fixed-point steps diverge where the jaw stretches skin 2x).
        flow (layer, xy, g, g) -> the backward displacement (layer, xy, g, g)."""
        g = self.grid
        step = 2.0 / (g - 1)
        pad = torch.cat([flow[..., :1], flow, flow[..., -1:]], 3)  # edge padding
        pad = torch.cat([pad[..., :1, :], pad, pad[..., -1:, :]], 2)
        d_dx = (pad[:, :, 1:-1, 2:] - pad[:, :, 1:-1, :-2]) / (2 * step)
        d_dy = (pad[:, :, 2:, 1:-1] - pad[:, :, :-2, 1:-1]) / (2 * step)
        # (layer, 6, g, g): fx fy dfx/dx dfy/dx dfx/dy dfy/dy
        field = torch.cat([flow, d_dx, d_dy], 1)
        y = self.coarse.expand(2, g, g, 2)
        x = y
        for _ in range(self.steps):
            s = F.grid_sample(field, x, align_corners=True, padding_mode="border").permute(
                0, 2, 3, 1
            )
            rx, ry = y[..., 0] - x[..., 0] - s[..., 0], y[..., 1] - x[..., 1] - s[..., 1]
            a, c, b, d = 1 + s[..., 2], s[..., 3], s[..., 4], 1 + s[..., 5]
            det = (a * d - b * c).clamp(min=0.2)  # near a fold (det <= 0) take damped steps
            x = x + torch.stack([(d * rx - b * ry) / det, (a * ry - c * rx) / det], -1)
        return (x - y).permute(0, 3, 1, 2)
