import numpy as np

from photocall.receiver.motion_track import MotionSource, MotionTrack
from photocall.shared.motion import HeadPose, MotionFrame

JAW = 17


def _frame(ts, jaw, yaw=0.0):
    return MotionFrame.from_named(ts, {"jawOpen": jaw}, HeadPose(yaw=yaw))


def test_interpolates_between_frames_out_of_order():
    track = MotionTrack()
    track.add(_frame(1920, 0.8, 0.2))
    track.add(_frame(0, 0.0, 0.0))
    s = track.at(960)
    assert s.source is MotionSource.INTERP
    assert abs(s.weights[JAW] - 0.4) < 1e-3
    assert abs(s.pose[1] - 0.1) < 1e-4


def test_hold_then_ease_to_neutral():
    track = MotionTrack()
    track.add(_frame(0, 0.8, 0.3))
    assert track.at(48 * 50).source is MotionSource.HOLD
    assert abs(track.at(48 * 50).weights[JAW] - 0.8) < 1e-3
    mid = track.at(48 * 320)
    assert mid.source is MotionSource.EASE and 0.0 < mid.weights[JAW] < 0.8
    end = track.at(48 * 2000)
    assert end.source is MotionSource.NEUTRAL and not end.weights.any() and not end.pose.any()


def test_stalled_playout_counts_toward_ease():
    track = MotionTrack()
    track.add(_frame(0, 0.8))
    track.add(_frame(1920, 0.8))
    assert track.at(1920, stalled_ms=0).weights[JAW] > 0.79
    assert track.at(1920, stalled_ms=2000).source is MotionSource.NEUTRAL


def test_before_first_frame_is_neutral_and_old_frames_are_forgotten():
    track = MotionTrack()
    assert track.at(0).source is MotionSource.NEUTRAL
    for k in range(200):
        track.add(_frame(k * 1920, 0.5))
    track.at(199 * 1920)
    assert len(track) < 40
    assert np.isclose(track.at(199 * 1920).weights[JAW], 0.5, atol=0.003)
