"""Forced alignment of transcribed speech with pocketsphinx, and ARPAbet phones → visemes.

For evaluation and training labels only, never at call time (pocketsphinx is a dev dependency).
pocketsphinx 5 ships an en-US acoustic model and CMUdict: ``set_align_text`` + a first pass finds
the words, ``set_alignment`` + a second pass the phones, in 10 ms frames. A transcript that does not
fit the audio gives no alignment rather than a wrong one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from photocall.sender.motion.config import FEATURE_RATE
from photocall.shared.errors import UserError

SILENCE = "SIL"

# ARPAbet (CMUdict, upper case) and Festival's US phone set (lower case, mapped onto ARPAbet by
# ``arpabet``) → visemes; a pair is a diphthong whose second half moves to the second viseme.
ARPABET_VISEMES: dict[str, tuple[str, ...]] = {
    "SIL": ("sil",), "P": ("PP",), "B": ("PP",), "M": ("PP",), "F": ("FF",), "V": ("FF",),
    "TH": ("TH",), "DH": ("TH",), "T": ("DD",), "D": ("DD",), "K": ("kk",), "G": ("kk",),
    "NG": ("kk",), "CH": ("CH",), "JH": ("CH",), "SH": ("CH",), "ZH": ("CH",), "S": ("SS",),
    "Z": ("SS",), "N": ("nn",), "L": ("nn",), "R": ("RR",), "ER": ("RR",), "W": ("ou",),
    "Y": ("ih",), "AA": ("aa",), "AE": ("aa",), "AH": ("aa",), "AO": ("oh",), "AW": ("aa", "ou"),
    "AY": ("aa", "ih"), "EH": ("E",), "EY": ("E", "ih"), "IH": ("ih",), "IY": ("ih",),
    "OW": ("oh", "ou"), "OY": ("oh", "ih"), "UH": ("ou",), "UW": ("ou",), "AX": ("E",),
}  # fmt: skip
# Festival's extras: flap, syllabic consonants, r-coloured schwa; pauses.
_FESTIVAL = {"dx": "D", "el": "L", "em": "M", "en": "N", "nx": "N", "axr": "ER", "hv": "HH",
             "pau": SILENCE, "h#": SILENCE, "brth": SILENCE}

# The phone classes the real-speech figures are defined on.
BILABIALS = frozenset({"P", "B", "M"})
OPEN_VOWELS = frozenset({"AA", "AE", "AH", "AO", "AW", "AY"})
ROUNDED = frozenset({"UW", "OW", "W", "UH", "OY"})


def arpabet(phone: str) -> str:
    """A CMUdict or Festival phone name in plain ARPAbet (stress digits and ``+`` noise marks
    dropped; anything unknown, e.g. ``+NSN+``, is silence)."""
    p = phone.strip()
    if p.lower() in _FESTIVAL:
        return _FESTIVAL[p.lower()]
    p = p.upper().rstrip("012")
    return p if p in ARPABET_VISEMES or p == "HH" else SILENCE


@dataclass(frozen=True)
class Phone:
    start: float  # s
    end: float  # s
    name: str  # ARPAbet, SILENCE between words

    @property
    def centre(self) -> float:
        return (self.start + self.end) / 2


class Aligner:
    """One pocketsphinx decoder, reused (loading the model takes ~0.5 s)."""

    def __init__(self) -> None:
        try:
            from pocketsphinx import Decoder
        except ImportError as exc:
            raise UserError("forced alignment needs pocketsphinx==5.1.1 (pip install "
                            "'photocall[dev]', or scripts/setup.sh --dev)") from exc
        self._decoder = Decoder(samprate=FEATURE_RATE, bestpath=False, loglevel="FATAL")

    def known(self, word: str) -> bool:
        return self._decoder.lookup_word(word) is not None

    def align(self, pcm16k: np.ndarray, text: str) -> list[Phone] | None:
        """Phones covering the whole clip (gaps filled with SILENCE), or None when the
        transcript has a word outside the dictionary or does not fit the audio."""
        if not all(self.known(w) for w in text.split()):
            return None
        raw = (np.clip(pcm16k, -1, 1) * 32767).astype(np.int16).tobytes()
        d = self._decoder
        try:
            d.set_align_text(text)
            d.start_utt(), d.process_raw(raw, full_utt=True), d.end_utt()
            d.set_alignment()
            d.start_utt(), d.process_raw(raw, full_utt=True), d.end_utt()
            alignment = d.get_alignment()
        except RuntimeError:
            return None
        if alignment is None:
            return None
        frames = len(pcm16k) / FEATURE_RATE
        phones, t = [], 0.0
        for word in alignment:
            for p in word:
                start, end = p.start / 100, (p.start + p.duration) / 100
                if start > t:
                    phones.append(Phone(t, start, SILENCE))
                phones.append(Phone(start, end, arpabet(p.name)))
                t = end
        if not phones:
            return None
        if t < frames:
            phones.append(Phone(t, frames, SILENCE))
        return phones
