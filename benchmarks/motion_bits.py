"""Protocol v2's motion bit rate on the shipped model's real output, per voice, speaking and silent.

    .venv/bin/python -m photocall.benchmarks.motion_bits [--packet-ms 40]

Voices: espeak-ng (en-us, en-gb-x-rp), Festival (kal_diphone, cmu_us_slt_arctic_hts) and
Allison's non-reserved Asterisk prompts (``sender/motion/prompts.py`` filters the reserved ones).
Each clip gets 1 s of silence before and 2.5 s after. A frame counts as speaking when its
jawOpen or mouthStretchLeft exceeds 0.02. Also prints the largest decoding error measured.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np

from photocall.shared import protocol
from photocall.shared.media_v2 import MediaDecoderV2, MediaEncoderV2
from photocall.shared.motion import MotionFrame

TEXT = ("The quick brown fox jumps over the lazy dog. We were away a year ago, and my mother "
        "made marmalade for breakfast every morning.")
PROMPTS = ("all-circuits-busy-now", "activated", "added", "auth-thankyou", "goodbye")
ASTERISK = Path("/usr/share/asterisk/sounds/en")


def voices() -> dict[str, tuple[np.ndarray, int]]:
    from photocall.sender.motion.audio_io import load_audio
    from photocall.sender.motion.prompts import is_reserved
    from photocall.sender.tts import synthesize

    out = {}
    for voice in ("en-us", "en-gb-x-rp"):
        speech = synthesize(TEXT, voice=voice)
        out[f"espeak-ng {voice}"] = (speech.pcm, speech.sample_rate)
    if shutil.which("text2wave"):
        with tempfile.TemporaryDirectory() as tmp:
            for voice in ("kal_diphone", "cmu_us_slt_arctic_hts"):
                wav = Path(tmp) / f"{voice}.wav"
                subprocess.run(["text2wave", "-eval", f"(voice_{voice})", "-o", str(wav)],
                               input=TEXT.encode(), check=True, capture_output=True)
                out[f"festival {voice}"] = load_audio(wav)
    parts, rate = [], 16000
    for name in PROMPTS:
        assert not is_reserved(name)
        path = ASTERISK / f"{name}.g722"
        if path.exists():
            pcm, rate = load_audio(path)
            parts += [pcm, np.zeros(rate * 3 // 10, np.float32)]
    if parts:
        out["asterisk allison (5 prompts)"] = (np.concatenate(parts), rate)
    return out


def measure(frames: list[MotionFrame], packet_ms: int) -> dict[str, float]:
    samples = 48 * packet_ms
    by_packet: dict[int, list[MotionFrame]] = {}
    for f in frames:
        by_packet.setdefault(f.timestamp // samples, []).append(f)
    encoder, decoder = MediaEncoderV2(), MediaDecoderV2()
    bits = {True: 0, False: 0}
    count = {True: 0, False: 0}
    err = np.zeros(3)
    for seq in range(max(by_packet) + 1):
        mine = tuple(by_packet.get(seq, ()))
        packet = protocol.MediaPacket(seq, seq * samples, b"", mine)
        coded = encoder.encode(packet)
        empty = protocol.encode(protocol.MediaPacketV2(seq, seq * samples, b""))
        data = protocol.encode(coded)
        got = decoder.decode(protocol.decode(data)).motion
        speaking = any(f.weight("jawOpen") > 0.02 or f.weight("mouthStretchLeft") > 0.02
                       for f in mine)  # fmt: skip
        bits[speaking] += 8 * (len(data) - len(empty))  # the motion's bytes, bin header included
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
    }  # fmt: skip


def main() -> None:
    from photocall.sender.motion import predict_pcm

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packet-ms", type=int, default=40, choices=(20, 40, 60))
    args = parser.parse_args()
    print(f"motion (v2) kbit/s at 25 fps, {args.packet_ms} ms packets, bin header included")
    for name, (pcm, rate) in voices().items():
        pcm = np.concatenate([np.zeros(rate, np.float32), pcm.astype(np.float32),
                              np.zeros(rate * 5 // 2, np.float32)])
        r = measure(predict_pcm(pcm, rate), args.packet_ms)
        print(f"{name:32s} speaking {r['speaking_kbps']:.2f} ({r['speaking_s']:.1f} s)  silent "
              f"{r['silent_kbps']:.2f} ({r['silent_s']:.1f} s)  max err: weight "
              f"{r['max_weight_err']:.5f}, angle {r['max_angle_err']:.2e} rad, translation "
              f"{r['max_translation_err']:.2e}")


if __name__ == "__main__":
    main()
