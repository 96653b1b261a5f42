"""The mouth, per frame, in a window around the lips (snapped to the pixel grid).

The two warp layers meet at the target lip seam (a soft dark line where the lips touch); what
the layers carry out of the photo's own opening takes the lip texture beside it. The mouth
interior (dark cavity, tongue, lower teeth riding the jaw, upper teeth hanging from the neutral
upper lip, fixed to the head, each row shaded) is drawn inside the target inner-lip contour (a
Catmull-Rom curve through the landmarks) under a feathered mask; where the photo shows its own
teeth, they are used instead (upper row fixed to the head, lower row riding the jaw).
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from photocall.shared.motion import BLENDSHAPE_INDEX

from .geometry import RigMotion
from .photo_buffers import (
    add_buffer,
    darker_than,
    lip_color,
    mouth_masks,
    teeth_rows,
    tooth_color,
)
from .polyline import below_seam, opening_alpha, polyline_y, subdivide_matrix
from .rig import LOWER_INNER, LOWER_LIP_CENTRE, MOUTH_CORNER, UPPER_INNER, UPPER_LIP_CENTRE

TONGUE_OUT = BLENDSHAPE_INDEX["tongueOut"]
TOOTH_ENAMEL = (0.84, 0.78, 0.67)  # drawn teeth where the photo shows none: warm, not white
# lateral positions of the gaps between teeth, as a fraction of the half arch
TOOTH_GAPS = (0.0, 0.17, 0.32, 0.45, 0.57, 0.68, 0.78, 0.87)
CORNERS = (MOUTH_CORNER["R"], MOUTH_CORNER["L"])


def _ramp(k: int) -> np.ndarray:
    """(k,): the window's alpha across, rising over its first and last three pixels."""
    return np.minimum(np.minimum(np.arange(k), np.arange(k)[::-1]) / 3.0, 1.0)


class Mouth(nn.Module):
    """What the mouth window samples from one photo (RGB, its own opening above and below the
    seam, its own upper and lower teeth), its colours and the window's geometry; ``paint``
    draws the mouth of a frame."""

    def __init__(
        self,
        image: np.ndarray,
        points: np.ndarray,
        size: int,
        face_width: float,
        window: tuple[float, float, float, float],
    ) -> None:
        """image (S, S, 3) float in [0, 1], points (N, 3) the rig's reference points, window
        (x0, x1, y0, y1) around the lips in face widths."""
        super().__init__()
        self.size, self.fw = size, face_width
        lips = lip_color(image, points, size)
        opening = mouth_masks(points, size)
        mouth = mouth_masks(points, size, darker_than(image, lips))
        teeth = teeth_rows(image, opening.sum(0))
        # RGB + the photo's mouth opening above / below its seam (each belongs to one warp
        # layer) + the photo's own upper / lower teeth
        rgb = image.transpose(2, 0, 1)
        add_buffer(self, "photo_mouth", np.concatenate([rgb, mouth, teeth])[None])
        own_teeth = tooth_color(image, opening.sum(0))
        add_buffer(self, "tooth_color", TOOTH_ENAMEL if own_teeth is None else own_teeth)
        add_buffer(self, "lip_color", lips)
        add_buffer(self, "seam_dark", np.array([0.3, 0.42, 0.45]).reshape(3, 1, 1))  # warm
        step = 5.0 * 2.0 / 256  # five pixels at 256 (ten at 512), in normalized units
        add_buffer(self, "lip_step", np.array([[0.0, -step], [0.0, step]]).reshape(2, 1, 1, 2))
        x0, x1, y0, y1 = window
        px = 2.0 / size  # one pixel in normalized units
        cols = np.arange(int(np.floor(x0 * self.fw / px)), int(np.ceil(x1 * self.fw / px)) + 1)
        rows = np.arange(int(np.floor(y0 * self.fw / px)), int(np.ceil(y1 * self.fw / px)) + 1)
        wy, wx = np.meshgrid(rows * px, cols * px, indexing="ij")
        add_buffer(self, "win_offsets", np.stack([wx, wy], -1)[None])
        # pasting back: the window's first column and row, in pixels from its centre pixel
        add_buffer(self, "win_first", [cols[0], rows[0]])
        add_buffer(self, "frame_pixels", np.arange(size))
        self.win_hw = (len(rows), len(cols))
        # cavity, tongue, teeth (RGB in [0, 1])
        palette = np.array([[0.36, 0.12, 0.11], [0.66, 0.32, 0.31], [0.84, 0.78, 0.67]])
        add_buffer(self, "palette", palette[..., None, None])
        add_buffer(self, "win_alpha", np.outer(_ramp(len(rows)), _ramp(len(cols)))[None, None])
        self.register_buffer("ui", torch.tensor(UPPER_INNER), persistent=False)
        add_buffer(self, "curve", subdivide_matrix(len(UPPER_INNER)))
        # three mouth points each rigid motion is fitted to: the lip centre and the corners
        upper_three, lower_three = [UPPER_LIP_CENTRE, *CORNERS], [LOWER_LIP_CENTRE, *CORNERS]
        self.register_buffer("affine_idx", torch.tensor(upper_three), persistent=False)
        self.register_buffer("affine_idx_low", torch.tensor(lower_three), persistent=False)
        self.register_buffer("li", torch.tensor(LOWER_INNER), persistent=False)
        gaps = [s * g for g in TOOTH_GAPS for s in ((1,) if g == 0 else (1, -1))]
        add_buffer(self, "tooth_gaps", np.array(gaps))

    def paint(self, frame, back, target, weights, pose, rig: RigMotion) -> torch.Tensor:
        """frame (1, C, S, S) RGB first; back (layer, xy, g, g) the backward flow of both warp
        layers; target (N, 2) the frame's rig points -> (1, 3, S, S)."""
        size = self.size
        ui, li = self.curve @ target[self.ui], self.curve @ target[self.li]
        center = torch.cat([ui, li]).mean(0)
        pixel = torch.round((center + 1) * size / 2 - 0.5)  # the window's centre pixel (x, y)
        center = (pixel + 0.5) * 2 / size - 1  # on pixels
        pos = center + self.win_offsets  # (1, h, w, 2)
        hw = pos.shape[1:3]
        disp = F.grid_sample(back, pos.expand(2, *hw, 2), align_corners=True, padding_mode="border")
        source = pos + disp.permute(0, 2, 3, 1)  # (2, h, w, 2) photo positions per layer
        layers = F.grid_sample(
            self.photo_mouth.expand(2, -1, -1, -1), source, align_corners=False,
            padding_mode="border",
        )  # fmt: skip
        # the same, a few pixels farther into each lip (up for the upper layer, down for the
        # lower): the texture that covers what the layers carried out of the photo's opening
        into_lip = F.grid_sample(
            self.photo_mouth[:, :5].expand(2, -1, -1, -1), source + self.lip_step,
            align_corners=False, padding_mode="border",
        )  # fmt: skip
        # the window is axis-aligned: x varies along columns only, y along rows only, so every
        # contour is evaluated once per column and broadcast
        gx, gy = pos[0, :1, :, 0], pos[0, :, :1, 1]  # (1, w), (h, 1)
        # beside the corners the layers differ a little: cross-fade them over a widening band
        mid_x = (ui[0, 0] + ui[-1, 0]) * 0.5
        half_w = (ui[-1, 0] - ui[0, 0]).abs() * 0.5
        beside = ((gx - mid_x).abs() - half_w).clamp(min=0.0) * (size / 2.0)
        lower = below_seam(ui, li, gx, gy, size, 1.0 + 0.8 * beside)
        image = layers[0, :3] * (1 - lower) + layers[1, :3] * lower
        # whatever the layers carried out of the photo's own opening (teeth, the dark corners of
        # a smile) now lies outside the target opening, on the lips: it takes the lip texture
        # next to it (or the lips' colour, where that too was opening) instead of smearing a
        # dark rim past them
        smear = layers[0, 3] * (1 - lower) + layers[1, 4] * lower
        near_open = into_lip[0, 3] * (1 - lower) + into_lip[1, 4] * lower
        lip = into_lip[0, :3] * (1 - lower) + into_lip[1, :3] * lower
        lip = lip * (1 - near_open) + self.lip_color.view(3, 1, 1) * near_open
        # where the lips meet: the lips' own (darker) colour and a soft dark line, fading out
        # as they part and toward the corners
        px = size / 2.0
        y_up, y_low = polyline_y(ui, gx), polyline_y(li, gx)  # (1, w)
        near_seam = (1.0 - (gy - (y_up + y_low) * 0.5).abs() * (px / 1.5)).clamp(0.0, 1.0)
        closed = (1.0 - (y_low - y_up) * (px / 3.0)).clamp(0.0, 1.0)
        closed = closed * (torch.minimum(gx - ui[0, 0], ui[-1, 0] - gx) * (px / 3.0)).clamp(0, 1)
        lip = lip * (1 - near_seam) + self.lip_color.view(3, 1, 1) * near_seam
        line = near_seam * closed
        image = (image * (1 - smear) + lip * smear) * (1.0 - self.seam_dark * line)
        # the photo's own teeth, where its mouth shows them: the upper half fixed to the skull,
        # the lower half riding the jaw (sampled through the inverse of each rigid motion), not
        # dragged along by the lips; the drawn interior fills the rest of the opening (also
        # where the photo shows its own cavity: one cavity, shaded by the target lips)
        rigid = F.grid_sample(
            self.photo_mouth.expand(2, -1, -1, -1), self._rigid_sources(pos, weights, pose, rig),
            align_corners=False, padding_mode="border",
        )  # fmt: skip
        own_up, own_low = (rigid[0, 5] * 2).clamp(max=1.0), (rigid[1, 6] * 2).clamp(max=1.0)
        own = (own_up + own_low).clamp(max=1.0)
        inside = self._interior(ui, li, gx, gy, weights, pose, rig) * (1 - own)
        inside = inside + rigid[0, :3] * own_up + rigid[1, :3] * own_low * (1 - own_up)
        alpha = opening_alpha(ui, li, gx, gy, size)
        image = image * (1 - alpha) + inside * alpha
        # paste the window back: it sits exactly on output pixels, so the frame's pixel (x, y)
        # is the window's (x - x0, y - y0); the window's edge has alpha 0, so pixels outside it
        # read their nearest edge pixel (indices clamped) and keep the frame (a gather: a
        # grid_sample of the whole frame cost as much as the rest of the mouth)
        h, w = self.win_hw
        first = pixel + self.win_first
        cols = (self.frame_pixels - first[0]).clamp(0, w - 1).long()
        rows = (self.frame_pixels - first[1]).clamp(0, h - 1).long()
        rgba = torch.cat([image, self.win_alpha[0]], 0)  # (4, h, w)
        pasted = torch.gather(rgba, 2, cols.expand(4, h, size)).index_select(1, rows)[None]
        a = pasted[:, 3:4]
        return frame[:, :3] * (1 - a) + pasted[:, :3] * a

    def _rigid_sources(self, pos, weights, pose, rig: RigMotion) -> torch.Tensor:
        """(2, h, w, 2) photo positions of the window pixels under the head's motion alone and
        under head and jaw (each a 2D affine fitted to three mouth points)."""
        ref = rig.points[self.affine_idx]  # (3, 3): upper lip centre, the mouth corners
        low = rig.points[self.affine_idx_low]
        theta = rig.jaw_angle(weights)
        moved = torch.stack([rig.head(ref, pose), rig.head(rig.jaw(low, rig.one, theta), pose)])
        src = torch.stack([ref[:, :2], low[:, :2]])  # (2, 3, 2)
        t = moved[:, 1:] - moved[:, :1]  # (2, 2, 2): target edge vectors (rows)
        s = src[:, 1:] - src[:, :1]
        det = t[:, 0, 0] * t[:, 1, 1] - t[:, 0, 1] * t[:, 1, 0]
        inv = torch.stack([t[:, 1, 1], -t[:, 0, 1], -t[:, 1, 0], t[:, 0, 0]], -1).view(2, 2, 2)
        inv = inv / det.view(2, 1, 1)
        # p_src = s0 + (p - t0) · T^-1 · S   (row vectors)
        m = inv @ s  # (2, 2, 2)
        rel = pos.view(1, -1, 2) - moved[:, :1]  # (2, h*w, 2)
        out = src[:, :1] + rel @ m
        return out.view(2, pos.shape[1], pos.shape[2], 2)

    def _shaded(self, tooth: torch.Tensor, light: torch.Tensor) -> torch.Tensor:
        """Enamel in the mouth's shade turns toward the cavity's warm red (light bounced off
        the tongue and gums), not toward grey, which reads bluish beside skin."""
        return tooth * light + self.palette[0] * (1.0 - light) * 0.9

    def _interior(self, ui, li, gx, gy, weights, pose, rig: RigMotion) -> torch.Tensor:
        """The mouth as seen through the target lip opening: (3, h, w) RGB. Upper teeth hang
        from the neutral upper lip (fixed to the skull), the lower teeth and the tongue ride the
        jaw; each tooth row is shaded by the arch (darker toward the corners, where it turns
        away), by dark lines between the teeth, a gum shadow under the lip and a greyer edge;
        the cavity is darkest at the back. The lips hide all of it outside the opening."""
        fw, px = self.fw, self.size / 2.0
        ref_up = rig.neutral[self.ui]
        ref_low = rig.jaw(rig.neutral[self.li], rig.one, rig.jaw_angle(weights))
        teeth_up = self.curve @ rig.head(ref_up, pose)  # upper teeth: fixed to the skull
        teeth_low = self.curve @ rig.head(ref_low, pose)  # lower teeth: ride the jaw
        left, right = teeth_up[0, 0], teeth_up[-1, 0]
        half = ((right - left) * 0.5).abs() + 1e-4
        r = (gx - (left + right) * 0.5) / half  # -1 .. 1 across the arch
        r2 = r * r
        y_up, y_low = polyline_y(ui, gx), polyline_y(li, gx)
        depth = torch.minimum(gy - y_up, y_low - gy) * px  # pixels inside the opening
        gap = (y_low - y_up) * px + 1e-3

        def soft(d):  # signed normalized distance -> coverage, one pixel wide
            return (d * px + 0.5).clamp(0.0, 1.0)

        # cavity: near black at the back, a little light reaches in past the lips
        reach = (depth / (0.35 * gap + 1.0)).clamp(0.0, 1.0)
        color = self.palette[0] * (1.0 - 0.6 * reach) * (0.8 + 0.2 * r2)
        # tongue: a rounded mound behind the lower teeth; tongueOut raises and brings it forward
        t_out = weights[TONGUE_OUT]
        low_edge = polyline_y(teeth_low, gx)
        t_top = low_edge - 0.07 * fw - t_out * 0.08 * fw + 0.08 * fw * r2
        t_alpha = soft(gy - t_top) * soft((0.75 - r.abs()) * half)
        t_shade = 0.45 + 0.35 * ((gy - t_top) * px / (0.04 * fw * px)).clamp(0.0, 1.0)
        tongue = self.palette[1] * t_shade * (1.0 - 0.4 * r2)
        color = color * (1 - t_alpha) + tongue * t_alpha
        lines = (
            torch.exp(-(((r[None] - self.tooth_gaps.view(-1, 1, 1)) * half * px / 0.6) ** 2))
            .sum(0)
            .clamp(max=1.0)
        )
        tooth = self.tooth_color.view(3, 1, 1)
        # lines between teeth only where a tooth spans a few pixels (a comb at 256 px otherwise)
        crisp = (half * px / 40.0).clamp(0.0, 1.0)
        arch = (1.0 - 0.6 * r2).clamp(min=0.0) * (1.0 - 0.22 * crisp * lines)
        # lower teeth: a short row above the jaw's lip line, in the upper lip's shadow
        lt_top = low_edge - 0.024 * fw * (1 - 0.4 * r2)
        lt_alpha = (
            soft(gy - lt_top) * soft(low_edge + 0.02 * fw - gy) * soft((0.8 - r.abs()) * half)
        )
        lt_shade = 0.62 + 0.2 * ((gy - lt_top) * px / 2.0).clamp(0.0, 1.0)
        color = color * (1 - lt_alpha) + self._shaded(tooth, arch * lt_shade) * lt_alpha
        front = (t_out * 3 - 0.6).clamp(0.0, 1.0) * t_alpha
        color = color * (1 - front) + tongue * front
        # upper teeth: incisors longest, the row shortening toward the canines, the crowns'
        # edges rounded at each gap
        up_edge = polyline_y(teeth_up, gx)
        ut_bottom = up_edge + 0.036 * fw * (1 - 0.45 * r2) - 0.004 * fw * lines
        ut_alpha = (
            soft(ut_bottom - gy) * soft(gy - up_edge + 0.03 * fw) * soft((0.88 - r.abs()) * half)
        )
        from_lip = ((gy - y_up) * px / (0.012 * fw * px + 1.0)).clamp(0.0, 1.0)
        to_edge = ((ut_bottom - gy) * px / (0.008 * fw * px + 1.0)).clamp(0.0, 1.0)
        ut_shade = (0.7 + 0.3 * from_lip) * (0.88 + 0.12 * to_edge)
        color = color * (1 - ut_alpha) + self._shaded(tooth, arch * ut_shade) * ut_alpha
        # the lips' inner edge casts a thin shadow on whatever is right behind it
        return color * (0.75 + 0.25 * (depth / 1.5).clamp(0.0, 1.0))
