"""Audio → motion: speech in, ARKit mouth/jaw weights plus head motion, blinks and gaze out, live.

Light on import (the CLI imports this package); the torch parts load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from photocall.sender.motion.config import MotionConfig

if TYPE_CHECKING:
    from photocall.sender.motion.predictor import StreamingPredictor, predict_file, predict_pcm

__all__ = ["MotionConfig", "StreamingPredictor", "predict_file", "predict_pcm"]


def __getattr__(name: str) -> Any:
    if name in ("StreamingPredictor", "predict_file", "predict_pcm"):
        from photocall.sender.motion import predictor

        return getattr(predictor, name)
    raise AttributeError(name)
