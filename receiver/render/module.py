"""Frame synthesis as one ``torch.nn.Module``: (weights, pose) -> RGB frame for one prepared photo.

Per frame, everything is matmuls, elementwise ops and ``grid_sample`` (exportable to ONNX and
TensorRT; no per-frame solve, no data-dependent control flow):

0. ARKit's weights are absolute (all-zero: lips together, relaxed corners, open eyes), the
   photo is not: w' = w·gain − offset undoes the photo's own expression (estimated once, see
   rig.py), and a fixed displacement R closes what the jaw leaves of its lip gap.
1. landmarks X' = X + B·w' + R, the jaw points rotated about the hinge by w'[jawOpen] (negative
   closes a photo's open mouth), then the head rotated about the neck pivot and projected:
   p = s·(R·(X' − c)) + c + t.
2. Two warp layers share one precomputed thin-plate-spline matrix M (controls at the reference
   landmarks, anchors on the border and shoulders): in the *upper* layer the lower lip stays
   with the upper one, in the *lower* layer the upper lip rides the jaw with the lower one
   (smooth fall-offs, and lip-parting shapes glued across), so neither layer stretches lip skin
   across the opening. Coarse forward flow = M·D; inverted by Newton steps on the coarse grid;
   upsampled; ``grid_sample`` of the photo.
3. Lids: skin over whatever of the photo's eye the closing lids do not squash away, a skin band
   over the closed lid (the crease's shadow would read as an open eye) and a lash line. Irises
   move as rig points (eyeLook*).
4. In a window around the mouth (snapped to the pixel grid), the layers meet at the target lip
   seam (a soft dark line where the lips touch); what the layers carry out of the photo's own
   opening takes the lip texture beside it. The mouth interior (dark cavity, tongue, lower
   teeth riding the jaw, upper teeth hanging from the neutral upper lip, fixed to the head,
   each row shaded) is drawn inside the target inner-lip contour (a Catmull-Rom curve through
   the landmarks) under a feathered mask; where the photo shows its own teeth, they are used
   instead (upper row fixed to the head, lower row riding the jaw).
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
TOOTH_ENAMEL = (0.84, 0.78, 0.67)  # drawn teeth where the photo shows none: warm, not white
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


def _mouth_masks_np(points: np.ndarray, size: int, dark: np.ndarray | None = None) -> np.ndarray:
    """(2, size, size): the photo's own mouth opening above and below its lip seam (each half
    belongs to one warp layer), with the same formulas as the per-frame target masks, grown by
    half a pixel (so the contour's own antialiased pixels count). ``dark`` (size, size) in
    [0, 1]: where the photo is darker than its lips; the opening then also takes in dark pixels
    up to three pixels past its contour (the shadowed corners of a smile)."""
    with torch.no_grad():
        pts = torch.from_numpy(points[:, :2]).float()
        coords = (torch.arange(size, dtype=torch.float32) * 2 + 1) / size - 1
        gy, gx = torch.meshgrid(coords, coords, indexing="ij")
        curve = torch.from_numpy(subdivide_matrix(len(UPPER_INNER))).float()
        upper, lower = curve @ pts[list(UPPER_INNER)], curve @ pts[list(LOWER_INNER)]
        opening = _opening_alpha(upper, lower, gx, gy, size, 1.0, 0.5 * size / 256)
        if dark is not None:
            wide = _opening_alpha(upper, lower, gx, gy, size, 1.0, 3.0 * size / 256)
            opening = opening + (wide - opening) * torch.from_numpy(dark).float()
        below = _below_seam(upper, lower, gx, gy, size)
        return torch.stack([opening * (1 - below), opening * below]).numpy()


def _darker_than(image: np.ndarray, color: np.ndarray) -> np.ndarray:
    """(S, S) in [0, 1]: 1 where a pixel is under 60 % of ``color``'s brightness."""
    luma = np.array([0.299, 0.587, 0.114])
    ref = float(color @ luma)
    return np.clip((0.6 * ref - image @ luma) / (0.2 * ref + 1e-6), 0.0, 1.0).astype(np.float32)


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


def _tooth_color(image: np.ndarray, opening: np.ndarray) -> np.ndarray | None:
    """The photo's own teeth colour where its mouth shows teeth (the brighter part of the
    opening), else None; drawn teeth then match the teeth the photo shows."""
    pixels = image[opening > 0.9]
    if len(pixels) < 20:
        return None
    luma = pixels @ np.array([0.299, 0.587, 0.114])
    bright = pixels[luma >= np.quantile(luma, 0.6)]
    color = np.median(bright, 0)
    # only if they look like teeth (light, not saturated): otherwise it is a dark cavity
    if color.min() < 0.55 or color.max() - color.min() > 0.25:
        return None
    return color


def _teeth_likeness(image: np.ndarray, opening: np.ndarray) -> np.ndarray:
    """(S, S) in [0, 1]: how much each pixel of the photo's opening looks like a tooth (light
    and unsaturated, against the opening's own brightest pixels); zero where none shows."""
    luma = image @ np.array([0.299, 0.587, 0.114])
    pixels = luma[opening > 0.9]
    if len(pixels) < 20 or _tooth_color(image, opening) is None:
        return np.zeros_like(luma, dtype=np.float32)
    top = np.quantile(pixels, 0.9)
    chroma = image.max(-1) - image.min(-1)
    light = np.clip((luma - 0.55 * top) / (0.25 * top), 0.0, 1.0)
    pale = np.clip((0.35 - chroma) / 0.15, 0.0, 1.0)
    return (light * pale).astype(np.float32)


def _teeth_rows(image: np.ndarray, opening: np.ndarray) -> np.ndarray:
    """(2, S, S): the photo's own upper and lower teeth. A column's teeth belong to the lower
    row below a dark gap that has teeth above and below it; otherwise (a smile showing only
    its upper teeth) all to the upper row, which stays fixed to the skull."""
    like = _teeth_likeness(image, opening) * (opening > 0.5)
    luma = image @ np.array([0.299, 0.587, 0.114])
    if like.max() < 0.5:
        return np.zeros((2, *like.shape), np.float32)
    teeth_luma = float(np.median(luma[like > 0.5]))
    dark = np.where(opening > 0.5, luma, np.inf).argmin(0)  # (S,) darkest row per column
    rows = np.arange(like.shape[0])[:, None]
    below = rows > dark[None]
    cols = np.arange(like.shape[1])
    gap = (luma[dark, cols] < 0.45 * teeth_luma) & ((like > 0.5) & ~below).any(0)
    gap &= ((like > 0.5) & below).any(0)
    lower = below & gap[None]
    return np.stack([like * ~lower, like * lower]).astype(np.float32)


def _lip_color(image: np.ndarray, points: np.ndarray, size: int) -> np.ndarray:
    """The lips' median colour (between the outer and the inner lip contours), a little darker:
    what fills the seam where the photo's own opening closes."""
    with torch.no_grad():
        pts = torch.from_numpy(points[:, :2]).float()
        coords = (torch.arange(size, dtype=torch.float32) * 2 + 1) / size - 1
        gx, gy = coords[None], coords[:, None]
        outer = _opening_alpha(pts[list(UPPER_OUTER)], pts[list(LOWER_OUTER)], gx, gy, size)
        inner = _opening_alpha(pts[list(UPPER_INNER)], pts[list(LOWER_INNER)], gx, gy, size, 1, 1)
        lips = ((outer - inner) > 0.99).numpy()
    if lips.sum() < 10:
        return np.array([0.55, 0.35, 0.33])
    return np.median(image[lips], 0) * 0.85


def _lid_colors(image: np.ndarray, points: np.ndarray, size: int) -> np.ndarray:
    """(2, 3) skin colour of each closed upper lid: the middle (by brightness) of three patches
    (between lid and brow, just above the lid, under the eye), a little shaded. The darkest
    (the brow's shadow on deep-set eyes) paints a dark patch that reads as an open eye, the
    brightest a pale band that reads as the white of one."""
    out = []
    luma = np.array([0.299, 0.587, 0.114])
    r = max(2, size // 64)
    for (upper, lower), brow in zip(EYE_CHAINS, (105, 334)):
        lid, low = points[upper[4], :2], points[lower[4], :2]
        width = np.linalg.norm(points[upper[0], :2] - points[upper[-1], :2])
        spots = (
            lid + (points[brow, :2] - lid) * 0.45,
            lid + (points[brow, :2] - lid) * 0.25,
            low + np.array([0.0, 0.35 * width]),
        )
        colors = []
        for spot in spots:
            x, y = np.clip(((spot + 1) * size / 2).astype(int), 0, size - 1)
            patch = image[max(0, y - r) : y + r + 1, max(0, x - r) : x + r + 1].reshape(-1, 3)
            colors.append(np.median(patch, 0))
        out.append(sorted(colors, key=lambda c: float(c @ luma))[1] * 0.9)
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


EYE_GROW_PX = 2.0  # the eye mask reaches past the lid line, over the lashes (thick ones too)
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
        lips = _lip_color(image, rig.points, size)
        opening = _mouth_masks_np(rig.points, size)
        mouth = _mouth_masks_np(rig.points, size, _darker_than(image, lips))
        eyes = _eye_mask_np(rig.points, size)
        rgb = image.transpose(2, 0, 1)
        # the whole frame samples RGB + the photo's eye openings; the mouth window samples RGB +
        # the photo's mouth opening above / below its seam (each belongs to one warp layer) +
        # the photo's own upper / lower teeth
        buf("photo", np.concatenate([rgb, eyes[None]])[None])
        self.backdrop = Backdrop(prepared, self.photo[0].numpy()) if config.person_layer else None
        teeth = _teeth_rows(image, opening.sum(0))
        buf("photo_mouth", np.concatenate([rgb, mouth, teeth])[None])
        buf("lid_color", _lid_colors(image, rig.points, size))
        # each eye's open height (normalized): how far up the closed lid's skin band reaches
        chains = [(list(u), list(v)) for u, v in EYE_CHAINS]
        buf("eye_height", [np.ptp(rig.points[u + v, 1]) for u, v in chains])
        own_teeth = _tooth_color(image, opening.sum(0))
        buf("tooth_color", TOOTH_ENAMEL if own_teeth is None else own_teeth)
        buf("lip_color", lips)
        buf("seam_dark", np.array([0.3, 0.42, 0.45]).reshape(3, 1, 1))  # warm, not grey
        step = 5.0 * 2.0 / 256  # five pixels at 256 (ten at 512), in normalized units
        buf("lip_step", np.array([[0.0, -step], [0.0, step]]).reshape(2, 1, 1, 2))
        self.register_buffer("eye_chains", torch.tensor(EYE_CHAINS), persistent=False)
        buf("points", rig.points)
        buf("basis", rig.basis.reshape(rig.basis.shape[0], -1))
        # the photo's own expression, undone: ARKit's absolute weights -> the rig's (see rig.py)
        buf("gain", rig.gain)
        buf("offset", rig.offset)
        buf("rest", rig.rest)
        # the neutral face (lips together, relaxed corners) before the jaw: teeth hang from it
        buf("neutral", rig.points + rig.rest - np.tensordot(rig.offset, rig.basis, 1))
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
            np.array([[0.36, 0.12, 0.11], [0.66, 0.32, 0.31], [0.84, 0.78, 0.67]])[..., None, None],
        )
        ramp = lambda k: np.minimum(np.minimum(np.arange(k), np.arange(k)[::-1]) / 3.0, 1.0)
        buf("win_alpha", np.outer(ramp(len(rows)), ramp(len(cols)))[None, None])
        self.register_buffer("ui", torch.tensor(UPPER_INNER), persistent=False)
        buf("curve", subdivide_matrix(len(UPPER_INNER)))
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

    def _jaw_angle(self, weights: torch.Tensor) -> torch.Tensor:
        """Radians from the photo's own jaw: negative closes a photo's open mouth."""
        return (weights[JAW_OPEN] * self.gain[JAW_OPEN] - self.offset[JAW_OPEN]) * self.jaw_max

    def _head(self, x: torch.Tensor, pose: torch.Tensor) -> torch.Tensor:
        rot = _rotation(pose[0], pose[1], pose[2])
        xr = (x - self.pivot) @ rot.T
        scale = self.camera / (self.camera - pose[5])
        return xr[:, :2] * scale + self.pivot[:2] + pose[3:5] * self.fw

    def landmarks(self, weights: torch.Tensor, pose: torch.Tensor) -> torch.Tensor:
        """(3, N, 2) positions of the rig points (normalized): the target face, then the
        upper and the lower warp layer (each with the other lip glued to its own)."""
        weights = weights * self.gain - self.offset
        shape = (weights[None] @ self.basis).view(-1, 3) + self.rest
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
        """Skin over whatever eye the warp could not squash out of the closing lids, a skin band
        over a closing lid, and a dark lash line along it. The eyes sit side by side, so every
        per-eye curve is a function of the column: both eyes are evaluated in one pass."""
        size, px = self.size, self.size / 2.0
        gx, gy = self.ident[0, :1, :, 0], self.ident[0, :, :1, 1]  # (1, S), (S, 1)
        split = (target[133, 0] + target[362, 0]) * 0.5  # between the eyes
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
        opening = ((inside + grow) / grow).clamp(0.0, 1.0)  # as _opening_alpha
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

    def _mouth(self, frame, back, target, weights, pose) -> torch.Tensor:
        size = self.size
        ui, li = self.curve @ target[self.ui], self.curve @ target[self.li]
        center = torch.cat([ui, li]).mean(0)
        center = (torch.round((center + 1) * size / 2 - 0.5) + 0.5) * 2 / size - 1  # on pixels
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
        lower = _below_seam(ui, li, gx, gy, size, 1.0 + 0.8 * beside)
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
            self.photo_mouth.expand(2, -1, -1, -1), self._rigid_sources(pos, weights, pose),
            align_corners=False, padding_mode="border",
        )  # fmt: skip
        own_up, own_low = (rigid[0, 5] * 2).clamp(max=1.0), (rigid[1, 6] * 2).clamp(max=1.0)
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
        theta = self._jaw_angle(weights)
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

    def _shaded(self, tooth: torch.Tensor, light: torch.Tensor) -> torch.Tensor:
        """Enamel in the mouth's shade turns toward the cavity's warm red (light bounced off
        the tongue and gums), not toward grey, which reads bluish beside skin."""
        return tooth * light + self.palette[0] * (1.0 - light) * 0.9

    def _interior(self, ui, li, gx, gy, weights, pose) -> torch.Tensor:
        """The mouth as seen through the target lip opening: (3, h, w) RGB. Upper teeth hang
        from the neutral upper lip (fixed to the skull), the lower teeth and the tongue ride the
        jaw; each tooth row is shaded by the arch (darker toward the corners, where it turns
        away), by dark lines between the teeth, a gum shadow under the lip and a greyer edge;
        the cavity is darkest at the back. The lips hide all of it outside the opening."""
        fw, px = self.fw, self.size / 2.0
        ref_up = self.neutral[self.ui]
        ref_low = self._jaw(self.neutral[self.li], self.one, self._jaw_angle(weights))
        teeth_up = self.curve @ self._head(ref_up, pose)  # upper teeth: fixed to the skull
        teeth_low = self.curve @ self._head(ref_low, pose)  # lower teeth: ride the jaw
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
