import numpy as np
import pytest

from photocall.sender.tts import synthesize
from photocall.shared.errors import UserError


def test_speech_has_audio_and_ordered_phoneme_timings():
    speech = synthesize("The birch canoe slid on the smooth planks.")
    assert speech.pcm.dtype == np.float32 and speech.pcm.ndim == 1
    assert speech.sample_rate == 22050
    assert 1.0 < speech.duration < 5.0
    assert np.abs(speech.pcm).max() > 0.1
    times = [ms for ms, _ in speech.phonemes]
    assert times == sorted(times)
    assert times[-1] <= speech.duration * 1000 + 1
    names = [p.strip("',") for _, p in speech.phonemes]
    assert "b" in names and "k" in names and "s" in names  # birch, canoe, slid
    assert len(speech.phonemes) > 20


def test_rate_voice_and_pitch_change_the_speech():
    slow = synthesize("Read verse out loud for pleasure.", rate=120)
    fast = synthesize("Read verse out loud for pleasure.", rate=260)
    assert slow.duration > 1.5 * fast.duration
    a = synthesize("Hello there.", voice="en-us+m3", pitch=30)
    b = synthesize("Hello there.", voice="en-gb-x-rp+f2", pitch=70)
    assert len(a.pcm) != len(b.pcm) or not np.allclose(a.pcm, b.pcm)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"text": "   "}, "empty"),
        ({"text": "hi", "voice": "xx-nonexistent"}, "unknown espeak-ng voice"),
        ({"text": "hi", "rate": 5}, "rate"),
        ({"text": "hi", "pitch": 200}, "pitch"),
    ],
)
def test_bad_requests_are_user_errors(kwargs, message):
    with pytest.raises(UserError, match=message):
        synthesize(**kwargs)
