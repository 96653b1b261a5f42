"""The signaling load bench and the signal/token commands still run (small and fast)."""

from __future__ import annotations

import asyncio
import re
import signal
import subprocess
import sys

import pytest

from photocall.benchmarks import signaling_load
from photocall.cli import main
from photocall.signaling.client import SignalingClient, SignalingError
from photocall.signaling.tokens import make_token, verify_token


@pytest.mark.slow
def test_load_bench_relays_every_message_between_real_processes():
    cfg = signaling_load.LoadConfig(
        clients=10, rooms=5, warmup_s=0.2, paced_s=0.6, saturated_s=0.4, deadline_s=60
    )
    result = signaling_load._one_run("signaling", cfg)
    counts = result["counts"]
    assert counts["errors"] == 0
    assert counts["offers"] > 0 and counts["received"] == 2 * counts["offers"]  # offer + answer
    assert result["server_stats"]["relayed"] == counts["received"]
    for phase in ("paced", "saturated"):
        lat = result[phase]["latency_ms"]
        assert lat["n"] > 0 and 0 < lat["p50"] <= lat["p99"] <= lat["max"]
        assert result[phase]["msgs_per_s"] > 0
    assert result["server_rss_mib"]["peak"] >= result["server_rss_mib"]["idle"] > 0


def test_offer_sized_payloads():
    offer = signaling_load._sdp("offer", signaling_load.OFFER_CHARS, 1)
    assert signaling_load.OFFER_CHARS <= len(offer) < signaling_load.OFFER_CHARS + 120
    assert offer.startswith("v=0\r\n") and "a=setup:actpass" in offer


def test_token_command_prints_a_valid_token(capsys):
    assert main(["token", "--room", "lobby", "--secret", "s", "--ttl", "60"]) == 0
    token = capsys.readouterr().out.strip()
    assert verify_token("s", "lobby", token)
    assert not verify_token("s", "other", token)


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["token", "--room", "a/b", "--secret", "s"], "--room"),
        (["token", "--room", "r", "--secret", ""], "secret is needed"),
        (["token", "--room", "r", "--secret", "s", "--ttl", "0"], "--ttl"),
        (["signal", "--port", "70000"], "port"),
        (["signal", "--max-peers", "0"], "max_peers"),
        (["signal", "--static-dir", "/nonexistent/web"], "not a folder"),
    ],
)
def test_command_mistakes_are_clear_errors(argv, fragment, capsys, monkeypatch):
    monkeypatch.delenv("PHOTOCALL_SECRET", raising=False)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert fragment in err and "Traceback" not in err


def test_signal_command_serves_until_interrupted():
    # A background job of a script starts with SIGINT ignored, and an ignored signal stays ignored
    # in children: handle it here while starting the server, so the server gets Ctrl-C's default.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "photocall", "signal", "--port", "0", "--secret", "k"],
            stderr=subprocess.PIPE,
            text=True,
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    try:
        lines = []
        while not (match := re.search(r"signaling on (ws://\S+)", "".join(lines))):
            line = proc.stderr.readline()
            assert line, f"server exited: {''.join(lines)}"
            lines.append(line)
        url = match.group(1)

        async def talk():
            with pytest.raises(SignalingError, match="bad-token"):
                await SignalingClient(url, "r", "a", "v1.1.x").connect()
            client = SignalingClient(url, "r", "a", make_token("k", "r", 60))
            assert await client.connect() == []
            await client.close()

        asyncio.run(asyncio.wait_for(talk(), 10))
        proc.send_signal(signal.SIGINT)
        assert proc.wait(10) == 130
    finally:
        proc.kill()
        proc.wait()
