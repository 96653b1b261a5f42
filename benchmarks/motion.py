"""Bench "motion": CPU time of the streaming audio → motion predictor per 20 ms of audio, one core.

Speech (espeak-ng, held-out voice) with pauses is pushed in 20 ms chunks at 48 kHz, as the sender
does. Each push is timed with the thread's CPU clock (torch limited to one thread, so the work
runs on the calling thread); medians after a warm-up. Target: ≤ 2 ms per push (10 % of a core).
Baselines in the same run: the feature front-end alone (resample + log-mel) and the energy →
jawOpen baseline (frame RMS), the cheapest possible lip driver.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

TARGET_MS = 2.0


def _speech(seconds: float) -> np.ndarray:
    from photocall.sender.motion.data import EVAL_VOICES
    from photocall.sender.motion.texts import HARVARD
    from photocall.sender.tts import synthesize

    parts, total, i = [], 0, 0
    while total < seconds * 48_000:
        s = synthesize(HARVARD[i % len(HARVARD)], EVAL_VOICES[0], 170, 50)
        x = np.interp(np.arange(0, len(s.pcm), s.sample_rate / 48_000), np.arange(len(s.pcm)), s.pcm)
        parts += [x, np.zeros(24_000)]
        total += len(x) + 24_000
        i += 1
    return np.concatenate(parts).astype(np.float32)


def _time_pushes(push: Any, audio: np.ndarray, warmup: int) -> list[float]:
    times = []
    for n, start in enumerate(range(0, len(audio) - 959, 960)):
        t0 = time.thread_time_ns()
        push(audio[start:start + 960])
        if n >= warmup:
            times.append((time.thread_time_ns() - t0) / 1e6)
    return times


def _summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"median_ms": statistics.median(times), "p90_ms": ordered[int(0.9 * len(ordered))],
            "p99_ms": ordered[int(0.99 * len(ordered))], "mean_ms": statistics.fmean(times)}


def run(out_dir: Path, quick: bool = False) -> dict:
    import torch

    from photocall.sender.motion.config import MotionConfig
    from photocall.sender.motion.dsp import LogMel, Resampler
    from photocall.sender.motion.predictor import StreamingPredictor

    torch.set_num_threads(1)
    audio = _speech(10.0 if quick else 60.0)
    warmup = 25
    results: dict[str, Any] = {"audio_s": len(audio) / 48_000, "push_ms": 20, "threads": 1,
                               "target_median_ms": TARGET_MS}

    full = StreamingPredictor(MotionConfig(), 48_000)
    results["predictor"] = _summary(_time_pushes(full.push, audio, warmup))
    mouth = StreamingPredictor(MotionConfig(head=False), 48_000)
    results["predictor_no_head"] = _summary(_time_pushes(mouth.push, audio, warmup))

    resampler, mel = Resampler(48_000), LogMel()
    results["baseline_frontend"] = _summary(
        _time_pushes(lambda x: mel.push(resampler.push(x)), audio, warmup))

    def energy(x: np.ndarray) -> float:
        return float(np.clip(0.05 * (10 * np.log10(np.mean(x**2) + 1e-10) + 50), 0, 1))

    results["baseline_energy"] = _summary(_time_pushes(energy, audio, warmup))
    median = results["predictor"]["median_ms"]
    results["meets_target"] = median <= TARGET_MS
    results["share_of_realtime"] = median / 20.0
    results["ratio_vs_frontend"] = median / results["baseline_frontend"]["median_ms"]
    print(f"motion: predictor median {median:.3f} ms per 20 ms push (target ≤ {TARGET_MS} ms), "
          f"without head {results['predictor_no_head']['median_ms']:.3f} ms, front-end only "
          f"{results['baseline_frontend']['median_ms']:.3f} ms, energy baseline "
          f"{results['baseline_energy']['median_ms']:.4f} ms")
    return results
