import asyncio
import time

import numpy as np
import pytest

from photocall.sender.audio_sources import check_microphone, load_audio_file, paced
from photocall.shared.errors import UserError
from support.media import write_wav


def test_file_is_resampled_to_48k_mono(tmp_path):
    t = np.arange(16000) / 16000
    path = write_wav(tmp_path / "a.wav", 0.5 * np.sin(2 * np.pi * 440 * t), rate=16000)
    pcm = load_audio_file(path)
    assert pcm.dtype == np.float32 and abs(len(pcm) - 48000) < 200
    spectrum = np.abs(np.fft.rfft(pcm[4800:43200]))
    assert abs(np.argmax(spectrum) * 48000 / 38400 - 440) < 3


def test_bad_files_are_user_errors(tmp_path):
    with pytest.raises(UserError, match="not found"):
        load_audio_file(tmp_path / "missing.wav")
    (tmp_path / "junk.wav").write_bytes(b"not audio at all" * 10)
    with pytest.raises(UserError):
        load_audio_file(tmp_path / "junk.wav")


class LateClock:
    """A fake CLOCK_MONOTONIC whose sleeps each wake ``late_ns`` after they were due, as on a
    loaded machine."""

    def __init__(self, late_ns: int) -> None:
        self.now_ns = 5_000_000_000
        self.late_ns = late_ns
        self.sleeps: list[float] = []

    def __call__(self) -> int:
        return self.now_ns

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now_ns += round(seconds * 1e9) + self.late_ns


@pytest.mark.parametrize("late_ms", [0, 3, 35])
def test_paced_chunks_keep_to_the_sample_clock_however_late_the_wakeups(late_ms):
    clock = LateClock(late_ms * 1_000_000)
    start = clock.now_ns

    async def main():
        return [(chunk, clock.now_ns) async for chunk in paced(
            np.zeros(960 * 10, np.float32), clock_ns=clock, sleep=clock.sleep)]

    out = asyncio.run(main())
    assert [c.sample for c, _ in out] == [k * 960 for k in range(10)]
    # capture time of sample s is start + s / 48 kHz, exactly; chunk k is yielded once it "happened"
    assert [c.capture_ns for c, _ in out] == [start + k * 20_000_000 for k in range(10)]
    for chunk, yielded in out:
        assert yielded >= chunk.capture_ns + 20_000_000
    assert len(clock.sleeps) == 10 and min(clock.sleeps) >= 0.0  # yields to the loop each time
    if clock.late_ns < 20_000_000:  # late wakeups do not add up: the last is late by one
        assert out[-1][1] - (start + 200_000_000) == clock.late_ns
    else:  # behind for good: no more waiting, only the turns given to the event loop
        assert clock.sleeps[1:] == [0.0] * 9


def test_paced_runs_on_the_monotonic_clock():
    async def main():
        before = time.monotonic_ns()
        chunks = [(chunk, time.monotonic_ns()) async for chunk in paced(np.zeros(960 * 3, np.float32))]
        return before, chunks

    before, out = asyncio.run(main())
    for chunk, yielded in out:  # never early (how late depends on the machine's load)
        assert chunk.capture_ns >= before and yielded >= chunk.capture_ns + 20_000_000


def test_microphone_check_is_a_clear_error_without_a_device():
    sd = pytest.importorskip("sounddevice")
    if any(d["max_input_channels"] > 0 for d in sd.query_devices()):
        check_microphone()  # a device exists: no error
    else:
        with pytest.raises(UserError, match="microphone"):
            check_microphone()
