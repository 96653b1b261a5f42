"""The rig in motion, per frame: (weights, pose) -> where the rig's points are.

X' = X + B·w' + R with w' = w·gain − offset (the photo's own expression undone, rig.py);
the jaw points rotate about the hinge by w'[jawOpen] (Rodrigues: I + sinθ·K + (1 − cosθ)·K²);
then the head rotates about the neck pivot and is projected: p = s·(R·(X' − c)) + c + t.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from photocall.shared.motion import BLENDSHAPE_INDEX

from .photo_buffers import add_buffer
from .rig import LOWER_INNER, LOWER_OUTER, UPPER_INNER, UPPER_OUTER, Rig

JAW_OPEN = BLENDSHAPE_INDEX["jawOpen"]


def rotation(pitch, yaw, roll) -> torch.Tensor:
    """R = R_roll · R_yaw · R_pitch for x right, y down, z away (signs: shared/motion.py)."""
    cp, sp, cy, sy, cr, sr = pitch.cos(), pitch.sin(), yaw.cos(), yaw.sin(), roll.cos(), roll.sin()
    one, zero = torch.ones_like(cp), torch.zeros_like(cp)
    rx = torch.stack([one, zero, zero, zero, cp, -sp, zero, sp, cp]).view(3, 3)
    ry = torch.stack([cy, zero, -sy, zero, one, zero, sy, zero, cy]).view(3, 3)
    rz = torch.stack([cr, -sr, zero, sr, cr, zero, zero, zero, one]).view(3, 3)
    return rz @ ry @ rx


class RigMotion(nn.Module):
    """The rig's points (N, 3), blendshape basis, jaw and neck as buffers; ``landmarks`` moves
    them, ``jaw`` and ``head`` move any points (the mouth's teeth) the same way."""

    def __init__(self, rig: Rig) -> None:
        super().__init__()
        n = len(rig.points)
        add_buffer(self, "points", rig.points)
        add_buffer(self, "basis", rig.basis.reshape(rig.basis.shape[0], -1))
        # the photo's own expression, undone: ARKit's absolute weights -> the rig's (see rig.py)
        add_buffer(self, "gain", rig.gain)
        add_buffer(self, "offset", rig.offset)
        add_buffer(self, "rest", rig.rest)
        # the neutral face (lips together, relaxed corners) before the jaw: teeth hang from it
        add_buffer(self, "neutral", rig.points + rig.rest - np.tensordot(rig.offset, rig.basis, 1))
        masks = np.concatenate([rig.jaw_mask[None], rig.layer_jaw_masks])[..., None]
        add_buffer(self, "jaw_masks", masks)
        add_buffer(self, "hinge", rig.jaw_hinge)
        axis = rig.jaw_axis.astype(np.float64)
        k = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
        add_buffer(self, "jaw_k", k)
        add_buffer(self, "jaw_k2", k @ k)
        self.jaw_max = float(rig.jaw_max)
        add_buffer(self, "pivot", rig.pivot)
        self.fw = float(rig.face_width)
        self.camera = float(rig.camera_distance)
        add_buffer(self, "eye3", np.eye(3))
        add_buffer(self, "one", np.ones((1, 1)))
        # two warp layers: index maps that glue one lip to the other
        up_idx, low_idx = np.arange(n), np.arange(n)
        for upper, lower in ((UPPER_OUTER, LOWER_OUTER), (UPPER_INNER, LOWER_INNER)):
            up_idx[list(lower)] = upper
            low_idx[list(upper)] = lower
        self.register_buffer(
            "glue", torch.from_numpy(np.stack([up_idx, low_idx])), persistent=False
        )

    def jaw(self, x: torch.Tensor, mask: torch.Tensor, theta: torch.Tensor) -> torch.Tensor:
        """Points ``x`` (..., 3) rotated about the hinge by ``theta``, each as far as ``mask``."""
        rot = self.eye3 + theta.sin() * self.jaw_k + (1 - theta.cos()) * self.jaw_k2
        return x + mask * ((x - self.hinge) @ rot.T + self.hinge - x)

    def jaw_angle(self, weights: torch.Tensor) -> torch.Tensor:
        """Radians from the photo's own jaw: negative closes a photo's open mouth."""
        return (weights[JAW_OPEN] * self.gain[JAW_OPEN] - self.offset[JAW_OPEN]) * self.jaw_max

    def head(self, x: torch.Tensor, pose: torch.Tensor) -> torch.Tensor:
        """Points ``x`` (K, 3) under the head pose, projected: (K, 2)."""
        rot = rotation(pose[0], pose[1], pose[2])
        xr = (x - self.pivot) @ rot.T
        scale = self.camera / (self.camera - pose[5])
        return xr[:, :2] * scale + self.pivot[:2] + pose[3:5] * self.fw

    def landmarks(self, weights: torch.Tensor, pose: torch.Tensor) -> torch.Tensor:
        """(3, N, 2) positions of the rig points (normalized): the target face, then the
        upper and the lower warp layer (each with the other lip glued to its own)."""
        weights = weights * self.gain - self.offset
        shape = (weights[None] @ self.basis).view(-1, 3) + self.rest
        x = self.points + torch.stack([shape, shape[self.glue[0]], shape[self.glue[1]]])
        x = self.jaw(x, self.jaw_masks, weights[JAW_OPEN] * self.jaw_max)
        return self.head(x.reshape(-1, 3), pose).view(3, -1, 2)
