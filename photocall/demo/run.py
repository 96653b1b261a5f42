"""The demo call: signaling server, receiver and sender in one event loop (heavy imports here)."""

from __future__ import annotations

import asyncio
import logging
import secrets
import tempfile
from pathlib import Path

import numpy as np

from photocall.demo import DEMO_PASSAGES, DEMO_PAUSE_S, DemoConfig
from photocall.receiver.stats import CallReport, describe
from photocall.sender.motion.audio_io import write_wav
from photocall.shared.errors import UserError
from photocall.shared.motion import SAMPLE_RATE
from photocall.signaling.client import SignalingClient

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 30.0
"""How long the sender waits for the receiver (the receiver prepares the photo meanwhile)."""


def speech(config: DemoConfig) -> np.ndarray:
    """The sender's speech as 48 kHz mono float32, cut to ``config.seconds``."""
    from photocall.sender.audio_sources import load_audio_file, speech_audio

    if config.seconds is not None and not config.seconds > 0:
        raise UserError(f"--seconds must be positive, got {config.seconds:g}")
    if config.audio is not None:
        pcm = load_audio_file(config.audio)
    elif config.text is not None:
        pcm = speech_audio(config.text)
    else:
        pause = np.zeros(int(DEMO_PAUSE_S * SAMPLE_RATE), np.float32)
        first, second = (speech_audio(text) for text in DEMO_PASSAGES)
        pcm = np.concatenate([first, pause, second])
    if config.seconds is not None:
        pcm = pcm[: int(config.seconds * SAMPLE_RATE)]
    return pcm


def _check_outputs(config: DemoConfig) -> None:
    for path, what in ((config.out, "--out"), (config.stats, "--stats")):
        if path.is_dir():
            raise UserError(f"{what} {path} is a folder; give a file name")
        if not path.parent.exists():
            raise UserError(f"{what}: folder {path.parent} does not exist")
    if config.photo is not None and not config.photo.is_file():
        raise UserError(f"photo not found: {config.photo}")
    if config.max_kbps is not None:
        from photocall.sender.rate_plan import plan_for

        try:
            plan_for(config.max_kbps)
        except ValueError as exc:
            raise UserError(f"--max-kbps: {exc}") from None


async def _call(config: DemoConfig, wav: Path) -> tuple:
    from photocall.receiver.config import ReceiverConfig
    from photocall.receiver.render.config import RendererConfig
    from photocall.receiver.session import run_receiver
    from photocall.sender.session import SenderConfig, run_sender
    from photocall.shared.room import RoomConfig
    from photocall.signaling.config import SignalingConfig
    from photocall.signaling.server import SignalingServer
    from photocall.signaling.tokens import make_token

    # A closed room on a private server: a secret only this process knows.
    room, secret = f"demo-{secrets.token_hex(4)}", secrets.token_hex(16)
    token = make_token(secret, room, 3600)
    extra: dict = {} if config.packet_ms is None else {"packet_ms": config.packet_ms}
    if config.max_kbps is not None:
        extra["max_kbps"] = config.max_kbps
    signaling = SignalingConfig(port=0, secret=secret, serve_static=False)
    async with SignalingServer(signaling) as server:
        receiver = asyncio.create_task(
            run_receiver(
                SignalingClient,
                ReceiverConfig(
                    RoomConfig(server.url, room, peer_id="demo-receiver", token=token,
                               ice_servers=config.ice_servers),
                    out=config.out,
                    stats=config.stats,
                    render=RendererConfig(backend=config.backend),
                    exit_when_done=True,
                )
            )
        )
        try:
            sent = await run_sender(
                SignalingClient,
                SenderConfig(
                    RoomConfig(server.url, room, peer_id="demo-sender", token=token,
                               ice_servers=config.ice_servers),
                    audio=wav,
                    photo=config.photo,
                    connect_timeout_s=CONNECT_TIMEOUT_S,
                    **extra,
                )
            )
            # The receiver plays out its buffer after the sender's Bye, then returns.
            received = await asyncio.wait_for(asyncio.shield(receiver), 15.0)
        finally:
            if not receiver.done():
                receiver.cancel()
                await asyncio.gather(receiver, return_exceptions=True)
    return sent, received


def run_demo(config: DemoConfig) -> CallReport:
    """Run the call, write ``config.out`` and ``config.stats`` (the receiver's report, the same
    schema as ``photocall receive --stats``); return the report."""
    import torch

    _check_outputs(config)
    # Sender (audio -> motion) and receiver (renderer) share this process and its cores; torch's
    # default of one thread per core for each makes them spin against each other (p95 of a 20 ms
    # predictor step went from 5 to 50 ms on 2 loaded cores).
    torch.set_num_threads(1)
    pcm = speech(config)
    if len(pcm) < SAMPLE_RATE // 2:
        raise UserError(f"the speech is {len(pcm) / SAMPLE_RATE:.2f} s long; give at least 0.5 s")
    before = {p: _mtime(p) for p in (config.out, config.stats)}
    with tempfile.TemporaryDirectory(prefix="photocall-demo-") as tmp:
        wav = Path(tmp) / "speech.wav"
        write_wav(wav, pcm)
        try:
            sent, received = asyncio.run(_call(config, wav))
            if received.report is None or not received.report.peers or received.wrote is None:
                raise UserError("the receiver got no stream from the sender")
        except BaseException:
            # Half-written outputs are worse than none (but leave those this run did not touch).
            for path, mtime in before.items():
                if path.exists() and _mtime(path) != mtime:
                    path.unlink()
            raise
    log.debug("sender: %s", sent)
    return received.report


def _mtime(path: Path) -> int | None:
    return path.stat().st_mtime_ns if path.exists() else None


def summary(config: DemoConfig, report: CallReport, wall_s: float) -> str:
    plan = ""
    if config.max_kbps is not None:
        from photocall.sender.rate_plan import plan_for

        plan = plan_for(config.max_kbps).describe(config.max_kbps) + "\n"
    return f"{plan}{describe(report)}\nstats in {config.stats}; whole demo {wall_s:.1f} s"
