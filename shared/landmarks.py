"""Face detection and landmarks behind small interfaces, so either can be swapped.

A ``FaceDetector`` finds face boxes anywhere in a photo (MediaPipe's full-range detector, which
also finds the small faces of wide and group shots). A ``Landmarker`` takes an RGB image and
returns every face it finds as a (478, 3) float32 array in pixels: x right, y down, z away from
the camera (MediaPipe's convention, same scale as x); it is run on an upsampled crop around one
detected face.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from photocall.shared.logs import quiet_native_stderr

NUM_LANDMARKS = 478
NOSE_TIP = 1  # face-mesh id; the rest are named in receiver/render/rig.py
SEEN_WHOLE = 0.1  # faces this share of a photo's side are found without tiles


class Landmarker(Protocol):
    def detect(self, rgb: np.ndarray) -> list[np.ndarray]:
        """All faces in an (H, W, 3) uint8 RGB image, each (478, 3) float32 in pixels."""
        ...


@dataclass(frozen=True)
class FaceBox:
    """A detected face: the box's top left corner and side lengths in pixels; score in [0, 1]."""

    x: float
    y: float
    width: float
    height: float
    score: float

    @property
    def area(self) -> float:
        return self.width * self.height

    def iou(self, other: FaceBox) -> float:
        dx = min(self.x + self.width, other.x + other.width) - max(self.x, other.x)
        dy = min(self.y + self.height, other.y + other.height) - max(self.y, other.y)
        inter = max(0.0, dx) * max(0.0, dy)
        return inter / (self.area + other.area - inter + 1e-9)


class FaceDetector(Protocol):
    def detect(self, rgb: np.ndarray) -> list[FaceBox]:
        """All face boxes in an (H, W, 3) uint8 RGB image, in pixels."""
        ...


class MediaPipeFaceDetector:
    """MediaPipe's full-range face detector (the model ships inside the wheel), run on the whole
    image and on half-size overlapping tiles: it sees a 192 px input, so a face 5 % of a wide
    shot's width is only ~10 px there; in a tile it is twice that."""

    def __init__(self, min_confidence: float = 0.5) -> None:
        import mediapipe as mp  # heavy; only when a photo is prepared

        with quiet_native_stderr():  # TFLite's and absl's start-up notes
            self._detector = mp.solutions.face_detection.FaceDetection(
                model_selection=1, min_detection_confidence=min_confidence
            )

    def _boxes(self, rgb: np.ndarray, x0: int, y0: int) -> list[FaceBox]:
        height, width = rgb.shape[:2]
        with quiet_native_stderr():
            result = self._detector.process(np.ascontiguousarray(rgb))
        boxes = []
        for found in result.detections or ():
            box = found.location_data.relative_bounding_box
            boxes.append(
                FaceBox(
                    x0 + box.xmin * width, y0 + box.ymin * height,
                    box.width * width, box.height * height, float(found.score[0]),
                )
            )  # fmt: skip
        return boxes

    def detect(self, rgb: np.ndarray) -> list[FaceBox]:
        rgb = np.ascontiguousarray(rgb[..., :3], dtype=np.uint8)
        height, width = rgb.shape[:2]
        boxes = self._boxes(rgb, 0, 0)
        if any(max(b.width, b.height) >= SEEN_WHOLE * max(height, width) for b in boxes):
            return boxes  # any face the tiles alone could find is smaller than this one
        tile = min(max(height, width) // 2, min(height, width))
        if tile >= 64:  # square tiles, half overlapping
            for y in _starts(height, tile):
                for x in _starts(width, tile):
                    boxes += self._boxes(rgb[y : y + tile, x : x + tile], x, y)
        # one box per face: a face seen in several tiles keeps its best-scored box
        kept: list[FaceBox] = []
        for box in sorted(boxes, key=lambda b: -b.score):
            if all(box.iou(other) < 0.3 for other in kept):
                kept.append(box)
        return kept

    def close(self) -> None:
        self._detector.close()


def _starts(length: int, tile: int) -> list[int]:
    """Tile origins along one axis: stride half a tile, the last tile flush with the end."""
    starts = list(range(0, max(1, length - tile), tile // 2))
    return sorted(set(starts + [length - tile]))


class MediaPipeLandmarker:
    """MediaPipe face mesh (478 points with refined irises); the model ships inside the wheel."""

    def __init__(self, max_faces: int = 4, min_confidence: float = 0.5) -> None:
        import mediapipe as mp  # heavy; only when a photo is prepared

        with quiet_native_stderr():  # TFLite's and absl's start-up notes
            self._mesh = mp.solutions.face_mesh.FaceMesh(
                static_image_mode=True,
                refine_landmarks=True,
                max_num_faces=max_faces,
                min_detection_confidence=min_confidence,
            )

    def detect(self, rgb: np.ndarray) -> list[np.ndarray]:
        rgb = np.ascontiguousarray(rgb[..., :3], dtype=np.uint8)
        height, width = rgb.shape[:2]
        with quiet_native_stderr():
            result = self._mesh.process(rgb)
        faces = []
        for face in result.multi_face_landmarks or ():
            points = np.array([(p.x, p.y, p.z) for p in face.landmark], dtype=np.float32)
            # normalized -> pixels; MediaPipe's z shares x's scale (image width)
            points *= np.array([width, height, width], dtype=np.float32)
            faces.append(points)
        return faces

    def close(self) -> None:
        self._mesh.close()


_DEFAULT: MediaPipeLandmarker | None = None
_DEFAULT_DETECTOR: MediaPipeFaceDetector | None = None


def default_detector() -> MediaPipeFaceDetector:
    """One shared full-range face detector per process."""
    global _DEFAULT_DETECTOR
    if _DEFAULT_DETECTOR is None:
        _DEFAULT_DETECTOR = MediaPipeFaceDetector()
    return _DEFAULT_DETECTOR


def default_landmarker() -> MediaPipeLandmarker:
    """One shared face mesh per process (building it costs ~0.3 s)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = MediaPipeLandmarker()
    return _DEFAULT
