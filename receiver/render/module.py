"""Frame synthesis as one ``torch.nn.Module``: (weights, pose) -> RGB frame for one prepared photo.

Per frame, everything is matmuls, elementwise ops and ``grid_sample`` (exportable to ONNX and
TensorRT; no per-frame solve, no data-dependent control flow). Each step lives in its own file:

0. ARKit's weights are absolute (all-zero: lips together, relaxed corners, open eyes), the
   photo is not: w' = w·gain − offset undoes the photo's own expression (estimated once, see
   rig.py), and a fixed displacement R closes what the jaw leaves of its lip gap.
1. ``geometry.py``: landmarks X' = X + B·w' + R, the jaw points rotated about the hinge by
   w'[jawOpen] (negative closes a photo's open mouth), then the head rotated about the neck
   pivot and projected: p = s·(R·(X' − c)) + c + t.
2. ``warp.py``: two warp layers share one precomputed thin-plate-spline matrix M (controls at
   the reference landmarks, anchors on the border and shoulders): in the *upper* layer the
   lower lip stays with the upper one, in the *lower* layer the upper lip rides the jaw with the
   lower one (smooth fall-offs, and lip-parting shapes glued across), so neither layer stretches
   lip skin across the opening. Coarse forward flow = M·D; inverted by Newton steps on the
   coarse grid; upsampled here; ``grid_sample`` of the photo (or ``background.py``'s layers).
3. ``lids.py``: skin over whatever of the photo's eye the closing lids do not squash away, a
   skin band over the closed lid and a lash line. Irises move as rig points (eyeLook*).
4. ``mouth.py``: in a window around the mouth, the layers meet at the target lip seam; the
   mouth interior (cavity, tongue, teeth) is drawn inside the target inner-lip contour, or the
   photo's own teeth where it shows them.

What is read off the photo once (its own mouth and eye openings, teeth, lip and lid colours)
is in ``photo_buffers.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from .background import Backdrop
from .geometry import RigMotion
from .lids import Lids
from .mouth import Mouth
from .photo import PreparedPhoto
from .photo_buffers import add_buffer, eye_mask
from .rig import Rig, RigConfig, build_rig
from .warp import Warp


@dataclass(frozen=True)
class SynthConfig:
    grid: int = 64  # coarse flow grid (per side)
    inverse_steps: int = 8  # Newton steps inverting the forward flow (4 left folds at yaw 0.3)
    regularization: float = 3e-3  # TPS smoothing (less folding where the face turns away)
    mesh_stride: int = 3  # every n-th face-mesh point steers the warp (plus all contours)
    # mouth window around the lips, in face widths (x0, x1, y0, y1); it must stay clear of the eyes
    window: tuple[float, float, float, float] = (-0.6, 0.6, -0.28, 0.62)
    # False: the plain landmark-driven TPS warp, no mouth interior, no lids (benchmark baseline)
    mouth_and_eyes: bool = True
    # False: the warp moves the whole frame, background included (benchmark baseline)
    person_layer: bool = True
    rig: RigConfig = field(default_factory=RigConfig)


class FrameSynth(nn.Module):
    """forward(weights (52,), pose (6,)) -> (size, size, 3) float32 RGB in [0, 1]."""

    def __init__(self, prepared: PreparedPhoto, config: SynthConfig = SynthConfig()) -> None:
        super().__init__()
        rig: Rig = build_rig(prepared, config.rig)
        size = prepared.size
        self.size, self.config = size, config
        image = prepared.image.astype(np.float32) / 255.0
        # the whole frame samples RGB + the photo's eye openings (what the lids cover)
        rgb = image.transpose(2, 0, 1)
        add_buffer(self, "photo", np.concatenate([rgb, eye_mask(rig.points, size)[None]])[None])
        self.backdrop = Backdrop(prepared, self.photo[0].numpy()) if config.person_layer else None
        self.motion = RigMotion(rig)
        self.warp = Warp(
            rig, config.grid, config.inverse_steps, config.regularization, config.mesh_stride
        )
        centers = (np.arange(size) * 2 + 1) / size - 1
        fy, fx = np.meshgrid(centers, centers, indexing="ij")
        add_buffer(self, "ident", np.stack([fx, fy], -1)[None])  # the pixel centres
        self.lids: Lids | None = None
        self.mouth: Mouth | None = None
        if config.mouth_and_eyes:
            self.lids = Lids(image, rig.points, size)
            self.mouth = Mouth(image, rig.points, size, float(rig.face_width), config.window)

    def landmarks(self, weights: torch.Tensor, pose: torch.Tensor) -> torch.Tensor:
        """(3, N, 2) positions of the rig points (normalized): the target face, then the
        upper and the lower warp layer (each with the other lip glued to its own)."""
        return self.motion.landmarks(weights, pose)

    def forward(self, weights: torch.Tensor, pose: torch.Tensor) -> torch.Tensor:
        weights, pose = weights.reshape(-1).float(), pose.reshape(-1).float()
        points = self.landmarks(weights, pose)
        target = points[0]
        back = self.warp.backward_flow(points[1:], self.motion.points)  # (layer, xy, g, g)
        full_disp = F.grid_sample(back[:1], self.ident, align_corners=True, padding_mode="border")
        grid = self.ident + full_disp.permute(0, 2, 3, 1)
        if self.backdrop is not None:  # the person apart from the background (background.py)
            frame, person = self.backdrop.sample(grid)
        else:
            frame = F.grid_sample(self.photo, grid, align_corners=False, padding_mode="border")
        if self.lids is not None and self.mouth is not None:
            frame = self.lids.paint(frame, target, weights, self.ident)
            frame = self.mouth.paint(frame, back, target, weights, pose, self.motion)
        if self.backdrop is not None:
            frame = self.backdrop.composite(frame[:, :3], person)
        return frame[0, :3].permute(1, 2, 0).clamp(0.0, 1.0)
