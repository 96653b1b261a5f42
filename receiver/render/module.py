"""Frame synthesis as one ``torch.nn.Module``: (weights, pose) -> RGB frame for one prepared photo.

Per frame, everything is matmuls, elementwise ops and ``grid_sample`` (exportable to ONNX and
TensorRT; no per-frame solve, no data-dependent control flow):

1. landmarks X' = X + B·w, the jaw points rotated about the hinge by jawOpen, then the head
   rotated about the neck pivot and projected: p = s·(R·(X' − c)) + c + t.
2. Two warp layers share one precomputed thin-plate-spline matrix M (controls at the reference
   landmarks, anchors on the border and shoulders): in the *upper* layer the lower lip stays
   with the upper one, in the *lower* layer the upper lip rides the jaw with the lower one
   (smooth fall-offs, and lip-parting shapes glued across), so neither layer stretches lip skin
   across the opening. Coarse forward flow = M·D; inverted by Newton steps on the coarse grid;
   upsampled; ``grid_sample`` of the photo.
3. Lids: skin over whatever of the photo's eye the closing lids do not squash away, and a lash
   line. Irises move as rig points (eyeLook*).
4. In a window around the mouth (snapped to the pixel grid), the layers meet at the target lip
   seam, and the mouth interior (cavity, tongue, lower teeth riding the jaw, upper teeth fixed
   to the head) is drawn inside the target inner-lip contour under a feathered mask, except
   where the photo's own open mouth already shows (it moves with its lip).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch
import torch.nn.functional as F
from photocall.shared.motion import BLENDSHAPE_INDEX
from torch import nn

from .background import Backdrop
from .photo import PreparedPhoto
from .polyline import polyline_y
from .rig import (
    BROW,
    FACE_OVAL,
    IRIS,
    LOWER_INNER,
    LOWER_OUTER,
    NOSE_TIP,
    NOSE_WING,
    NUM_LANDMARKS,
    UPPER_INNER,
    UPPER_OUTER,
    Rig,
    RigConfig,
    build_rig,
)
from .tps import tps_matrix

JAW_OPEN = BLENDSHAPE_INDEX["jawOpen"]
TONGUE_OUT = BLENDSHAPE_INDEX["tongueOut"]
BLINK_LEFT, BLINK_RIGHT = BLENDSHAPE_INDEX["eyeBlinkLeft"], BLENDSHAPE_INDEX["eyeBlinkRight"]
# eye openings as x-sorted chains, corner to corner: (upper, lower) per eye (image left first)
EYE_CHAINS = (
    ((33, 246, 161, 160, 159, 158, 157, 173, 133), (33, 7, 163, 144, 145, 153, 154, 155, 133)),
    ((362, 398, 384, 385, 386, 387, 388, 466, 263), (362, 382, 381, 380, 374, 373, 390, 249, 263)),
)
# lateral positions of the gaps between teeth, as a fraction of the half arch
TOOTH_GAPS = (0.0, 0.17, 0.32, 0.45, 0.57, 0.68, 0.78, 0.87)


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


def _mouth_masks_np(points: np.ndarray, size: int) -> np.ndarray:
    """(2, size, size): the photo's own mouth opening above and below its lip seam (each half
    belongs to one warp layer), with the same formulas as the per-frame target masks."""
    with torch.no_grad():
        pts = torch.from_numpy(points[:, :2]).float()
        coords = (torch.arange(size, dtype=torch.float32) * 2 + 1) / size - 1
        gy, gx = torch.meshgrid(coords, coords, indexing="ij")
        upper, lower = pts[list(UPPER_INNER)], pts[list(LOWER_INNER)]
        opening = _opening_alpha(upper, lower, gx, gy, size)
        below = _below_seam(upper, lower, gx, gy, size)
        return torch.stack([opening * (1 - below), opening * below]).numpy()


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


def _eye_mask_np(points: np.ndarray, size: int) -> np.ndarray:
    with torch.no_grad():
        pts = torch.from_numpy(points[:, :2]).float()
        coords = (torch.arange(size, dtype=torch.float32) * 2 + 1) / size - 1
        gx, gy = coords[None], coords[:, None]
        grow = EYE_GROW_PX * size / 256
        masks = [
            _opening_alpha(pts[list(u)], pts[list(v)], gx, gy, size, grow, grow)
            for u, v in EYE_CHAINS
        ]
        return torch.maximum(*masks).numpy()


def _tooth_color(image: np.ndarray, opening: np.ndarray) -> np.ndarray:
    """The photo's own teeth colour where its mouth is open (the brighter half of the opening),
    else a neutral enamel; drawn teeth then match the teeth the photo shows."""
    default = np.array([0.93, 0.90, 0.82])
    pixels = image[opening > 0.9]
    if len(pixels) < 20:
        return default
    luma = pixels @ np.array([0.299, 0.587, 0.114])
    bright = pixels[luma >= np.quantile(luma, 0.6)]
    color = np.median(bright, 0)
    # only if they look like teeth (light, not saturated): otherwise it is a dark cavity
    if color.min() < 0.55 or color.max() - color.min() > 0.25:
        return default
    return color


def _lid_colors(image: np.ndarray, points: np.ndarray, size: int) -> np.ndarray:
    """(2, 3) skin colour of each upper lid: the median of a patch between lid and brow."""
    out = []
    for (upper, _), brow in zip(EYE_CHAINS, (105, 334)):
        lid = points[upper[4], :2]
        spot = lid + (points[brow, :2] - lid) * 0.45
        x, y = ((spot + 1) * size / 2).astype(int)
        r = max(2, size // 64)
        patch = image[max(0, y - r) : y + r + 1, max(0, x - r) : x + r + 1].reshape(-1, 3)
        out.append(np.median(patch, 0) * 0.9)  # a closed lid sits in the socket's shade
    return np.stack(out)


def _below_seam(upper, lower, gx, gy, size: int, feather_px=1.0) -> torch.Tensor:
    seam = polyline_y((upper + lower) * 0.5, gx)
    return ((gy - seam) * (size / 2.0) / feather_px + 0.5).clamp(0.0, 1.0)


def _opening_alpha(
    upper, lower, gx, gy, size: int, feather_px: float = 1.0, grow_px: float = 0.0
) -> torch.Tensor:
    y_up, y_low = polyline_y(upper, gx), polyline_y(lower, gx)
    inside = torch.minimum(gy - y_up, y_low - gy)
    inside = torch.minimum(inside, torch.minimum(gx - upper[0, 0], upper[-1, 0] - gx))
    inside = inside * (size / 2.0)  # pixels inside the contour (x-range bounded)
    return ((inside + grow_px) / feather_px).clamp(0.0, 1.0)


EYE_GROW_PX = 1.5  # the eye mask reaches past the lid line, over the lashes
LASH_DARK = 0.75  # how dark the lash line of a closed lid is


def _rotation(pitch, yaw, roll) -> torch.Tensor:
    """R = R_roll · R_yaw · R_pitch for x right, y down, z away (signs: shared/motion.py)."""
    cp, sp, cy, sy, cr, sr = pitch.cos(), pitch.sin(), yaw.cos(), yaw.sin(), roll.cos(), roll.sin()
    one, zero = torch.ones_like(cp), torch.zeros_like(cp)
    rx = torch.stack([one, zero, zero, zero, cp, -sp, zero, sp, cp]).view(3, 3)
    ry = torch.stack([cy, zero, -sy, zero, one, zero, sy, zero, cy]).view(3, 3)
    rz = torch.stack([cr, -sr, zero, sr, cr, zero, zero, zero, one]).view(3, 3)
    return rz @ ry @ rx


class FrameSynth(nn.Module):
    """forward(weights (52,), pose (6,)) -> (size, size, 3) float32 RGB in [0, 1]."""

    def __init__(self, prepared: PreparedPhoto, config: SynthConfig = SynthConfig()) -> None:
        super().__init__()
        rig: Rig = build_rig(prepared, config.rig)
        size, n = prepared.size, len(rig.points)
        self.size, self.config = size, config
        self.steps, self.interior = config.inverse_steps, config.mouth_and_eyes
        f32 = torch.float32

        def buf(name: str, value) -> None:
            self.register_buffer(
                name, torch.as_tensor(np.asarray(value), dtype=f32), persistent=False
            )

        image = prepared.image.astype(np.float32) / 255.0
        mouth = _mouth_masks_np(rig.points, size)
        eyes = _eye_mask_np(rig.points, size)
        rgb = image.transpose(2, 0, 1)
        # the whole frame samples RGB + the photo's eye openings; the mouth window samples RGB +
        # the photo's mouth opening above / below its seam (each belongs to one warp layer)
        buf("photo", np.concatenate([rgb, eyes[None]])[None])
        self.backdrop = Backdrop(prepared, self.photo[0].numpy()) if config.person_layer else None
        buf("photo_mouth", np.concatenate([rgb, mouth])[None])
        buf("lid_color", _lid_colors(image, rig.points, size))
        buf("tooth_color", _tooth_color(image, mouth.sum(0)))
        self.register_buffer("eye_chains", torch.tensor(EYE_CHAINS), persistent=False)
        buf("points", rig.points)
        buf("basis", rig.basis.reshape(rig.basis.shape[0], -1))
        buf("jaw_masks", np.concatenate([rig.jaw_mask[None], rig.layer_jaw_masks])[..., None])
        buf("hinge", rig.jaw_hinge)
        axis = rig.jaw_axis.astype(np.float64)
        k = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
        buf("jaw_k", k)
        buf("jaw_k2", k @ k)
        self.jaw_max = float(rig.jaw_max)
        buf("pivot", rig.pivot)
        self.fw = float(rig.face_width)
        self.camera = float(rig.camera_distance)
        # two layers: index maps that glue one lip to the other
        up_idx, low_idx = np.arange(n), np.arange(n)
        for upper, lower in ((UPPER_OUTER, LOWER_OUTER), (UPPER_INNER, LOWER_INNER)):
            up_idx[list(lower)] = upper
            low_idx[list(upper)] = lower
        self.register_buffer(
            "glue", torch.from_numpy(np.stack([up_idx, low_idx])), persistent=False
        )
        g = config.grid
        lin = np.linspace(-1.0, 1.0, g)
        gy, gx = np.meshgrid(lin, lin, indexing="ij")
        coarse = np.stack([gx, gy], -1)
        # TPS controls: every contour point (lips, eyes, irises, brows, oval, nose), a share of
        # the remaining mesh, the hair ring; then the fixed anchors (zero displacement)
        ctrl = control_points(len(rig.points), config.mesh_stride)
        self.register_buffer("ctrl", torch.from_numpy(ctrl), persistent=False)
        controls = np.concatenate([rig.points[ctrl, :2], rig.anchors])
        m = tps_matrix(controls, coarse.reshape(-1, 2), config.regularization)[:, : len(ctrl)]
        buf("tps_t", m.T.copy())  # (controls, g*g): the wide GEMM is the fast orientation
        buf("coarse", coarse[None])
        centers = (np.arange(size) * 2 + 1) / size - 1
        fy, fx = np.meshgrid(centers, centers, indexing="ij")
        buf("ident", np.stack([fx, fy], -1)[None])
        x0, x1, y0, y1 = config.window
        px = 2.0 / size  # one pixel in normalized units
        cols = np.arange(int(np.floor(x0 * self.fw / px)), int(np.ceil(x1 * self.fw / px)) + 1)
        rows = np.arange(int(np.floor(y0 * self.fw / px)), int(np.ceil(y1 * self.fw / px)) + 1)
        wy, wx = np.meshgrid(rows * px, cols * px, indexing="ij")
        buf("win_offsets", np.stack([wx, wy], -1)[None])
        buf("win_lo", [cols[0] * px, rows[0] * px])
        buf("win_scale", [2.0 / ((cols[-1] - cols[0]) * px), 2.0 / ((rows[-1] - rows[0]) * px)])
        buf("eye3", np.eye(3))
        buf("one", np.ones((1, 1)))
        # cavity, tongue, teeth (RGB in [0, 1])
        buf(
            "palette",
            np.array([[0.30, 0.09, 0.10], [0.56, 0.25, 0.27], [0.93, 0.90, 0.82]])[..., None, None],
        )
        ramp = lambda k: np.minimum(np.minimum(np.arange(k), np.arange(k)[::-1]) / 3.0, 1.0)
        buf("win_alpha", np.outer(ramp(len(rows)), ramp(len(cols)))[None, None])
        self.register_buffer("ui", torch.tensor(UPPER_INNER), persistent=False)
        self.register_buffer("affine_idx", torch.tensor([13, 61, 291]), persistent=False)
        self.register_buffer("affine_idx_low", torch.tensor([14, 61, 291]), persistent=False)
        self.register_buffer("li", torch.tensor(LOWER_INNER), persistent=False)
        buf(
            "tooth_gaps",
            np.array([s * g for g in TOOTH_GAPS for s in ((1,) if g == 0 else (1, -1))]),
        )

    # -- geometry ---------------------------------------------------------------------------
    def _jaw(self, x: torch.Tensor, mask: torch.Tensor, theta: torch.Tensor) -> torch.Tensor:
        rot = self.eye3 + theta.sin() * self.jaw_k + (1 - theta.cos()) * self.jaw_k2
        return x + mask * ((x - self.hinge) @ rot.T + self.hinge - x)

    def _head(self, x: torch.Tensor, pose: torch.Tensor) -> torch.Tensor:
        rot = _rotation(pose[0], pose[1], pose[2])
        xr = (x - self.pivot) @ rot.T
        scale = self.camera / (self.camera - pose[5])
        return xr[:, :2] * scale + self.pivot[:2] + pose[3:5] * self.fw

    def landmarks(self, weights: torch.Tensor, pose: torch.Tensor) -> torch.Tensor:
        """(3, N, 2) positions of the rig points (normalized): the target face, then the
        upper and the lower warp layer (each with the other lip glued to its own)."""
        shape = (weights[None] @ self.basis).view(-1, 3)
        x = self.points + torch.stack([shape, shape[self.glue[0]], shape[self.glue[1]]])
        x = self._jaw(x, self.jaw_masks, weights[JAW_OPEN] * self.jaw_max)
        return self._head(x.reshape(-1, 3), pose).view(3, -1, 2)

    # -- synthesis --------------------------------------------------------------------------
    def forward(self, weights: torch.Tensor, pose: torch.Tensor) -> torch.Tensor:
        weights, pose = weights.reshape(-1).float(), pose.reshape(-1).float()
        points = self.landmarks(weights, pose)
        target = points[0]
        disp = points[1:, self.ctrl] - self.points[self.ctrl, :2]
        n = disp.shape[1]
        layers = disp.permute(1, 0, 2).reshape(n, 4)
        g = self.config.grid
        flow = (layers.T @ self.tps_t).view(2, 2, g, g)  # (layer, xy, g, g)
        back = self._invert(flow)  # (layer, xy, g, g) backward displacement
        full_disp = F.grid_sample(back[:1], self.ident, align_corners=True, padding_mode="border")
        grid = self.ident + full_disp.permute(0, 2, 3, 1)
        if self.backdrop is not None:  # the person apart from the background (background.py)
            frame, person = self.backdrop.sample(grid)
        else:
            frame = F.grid_sample(self.photo, grid, align_corners=False, padding_mode="border")
        if self.interior:
            frame = self._lids(frame, target, weights)
            frame = self._mouth(frame, back, target, weights, pose)
        if self.backdrop is not None:
            frame = self.backdrop.composite(frame[:, :3], person)
        return frame[0, :3].permute(1, 2, 0).clamp(0.0, 1.0)

    def _invert(self, flow: torch.Tensor) -> torch.Tensor:
        """Solve x + flow(x) = y for every coarse grid point y by Newton steps (the Jacobian by
        central differences; plain fixed-point steps diverge where the jaw stretches skin 2x)."""
        g = self.config.grid
        step = 2.0 / (g - 1)
        pad = torch.cat([flow[..., :1], flow, flow[..., -1:]], 3)  # edge padding
        pad = torch.cat([pad[..., :1, :], pad, pad[..., -1:, :]], 2)
        d_dx = (pad[:, :, 1:-1, 2:] - pad[:, :, 1:-1, :-2]) / (2 * step)
        d_dy = (pad[:, :, 2:, 1:-1] - pad[:, :, :-2, 1:-1]) / (2 * step)
        field = torch.cat(
            [flow, d_dx, d_dy], 1
        )  # (layer, 6, g, g): fx fy dfx/dx dfy/dx dfx/dy dfy/dy
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

    def _lids(self, frame: torch.Tensor, target: torch.Tensor, weights: torch.Tensor):
        """Skin over whatever eye the warp could not squash out of the closing lids, and a
        dark lash line along a closing lid."""
        size = self.size
        gx, gy = self.ident[0, :1, :, 0], self.ident[0, :, :1, 1]  # (1, S), (S, 1)
        cover = torch.zeros_like(gy * gx)
        lash = torch.zeros_like(cover)
        color = self.lid_color[0].view(3, 1, 1) * 0.0
        blinks = (
            weights[BLINK_RIGHT],
            weights[BLINK_LEFT],
        )  # image-left eye is the subject's right
        split = (target[133, 0] + target[362, 0]) * 0.5  # between the eyes
        for k in range(2):
            upper, lower = target[self.eye_chains[k, 0]], target[self.eye_chains[k, 1]]
            grow = EYE_GROW_PX * size / 256
            opening = _opening_alpha(upper, lower, gx, gy, size, grow, grow)
            x0, x1 = upper[0, 0], upper[-1, 0]
            inside_x = ((gx - x0) * (x1 - gx) > 0).float()
            y_up = polyline_y(upper, gx)
            lash_px = 1.5 * size / 256.0
            near = (1.0 - ((gy - y_up) * (size / 2.0 / lash_px)).abs()).clamp(min=0.0) * inside_x
            near = near * (blinks[k] * 2 - 0.6).clamp(0.0, 1.0)  # lashes meet as the lid closes
            side = (gx < split).float() if k == 0 else (gx >= split).float()
            region = (frame[0, 3] - opening).clamp(0.0, 1.0) * side
            cover = cover + region
            lash = lash + near
            color = color + self.lid_color[k].view(3, 1, 1) * side
        rgb = frame[0, :3] * (1 - cover) + color * cover
        rgb = rgb * (1 - LASH_DARK * lash.clamp(max=1.0))
        return rgb[None]

    def _mouth(self, frame, back, target, weights, pose) -> torch.Tensor:
        size = self.size
        ui, li = target[self.ui], target[self.li]
        center = torch.cat([ui, li]).mean(0)
        center = (torch.round((center + 1) * size / 2 - 0.5) + 0.5) * 2 / size - 1  # on pixels
        pos = center + self.win_offsets  # (1, h, w, 2)
        hw = pos.shape[1:3]
        disp = F.grid_sample(back, pos.expand(2, *hw, 2), align_corners=True, padding_mode="border")
        layers = F.grid_sample(
            self.photo_mouth.expand(2, -1, -1, -1), pos + disp.permute(0, 2, 3, 1),
            align_corners=False,
            padding_mode="border",
        )  # fmt: skip
        # the window is axis-aligned: x varies along columns only, y along rows only, so every
        # contour is evaluated once per column and broadcast
        gx, gy = pos[0, :1, :, 0], pos[0, :, :1, 1]  # (1, w), (h, 1)
        # beside the corners the layers differ a little: cross-fade them over a widening band
        mid_x = (ui[0, 0] + ui[-1, 0]) * 0.5
        half_w = (ui[-1, 0] - ui[0, 0]).abs() * 0.5
        beside = ((gx - mid_x).abs() - half_w).clamp(min=0.0) * (size / 2.0)
        lower = _below_seam(ui, li, gx, gy, size, 1.0 + 0.8 * beside)
        image = layers[0, :3] * (1 - lower) + layers[1, :3] * lower
        # the photo's own teeth, where its mouth is open: the upper half fixed to the skull, the
        # lower half riding the jaw (sampled through the inverse of each rigid motion), not
        # dragged along by the lips; the drawn interior fills the rest of the opening
        rigid = F.grid_sample(
            self.photo_mouth.expand(2, -1, -1, -1), self._rigid_sources(pos, weights, pose),
            align_corners=False, padding_mode="border",
        )  # fmt: skip
        own_up, own_low = (rigid[0, 3] * 2).clamp(max=1.0), (rigid[1, 4] * 2).clamp(max=1.0)
        own = (own_up + own_low).clamp(max=1.0)
        inside = self._interior(ui, li, gx, gy, weights, pose) * (1 - own)
        inside = inside + rigid[0, :3] * own_up + rigid[1, :3] * own_low * (1 - own_up)
        alpha = _opening_alpha(ui, li, gx, gy, size)
        image = image * (1 - alpha) + inside * alpha
        # paste the window back: it sits exactly on output pixels, so sampling is exact
        rel = (self.ident - (center + self.win_lo)) * self.win_scale - 1.0
        rgba = torch.cat([image, self.win_alpha[0]], 0)[None]
        pasted = F.grid_sample(rgba, rel, align_corners=True, padding_mode="zeros")
        a = pasted[:, 3:4]
        return frame[:, :3] * (1 - a) + pasted[:, :3] * a

    def _rigid_sources(self, pos, weights, pose) -> torch.Tensor:
        """(2, h, w, 2) photo positions of the window pixels under the head's motion alone and
        under head and jaw (each a 2D affine fitted to three mouth points)."""
        ref = self.points[self.affine_idx]  # (3, 3): upper lip centre, the mouth corners
        low = self.points[self.affine_idx_low]
        theta = weights[JAW_OPEN] * self.jaw_max
        moved = torch.stack(
            [self._head(ref, pose), self._head(self._jaw(low, self.one, theta), pose)]
        )
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

    def _interior(self, ui, li, gx, gy, weights, pose) -> torch.Tensor:
        """The mouth as seen through the target lip opening: (3, h, w) RGB."""
        fw, px = self.fw, self.size / 2.0
        ref_up = self.points[self.ui]
        ref_low = self._jaw(self.points[self.li], self.one, weights[JAW_OPEN] * self.jaw_max)
        teeth_up = self._head(ref_up, pose)  # upper teeth: fixed to the skull
        teeth_low = self._head(ref_low, pose)  # lower teeth: ride the jaw
        left, right = teeth_up[0, 0], teeth_up[-1, 0]
        half = ((right - left) * 0.5).abs() + 1e-4
        r = (gx - (left + right) * 0.5) / half  # -1 .. 1 across the arch
        depth = torch.minimum(gy - polyline_y(ui, gx), polyline_y(li, gx) - gy) * px
        gap = (polyline_y(li, gx) - polyline_y(ui, gx)) * px + 1e-3
        open_frac = (gap / (0.12 * fw * px)).clamp(0.0, 1.0)

        def soft(d):  # signed pixels -> coverage
            return (d * px + 0.5).clamp(0.0, 1.0)

        # cavity: lit near the lips, dark at the back
        shade = 1.0 - 0.65 * (depth / (0.5 * gap)).clamp(0.0, 1.0)
        color = self.palette[0] * shade
        arch = (1.0 - 0.55 * r * r).clamp(min=0.0)
        # tongue: a rounded mound behind the lower teeth; tongueOut raises and brings it forward
        t_out = weights[TONGUE_OUT]
        low_edge = polyline_y(teeth_low, gx)
        t_top = low_edge - 0.075 * fw - t_out * 0.09 * fw + 0.08 * fw * r * r
        t_alpha = soft(gy - t_top) * soft((0.7 - r.abs()) * half)
        t_shade = (0.75 + 0.25 * ((gy - t_top) * px / 4.0).clamp(0.0, 1.0).neg().add(1.0)) * arch
        tongue = self.palette[1] * t_shade
        color = color * (1 - t_alpha) + tongue * t_alpha
        gaps = torch.exp(
            -(((r[None] - self.tooth_gaps.view(-1, 1, 1)) * half * px / 0.5) ** 2)
        ).sum(0)
        tooth = self.tooth_color.view(3, 1, 1)
        lit = (0.8 + 0.2 * open_frac) * arch * (1.0 - 0.08 * gaps.clamp(max=1.0))
        # lower teeth: their top edge sits 0.045 face widths above the jaw's lip line
        lt_top = low_edge - 0.045 * fw * (1 - 0.5 * r * r)
        lt_alpha = (
            soft(gy - lt_top) * soft(low_edge + 0.02 * fw - gy) * soft((0.85 - r.abs()) * half)
        )
        color = color * (1 - lt_alpha) + tooth * (lit * 0.9) * lt_alpha
        front = (t_out * 3 - 0.6).clamp(0.0, 1.0) * t_alpha
        color = color * (1 - front) + tongue * front
        up_edge = polyline_y(teeth_up, gx)
        ut_bottom = up_edge + 0.062 * fw * (1 - 0.5 * r * r)
        ut_alpha = (
            soft(ut_bottom - gy) * soft(gy - up_edge + 0.03 * fw) * soft((0.9 - r.abs()) * half)
        )
        tip = 1.0 - 0.25 * ((gy - ut_bottom) * px / 1.5 + 1).clamp(0.0, 1.0)
        color = color * (1 - ut_alpha) + tooth * (lit * tip) * ut_alpha
        # the lips shade the top of the opening
        return color * (0.6 + 0.4 * (depth / 3.0).clamp(0.0, 1.0))
