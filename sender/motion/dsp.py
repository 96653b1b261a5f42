"""Streaming signal processing: a polyphase resampler, causal log-mel features and a pitch tracker.

Each stage is a plain object with ``push(samples) -> output`` that keeps its own history; the
offline path pushes a whole signal at once through the same code, so streaming and offline agree.
"""

from __future__ import annotations

from math import gcd

import numpy as np

from photocall.sender.motion.config import FEATURE_RATE, HOP, N_MELS, WINDOW

_TAPS = 32  # taps per polyphase branch


def _polyphase_filter(up: int, down: int) -> np.ndarray:
    """(up, _TAPS) float64 windowed-sinc low-pass, branch p applies at output phase p."""
    cutoff = 0.5 / max(up, down) * 0.92  # of the upsampled rate; a little below Nyquist
    n = np.arange(_TAPS * up) - (_TAPS * up - 1) / 2
    h = 2 * cutoff * np.sinc(2 * cutoff * n) * np.kaiser(_TAPS * up, 8.0) * up
    # y[m] = sum_k bank[phase, k] · x[base − k] with base = (m·down)//up, phase = (m·down) % up
    return h.reshape(_TAPS, up).T.copy()


class Resampler:
    """Causal rational resampler from ``rate_in`` to ``rate_out``; float32 in, float64 out."""

    def __init__(self, rate_in: int, rate_out: int = FEATURE_RATE):
        if rate_in <= 0:
            raise ValueError(f"sample rate must be positive, got {rate_in}")
        g = gcd(rate_in, rate_out)
        self.up, self.down = rate_out // g, rate_in // g
        self.identity = self.up == self.down
        self._bank = _polyphase_filter(self.up, self.down)
        self._history = np.zeros(_TAPS - 1, np.float64)  # inputs before the current block
        self._consumed = 0  # input samples received
        self._produced = 0  # output samples emitted

    def push(self, x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, np.float64).reshape(-1)
        if self.identity:
            return x
        buf = np.concatenate([self._history, x])
        start = self._consumed - (_TAPS - 1)  # absolute input index of buf[0]
        self._consumed += len(x)
        # output m sits at upsampled position m·down; its newest input is (m·down)//up
        last = self._consumed - 1
        m_end = ((last + 1) * self.up - 1) // self.down + 1 if last >= 0 else 0
        m = np.arange(self._produced, m_end)
        self._produced = m_end
        self._history = buf[-(_TAPS - 1):]
        if len(m) == 0:
            return np.zeros(0, np.float64)
        pos = m * self.down
        base, phase = pos // self.up, pos % self.up
        idx = (base - start)[:, None] - np.arange(_TAPS)[None, :]
        return np.einsum("ij,ij->i", buf[idx], self._bank[phase])


def resample(x: np.ndarray, rate_in: int, rate_out: int = FEATURE_RATE) -> np.ndarray:
    """Offline: the same causal filter over a whole signal."""
    return Resampler(rate_in, rate_out).push(x)


def _mel_filterbank(n_fft: int = 512, n_mels: int = N_MELS, fmin: float = 60.0,
                    fmax: float = 7600.0) -> np.ndarray:
    """(n_fft//2 + 1, n_mels) HTK-mel triangles."""
    def hz_to_mel(f):
        return 2595.0 * np.log10(1.0 + np.asarray(f) / 700.0)

    mels = np.linspace(hz_to_mel(fmin), hz_to_mel(fmax), n_mels + 2)
    hz = 700.0 * (10 ** (mels / 2595.0) - 1.0)
    bins = np.fft.rfftfreq(n_fft, 1.0 / FEATURE_RATE)
    fb = np.zeros((len(bins), n_mels))
    for i in range(n_mels):
        lo, mid, hi = hz[i], hz[i + 1], hz[i + 2]
        fb[:, i] = np.clip(np.minimum((bins - lo) / (mid - lo), (hi - bins) / (hi - mid)), 0, None)
    return fb


_FB = _mel_filterbank()
_HANN = np.hanning(WINDOW + 2)[1:-1]
_N_FFT = 512


class LogMel:
    """Causal log-mel frames: frame j covers 16 kHz samples [(j+1)·HOP − WINDOW, (j+1)·HOP)
    (zeros before the start). ``push`` returns (new_frames, N_MELS) float32 log-mel and
    (new_frames,) float32 frame level in dB (RMS, full scale = 0 dB)."""

    def __init__(self) -> None:
        self._buf = np.zeros(WINDOW - HOP, np.float64)

    def push(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        buf = np.concatenate([self._buf, np.asarray(x, np.float64)])
        n = (len(buf) - (WINDOW - HOP)) // HOP
        if n <= 0:
            self._buf = buf
            return np.zeros((0, N_MELS), np.float32), np.zeros(0, np.float32)
        idx = np.arange(n)[:, None] * HOP + np.arange(WINDOW)[None, :]
        frames = buf[idx]
        self._buf = buf[n * HOP:]
        return log_mel_frames(frames)


def log_mel_frames(frames: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(n, WINDOW) float64 windows -> (n, N_MELS) float32 log-mel, (n,) float32 level dB."""
    spec = np.fft.rfft(frames * _HANN, _N_FFT, axis=1)
    power = spec.real**2 + spec.imag**2
    mel = np.log(np.einsum("nf,fm->nm", power, _FB) + 1e-6)
    level = 10 * np.log10(np.mean(frames**2, axis=1) + 1e-10)
    return mel.astype(np.float32), level.astype(np.float32)


def log_mel(x16k: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Offline features of a whole 16 kHz signal; the same frames ``LogMel`` streams."""
    return LogMel().push(x16k)


PITCH_WINDOW = 640  # 40 ms at 16 kHz
_MIN_LAG, _MAX_LAG = FEATURE_RATE // 400, FEATURE_RATE // 70  # 70–400 Hz


def pitch_hz(window: np.ndarray) -> float:
    """Fundamental frequency of a 16 kHz window by normalized autocorrelation; 0.0 if unvoiced."""
    x = np.asarray(window, np.float64)
    x = x - x.mean()
    energy = float(np.dot(x, x))
    if len(x) < 2 * _MAX_LAG or energy < 1e-7 * len(x):
        return 0.0
    spec = np.fft.rfft(x, 2 * len(x))
    ac = np.fft.irfft(spec.real**2 + spec.imag**2)[: _MAX_LAG + 1]
    lag = _MIN_LAG + int(np.argmax(ac[_MIN_LAG:]))
    return FEATURE_RATE / lag if ac[lag] / ac[0] > 0.45 else 0.0
