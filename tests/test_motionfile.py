import json
import re

import numpy as np
import pytest

from photocall.shared.errors import UserError
from photocall.shared.motion import HeadPose, MotionFrame
from photocall.shared.motionfile import read_motion_file, write_motion_file


def _write(tmp_path, *lines: str):
    path = tmp_path / "motion.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_reads_the_documented_example(tmp_path):
    path = _write(
        tmp_path,
        '{"t": 0.04, "blendshapes": {"jawOpen": 0.5}, "head": {"pitch": 0.0, "yaw": 0.1,'
        ' "roll": 0.0, "x": 0.0, "y": 0.0, "z": 0.0}}',
        "",  # blank lines are skipped
        '{"t": 0.08, "head": {"roll": -0.2}}',
        '{"t": 0.12}',
    )
    first, second, third = read_motion_file(path)
    assert first == MotionFrame.from_named(1920, {"jawOpen": 0.5}, HeadPose(yaw=0.1))
    assert second == MotionFrame(3840, pose=HeadPose(roll=-0.2))
    assert third == MotionFrame(5760)


def test_write_then_read_gives_the_same_frames(tmp_path):
    rng = np.random.default_rng(0)
    frames = []
    for k in range(200):
        weights = rng.uniform(0, 1, 52).astype(np.float32)
        weights[rng.random(52) < 0.6] = 0
        pose = HeadPose(*rng.uniform(-1.5, 1.5, 3), *rng.uniform(-2, 2, 3))
        frames.append(MotionFrame(k * 1920 + int(rng.integers(0, 1920)), weights, pose))
    path = tmp_path / "out.jsonl"
    write_motion_file(path, frames)
    assert read_motion_file(path) == frames
    lines = path.read_text().splitlines()
    assert len(lines) == 200
    record = json.loads(lines[0])
    assert set(record) == {"t", "blendshapes", "head"}
    assert all(v != 0 for v in record["blendshapes"].values())  # missing means 0


def test_writes_short_numbers(tmp_path):
    path = tmp_path / "m.jsonl"
    write_motion_file(path, [MotionFrame.from_named(48_000, {"jawOpen": 0.3})])
    assert '"jawOpen": 0.3}' in path.read_text()  # not 0.30000001192092896
    assert '"t": 1.0' in path.read_text()


def test_writer_refuses_time_going_backwards(tmp_path):
    with pytest.raises(ValueError, match="must increase"):
        write_motion_file(tmp_path / "m.jsonl", [MotionFrame(10), MotionFrame(10)])


GOOD = '{"t": 0.0}'
BAD_LINES = [
    ('{"t": 0.04, "blendshapes": {"jawOpenn": 0.5}}', "unknown blendshape 'jawOpenn'"),
    ('{"t": 0.04, "blendshapes": {"jawOpen": 1.5}}', "jawOpen=1.5 is outside [0, 1]"),
    ('{"t": 0.04, "blendshapes": {"jawOpen": -0.1}}', "jawOpen=-0.1 is outside [0, 1]"),
    ('{"t": 0.04, "blendshapes": {"jawOpen": NaN}}', "NaN is not a number JSON allows"),
    ('{"t": 0.04, "blendshapes": {"jawOpen": "0.5"}}', 'jawOpen must be a number, got "0.5"'),
    ('{"t": 0.04, "blendshapes": {"jawOpen": true}}', "jawOpen must be a number, got true"),
    ('{"t": 0.04, "blendshapes": [0.5]}', '"blendshapes" must be an object'),
    ('{"t": 0.04, "head": {"yaw": 2.0}}', "head yaw=2.0 is outside"),
    ('{"t": 0.04, "head": {"z": 1e999}}', "z is inf"),
    ('{"t": 0.04, "head": {"yawn": 0.1}}', "unknown head field 'yawn'"),
    ('{"t": 0.04, "blendshape": {}}', "unknown key 'blendshape'"),
    ('{"blendshapes": {}}', 'missing "t"'),
    ('{"t": -0.04}', "t=-0.04 is negative"),
    ('{"t": Infinity}', "Infinity is not a number JSON allows"),
    ('{"t": 1e300}', "too large"),
    ('{"t": 1' + "0" * 400 + "}", "t is too large"),
    ('{"t": 0.0}', "does not come after the previous line's sample 0"),
    ('{"t": 0.00001}', "does not come after"),  # rounds to the same sample
    ('{"t": 0.04,', "bad JSON"),
    ("[0.04]", '"line" must be an object'),
    ("[" * 100_000, "nested too deeply"),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES, ids=[m for _, m in BAD_LINES])
def test_bad_line_is_a_user_error_naming_file_and_line(tmp_path, line, message):
    path = _write(tmp_path, GOOD, "", line)
    with pytest.raises(UserError, match=f"motion.jsonl:3: .*{re.escape(message)}"):
        read_motion_file(path)


def test_not_utf8_and_missing_file(tmp_path):
    path = tmp_path / "motion.jsonl"
    path.write_bytes(b'{"t": 0}\n{"t": 1, "\xff": 0}\n')
    with pytest.raises(UserError, match="motion.jsonl:2: not UTF-8"):
        read_motion_file(path)
    with pytest.raises(UserError, match="cannot read motion file .*nope.jsonl"):
        read_motion_file(tmp_path / "nope.jsonl")


def test_empty_file_has_no_frames(tmp_path):
    assert read_motion_file(_write(tmp_path, "")) == []
