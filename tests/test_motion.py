import math

import numpy as np
import pytest

from photocall.shared import motion
from photocall.shared.motion import (
    ARKIT_BLENDSHAPES,
    MOUTH_BLENDSHAPES,
    VISEME_POSES,
    VISEMES,
    HeadPose,
    MotionFrame,
)


def test_arkit_names_are_apples_52_in_order():
    assert len(ARKIT_BLENDSHAPES) == 52 == len(set(ARKIT_BLENDSHAPES))
    assert ARKIT_BLENDSHAPES[0] == "eyeBlinkLeft"
    assert ARKIT_BLENDSHAPES[ARKIT_BLENDSHAPES.index("jawOpen") - 1] == "jawRight"
    assert ARKIT_BLENDSHAPES[-1] == "tongueOut"
    assert len(MOUTH_BLENDSHAPES) == 28


def test_viseme_table_covers_all_15_with_valid_names():
    assert len(VISEMES) == 15
    assert set(motion.VISEME_TO_ARKIT) == set(VISEMES)
    assert VISEME_POSES.shape == (15, 52)
    assert VISEME_POSES.min() >= 0 and VISEME_POSES.max() <= 1
    assert not VISEME_POSES[VISEMES.index("sil")].any()
    jaw = ARKIT_BLENDSHAPES.index("jawOpen")
    assert VISEME_POSES[VISEMES.index("aa"), jaw] > VISEME_POSES[VISEMES.index("PP"), jaw]


def test_motion_frame_validates_and_is_read_only():
    frame = MotionFrame.from_named(480, {"jawOpen": 0.5}, HeadPose(yaw=0.1))
    assert frame.weight("jawOpen") == 0.5
    assert frame.to_named() == {"jawOpen": 0.5}
    assert frame.seconds == 0.01
    with pytest.raises(ValueError):
        frame.weights[0] = 1.0
    assert frame == MotionFrame.from_named(480, {"jawOpen": 0.5}, HeadPose(yaw=0.1))
    assert frame != MotionFrame.from_named(480, {"jawOpen": 0.4}, HeadPose(yaw=0.1))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"timestamp": -1},
        {"timestamp": 1.5},
        {"timestamp": 0, "weights": np.full(52, 1.5)},
        {"timestamp": 0, "weights": np.full(51, 0.5)},
        {"timestamp": 0, "weights": np.full(52, np.nan)},
    ],
)
def test_motion_frame_rejects_bad_values(kwargs):
    with pytest.raises((ValueError, TypeError)):
        MotionFrame(**kwargs)


def test_head_pose_limits():
    HeadPose(pitch=math.pi / 2, x=2.0)
    with pytest.raises(ValueError):
        HeadPose(yaw=2.0)
    with pytest.raises(ValueError):
        HeadPose(z=float("nan"))
    assert HeadPose.from_array(HeadPose(roll=0.25).as_array()) == HeadPose(roll=0.25)


def test_unknown_blendshape_name_is_refused():
    with pytest.raises(ValueError, match="unknown blendshape"):
        MotionFrame.from_named(0, {"jawOpenn": 0.5})
