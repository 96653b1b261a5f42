"""What the renderer reads off the photo once, before the first frame (numpy, never per frame):
the masks of the photo's own mouth and eye openings, its teeth, and the lip and lid colours the
mouth and the lids paint with. ``add_buffer`` makes each a constant of the frame graph.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from .polyline import below_seam, opening_alpha, subdivide_matrix
from .rig import BROW_ABOVE_EYE, EYE_CHAINS, LOWER_INNER, LOWER_OUTER, UPPER_INNER, UPPER_OUTER

EYE_GROW_PX = 2.0  # the eye mask reaches past the lid line, over the lashes (thick ones too)
LUMA = np.array([0.299, 0.587, 0.114])


def add_buffer(module: nn.Module, name: str, value) -> None:
    """``value`` as a float32 buffer of ``module`` (not saved: it is rebuilt from the photo)."""
    module.register_buffer(
        name, torch.as_tensor(np.asarray(value), dtype=torch.float32), persistent=False
    )


def mouth_masks(points: np.ndarray, size: int, dark: np.ndarray | None = None) -> np.ndarray:
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
        opening = opening_alpha(upper, lower, gx, gy, size, 1.0, 0.5 * size / 256)
        if dark is not None:
            wide = opening_alpha(upper, lower, gx, gy, size, 1.0, 3.0 * size / 256)
            opening = opening + (wide - opening) * torch.from_numpy(dark).float()
        below = below_seam(upper, lower, gx, gy, size)
        return torch.stack([opening * (1 - below), opening * below]).numpy()


def darker_than(image: np.ndarray, color: np.ndarray) -> np.ndarray:
    """(S, S) in [0, 1]: 1 where a pixel is under 60 % of ``color``'s brightness."""
    ref = float(color @ LUMA)
    return np.clip((0.6 * ref - image @ LUMA) / (0.2 * ref + 1e-6), 0.0, 1.0).astype(np.float32)


def eye_mask(points: np.ndarray, size: int) -> np.ndarray:
    """(S, S) in [0, 1]: the photo's own eye openings, grown over the lashes."""
    with torch.no_grad():
        pts = torch.from_numpy(points[:, :2]).float()
        coords = (torch.arange(size, dtype=torch.float32) * 2 + 1) / size - 1
        gx, gy = coords[None], coords[:, None]
        grow = EYE_GROW_PX * size / 256
        masks = [
            opening_alpha(pts[list(u)], pts[list(v)], gx, gy, size, grow, grow)
            for u, v in EYE_CHAINS
        ]
        return torch.maximum(*masks).numpy()


def tooth_color(image: np.ndarray, opening: np.ndarray) -> np.ndarray | None:
    """The photo's own teeth colour where its mouth shows teeth (the brighter part of the
    opening), else None; drawn teeth then match the teeth the photo shows."""
    pixels = image[opening > 0.9]
    if len(pixels) < 20:
        return None
    luma = pixels @ LUMA
    bright = pixels[luma >= np.quantile(luma, 0.6)]
    color = np.median(bright, 0)
    # only if they look like teeth (light, not saturated): otherwise it is a dark cavity
    if color.min() < 0.55 or color.max() - color.min() > 0.25:
        return None
    return color


def _teeth_likeness(image: np.ndarray, opening: np.ndarray) -> np.ndarray:
    """(S, S) in [0, 1]: how much each pixel of the photo's opening looks like a tooth (light
    and unsaturated, against the opening's own brightest pixels); zero where none shows."""
    luma = image @ LUMA
    pixels = luma[opening > 0.9]
    if len(pixels) < 20 or tooth_color(image, opening) is None:
        return np.zeros_like(luma, dtype=np.float32)
    top = np.quantile(pixels, 0.9)
    chroma = image.max(-1) - image.min(-1)
    light = np.clip((luma - 0.55 * top) / (0.25 * top), 0.0, 1.0)
    pale = np.clip((0.35 - chroma) / 0.15, 0.0, 1.0)
    return (light * pale).astype(np.float32)


def teeth_rows(image: np.ndarray, opening: np.ndarray) -> np.ndarray:
    """(2, S, S): the photo's own upper and lower teeth. A column's teeth belong to the lower
    row below a dark gap that has teeth above and below it; otherwise (a smile showing only
    its upper teeth) all to the upper row, which stays fixed to the skull."""
    like = _teeth_likeness(image, opening) * (opening > 0.5)
    luma = image @ LUMA
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


def lip_color(image: np.ndarray, points: np.ndarray, size: int) -> np.ndarray:
    """The lips' median colour (between the outer and the inner lip contours), a little darker:
    what fills the seam where the photo's own opening closes."""
    with torch.no_grad():
        pts = torch.from_numpy(points[:, :2]).float()
        coords = (torch.arange(size, dtype=torch.float32) * 2 + 1) / size - 1
        gx, gy = coords[None], coords[:, None]
        outer = opening_alpha(pts[list(UPPER_OUTER)], pts[list(LOWER_OUTER)], gx, gy, size)
        inner = opening_alpha(pts[list(UPPER_INNER)], pts[list(LOWER_INNER)], gx, gy, size, 1, 1)
        lips = ((outer - inner) > 0.99).numpy()
    if lips.sum() < 10:
        return np.array([0.55, 0.35, 0.33])
    return np.median(image[lips], 0) * 0.85


def lid_colors(image: np.ndarray, points: np.ndarray, size: int) -> np.ndarray:
    """(2, 3) skin colour of each closed upper lid: the middle (by brightness) of three patches
    (between lid and brow, just above the lid, under the eye), a little shaded. The darkest
    (the brow's shadow on deep-set eyes) paints a dark patch that reads as an open eye, the
    brightest a pale band that reads as the white of one."""
    out = []
    r = max(2, size // 64)
    brows = (BROW_ABOVE_EYE["R"], BROW_ABOVE_EYE["L"])  # in EYE_CHAINS' order
    for (upper, lower), brow in zip(EYE_CHAINS, brows):
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
        out.append(sorted(colors, key=lambda c: float(c @ LUMA))[1] * 0.9)
    return np.stack(out)
