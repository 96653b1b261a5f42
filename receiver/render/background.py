"""The person apart from the background: the person moves with the head, the background stays.

At preparation (``person_layers``): MediaPipe's selfie segmentation (its model ships in the
wheel) plus the face's own landmark hull give the person; the background plate is the crop with
the person inpainted (OpenCV's Telea, at half the resolution: the filled part is only
seen where the head uncovers it, and a soft fill reads as out-of-focus background).

Per frame (``Backdrop``): the person layer is the warped frame, its alpha the person mask sampled
through the same warp, composited over the still plate: two ``grid_sample``s of precomputed
tensors and a blend. The alpha covers the person plus a thin band of its own background, and
the plate is inpainted only where alpha is 1, so the neutral frame is the photo exactly.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

PERSON_GROW = 0.012  # the person's mask grown by this share of the side (its hair's fringe) ...
PERSON_FEATHER = 0.012  # ... then feathered outward over this share (plate = photo there)
PLATE_SCALE = 2  # the inpainting runs at half the resolution


class MediaPipeSegmenter:
    """MediaPipe selfie segmentation (general model, 256 x 256 input)."""

    def __init__(self) -> None:
        import mediapipe as mp  # heavy; only when a photo is prepared

        self._model = mp.solutions.selfie_segmentation.SelfieSegmentation(model_selection=0)

    def person(self, rgb: np.ndarray) -> np.ndarray:
        """(H, W) float32 in [0, 1]: how likely each pixel shows a person."""
        result = self._model.process(np.ascontiguousarray(rgb[..., :3], dtype=np.uint8))
        return np.clip(np.asarray(result.segmentation_mask, np.float32), 0.0, 1.0)


_DEFAULT: MediaPipeSegmenter | None = None


def default_segmenter() -> MediaPipeSegmenter:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = MediaPipeSegmenter()
    return _DEFAULT


def person_layers(
    rgb: np.ndarray, face: np.ndarray, segmenter: MediaPipeSegmenter | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """rgb: (S, S, 3) uint8; face: (N, 2) landmarks in its pixels. Returns the person's alpha
    (S, S) float32 and the background plate (S, S, 3) uint8 (the person inpainted)."""
    import cv2  # opencv-contrib-python, a dependency of mediapipe

    size = rgb.shape[0]
    prob = (segmenter or default_segmenter()).person(rgb)
    core = (prob > 0.5).astype(np.uint8)
    hull = cv2.convexHull(np.round(face).astype(np.int32))
    cv2.fillConvexPoly(core, hull, 1)  # the face is the person, whatever the segmenter says
    grow = max(1, round(PERSON_GROW * size))
    disk = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * grow + 1, 2 * grow + 1))
    hole = cv2.dilate(core, disk)
    # alpha: 1 on the grown person, falling to 0 over the feather band outside it
    outside = cv2.distanceTransform((1 - hole).astype(np.uint8), cv2.DIST_L2, 5)
    feather = max(1.0, PERSON_FEATHER * size)
    alpha = np.clip(1.0 - outside / feather, 0.0, 1.0).astype(np.float32)
    # the plate: inpainted where alpha is 1, the photo wherever the person layer lets it show
    small = max(8, size // PLATE_SCALE)
    low = cv2.resize(rgb, (small, small), interpolation=cv2.INTER_AREA)
    low_hole = cv2.resize(hole, (small, small), interpolation=cv2.INTER_NEAREST)
    low_hole = cv2.dilate(low_hole, np.ones((3, 3), np.uint8))
    filled = cv2.inpaint(low, low_hole, 3, cv2.INPAINT_TELEA)
    filled = cv2.resize(filled, (size, size), interpolation=cv2.INTER_CUBIC)
    # no hard seam where the fill meets the photo: blend over a few pixels inside the hole
    inside = cv2.distanceTransform(hole, cv2.DIST_L2, 5)
    blend = np.clip(inside / feather, 0.0, 1.0)[..., None]
    plate = rgb * (1.0 - blend) + filled.astype(np.float32) * blend
    return alpha, np.round(plate).astype(np.uint8)


class Backdrop(nn.Module):
    """forward(frame (1, 3, S, S), grid (1, S, S, 2)) -> (1, 3, S, S): the warped frame as the
    person layer over the still background plate. ``grid``: where each output pixel samples the
    photo (normalized over the S x S crop, as for ``grid_sample``; it may reach past the crop,
    into the context margin)."""

    def __init__(self, prepared) -> None:
        super().__init__()
        size, margin = prepared.size, prepared.margin
        self.size = size
        self.reach = size / (size + 2 * margin)  # crop coordinates -> context coordinates
        context = prepared.context.astype(np.float32) / 255.0
        layer = np.concatenate([context.transpose(2, 0, 1), prepared.person[None]])
        plate = prepared.plate.astype(np.float32).transpose(2, 0, 1) / 255.0
        self.register_buffer("layer", torch.from_numpy(layer)[None], persistent=False)
        self.register_buffer("plate", torch.from_numpy(plate)[None], persistent=False)

    def forward(self, frame: torch.Tensor, grid: torch.Tensor) -> torch.Tensor:
        person = F.grid_sample(
            self.layer, grid * self.reach, align_corners=False, padding_mode="border"
        )
        # inside the crop the frame (lids and mouth drawn) is the person; past it, the context
        half = self.size / 2.0
        inside = ((1.0 - grid.abs()) * half + 0.5).clamp(0.0, 1.0)  # (1, S, S, 2)
        inside = (inside[..., 0] * inside[..., 1])[:, None]
        rgb = person[:, :3] + (frame - person[:, :3]) * inside
        alpha = person[:, 3:]
        return self.plate + (rgb - self.plate) * alpha
