"""One real call across the lab (``netlab/lab.py``): a sender and receivers, each ``photocall``
CLI process in a namespace of its own, meeting only through coturn; receivers' TURN legs can go
through an impairment relay (``netlab/relay.py``). Used by the tests and the bench alike.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import wave
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import numpy as np

from photocall.netlab.lab import PUBLIC_IP, TURN_PORT, NetLab
from photocall.shared.ice import turn_rest_credentials

ROOM = "netlab"
TEXT = ("Hello through the relay. My voice and the motion of my face cross two firewalls, and "
        "nothing else connects us.")  # fmt: skip
"""About 6 s of espeak-ng speech: enough packets that 5 % loss shows in every run."""
LEAD_IN_S = 5.0
"""Silence before the speech. The sender starts when the first receiver has prepared the photo;
the others (busy cores, a slow link) get this long to catch up before the speech starts."""


@dataclass(frozen=True)
class Leg:
    """One receiver. impairment: the relay's flags on its TURN leg (None: straight to coturn).
    static_credentials: it gets ``turn:USER:PASS@…`` (credentials minted here) instead of the
    secret; both are coturn's time-limited credentials, given the two ways the CLI takes them."""

    name: str
    impairment: tuple[str, ...] | None = None
    static_credentials: bool = False


@dataclass
class LegResult:
    """stats: the receiver's final stats.json (None: none written). relay: its relay's counters
    (None: no relay). log: its output."""

    name: str
    returncode: int | None
    stats: dict | None
    mp4: Path
    relay: dict | None
    log: str


@dataclass
class CallResult:
    sender_returncode: int | None
    sender_log: str
    legs: dict[str, LegResult]
    seconds: float  # the whole call, lab up to lab down
    speech: Path  # what the sender said (a WAV)


def _photocall(*args: str) -> list[str]:
    return [sys.executable, "-m", "photocall", "-v", *args]


def _light(*args: str) -> list[str]:
    return [sys.executable, "-m", "photocall.netlab.peer", *args]


def _wait_for_line(lab: NetLab, name: str, proc: subprocess.Popen[bytes], text: str,
                   timeout_s: float) -> None:  # fmt: skip
    deadline = time.monotonic() + timeout_s
    while text not in lab.log(name):
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited ({proc.returncode}):\n{lab.log(name)[-4000:]}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{name}: no {text!r} within {timeout_s} s:\n{lab.log(name)}")
        time.sleep(0.05)  # polling a log file: nothing else to wait on in another process


def speech_wav(path: Path, text: str = TEXT, lead_in_s: float = LEAD_IN_S) -> Path:
    """espeak-ng saying ``text`` after ``lead_in_s`` of silence, as a 48 kHz WAV."""
    from photocall.sender.audio_sources import speech_audio

    pcm = np.concatenate([np.zeros(int(lead_in_s * 48000), np.float32), speech_audio(text)])
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(48000)
        f.writeframes((np.clip(pcm, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def turn_call(workdir: Path, legs: list[Leg], *, text: str = TEXT, light: bool = True,
              timeout_s: float = 150.0) -> CallResult:  # fmt: skip
    """Build the lab, run the call to its end, tear the lab down; what each side reported.
    The sender says ``text`` after :data:`LEAD_IN_S` of silence, mouth only (no head sway).
    light: the peers of ``netlab/peer.py`` (real sessions, a bar for a face: cheap on 2 cores);
    else ``photocall send``/``receive`` with the learned model and the photo renderer."""
    started = time.monotonic()
    workdir.mkdir(parents=True, exist_ok=True)
    wav = speech_wav(workdir / "speech.wav", text)
    names = [leg.name for leg in legs]
    with NetLab(workdir, clients=("sender", *names)) as lab:
        secret_args = ["--turn-secret", lab.turn_secret]
        relays: dict[str, Path] = {}
        receivers: dict[str, subprocess.Popen[bytes]] = {}
        for i, leg in enumerate(legs):
            port = TURN_PORT
            if leg.impairment is not None:
                port = TURN_PORT + 1 + i
                relays[leg.name] = lab.start_relay(f"relay-{leg.name}", port, list(leg.impairment))
            if leg.static_credentials:
                user, password = turn_rest_credentials(lab.turn_secret, leg.name,
                                                       int(time.time()) + 3600)  # fmt: skip
                ice = ["--ice-server",
                       f"turn:{quote(user, safe='')}:{quote(password, safe='')}@{PUBLIC_IP}:{port}"]
            else:
                ice = ["--ice-server", f"turn:{PUBLIC_IP}:{port}", *secret_args]
            outputs = ["--out", str(workdir / f"{leg.name}.mp4"),
                       "--stats", str(workdir / f"{leg.name}.json"), "--duration", str(timeout_s)]
            argv = (_light("receive", "--signal", lab.signal_url, "--room", ROOM, *ice, *outputs)
                    if light else
                    _photocall("receive", "--signal", lab.signal_url, "--room", ROOM, *ice,
                               *outputs, "--exit-when-done"))  # fmt: skip
            receivers[leg.name] = lab.start(lab.ns(leg.name), leg.name, argv)
        # The sender streams once a receiver has its photo: every receiver joins first.
        for name, proc in receivers.items():
            _wait_for_line(lab, name, proc, "joined room", 60.0)
        send = ["--signal", lab.signal_url, "--room", ROOM,
                "--ice-server", f"turn:{PUBLIC_IP}:{TURN_PORT}", *secret_args, "--audio", str(wav)]
        argv = (_light("send", *send) if light else
                _photocall("send", *send, "--no-head-motion", "--connect-timeout", "60"))
        sender = lab.start(lab.ns("sender"), "sender", argv)  # fmt: skip
        deadline = time.monotonic() + timeout_s
        sender_rc = _wait(sender, deadline)
        results: dict[str, LegResult] = {}
        for leg in legs:
            rc = _wait(receivers[leg.name], deadline)
            relay = None
            if leg.name in relays:
                lab.stop(f"relay-{leg.name}")
                relay = _read_json(relays[leg.name])
            results[leg.name] = LegResult(leg.name, rc, _read_json(workdir / f"{leg.name}.json"),
                                          workdir / f"{leg.name}.mp4", relay,
                                          lab.log(leg.name))  # fmt: skip
        sender_log = lab.log("sender")
    return CallResult(sender_rc, sender_log, results, time.monotonic() - started, wav)


def _wait(proc: subprocess.Popen[bytes], deadline: float) -> int | None:
    try:
        return proc.wait(timeout=max(0.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        return None  # NetLab.close() ends it


def _read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None
