"""The streaming audio → motion predictor.

push(20 ms of PCM) → resample to 16 kHz → causal log-mel (10 ms hop) → mouth TCN, one step per
feature frame with per-layer state → mouth weights and viseme probabilities at 100 Hz, delayed by
the lookahead → motion frames at ``fps``, each combined with the head/blink/gaze process.

Every stage keeps its own history and computes each output from the same inputs whatever the
chunking, so ``predict_pcm`` (the whole signal in one push) equals any streaming of it.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

import numpy as np
import torch

from photocall.sender.motion.config import FEATURE_RATE, MotionConfig
from photocall.sender.motion.dsp import PITCH_WINDOW, LogMel, Resampler, pitch_hz
from photocall.sender.motion.head import HeadMotion
from photocall.sender.motion.model import N_MOUTH, MouthTCN, load_model
from photocall.sender.motion.targets import MOUTH_BLENDSHAPES, MOUTH_INDEX
from photocall.shared.errors import UserError
from photocall.shared.motion import NUM_BLENDSHAPES, SAMPLE_RATE, HeadPose, MotionFrame

_models: dict[object, MouthTCN] = {}
GATE_FROM = 0.5
VISEME_HISTORY = 120 * 3600  # an hour of frames at 120 fps
_MIRROR = ("Smile", "Frown", "Dimple", "Stretch", "Press", "LowerDown", "UpperUp")
_PAIRS = np.array([(MOUTH_BLENDSHAPES.index(f"mouth{n}Left"), MOUTH_BLENDSHAPES.index(f"mouth{n}Right"))
                   for n in _MIRROR])
"""Mirror pairs in the mouth vector. Every target is symmetric, so a difference between the two
sides is the model's error; the mean is sent (one value per pair is also cheaper on the wire)."""


def _model(config: MotionConfig) -> MouthTCN:
    key = (config.weights, config.lookahead_ms if config.weights is None else None)
    if key not in _models:
        _models[key] = load_model(config.weights, config.lookahead_ms)
    model = _models[key]
    if model.config.delay != config.delay_frames:
        have = (model.config.delay + 1) * 10
        raise UserError(f"the weights are trained for {have} ms lookahead, not "
                        f"{config.lookahead_ms} ms; train others with `photocall train-motion "
                        f"--lookahead-ms {config.lookahead_ms}`")
    return model


class StreamingPredictor:
    def __init__(self, config: MotionConfig | None = None, sample_rate: int = SAMPLE_RATE):
        config = config or MotionConfig()
        if sample_rate <= 0:
            raise UserError(f"sample rate must be positive, got {sample_rate}")
        self.config = config
        self.sample_rate = sample_rate
        self.model = _model(config)
        self._delay = self.model.config.delay
        self._resampler = Resampler(sample_rate, FEATURE_RATE)
        self._mel = LogMel()
        self._state: list[torch.Tensor] | None = None  # set from the first feature frame
        self.head = HeadMotion(config.fps, config.seed) if config.head else None
        self._n_in = 0  # input samples pushed (not counting the flush padding)
        self._n_feat = 0  # feature frames computed
        self._k = 0  # next motion frame
        # rolling 100 Hz buffers: index 0 is absolute frame self._base
        self._base = 0
        self._mouth = np.zeros((0, N_MOUTH), np.float32)
        self._sil = np.zeros(0, np.float32)
        self._level = np.zeros(0, np.float32)  # by feature index, minus self._base
        self._a16 = np.zeros(PITCH_WINDOW, np.float64)  # 16 kHz tail (zeros before the start)
        self._a16_end = 0  # absolute index after the last 16 kHz sample
        self._closed = False
        self._vis = np.zeros(0, np.int64)
        self.visemes: deque[int] = deque(maxlen=VISEME_HISTORY)
        """The most likely viseme (index into VISEMES) of the frames emitted so far (the last
        ``VISEME_HISTORY``), for evaluation and for clients that want visemes."""

    @property
    def latency_ms(self) -> int:
        return self.config.lookahead_ms

    def push(self, pcm: np.ndarray) -> list[MotionFrame]:
        """Mono float32 samples in [-1, 1] at ``sample_rate``, any length; returns new frames."""
        if self._closed:
            raise RuntimeError("push after flush")
        x = np.asarray(pcm)
        if np.issubdtype(x.dtype, np.integer):  # e.g. int16 PCM: scale to [-1, 1]
            x = x.astype(np.float32) / float(np.iinfo(x.dtype).max + 1)
        x = x.astype(np.float32, copy=False)
        if x.ndim != 1:
            raise UserError(f"expected mono samples (1-D), got shape {x.shape}")
        x = np.clip(np.nan_to_num(x), -1.0, 1.0)
        self._n_in += len(x)
        self._ingest(x)
        return self._emit(None)

    def flush(self) -> list[MotionFrame]:
        """End of stream: feed the lookahead with silence and emit the held-back frames."""
        if self._closed:
            return []
        pad = -(-self.sample_rate * (self.config.lookahead_ms + 40) // 1000)
        self._ingest(np.zeros(pad, np.float32))
        self._closed = True
        return self._emit(self._n_in)

    def _ingest(self, x: np.ndarray) -> None:
        y = self._resampler.push(x)
        if len(y):
            self._a16 = np.concatenate([self._a16, y])
            self._a16_end += len(y)
        feats, level = self._mel.push(y)
        if not len(feats):
            return
        with torch.inference_mode():
            if self._state is None:
                self._state = self.model.primed_state(torch.from_numpy(feats[0]))
            mel = torch.from_numpy(feats.T.astype(np.float64))[None]
            out, self._state = self.model.stream(mel, self._state)
            mouth, sil = (x[0].numpy() for x in self.model.mouth(out))
        mouth, logits = mouth.T, out[0, N_MOUTH:].numpy().T  # (n, N_MOUTH), (n, 15)
        first = self._n_feat - self._delay  # time index of out[0]
        self._n_feat += len(feats)
        self._level = np.concatenate([self._level, level])
        if first < 0:
            mouth, sil, logits = mouth[-first:], sil[-first:], logits[-first:]
        if len(mouth):
            # where the model is sure it hears no speech, fade the mouth to rest: noise then
            # cannot make the lips mumble (gate 1 at p(sil) ≤ GATE_FROM, 0 at p(sil) = 1)
            mouth = mouth * np.clip((1.0 - sil) / (1.0 - GATE_FROM), 0.0, 1.0)[:, None]
            self._mouth = np.concatenate([self._mouth, mouth.astype(np.float32)])
            self._sil = np.concatenate([self._sil, sil.astype(np.float32)])
            self._vis = np.concatenate([self._vis, logits.argmax(axis=1)])

    def _emit(self, end: int | None) -> list[MotionFrame]:
        fps, frames = self.config.fps, []
        available = self._base + len(self._mouth)  # time indices 0..available-1 known
        while True:
            k = self._k
            if end is not None and k * self.sample_rate >= end * fps:
                break  # past the end of the input
            i0, rem = divmod(k * 100, fps)
            need = i0 + (1 if rem else 0)
            if need >= available:
                break
            frac = rem / fps
            j0 = i0 - self._base
            j1 = j0 + (1 if rem else 0)
            mouth = (1 - frac) * self._mouth[j0] + frac * self._mouth[j1]
            speaking = 1.0 - ((1 - frac) * self._sil[j0] + frac * self._sil[j1])
            frames.append(self._frame(k, mouth, float(speaking), float(self._level[j0])))
            self.visemes.append(int(self._vis[j1 if frac >= 0.5 else j0]))
            self._k += 1
        # forget what no later frame needs
        drop = min(max(0, (self._k * 100) // fps - 1 - self._base), len(self._mouth))
        if drop:
            self._mouth, self._sil = self._mouth[drop:], self._sil[drop:]
            self._level, self._vis = self._level[drop:], self._vis[drop:]
            self._base += drop
        # keep the 16 kHz audio from the next frame's pitch window on
        keep = self._a16_end - ((self._k * FEATURE_RATE) // fps - PITCH_WINDOW)
        if keep < len(self._a16):
            self._a16 = self._a16[len(self._a16) - max(keep, 0):]
        return frames

    def _frame(self, k: int, mouth: np.ndarray, speaking: float, level: float) -> MotionFrame:
        if self.head is not None:
            stop = (k * FEATURE_RATE) // self.config.fps  # pitch over the 40 ms before the frame
            offset = len(self._a16) - (self._a16_end - stop)
            window = self._a16[max(0, offset - PITCH_WINDOW): max(0, offset)]
            f0 = pitch_hz(window) if len(window) == PITCH_WINDOW else 0.0
            weights, pose = self.head.step(level, f0, speaking)
        else:
            weights, pose = np.zeros(NUM_BLENDSHAPES, np.float32), HeadPose()
        mouth = mouth.copy()
        mouth[_PAIRS[:, 0]] = mouth[_PAIRS[:, 1]] = (mouth[_PAIRS[:, 0]] + mouth[_PAIRS[:, 1]]) / 2
        weights[MOUTH_INDEX] = np.where(mouth < 1e-3, 0.0, mouth)  # rest is exactly 0, not 1e-9
        timestamp = round(k * SAMPLE_RATE / self.config.fps)
        return MotionFrame(timestamp, np.clip(weights, 0.0, 1.0), pose)


def predict_pcm(pcm: np.ndarray, sample_rate: int, config: MotionConfig | None = None
                ) -> list[MotionFrame]:
    """Offline: the whole signal in one push, then flush."""
    pcm = np.asarray(pcm)
    if pcm.size == 0:
        raise UserError("the audio is empty")
    predictor = StreamingPredictor(config, sample_rate)
    return predictor.push(pcm) + predictor.flush()


def predict_file(path: str | Path, config: MotionConfig | None = None) -> list[MotionFrame]:
    """Decode any audio file PyAV reads and predict its motion (offline; equals streaming)."""
    from photocall.sender.motion.audio_io import load_audio

    pcm, rate = load_audio(path)
    return predict_pcm(pcm, rate, config)
