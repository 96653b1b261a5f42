"""Training and evaluation data: speech with phone-aligned mouth targets, augmented.

Sources: espeak-ng (phoneme events), Festival (its Segment relation) and the real recorded Asterisk
prompts of the train split (pocketsphinx forced alignment). Voices and texts are split: training
uses generated sentences and the voices in ``TRAIN_VOICES``; the TTS evaluation uses Harvard
sentences and ``EVAL_VOICES`` (other accents and variants); the real-speech evaluation uses the
prompts of the dev split (``prompts.split``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from photocall.sender.motion.align import Phone
from photocall.sender.motion.config import FEATURE_RATE, HOP
from photocall.sender.motion.dsp import log_mel, resample
from photocall.sender.motion.targets import frame_targets, phone_segments, segments

TRAIN_VOICES = tuple(
    f"{base}{variant}"
    for base in ("en-us", "en", "en-gb-x-rp", "en-gb-scotland")
    for variant in ("", "+m1", "+m2", "+m3", "+m4", "+f1", "+f2", "+f3")
)
EVAL_VOICES = ("en-029", "en-029+f4", "en-gb-x-gbclan+m6", "en-us-nyc+m7", "en-us+f5", "en+m5")


@dataclass(frozen=True)
class Augment:
    """Probabilities and ranges of the augmentations."""

    noise_p: float = 0.9
    snr_db: tuple[float, float] = (5.0, 30.0)
    reverb_p: float = 0.5
    rt60_s: tuple[float, float] = (0.1, 0.6)
    gain_db: tuple[float, float] = (-24.0, 6.0)
    band_p: float = 0.5


@dataclass(frozen=True)
class Clip:
    """One utterance at 16 kHz with its 100 Hz features and targets (frame i ↔ time i·10 ms)."""

    audio: np.ndarray  # (n,) float32, 16 kHz
    features: np.ndarray  # (T, N_MELS) float32
    level_db: np.ndarray  # (T,) float32
    mouth: np.ndarray  # (T, 28) float32
    visemes: np.ndarray  # (T,) int64
    # what the targets were made from, to remake them (``retarget``): espeak-ng ``(ms, phoneme)``
    # events or ``Phone``s, the speech's duration and the silence padded before it (s)
    phones: tuple = ()
    duration_s: float = 0.0
    offset_s: float = 0.0
    name: str = ""  # the prompt, for real speech


def colored_noise(rng: np.random.Generator, n: int) -> np.ndarray:
    """White, pink or brown noise, unit RMS."""
    spec = np.fft.rfft(rng.standard_normal(n))
    f = np.maximum(np.fft.rfftfreq(n), 1.0 / n)
    spec /= f ** (int(rng.integers(3)) / 2.0)
    x = np.fft.irfft(spec, n)
    return x / (np.sqrt(np.mean(x**2)) + 1e-12)


def add_noise(rng: np.random.Generator, x: np.ndarray, snr_db: float, speech_rms: float) -> np.ndarray:
    return x + colored_noise(rng, len(x)) * speech_rms * 10 ** (-snr_db / 20)


def _reverb(rng: np.random.Generator, x: np.ndarray, rt60: float) -> np.ndarray:
    """Convolve with a synthetic room: direct path + exponentially decaying noise tail."""
    n = int(rt60 * FEATURE_RATE)
    t = np.arange(n) / FEATURE_RATE
    ir = rng.standard_normal(n) * np.exp(-6.9 * t / rt60) * 10 ** (rng.uniform(-18, -6) / 20)
    ir[: int(0.003 * FEATURE_RATE)] = 0.0  # first reflections arrive a few ms late
    ir[0] = 1.0
    size = len(x) + n
    y = np.fft.irfft(np.fft.rfft(x, size) * np.fft.rfft(ir, size), size)[: len(x)]
    return y * np.sqrt(np.mean(x**2) / (np.mean(y**2) + 1e-12))


def _band_limit(rng: np.random.Generator, x: np.ndarray) -> np.ndarray:
    """A telephone-ish band: high-pass 50–300 Hz, low-pass 3.4–8 kHz (brick wall in frequency)."""
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1.0 / FEATURE_RATE)
    lo, hi = rng.uniform(50, 300), rng.uniform(3400, 8000)
    spec[(f < lo) | (f > hi)] = 0.0
    return np.fft.irfft(spec, len(x))


def make_clip(text: str, voice: str, rate: int, pitch: int, rng: np.random.Generator,
              augment: Augment | None, pad_s: tuple[float, float] = (0.2, 1.0)) -> Clip:
    """Synthesize ``text`` with espeak-ng and make a clip of it (``clip_from_speech``)."""
    from photocall.sender.tts import synthesize

    speech = synthesize(text, voice, rate, pitch)
    return clip_from_speech(resample(speech.pcm, speech.sample_rate), speech.phonemes, rng,
                            augment, pad_s)


def clip_from_speech(audio: np.ndarray, phones: tuple, rng: np.random.Generator,
                     augment: Augment | None, pad_s: tuple[float, float] = (0.2, 1.0)) -> Clip:
    """Pad 16 kHz speech with silence, augment it, and compute features and targets; ``phones``
    are espeak-ng ``(ms, phoneme)`` events or ``Phone``s (Festival, aligner)."""
    pre = int(rng.uniform(*pad_s) * FEATURE_RATE)
    post = int(rng.uniform(*pad_s) * FEATURE_RATE)
    x = np.concatenate([np.zeros(pre), audio, np.zeros(post)])
    rms = float(np.sqrt(np.mean(audio**2))) + 1e-9
    if augment is not None:
        if rng.random() < augment.reverb_p:
            x = _reverb(rng, x, rng.uniform(*augment.rt60_s))
        if rng.random() < augment.band_p:
            x = _band_limit(rng, x)
        if rng.random() < augment.noise_p:
            x = add_noise(rng, x, rng.uniform(*augment.snr_db), rms)
        gain = 10 ** (rng.uniform(*augment.gain_db) / 20) * 0.3 / rms
        x = x * gain
    x = np.clip(x, -1.0, 1.0).astype(np.float32)
    feats, level = log_mel(x)
    duration = len(audio) / FEATURE_RATE
    mouth, labels = _targets(tuple(phones), duration, pre / FEATURE_RATE, len(feats))
    return Clip(x, feats, level, mouth, labels, tuple(phones), duration, pre / FEATURE_RATE)


def _targets(phones: tuple, duration: float, offset: float, frames: int
             ) -> tuple[np.ndarray, np.ndarray]:
    segs = (phone_segments(phones, duration) if phones and isinstance(phones[0], Phone)
            else segments(phones, duration))
    return frame_targets(segs, np.arange(frames) * HOP / FEATURE_RATE - offset)


def retarget(clip: Clip) -> Clip:
    """The clip with its targets made again from its phones (after a change to ``targets``)."""
    mouth, labels = _targets(clip.phones, clip.duration_s, clip.offset_s, len(clip.features))
    return replace(clip, mouth=mouth, visemes=labels)


def voice_params(rng: np.random.Generator, voices: tuple[str, ...]) -> tuple[str, int, int]:
    return (voices[int(rng.integers(len(voices)))], int(rng.integers(120, 261)),
            int(rng.integers(20, 81)))
