"""A photo's face landmarks carried inside the photo file: the browser client finds the 478
landmarks of its own photo (MediaPipe's face mesh, in the page) and sends its JPEG with them in
an APP11 segment, so receivers prepare it with the owner's landmarks rather than their own
guess. PROTOCOL.md "Photo landmarks" gives the layout; web/src/photo-landmarks.js writes it.

Segment (before the JPEG's scan): FF EB, length (u16 big-endian, counting itself), then
``MAGIC`` (20 bytes), version u8 (1), count u16 LE (478), count x 3 float32 LE: x, y, z in the
JPEG's pixels (x right, y down, z in x's scale; shared/landmarks.py's convention).

``read_landmarks`` never raises on bad input: a photo without the segment, a malformed or
implausible one (not finite, far outside the picture) gives None, and the receiver finds the
face itself.
"""

from __future__ import annotations

import struct

import numpy as np

from .landmarks import NUM_LANDMARKS

MAGIC = b"photocall-landmarks\0"
VERSION = 1
APP11 = 0xEB
_HEAD = struct.Struct("<BH")
PAYLOAD = len(MAGIC) + _HEAD.size + NUM_LANDMARKS * 3 * 4
MARGIN = 0.5  # points may lie this share of the picture's size outside it (a face at the edge)


def segment(points: np.ndarray) -> bytes:
    """The APP11 segment for (478, 3) landmarks."""
    points = np.asarray(points, np.float32)
    if points.shape != (NUM_LANDMARKS, 3):
        raise ValueError(f"landmarks must be ({NUM_LANDMARKS}, 3), got {points.shape}")
    payload = MAGIC + _HEAD.pack(VERSION, NUM_LANDMARKS) + points.astype("<f4").tobytes()
    return bytes([0xFF, APP11]) + struct.pack(">H", len(payload) + 2) + payload


def embed_landmarks(jpeg: bytes, points: np.ndarray) -> bytes:
    """``jpeg`` with the landmarks' segment right after its start-of-image marker."""
    if jpeg[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    return jpeg[:2] + segment(points) + jpeg[2:]


def read_landmarks(photo: bytes, size: tuple[int, int] | None = None) -> np.ndarray | None:
    """The (478, 3) float32 landmarks a JPEG carries, or None. ``size``: the decoded (width,
    height), to reject points far outside the picture."""
    if photo[:2] != b"\xff\xd8":
        return None
    at = 2
    while at + 4 <= len(photo):
        if photo[at] != 0xFF:
            return None
        marker = photo[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # no length
            at += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no more headers
            return None
        (length,) = struct.unpack_from(">H", photo, at + 2)
        body = photo[at + 4: at + 2 + length]
        if length < 2 or len(body) != length - 2:
            return None
        if marker == APP11 and body.startswith(MAGIC):
            return _points(body, size)
        at += 2 + length
    return None


def _points(body: bytes, size: tuple[int, int] | None) -> np.ndarray | None:
    if len(body) != PAYLOAD:
        return None
    version, count = _HEAD.unpack_from(body, len(MAGIC))
    if version != VERSION or count != NUM_LANDMARKS:
        return None
    points = np.frombuffer(body, "<f4", offset=len(MAGIC) + _HEAD.size).reshape(NUM_LANDMARKS, 3)
    if not np.isfinite(points).all():
        return None
    if size is not None:
        width, height = size
        low = -MARGIN * np.array([width, height])
        high = (1 + MARGIN) * np.array([width, height])
        if (points[:, :2] < low).any() or (points[:, :2] > high).any():
            return None
    return points.astype(np.float32)


class GivenLandmarks:
    """A ``Landmarker`` that returns the landmarks a photo came with, scaled to the image it is
    asked about (``find_face`` looks at a reduced copy of a large photo)."""

    def __init__(self, points: np.ndarray, width: int) -> None:
        self.points = points
        self.width = width

    def detect(self, rgb: np.ndarray) -> list[np.ndarray]:
        return [self.points * np.float32(rgb.shape[1] / self.width)]
