"""Photo preparation, once per photo: decode, find the face, crop square with hair and shoulders.

The result, ``PreparedPhoto``, is the render size crop and its 478 landmarks in crop pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from photocall.shared.errors import UserError
from photocall.shared.landmarks import (
    FaceDetector,
    Landmarker,
    default_detector,
    default_landmarker,
)
from photocall.shared.photo_check import (
    PhotoError,
    decode_photo,
    default_photo_bytes,
    find_face,
    load_photo,
    photo_name,
)
from photocall.shared.photo_landmarks import GivenLandmarks, read_landmarks

from .border import crop_filled, fit_crop
from .rig import CHIN, FACE_EDGE, FOREHEAD

__all__ = [
    "CropConfig", "PhotoError", "PreparedPhoto", "crop_box", "decode_photo",
    "default_photo_bytes", "find_face", "load_photo", "prepare_photo",
]  # fmt: skip

RENDER_SIZES = (256, 512)
CONTEXT_MARGIN = 0.25  # the crop's surroundings kept for the moving head (pitch or roll up to ~0.5)


@dataclass(frozen=True)
class CropConfig:
    """Square crop around the face, in units of the face height (forehead top to chin)."""

    side: float = 2.3  # crop side: room for hair above and shoulders below
    drop: float = 0.12  # crop centre below the face centre, as a fraction of the side


@dataclass(frozen=True, eq=False)
class PreparedPhoto:
    """image: (size, size, 3) uint8 RGB crop. landmarks: (478, 3) float32 in crop pixels
    (x right, y down, z away from the camera, z in x's scale). crop: (x0, y0, side) in the
    decoded photo's pixels. source_size: (width, height) of the decoded photo.

    The person apart from the background (background.py): context: (size + 2·margin)² RGB, the
    crop with ``margin`` pixels more on every side (``image`` is its centre), for the head to
    move into. person: (size + 2·margin)² float32 in [0, 1], how much each context pixel belongs
    to the person. plate: (size, size, 3) uint8, the background with the person filled in."""

    image: np.ndarray
    landmarks: np.ndarray
    crop: tuple[float, float, float]
    source_size: tuple[int, int]
    context: np.ndarray
    margin: int
    person: np.ndarray
    plate: np.ndarray

    @property
    def size(self) -> int:
        return int(self.image.shape[0])


def crop_box(
    landmarks: np.ndarray, config: CropConfig = CropConfig()
) -> tuple[float, float, float]:
    """(x0, y0, side) of the square crop around a face (forehead to chin, face edge to edge)."""
    top, chin = landmarks[FOREHEAD, :2], landmarks[CHIN, :2]
    face_height = float(np.linalg.norm(chin - top))
    left, right = landmarks[FACE_EDGE["R"], 0], landmarks[FACE_EDGE["L"], 0]
    side = config.side * face_height
    cx = float(left + right) / 2
    cy = float(top[1] + chin[1]) / 2 + config.drop * side
    return cx - side / 2, cy - side / 2, side


def prepare_photo(
    source: bytes | str | Path,
    size: int = 256,
    landmarker: Landmarker | None = None,
    crop: CropConfig = CropConfig(),
    detector: FaceDetector | None = None,
    name: str | None = None,
) -> PreparedPhoto:
    """Decode, find the largest face, crop square around it (filled past the photo's border)
    and resize to ``size``; separate the person from the background. PhotoError names the
    photo ``name`` (by default its path, or "the photo" for bytes).

    Memory follows the output, not the photo: the decoded photo is read only through a
    reduced copy (detection) and the crop around the face (``border.crop_filled``)."""
    from .background import person_layers

    if size not in RENDER_SIZES:
        raise UserError(f"render size must be one of {RENDER_SIZES}, got {size}")
    name = photo_name(source) if name is None else name
    image = load_photo(source, name)
    # a photo that carries its owner's landmarks (a browser's, photo_landmarks.py) is framed by them
    given = read_landmarks(source, image.size) if landmarker is None and isinstance(source, bytes) else None
    if given is not None:
        landmarker, detector = GivenLandmarks(given, image.size[0]), None
    elif landmarker is None:
        landmarker = default_landmarker()
        detector = default_detector() if detector is None else detector
    points = find_face(image, landmarker, detector, name)
    width, height = image.size
    x0, y0, side = fit_crop(crop_box(points, crop), width, height)
    margin = round(CONTEXT_MARGIN * size)
    outer = side * (size + 2 * margin) / size
    context = crop_filled(image, (x0 - (outer - side) / 2, y0 - (outer - side) / 2, outer),
                          size + 2 * margin)  # fmt: skip
    del image  # the photo's pixels are no longer needed (the person layers run on the crop)
    scale = size / side
    crop_points = (points - np.array([x0, y0, 0.0], dtype=np.float32)) * np.float32(scale)
    person, plate = person_layers(context, crop_points[:, :2] + margin)
    inner = slice(margin, margin + size)
    return PreparedPhoto(
        image=np.ascontiguousarray(context[inner, inner]),
        landmarks=crop_points.astype(np.float32),
        crop=(float(x0), float(y0), float(side)),
        source_size=(int(width), int(height)),
        context=context,
        margin=margin,
        person=person,
        plate=np.ascontiguousarray(plate[inner, inner]),
    )
