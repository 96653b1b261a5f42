"""Protocol v2's motion bit rate on the shipped model's real output, per clip, speaking and silent.

    .venv/bin/python -m photocall.benchmarks.motion_bits [--packet-ms 40]

The motion is what a call sends: the mouth model of the call's default lookahead
(``SenderConfig.lookahead_ms``, ``CALL_LOOKAHEAD_MS``) and the default head process.

Evaluation clips (none of them is used to fit the coder's tables, ``motion_tables.py``):
espeak-ng (4 voices) and Festival (3 voices) reading ``TEXT``, and Allison's non-reserved Asterisk
prompts of the held-out (dev) split, six to a clip (``sender/motion/prompts.py`` drops the
reserved ones). Each clip gets 1 s of silence before and 2.5 s after. A frame counts as speaking
when its jawOpen or mouthStretchLeft exceeds 0.02. Prints each clip, the median and p95 over
clips, the largest decoding error measured and the coder's CPU time per frame.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import numpy as np

from photocall.shared import protocol
from photocall.shared.media_v2 import MediaDecoderV2, MediaEncoderV2
from photocall.shared.motion import MotionFrame

TEXT = ("The quick brown fox jumps over the lazy dog. We were away a year ago, and my mother "
        "made marmalade for breakfast every morning.")
FIT_TEXTS = (
    "Please remember to bring the big blue box of papers to the meeting on Thursday afternoon. "
    "Nobody thought it would be this cold in June.",
    "Peter picked a peck of pickled peppers. Shall we go to the beach, or would you rather stay "
    "home and watch a film?",
)
EVAL_VOICES = (("espeak", "en-us"), ("espeak", "en-gb-x-rp"), ("espeak", "en-us+f3"),
               ("espeak", "en-gb-scotland"), ("festival", "kal_diphone"),
               ("festival", "cmu_us_slt_arctic_hts"), ("festival", "ked_diphone"))
FIT_VOICES = (("espeak", "en-us"), ("espeak", "en-gb-x-rp"), ("festival", "kal_diphone"))
PROMPTS_PER_CLIP = 6


def _call_lookahead_ms() -> int:
    from photocall.sender.session import SenderConfig

    return next(f.default for f in fields(SenderConfig) if f.name == "lookahead_ms")


CALL_LOOKAHEAD_MS = _call_lookahead_ms()


def _speak(engine: str, voice: str, text: str) -> tuple[np.ndarray, int] | None:
    from photocall.sender.motion.audio_io import load_audio
    from photocall.sender.tts import synthesize

    if engine == "espeak":
        speech = synthesize(text, voice=voice)
        return speech.pcm, speech.sample_rate
    if not shutil.which("text2wave"):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / f"{voice}.wav"
        subprocess.run(["text2wave", "-eval", f"(voice_{voice})", "-o", str(wav)],
                       input=text.encode(), check=True, capture_output=True)
        return load_audio(wav)


def _prompt_clips(dev: bool, limit: int) -> Iterator[tuple[str, tuple[np.ndarray, int]]]:
    from photocall.sender.motion.audio_io import load_audio
    from photocall.sender.motion.prompts import is_reserved, split, usable_prompts

    try:
        train, held_out = split(usable_prompts())
    except Exception:  # noqa: BLE001 - the Asterisk packages are optional here
        return
    prompts = held_out if dev else train
    for g in range(min(limit, len(prompts) // PROMPTS_PER_CLIP)):
        group = prompts[g * PROMPTS_PER_CLIP:(g + 1) * PROMPTS_PER_CLIP]
        parts, rate = [], 16000
        for p in group:
            assert not is_reserved(p.name)
            pcm, rate = load_audio(p.path)
            parts += [pcm, np.zeros(rate * 3 // 10, np.float32)]
        yield f"allison {'dev' if dev else 'train'} {g}", (np.concatenate(parts), rate)


def clips(fit: bool) -> Iterator[tuple[str, list[MotionFrame]]]:
    """(name, the shipped model's frames) for the fitting set or the (disjoint) evaluation set."""
    from photocall.sender.motion import MotionConfig, predict_pcm

    def audio() -> Iterator[tuple[str, tuple[np.ndarray, int]]]:
        for engine, voice in FIT_VOICES if fit else EVAL_VOICES:
            for i, text in enumerate(FIT_TEXTS if fit else (TEXT,)):
                got = _speak(engine, voice, text)
                if got is not None:
                    yield f"{engine} {voice}{f' {i}' if fit else ''}", got
        yield from _prompt_clips(dev=not fit, limit=16 if fit else 10)

    for name, (pcm, rate) in audio():
        pcm = np.concatenate([np.zeros(rate, np.float32), pcm.astype(np.float32),
                              np.zeros(rate * 5 // 2, np.float32)])
        yield name, predict_pcm(pcm, rate, MotionConfig(lookahead_ms=CALL_LOOKAHEAD_MS))


def measure(frames: list[MotionFrame], packet_ms: int) -> dict[str, float]:
    samples = 48 * packet_ms
    by_packet: dict[int, list[MotionFrame]] = {}
    for f in frames:
        by_packet.setdefault(f.timestamp // samples, []).append(f)
    encoder, decoder = MediaEncoderV2(), MediaDecoderV2()
    bits = {True: 0, False: 0}
    count = {True: 0, False: 0}
    err = np.zeros(3)
    encode_ns = decode_ns = 0
    for seq in range(max(by_packet) + 1):
        mine = tuple(by_packet.get(seq, ()))
        packet = protocol.MediaPacket(seq, seq * samples, b"", mine)
        start = time.process_time_ns()  # CPU time: the machine is shared
        coded = encoder.encode(packet)
        middle = time.process_time_ns()
        got = decoder.decode(coded).motion
        encode_ns += middle - start
        decode_ns += time.process_time_ns() - middle
        empty = protocol.encode(protocol.MediaPacketV2(seq, seq * samples, b""))
        data = protocol.encode(coded)
        assert protocol.decode(data) == coded
        speaking = any(f.weight("jawOpen") > 0.02 or f.weight("mouthStretchLeft") > 0.02
                       for f in mine)  # fmt: skip
        bits[speaking] += 8 * (len(data) - len(empty))  # the motion's bytes (both have a bin header)
        count[speaking] += len(mine)
        for sent, back in zip(mine, got):
            err = np.maximum(err, [
                np.abs(back.weights - sent.weights).max(),
                max(abs(getattr(back.pose, n) - getattr(sent.pose, n)) for n in ("pitch", "yaw", "roll")),
                max(abs(getattr(back.pose, n) - getattr(sent.pose, n)) for n in ("x", "y", "z")),
            ])  # fmt: skip
    fps = 25
    return {
        "speaking_kbps": bits[True] / max(count[True], 1) * fps / 1000,
        "silent_kbps": bits[False] / max(count[False], 1) * fps / 1000,
        "speaking_s": count[True] / fps, "silent_s": count[False] / fps,
        "max_weight_err": float(err[0]), "max_angle_err": float(err[1]),
        "max_translation_err": float(err[2]),
        "encode_us_per_frame": encode_ns / 1000 / max(len(frames), 1),
        "decode_us_per_frame": decode_ns / 1000 / max(len(frames), 1),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packet-ms", type=int, default=40, choices=(20, 40, 60))
    args = parser.parse_args()
    print(f"motion (v2) kbit/s at 25 fps, {args.packet_ms} ms packets, the {CALL_LOOKAHEAD_MS} ms "
          "mouth model (the call's default): the coded motion bytes (the "
          "motion bin's 2-byte header, in every v2 packet with or without frames, not counted)")
    rows = []
    for name, frames in clips(fit=False):
        r = measure(frames, args.packet_ms)
        rows.append(r)
        print(f"{name:34s} speaking {r['speaking_kbps']:.2f} ({r['speaking_s']:.1f} s)  silent "
              f"{r['silent_kbps']:.2f} ({r['silent_s']:.1f} s)  max err: weight "
              f"{r['max_weight_err']:.5f}, angle {r['max_angle_err']:.2e} rad, translation "
              f"{r['max_translation_err']:.2e}", flush=True)
    for key in ("speaking_kbps", "silent_kbps"):
        v = [r[key] for r in rows]
        print(f"{key}: median {np.median(v):.2f}, p95 {np.percentile(v, 95):.2f}, max "
              f"{max(v):.2f} over {len(v)} clips")
    print("max error: weight {:.5f}, angle {:.2e} rad, translation {:.2e}".format(
        *(max(r[k] for r in rows) for k in ("max_weight_err", "max_angle_err",
                                            "max_translation_err"))))
    print("CPU per frame (median over clips, quantization and the canonical check included): "
          f"encode {np.median([r['encode_us_per_frame'] for r in rows]):.0f} µs, decode "
          f"{np.median([r['decode_us_per_frame'] for r in rows]):.0f} µs")


if __name__ == "__main__":
    main()
