"""Face landmarks behind a small interface, so the detector can be swapped.

A ``Landmarker`` takes an RGB image and returns every face it finds as a (478, 3) float32 array
in pixels: x right, y down, z away from the camera (MediaPipe's convention, same scale as x).
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from photocall.shared.logs import quiet_native_stderr

NUM_LANDMARKS = 478


class Landmarker(Protocol):
    def detect(self, rgb: np.ndarray) -> list[np.ndarray]:
        """All faces in an (H, W, 3) uint8 RGB image, each (478, 3) float32 in pixels."""
        ...


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


def default_landmarker() -> MediaPipeLandmarker:
    """One shared face mesh per process (building it costs ~0.3 s)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = MediaPipeLandmarker()
    return _DEFAULT
