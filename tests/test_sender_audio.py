import asyncio
import time

import numpy as np
import pytest
from photocall.sender.audio_sources import check_microphone, load_audio_file, paced
from test_call_support import write_wav

from photocall.errors import UserError


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


def test_paced_chunks_arrive_in_real_time_with_capture_times():
    async def main():
        out = []
        start = time.monotonic_ns()
        async for chunk in paced(np.zeros(960 * 10, np.float32)):
            out.append((chunk, time.monotonic_ns()))
        return start, out

    start, out = asyncio.run(main())
    assert [c.sample for c, _ in out] == [k * 960 for k in range(10)]
    elapsed_ms = (out[-1][1] - start) / 1e6
    assert 190 <= elapsed_ms < 320  # 10 chunks of 20 ms, the last due at 200 ms
    # capture time of sample s is start + s / 48 kHz: chunk k is yielded once it "happened"
    for chunk, yielded in out:
        assert yielded >= chunk.capture_ns + 20_000_000 - 2_000_000


def test_microphone_check_is_a_clear_error_without_a_device():
    sd = pytest.importorskip("sounddevice")
    if any(d["max_input_channels"] > 0 for d in sd.query_devices()):
        check_microphone()  # a device exists: no error
    else:
        with pytest.raises(UserError, match="microphone"):
            check_microphone()
