"""The square crop where it runs past the photo's border: shifted back inside where a small shift
does it, else filled by mirroring the photo at its border, blurred more the farther it reaches.

Repeating the edge pixels (the old fill) draws straight streaks across a third of a frame when a
face sits near the photo's side or a portrait is cut at the shoulders; a mirror continues the
texture, and the growing blur keeps a mirrored neighbour's face from showing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

Box = tuple[float, float, float]  # (x0, y0, side) in photo pixels


@dataclass(frozen=True)
class BorderConfig:
    max_shift: float = 0.12  # the crop may move this share of its side to stay inside the photo
    min_side: float = 0.85  # ... and shrink to this share of its side (the face grows in frame)
    blur_ramp: float = 0.06  # fill blurred fully this far past the border (share of the side)
    blur_sigma: float = 0.025  # that blur, as a share of the side


def fit_crop(box: Box, width: int, height: int, config: BorderConfig = BorderConfig()) -> Box:
    """Shrink and shift the crop into a ``width`` x ``height`` photo, within the config's
    limits, keeping the face where it was as far as they allow."""
    x0, y0, side = box
    new_side = max(config.min_side * side, min(side, float(width), float(height)))
    x0, y0 = x0 + (side - new_side) / 2, y0 + (side - new_side) / 2  # same centre
    limit = config.max_shift * new_side

    def shift(start: float, length: float) -> float:
        if start < 0 and start + new_side <= length:  # past the low border only
            return start + min(-start, limit, length - (start + new_side))
        if start + new_side > length and start >= 0:  # past the high border only
            return start - min(start + new_side - length, limit, start)
        return start

    return shift(x0, float(width)), shift(y0, float(height)), new_side


def crop_filled(
    rgb: np.ndarray, box: Box, pixels: int, config: BorderConfig = BorderConfig()
) -> np.ndarray:
    """(pixels, pixels, 3) uint8: the photo's square ``box`` resampled, mirrored and blurred
    where it lies past the photo's border."""
    from PIL import Image, ImageFilter

    height, width = rgb.shape[:2]
    x0, y0, side = box
    over = max(0.0, -x0, -y0, x0 + side - width, y0 + side - height)
    pad = int(np.ceil(over)) + 2 if over > 0 else 0
    # "symmetric" mirrors about the border itself; numpy repeats the mirror past one photo width
    padded = np.pad(rgb, ((pad, pad), (pad, pad), (0, 0)), mode="symmetric") if pad else rgb
    image = Image.fromarray(padded).resize(
        (pixels, pixels), Image.Resampling.LANCZOS,
        box=(x0 + pad, y0 + pad, x0 + pad + side, y0 + pad + side), reducing_gap=3.0,
    )  # fmt: skip
    if not pad:
        return np.asarray(image)
    # distance of each output pixel past the photo's border, in output pixels
    step = side / pixels
    centres = (np.arange(pixels) + 0.5) * step
    dx = np.maximum(np.maximum(-(x0 + centres), x0 + centres - width), 0.0)
    dy = np.maximum(np.maximum(-(y0 + centres), y0 + centres - height), 0.0)
    past = np.hypot(dy[:, None], dx[None]) / step
    weight = np.clip(past / (config.blur_ramp * pixels), 0.0, 1.0)[..., None]
    blurred = image.filter(ImageFilter.GaussianBlur(config.blur_sigma * pixels))
    mixed = np.asarray(image) * (1.0 - weight) + np.asarray(blurred) * weight
    return np.round(mixed).astype(np.uint8)


def streak_ratio(image: np.ndarray, region: np.ndarray, axis: int) -> float:
    """How streaky ``region`` (a boolean mask) of an RGB image is along ``axis`` (1: rows, the
    fill of a left or right border; 0: columns, top or bottom): mean absolute luminance change
    across the streaks over the mean change along them. Natural texture gives about 1; edge
    replication gives no change along, so the ratio grows without bound (capped at 1000)."""
    luma = image[..., :3].astype(np.float64) @ np.array([0.299, 0.587, 0.114])
    along = np.abs(np.diff(luma, axis=axis))
    across = np.abs(np.diff(luma, axis=1 - axis))
    h, w = along.shape[0], across.shape[1]
    h, w = min(h, across.shape[0]), min(w, along.shape[1])
    keep = region[:h, :w]
    if not keep.any():
        return 1.0
    return float(min(1000.0, across[:h, :w][keep].mean() / max(along[:h, :w][keep].mean(), 1e-3)))
