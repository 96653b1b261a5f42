"""The photo check both sides need: decode a photo safely and find the face in it.

The sender checks its own photo before it connects (so a photo without a face is the user's
error at once, naming the file); the receiver runs the same steps first when it prepares a photo
it was sent (``receiver/render/photo.py``). Face detection and the 478-point mesh are MediaPipe's
(``shared/landmarks.py``); they load on first use, not on import.
"""

from __future__ import annotations

import io
from importlib import resources
from pathlib import Path

import numpy as np

from photocall.shared.errors import UserError
from photocall.shared.landmarks import (
    NOSE_TIP,
    FaceBox,
    FaceDetector,
    Landmarker,
    default_detector,
    default_landmarker,
)

MAX_PHOTO_BYTES = 10 * 1024 * 1024
"""A photo file larger than this is refused before decoding (the wire's cap is smaller)."""
MAX_PHOTO_PIXELS = 20_000_000
DETECT_MAX_SIDE = 1280  # detection runs on a copy at most this big (the mesh works at 192 px)
MESH_CROP_SIDE = 2.2  # a face the mesh misses: it runs on a crop this many face boxes wide ...
MESH_CROP_PIXELS = 512  # ... upsampled to this many pixels


class PhotoError(UserError):
    """The photo cannot be used: not an image, too large, or no face in it."""


def default_photo_bytes() -> bytes:
    """The bundled default photo: NASA's astronaut portrait from scikit-image (public domain)."""
    return (resources.files("photocall.shared") / "assets" / "astronaut.jpg").read_bytes()


def photo_name(source: bytes | str | Path) -> str:
    """How messages name a photo: its path, or "the photo" for bytes."""
    return str(source) if isinstance(source, (str, Path)) else "the photo"


def check_photo(
    source: bytes | str | Path,
    landmarker: Landmarker | None = None,
    detector: FaceDetector | None = None,
) -> np.ndarray:
    """Decode ``source`` and find its largest face: that face's (478, 3) landmarks in the
    photo's pixels. PhotoError (naming the file when ``source`` is a path) if the photo is not
    an image, is too large, or shows no face. The default landmarker and detector are shared
    per process."""
    rgb = decode_photo(source)
    if landmarker is None:
        landmarker = default_landmarker()
        detector = default_detector() if detector is None else detector
    return find_face(rgb, landmarker, detector, photo_name(source))


def decode_photo(source: bytes | str | Path) -> np.ndarray:
    """Bytes or a path -> (H, W, 3) uint8 RGB, EXIF orientation applied; PhotoError if unusable."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if isinstance(source, (str, Path)):
        path = Path(source)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise PhotoError(f"cannot read photo {path}: {exc.strerror or exc}") from None
        if size > MAX_PHOTO_BYTES:
            raise PhotoError(f"photo {path} is {size / 2**20:.1f} MiB; the limit is 10 MiB")
        data = path.read_bytes()
        name = str(path)
    else:
        data = bytes(source)
        name = "the photo"
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(f"{name} is {len(data) / 2**20:.1f} MiB; the limit is 10 MiB")
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_PHOTO_PIXELS:
                raise PhotoError(
                    f"{name} is {width}x{height} ({width * height / 1e6:.1f} megapixels); "
                    "the limit is 20 megapixels"
                )
            upright = ImageOps.exif_transpose(image)
            rgb = np.asarray(upright.convert("RGB"))
    except PhotoError:
        raise
    except UnidentifiedImageError:
        raise PhotoError(f"{name} is not an image (use JPEG, PNG or WebP)") from None
    except Image.DecompressionBombError:
        raise PhotoError(f"{name} is too large to decode (over 20 megapixels)") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise PhotoError(f"{name} is a damaged or truncated image ({exc})") from None
    return rgb


def find_face(
    rgb: np.ndarray,
    landmarker: Landmarker,
    detector: FaceDetector | None = None,
    name: str = "the photo",
) -> np.ndarray:
    """The largest face's (478, 3) landmarks in the photo's pixels; PhotoError (naming the
    photo ``name``) if none.

    The detector finds face boxes however small the faces are (wide and group shots); the
    largest that the landmarker confirms wins: on the whole photo where the mesh sees that face,
    else on an upsampled crop around it. Without a detector, or if it finds nothing, the
    largest face the landmarker finds on the whole photo."""
    height, width = rgb.shape[:2]
    scale = min(1.0, DETECT_MAX_SIDE / max(height, width))
    small = _resized(rgb, scale) if scale < 1.0 else rgb
    faces = landmarker.detect(small)
    boxes = detector.detect(small) if detector is not None else []
    for box in sorted(boxes, key=lambda b: -b.area):
        # the mesh on the whole photo where it sees this face; else on an upsampled crop
        inside = [f * np.float32(1.0 / scale) for f in faces if _inside(f[NOSE_TIP, :2], box)]
        points = inside[0] if inside else _mesh_in_box(rgb, box, 1.0 / scale, landmarker)
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


def _resized(rgb: np.ndarray, scale: float) -> np.ndarray:
    from PIL import Image

    height, width = rgb.shape[:2]
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return np.asarray(Image.fromarray(rgb).resize(size, Image.Resampling.BILINEAR))


def _mesh_in_box(
    rgb: np.ndarray, box: FaceBox, scale: float, landmarker: Landmarker
) -> np.ndarray | None:
    """The face mesh on a square crop around a detected box (``scale``: box units -> photo
    pixels), resampled to MESH_CROP_PIXELS so a small face gets a full-resolution mesh; the
    face nearest the crop's centre, in the photo's pixels, or None."""
    from PIL import Image

    side = MESH_CROP_SIDE * max(box.width, box.height) * scale
    cx, cy = (box.x + box.width / 2) * scale, (box.y + box.height / 2) * scale
    x0, y0 = round(cx - side / 2), round(cy - side / 2)
    side = round(side)
    crop = Image.fromarray(rgb).crop((x0, y0, x0 + side, y0 + side))  # zeros outside the photo
    crop = crop.resize((MESH_CROP_PIXELS, MESH_CROP_PIXELS), Image.Resampling.BICUBIC)
    faces = landmarker.detect(np.asarray(crop))
    center = np.array([MESH_CROP_PIXELS / 2] * 2, np.float32)
    near = [f for f in faces if np.abs(f[NOSE_TIP, :2] - center).max() < MESH_CROP_PIXELS / 4]
    if not near:
        return None
    face = min(near, key=lambda f: float(np.linalg.norm(f[NOSE_TIP, :2] - center)))
    # crop pixels -> photo pixels (z shares x's scale)
    return face * np.float32(side / MESH_CROP_PIXELS) + np.array([x0, y0, 0], np.float32)
