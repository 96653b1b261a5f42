"""Training speech from Festival (Debian ``festival`` + ``festvox-*`` voices), with exact phone
timings read from each utterance's Segment relation.

One ``festival -b`` process synthesizes a whole batch (starting it costs more than an utterance).
Festival is deterministic, so the same texts and settings give the same audio.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from photocall.sender.motion.align import Phone, arpabet
from photocall.shared.errors import UserError

VOICES = ("kal_diphone", "ked_diphone", "cmu_us_slt_arctic_hts")
INSTALL_HINT = ("install the Debian packages festival, festvox-kallpc16k, festvox-kdlpc16k and "
                "festvox-us-slt-hts (scripts/setup.sh --dev)")
_MARK = "@@utt"


@dataclass(frozen=True)
class FestivalSpeech:
    pcm: np.ndarray  # (n,) float32
    sample_rate: int
    phones: tuple[Phone, ...]  # ARPAbet (Festival's pauses are SILENCE), covering the audio


def _quote(text: str) -> str:
    return '"' + text.replace("\\", " ").replace('"', " ") + '"'


def synthesize_batch(texts: list[str], voice: str, stretch: list[float]) -> list[FestivalSpeech]:
    """Speak ``texts[i]`` with ``voice`` slowed by ``stretch[i]`` (1 = the voice's own rate;
    the HTS voice ignores it)."""
    if voice not in VOICES:
        raise UserError(f"unknown Festival voice {voice!r} (one of {', '.join(VOICES)})")
    if shutil.which("festival") is None:
        raise UserError(f"festival is not installed: {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="photocall-festival-") as tmp:
        lines = [f"(voice_{voice})"]
        for i, (text, s) in enumerate(zip(texts, stretch)):
            wav = Path(tmp) / f"{i}.wav"
            lines += [f"(Parameter.set 'Duration_Stretch {s:.3f})",
                      f"(set! utt (SynthText {_quote(text)}))",
                      f"(utt.save.wave utt \"{wav}\" 'riff)",
                      f'(format t "{_MARK} {i}\\n")',
                      ("(mapcar (lambda (s) (format t \"%s %f\\n\" (item.name s) "
                       "(item.feat s \"end\"))) (utt.relation.items utt 'Segment))")]
        script = Path(tmp) / "batch.scm"
        script.write_text("\n".join(lines) + "\n")
        run = subprocess.run(["festival", "-b", str(script)], capture_output=True, text=True,
                             check=False)
        if run.returncode != 0:
            raise UserError(f"festival failed on voice {voice}: {run.stderr.strip()[-300:]} "
                            f"({INSTALL_HINT})")
        ends: dict[int, list[tuple[str, float]]] = {}
        current = -1
        for line in run.stdout.splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[0] == _MARK:
                current = int(parts[1])
                ends[current] = []
            elif len(parts) == 2 and current >= 0:
                ends[current].append((parts[0], float(parts[1])))
        out = []
        for i in range(len(texts)):
            with wave.open(str(Path(tmp) / f"{i}.wav"), "rb") as w:
                rate = w.getframerate()
                pcm = np.frombuffer(w.readframes(w.getnframes()), np.int16)
            pcm = pcm.reshape(-1, w.getnchannels())[:, 0].astype(np.float32) / 32768.0
            out.append(FestivalSpeech(pcm, rate, _phones(ends.get(i, []), len(pcm) / rate)))
    return out


def _phones(ends: list[tuple[str, float]], duration: float) -> tuple[Phone, ...]:
    phones, t = [], 0.0
    for name, end in ends:
        end = min(end, duration)
        if end > t:
            phones.append(Phone(t, end, arpabet(name)))
            t = end
    if t < duration:
        phones.append(Phone(t, duration, "SIL"))
    return tuple(phones)
