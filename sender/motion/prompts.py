"""Real recorded speech: Debian's English Asterisk prompts, minus the ones reserved for evaluation.

Source: Debian ``asterisk-core-sounds-en`` (transcripts in ``core-sounds-en.txt.gz``) and
``asterisk-core-sounds-en-g722`` (16 kHz G.722 audio), recorded by Allison Smith, CC-BY-SA-3.0
(``/usr/share/doc/asterisk-core-sounds-en/copyright``). Nothing of it is copied into the repo.

One speaker, so the train/dev split holds out texts and recordings, not the voice.
"""

from __future__ import annotations

import gzip
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from photocall.shared.errors import UserError

TRANSCRIPTS = Path("/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz")
SOUNDS = Path("/usr/share/asterisk/sounds/en_US_f_Allison")
INSTALL_HINT = ("install the Debian packages asterisk-core-sounds-en and "
                "asterisk-core-sounds-en-g722 (scripts/setup.sh --dev)")

# Reserved for independent evaluation by the project: never trained, tuned or evaluated on.
# ``usable_prompts`` drops them while parsing the transcript list, before any audio is opened.
RESERVED_PREFIXES = ("vm-", "demo-", "tt-", "conf-", "agent-")
RESERVED_NAMES = frozenset({"one-moment-please", "please-try-call-later",
                            "check-number-dial-again", "cannot-complete-as-dialed"})

DEV_SHARE = 3  # one prompt in DEV_SHARE (by a hash of its name) is held out for development
VALIDATION_SHARE = 4  # of the train split, one in VALIDATION_SHARE chooses recipes (hash + ":val")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def is_reserved(name: str) -> bool:
    """True for the prompts reserved for independent evaluation (any folder, e.g. ``en/vm-intro``)."""
    base = name.rsplit("/", 1)[-1]
    return base.startswith(RESERVED_PREFIXES) or base in RESERVED_NAMES


@dataclass(frozen=True)
class Prompt:
    name: str  # file name without extension, e.g. "all-circuits-busy-now"
    text: str  # lower-case words for the aligner, e.g. "all circuits are busy now"

    @property
    def path(self) -> Path:
        return SOUNDS / f"{self.name}.g722"

    @property
    def dev(self) -> bool:
        """Held out: never trained on (a stable hash of the name picks it)."""
        return zlib.crc32(self.name.encode()) % DEV_SHARE == 0

    @property
    def validation(self) -> bool:
        """Of the train split, held out of experiment runs to choose a training recipe on
        (``train-motion --hold-out-validation``, ``eval-motion --split validation``), so the
        dev split is looked at only to report."""
        return not self.dev and zlib.crc32(f"{self.name}:val".encode()) % VALIDATION_SHARE == 0


def parse_transcripts(lines: list[str]) -> list[Prompt]:
    """Prompts from ``name: Text.`` lines: top-level, non-reserved, plain words only.

    Left out: folders (single digits, letters), bracketed descriptions of tones, and texts with
    digits or symbols the aligner's dictionary cannot spell."""
    out = []
    for line in lines:
        name, sep, text = line.partition(":")
        name = name.strip()
        if not sep or line.startswith(";") or "/" in name or not name:
            continue
        if is_reserved(name):  # before anything else looks at it
            continue
        text = text.strip().lower()
        if not text or re.search(r"[\[\]0-9#*@&/%$]", text):
            continue
        words = _WORD.findall(text.replace("-", " "))
        if words:
            out.append(Prompt(name, " ".join(words)))
    return out


def usable_prompts(transcripts: Path = TRANSCRIPTS) -> list[Prompt]:
    """Every non-reserved prompt with plain-word text whose audio is installed, by name."""
    if not transcripts.exists():
        raise UserError(f"no Asterisk prompt transcripts at {transcripts}: {INSTALL_HINT}")
    with gzip.open(transcripts, "rt", encoding="utf-8", errors="replace") as f:
        prompts = parse_transcripts(f.read().splitlines())
    present = [p for p in prompts if p.path.exists()]
    if not present:
        raise UserError(f"no Asterisk prompt audio in {SOUNDS}: {INSTALL_HINT}")
    return sorted(present, key=lambda p: p.name)


def split(prompts: list[Prompt]) -> tuple[list[Prompt], list[Prompt]]:
    """(train, dev)."""
    return [p for p in prompts if not p.dev], [p for p in prompts if p.dev]


SPLITS = ("dev", "validation", "train")


def named_split(prompts: list[Prompt], name: str) -> list[Prompt]:
    """The prompts of one of ``SPLITS`` (validation is a part of train)."""
    if name not in SPLITS:
        raise UserError(f"unknown split {name!r} (one of {', '.join(SPLITS)})")
    train, dev = split(prompts)
    return {"dev": dev, "train": train, "validation": [p for p in train if p.validation]}[name]
