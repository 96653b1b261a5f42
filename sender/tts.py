"""Text to speech with phoneme timings: espeak-ng through ctypes on the ``espeakng-loader`` library.

espeak-ng is a formant synthesizer: robotic, but fully offline, with many English voices and
variants, and its synthesis callback reports every phoneme with its start time in the audio. That
makes it both a speech source for ``photocall send --text`` and the aligned training data of the
audio → motion model (``photocall.sender.motion``).

The library keeps global state, so all calls go through one lock.
"""

from __future__ import annotations

import ctypes
import threading
from dataclasses import dataclass

import numpy as np

from photocall.shared.errors import UserError

# speak_lib.h (API revision 12)
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_PHONEME_EVENTS = 0x0001
_INITIALIZE_DONT_EXIT = 0x8000
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_EVENT_LIST_TERMINATED = 0
_EVENT_PHONEME = 7
_PARAM_RATE = 1
_PARAM_VOLUME = 2
_PARAM_PITCH = 3

RATE_RANGE = (80, 450)
"""Speaking rates espeak-ng accepts, in words per minute."""
PITCH_RANGE = (0, 99)


class _EventId(ctypes.Union):
    _fields_ = [("number", ctypes.c_int), ("name", ctypes.c_char_p), ("string", ctypes.c_char * 8)]


class _Event(ctypes.Structure):
    """espeak_EVENT."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),  # ms from the start of this synthesis
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", _EventId),
    ]


_Callback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event)
)


@dataclass(frozen=True, eq=False)
class Speech:
    """Synthesized speech.

    pcm: (n,) float32 mono in [-1, 1].
    sample_rate: Hz (espeak-ng's native 22050).
    phonemes: ``(start_ms, phoneme)`` in time order, espeak-ng mnemonics (e.g. ``"aI"``, ``"S"``);
      pauses appear as ``"_"``.
    """

    pcm: np.ndarray
    sample_rate: int
    phonemes: tuple[tuple[int, str], ...]

    @property
    def duration(self) -> float:
        return len(self.pcm) / self.sample_rate


class _Engine:
    """The loaded library and its native sample rate."""

    def __init__(self) -> None:
        try:
            import espeakng_loader
        except ImportError as exc:  # pragma: no cover - it is a hard dependency
            raise UserError("text to speech needs the 'espeakng-loader' package") from exc
        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_Callback]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [
            ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint,
            ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
        ]  # fmt: skip
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_Synchronize.restype = ctypes.c_int
        # espeak-ng seeds its random voice jitter from the clock; a fixed seed per utterance makes
        # synthesis (and so the training data) reproducible for a given sequence of calls
        self._set_seed = getattr(lib, "espeak_ng_SetRandSeed", None)
        if self._set_seed is not None:
            self._set_seed.argtypes = [ctypes.c_long]
        data = espeakng_loader.get_data_path().encode()
        rate = lib.espeak_Initialize(
            _AUDIO_OUTPUT_SYNCHRONOUS, 0, data, _INITIALIZE_PHONEME_EVENTS | _INITIALIZE_DONT_EXIT
        )
        if rate <= 0:
            raise UserError(f"espeak-ng failed to initialize (data folder {data.decode()})")
        self.lib = lib
        self.sample_rate = int(rate)
        self._chunks: list[np.ndarray] = []
        self._phonemes: list[tuple[int, str]] = []
        self._callback = _Callback(self._on_synth)  # keep a reference: C holds the pointer
        lib.espeak_SetSynthCallback(self._callback)

    def _on_synth(self, wav, count, events) -> int:  # type: ignore[no-untyped-def]
        if count > 0 and wav:
            self._chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
        i = 0
        while events[i].type != _EVENT_LIST_TERMINATED:
            event = events[i]
            if event.type == _EVENT_PHONEME:
                name = bytes(event.id.string).split(b"\0", 1)[0].decode("utf-8", "replace")
                self._phonemes.append((int(event.audio_position), name))
            i += 1
        return 0  # 0: continue synthesis

    def synthesize(self, text: str, voice: str, rate: int, pitch: int) -> Speech:
        if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
            raise UserError(f"unknown espeak-ng voice {voice!r} (try en-us, en, en-gb-x-rp)")
        self.lib.espeak_SetParameter(_PARAM_RATE, rate, 0)
        self.lib.espeak_SetParameter(_PARAM_PITCH, pitch, 0)
        self.lib.espeak_SetParameter(_PARAM_VOLUME, 100, 0)
        self._chunks, self._phonemes = [], []
        if self._set_seed is not None:
            self._set_seed(0)
        buffer = ctypes.create_string_buffer(text.encode("utf-8"))
        status = self.lib.espeak_Synth(
            buffer, len(buffer), 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None
        )
        self.lib.espeak_Synchronize()
        if status != 0:
            raise UserError(f"espeak-ng could not synthesize the text (status {status})")
        pcm = np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.int16)
        pcm = (pcm.astype(np.float32) / 32768.0).astype(np.float32)
        return Speech(pcm, self.sample_rate, tuple(self._phonemes))


_lock = threading.Lock()
_engine: _Engine | None = None


def synthesize(text: str, voice: str = "en-us", rate: int = 175, pitch: int = 50) -> Speech:
    """Speak ``text`` with espeak-ng.

    voice: an espeak-ng voice name, optionally with a variant (``"en-us+f3"``, ``"en-gb-x-rp+m2"``).
    rate: words per minute (80–450). pitch: 0–99 (50 is the voice's default).
    """
    global _engine
    if not text.strip():
        raise UserError("nothing to say: the text is empty")
    if not RATE_RANGE[0] <= rate <= RATE_RANGE[1]:
        raise UserError(f"rate {rate} is outside {RATE_RANGE[0]}–{RATE_RANGE[1]} words per minute")
    if not PITCH_RANGE[0] <= pitch <= PITCH_RANGE[1]:
        raise UserError(f"pitch {pitch} is outside {PITCH_RANGE[0]}–{PITCH_RANGE[1]}")
    with _lock:
        if _engine is None:
            _engine = _Engine()
        return _engine.synthesize(text, voice, rate, pitch)
