"""The lids, per frame: skin over whatever of the photo's eye the closing lids do not squash
away, a skin band over the closed lid (the crease's shadow would read as an open eye) and a
lash line. The irises move as rig points (eyeLook*), in the warp.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from photocall.shared.motion import BLENDSHAPE_INDEX

from .photo_buffers import EYE_GROW_PX, add_buffer, lid_colors
from .polyline import polyline_y
from .rig import EYE_CHAINS, INNER_EYE_CORNER

BLINK_LEFT, BLINK_RIGHT = BLENDSHAPE_INDEX["eyeBlinkLeft"], BLENDSHAPE_INDEX["eyeBlinkRight"]
LASH_DARK = 0.75  # how dark the lash line of a closed lid is


class Lids(nn.Module):
    """The lid colours and eye chains of one photo; ``paint`` draws the lids of a frame."""

    def __init__(self, image: np.ndarray, points: np.ndarray, size: int) -> None:
        """image (S, S, 3) float in [0, 1], points (N, 3) the rig's reference points."""
        super().__init__()
        self.size = size
        add_buffer(self, "lid_color", lid_colors(image, points, size))
        # each eye's open height (normalized): how far up the closed lid's skin band reaches
        chains = [(list(u), list(v)) for u, v in EYE_CHAINS]
        add_buffer(self, "eye_height", [np.ptp(points[u + v, 1]) for u, v in chains])
        self.register_buffer("eye_chains", torch.tensor(EYE_CHAINS), persistent=False)

    def paint(
        self, frame: torch.Tensor, target: torch.Tensor, weights: torch.Tensor, ident: torch.Tensor
    ) -> torch.Tensor:
        """frame (1, 4, S, S): the warped RGB and the photo's eye mask; target (N, 2) the
        frame's rig points; ident (1, S, S, 2) the pixel centres -> (1, 3, S, S).
        The eyes sit side by side, so every per-eye curve is a function of the column: both
        eyes are evaluated in one pass."""
        size, px = self.size, self.size / 2.0
        gx, gy = ident[0, :1, :, 0], ident[0, :, :1, 1]  # (1, S), (S, 1)
        split = (target[INNER_EYE_CORNER["R"], 0] + target[INNER_EYE_CORNER["L"], 0]) * 0.5
        left = (gx < split).float()  # image-left eye: the subject's right
        blinks = (weights[BLINK_RIGHT], weights[BLINK_LEFT])

        def per_column(values):  # one value (or (1, S) row) per eye -> (1, S)
            return values[0] * left + values[1] * (1 - left)

        rows = []
        for k in range(2):
            upper, lower = target[self.eye_chains[k, 0]], target[self.eye_chains[k, 1]]
            x0, x1 = upper[0, 0], upper[-1, 0]
            h = self.eye_height[k]
            rows.append(
                (
                    polyline_y(upper, gx),
                    polyline_y(lower, gx),
                    torch.minimum(gx - x0, x1 - gx),  # inside the eye's x-range (> 0)
                    (torch.minimum(gx - x0, x1 - gx) / (0.3 * (x1 - x0))).clamp(0.0, 1.0),
                    2.0 / (1.2 * h),
                    0.7 / (0.4 * h),
                    (blinks[k] * 2 - 0.6).clamp(0.0, 1.0),  # lashes meet as the lid closes
                    (blinks[k] * 2 - 1).clamp(0.0, 1.0),  # the skin band, past half closed
                )
            )
        y_up, y_low, inside_x, taper, rise, fall, lashes, band_on = (
            per_column([a, b]) for a, b in zip(*rows)
        )
        color = self.lid_color[0].view(3, 1, 1) * left + self.lid_color[1].view(3, 1, 1) * (
            1 - left
        )
        grow = EYE_GROW_PX * size / 256
        d = gy - y_up  # below the target upper lid (normalized), (S, S)
        inside = torch.minimum(torch.minimum(d, y_low - gy), inside_x) * px
        opening = ((inside + grow) / grow).clamp(0.0, 1.0)  # as polyline.opening_alpha
        region = (frame[0, 3] - opening).clamp(0.0, 1.0)
        lash_px = 1.5 * size / 256.0
        near = (1.0 - d.abs() * (px / lash_px)).clamp(min=0.0) * ((inside_x > 0) * lashes)
        # a closing lid is smooth skin from the lash line up toward the crease: repaint a
        # band from 1.2 eye heights above the lid line (fading in) to 0.4 below it (fading
        # out): it hides the crease's shadow and the photo's own lash line squashed above
        # the lid, which read as a narrowed open eye, and the shadow at the inner corner
        band = torch.minimum(2.0 + d * rise, 0.7 - d * fall).clamp(0.0, 1.0) * (taper * band_on)
        cover = region + band * (1 - region)
        rgb = frame[0, :3] * (1 - cover) + color * cover
        rgb = rgb * (1 - LASH_DARK * near.clamp(max=1.0))
        return rgb[None]
