"""The square crop where it runs past the photo's border: shifted back inside where a small shift
does it, else filled by mirroring the photo at its border, blurred more the farther it reaches.

Repeating the edge pixels (the old fill) draws straight streaks across a third of a frame when a
face sits near the photo's side or a portrait is cut at the shoulders; a mirror continues the
texture, and the growing blur keeps a mirrored neighbour's face from showing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from PIL import Image

Box = tuple[float, float, float]  # (x0, y0, side) in photo pixels
REDUCING_GAP = 3.0  # Pillow reduces by whole factors while that leaves this many pixels per output
PRE_REDUCE = 2.0  # a crop past the border is reduced first to at least this many pixels per output
LANCZOS_SUPPORT = 3.0  # Pillow's Lanczos filter: 3 lobes, in output pixels when reducing


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
    photo: np.ndarray | Image.Image, box: Box, pixels: int, config: BorderConfig = BorderConfig()
) -> np.ndarray:
    """(pixels, pixels, 3) uint8: the photo's square ``box`` resampled, mirrored and blurred
    where it lies past the photo's border. ``photo``: (H, W, 3) uint8 RGB or an RGB Pillow
    image; only the part of it the square needs is read, reduced before it is mirrored."""
    from PIL import Image

    image = photo if isinstance(photo, Image.Image) else Image.fromarray(photo[..., :3])
    width, height = image.size
    x0, y0, side = box
    over = max(0.0, -x0, -y0, x0 + side - width, y0 + side - height)
    if not over:
        return np.asarray(image.resize(
            (pixels, pixels), Image.Resampling.LANCZOS,
            box=(x0, y0, x0 + side, y0 + side), reducing_gap=REDUCING_GAP,
        ))  # fmt: skip
    part, (px, py), factor = _mirrored_part(image, box, pixels, int(np.ceil(over)) + 2)
    cut = ((x0 - px) / factor, (y0 - py) / factor, side / factor)
    resized = Image.fromarray(part).resize(
        (pixels, pixels), Image.Resampling.LANCZOS,
        box=(cut[0], cut[1], cut[0] + cut[2], cut[1] + cut[2]), reducing_gap=REDUCING_GAP,
    )  # fmt: skip
    return blur_past_border(resized, box, (width, height), config)


def blur_past_border(
    resized: Image.Image, box: Box, photo_size: tuple[int, int], config: BorderConfig
) -> np.ndarray:
    """``resized`` (the square ``box`` of a photo of ``photo_size``, already resampled) blended
    toward a blur of itself the further each pixel lies past the photo's border."""
    from PIL import ImageFilter

    pixels = resized.size[0]
    width, height = photo_size
    x0, y0, side = box
    # distance of each output pixel past the photo's border, in output pixels
    step = side / pixels
    centres = (np.arange(pixels) + 0.5) * step
    dx = np.maximum(np.maximum(-(x0 + centres), x0 + centres - width), 0.0)
    dy = np.maximum(np.maximum(-(y0 + centres), y0 + centres - height), 0.0)
    past = np.hypot(dy[:, None], dx[None]) / step
    weight = np.clip(past / (config.blur_ramp * pixels), 0.0, 1.0)[..., None]
    blurred = resized.filter(ImageFilter.GaussianBlur(config.blur_sigma * pixels))
    mixed = np.asarray(resized) * (1.0 - weight) + np.asarray(blurred) * weight
    return np.round(mixed).astype(np.uint8)


def _mirrored_part(
    image: Image.Image, box: Box, pixels: int, pad: int
) -> tuple[np.ndarray, tuple[float, float], int]:
    """The part of the photo that the square ``box`` (resampled to ``pixels``) reads, mirrored
    ``pad`` photo pixels past each border that the square crosses: (part, the photo position
    of the part's first pixel, the whole factor the part was reduced by).

    Where a photo pixel is less than half an output pixel (a large photo, a face filling it)
    the part is reduced by a whole factor before it is mirrored: memory goes with the output,
    not the photo. Otherwise its pixels are those of the whole photo mirrored (and so is the
    crop)."""
    x0, y0, side = box
    factor = max(1, int(side / pixels / PRE_REDUCE))
    reach = LANCZOS_SUPPORT * max(1.0, side / pixels) + 2.0  # the filter's reach, photo pixels
    xs = _needed(x0 - reach, x0 + side + reach, image.width, pad)
    ys = _needed(y0 - reach, y0 + side + reach, image.height, pad)
    region = (xs[0], ys[0], xs[1], ys[1])
    part = np.asarray(image.reduce(factor, box=region) if factor > 1 else image.crop(region))
    mirror = -(-pad // factor)  # pad in the part's pixels
    before_x, after_x = xs[2] * mirror, xs[3] * mirror
    before_y, after_y = ys[2] * mirror, ys[3] * mirror
    # "symmetric" mirrors about the border itself; numpy repeats the mirror past one photo width
    part = np.pad(part, ((before_y, after_y), (before_x, after_x), (0, 0)), mode="symmetric")
    return part, (xs[0] - before_x * factor, ys[0] - before_y * factor), factor


def _needed(start: float, end: float, length: int, pad: int) -> tuple[int, int, bool, bool]:
    """Along one axis, the photo pixels [lo, hi) that [start, end) reads once mirrored at the
    photo's borders (as far as ``pad`` past a border it crosses), and whether it crosses the
    low and the high border."""
    low, high = start < 0, end > length
    if low:
        start = min(start, -pad)
    if high:
        end = max(end, length + pad)
    lo, hi = max(0, int(np.floor(start))), min(length, int(np.ceil(end)))
    if low:  # the mirror of [start, 0) is [0, -start)
        lo, hi = 0, max(hi, min(length, int(np.ceil(-start))))
    if high:  # the mirror of [length, end) is [2·length − end, length)
        lo, hi = min(lo, max(0, int(np.floor(2 * length - end)))), length
    return lo, hi, low, high


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
