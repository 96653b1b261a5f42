"""The photo check both sides need: decode a photo safely and find the face in it.

The sender checks its own photo before it connects (so a photo without a face is the user's
error at once, naming the file); the receiver runs the same steps first when it prepares a photo
it was sent (``receiver/render/photo.py``). Face detection and the 478-point mesh are MediaPipe's
(``shared/landmarks.py``); they load on first use, not on import.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from photocall.shared.landmarks import (
    NOSE_TIP,
    FaceBox,
    FaceDetector,
    Landmarker,
    default_detector,
    default_landmarker,
)
from photocall.shared.photo_decode import (
    MAX_PHOTO_BYTES,
    MAX_PHOTO_PIXELS,
    PhotoError,
    decode_photo,
    load_photo,
    photo_name,
)

if TYPE_CHECKING:
    from PIL import Image

__all__ = [
    "MAX_PHOTO_BYTES", "MAX_PHOTO_PIXELS", "PhotoError", "check_photo", "decode_photo",
    "default_photo_bytes", "find_face", "load_photo", "photo_name",
]  # fmt: skip

DETECT_MAX_SIDE = 1280  # detection runs on a copy at most this big (the mesh works at 192 px)
MESH_CROP_SIDE = 2.2  # a face the mesh misses: it runs on a crop this many face boxes wide ...
MESH_CROP_PIXELS = 512  # ... upsampled to this many pixels


def default_photo_bytes() -> bytes:
    """The bundled default photo: NASA's astronaut portrait from scikit-image (public domain)."""
    return (resources.files("photocall.shared") / "assets" / "astronaut.jpg").read_bytes()


def check_photo(
    source: bytes | str | Path,
    landmarker: Landmarker | None = None,
    detector: FaceDetector | None = None,
    name: str | None = None,
) -> np.ndarray:
    """Decode ``source`` and find its largest face: that face's (478, 3) landmarks in the
    photo's pixels. PhotoError (naming the photo ``name``: by default the file when ``source``
    is a path) if the photo is not an image, is too large, or shows no face. The default
    landmarker and detector are shared per process."""
    name = photo_name(source) if name is None else name
    image = load_photo(source, name)
    if landmarker is None:
        landmarker = default_landmarker()
        detector = default_detector() if detector is None else detector
    return find_face(image, landmarker, detector, name)


def find_face(
    photo: np.ndarray | Image.Image,
    landmarker: Landmarker,
    detector: FaceDetector | None = None,
    name: str = "the photo",
) -> np.ndarray:
    """The largest face's (478, 3) landmarks in the photo's pixels; PhotoError (naming the
    photo ``name``) if none.

    The detector finds face boxes however small the faces are (wide and group shots); the
    largest that the landmarker confirms wins: on the whole photo where the mesh sees that face,
    else on an upsampled crop around it. Without a detector, or if it finds nothing, the
    largest face the landmarker finds on the whole photo.

    ``photo``: (H, W, 3) uint8 RGB, or an RGB Pillow image (``load_photo``: a large photo is
    then only ever read through a reduced copy and crops, never copied whole)."""
    from PIL import Image

    image = photo if isinstance(photo, Image.Image) else Image.fromarray(photo[..., :3])
    width, height = image.size
    scale = min(1.0, DETECT_MAX_SIDE / max(height, width))
    small = np.asarray(_resized(image, scale) if scale < 1.0 else image)
    faces = landmarker.detect(small)
    boxes = detector.detect(small) if detector is not None else []
    for box in sorted(boxes, key=lambda b: -b.area):
        # the mesh on the whole photo where it sees this face; else on an upsampled crop
        inside = [f * np.float32(1.0 / scale) for f in faces if _inside(f[NOSE_TIP, :2], box)]
        points = inside[0] if inside else _mesh_in_box(image, box, 1.0 / scale, landmarker)
        if points is not None:
            return points
    if not faces:
        raise PhotoError(f"no face found in {name}: use a well-lit, frontal portrait")

    def area(points: np.ndarray) -> float:
        span = points[:, :2].max(0) - points[:, :2].min(0)
        return float(span[0] * span[1])

    face = max(faces, key=area)
    return face * np.float32(1.0 / scale) if scale < 1.0 else face


def _inside(point: np.ndarray, box: FaceBox) -> bool:
    return bool(box.x <= point[0] <= box.x + box.width and box.y <= point[1] <= box.y + box.height)


def _resized(image: Image.Image, scale: float) -> Image.Image:
    from PIL import Image

    width, height = image.size
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return image.resize(size, Image.Resampling.BILINEAR, reducing_gap=3.0)  # fast when far


def _mesh_in_box(
    image: Image.Image, box: FaceBox, scale: float, landmarker: Landmarker
) -> np.ndarray | None:
    """The face mesh on a square crop around a detected box (``scale``: box units -> photo
    pixels), resampled to MESH_CROP_PIXELS so a small face gets a full-resolution mesh; the
    face nearest the crop's centre, in the photo's pixels, or None."""
    side = MESH_CROP_SIDE * max(box.width, box.height) * scale
    cx, cy = (box.x + box.width / 2) * scale, (box.y + box.height / 2) * scale
    x0, y0 = round(cx - side / 2), round(cy - side / 2)
    side = round(side)
    faces = landmarker.detect(np.asarray(_square(image, x0, y0, side, MESH_CROP_PIXELS)))
    center = np.array([MESH_CROP_PIXELS / 2] * 2, np.float32)
    near = [f for f in faces if np.abs(f[NOSE_TIP, :2] - center).max() < MESH_CROP_PIXELS / 4]
    if not near:
        return None
    face = min(near, key=lambda f: float(np.linalg.norm(f[NOSE_TIP, :2] - center)))
    # crop pixels -> photo pixels (z shares x's scale)
    return face * np.float32(side / MESH_CROP_PIXELS) + np.array([x0, y0, 0], np.float32)


def _square(image: Image.Image, x0: int, y0: int, side: int, pixels: int) -> Image.Image:
    """The photo's square (x0, y0, side), black outside the photo, resampled to ``pixels``;
    a large square is reduced by a whole factor first (no copy of it at full size)."""
    from PIL import Image

    factor = max(1, side // (2 * pixels))
    inner = (max(0, x0), max(0, y0), min(image.width, x0 + side), min(image.height, y0 + side))
    canvas = Image.new("RGB", (-(-side // factor),) * 2)
    if inner[0] < inner[2] and inner[1] < inner[3]:
        part = image.reduce(factor, box=inner) if factor > 1 else image.crop(inner)
        canvas.paste(part, ((inner[0] - x0) // factor, (inner[1] - y0) // factor))
    return canvas.resize((pixels, pixels), Image.Resampling.BICUBIC)
