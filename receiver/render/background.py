"""The person apart from the background: the person moves with the head, the background stays.

At preparation (``person_layers``): MediaPipe's selfie segmentation (its model ships in the
wheel) plus the face's own landmark hull give the person; the background plate is the crop with
the person inpainted (OpenCV's Telea, at half the resolution: the filled part is only
seen where the head uncovers it, and a soft fill reads as out-of-focus background).

Per frame (``Backdrop``): the photo, its masks and the person's alpha are sampled through the
warp in one ``grid_sample`` of a precomputed tensor (the crop with a margin around it); the
finished person layer is then blended over the still plate. The alpha covers the person plus a
thin band of its own background, and the plate is inpainted only where alpha is 1, so the
neutral frame is the photo exactly.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from photocall.shared.logs import quiet_native_stderr

PERSON_GROW = 0.012  # the person's mask grown by this share of the side (its hair's fringe) ...
PERSON_FEATHER = 0.012  # ... then feathered outward over this share (plate = photo there)
PLATE_SCALE = 2  # the inpainting runs at half the resolution


class MediaPipeSegmenter:
    """MediaPipe selfie segmentation (general model, 256 x 256 input)."""

    def __init__(self) -> None:
        import mediapipe as mp  # heavy; only when a photo is prepared

        with quiet_native_stderr():  # TFLite's and absl's start-up notes
            self._model = mp.solutions.selfie_segmentation.SelfieSegmentation(model_selection=0)

    def person(self, rgb: np.ndarray) -> np.ndarray:
        """(H, W) float32 in [0, 1]: how likely each pixel shows a person."""
        with quiet_native_stderr():
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
    # only what joins the face: not a neighbour, nor specks
    _, parts = cv2.connectedComponents(core)
    face_part = parts[int(np.clip(face[:, 1].mean(), 0, size - 1)),
                      int(np.clip(face[:, 0].mean(), 0, size - 1))]  # fmt: skip
    core = (parts == face_part).astype(np.uint8)
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
    """The photo sampled through the warp from the context (the crop and its margin, so a head
    moving past the crop's edge brings its surroundings, not the edge row), with the person's
    alpha; then the person layer composited over the still background plate."""

    def __init__(self, prepared, channels: np.ndarray) -> None:
        """channels: (C, S, S) what the frame samples from the photo, RGB first; the rest
        (masks) are zero in the margin."""
        super().__init__()
        size, margin = prepared.size, prepared.margin
        self.reach = size / (size + 2 * margin)  # crop coordinates -> context coordinates
        context = prepared.context.astype(np.float32).transpose(2, 0, 1) / 255.0
        extra = np.pad(channels[3:], ((0, 0), (margin, margin), (margin, margin)))
        layer = np.concatenate([context, extra, prepared.person[None]]).astype(np.float32)
        plate = prepared.plate.astype(np.float32).transpose(2, 0, 1) / 255.0
        self.register_buffer("layer", torch.from_numpy(layer)[None], persistent=False)
        self.register_buffer("plate", torch.from_numpy(plate)[None], persistent=False)

    def sample(self, grid: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """grid (1, S, S, 2) in the crop's normalized coordinates (it may reach past the crop)
        -> the frame (1, C, S, S) as sampling the photo would give it, and the person's alpha
        (1, 1, S, S)."""
        out = F.grid_sample(self.layer, grid * self.reach, align_corners=False,
                            padding_mode="border")  # fmt: skip
        return out[:, :-1], out[:, -1:]

    def composite(self, rgb: torch.Tensor, alpha: torch.Tensor) -> torch.Tensor:
        """rgb (1, 3, S, S) the finished person layer -> the frame over the plate."""
        return self.plate + (rgb - self.plate) * alpha
