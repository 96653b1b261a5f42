"""What a user sees when a command cannot go on: one line on stderr that names the file or URL
and says what is wrong; no traceback, no native library noise; exit status 2. And --help shows
the defaults of every subcommand."""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photocall.cli import build_parser, main


def photocall(*argv: str) -> subprocess.CompletedProcess[str]:
    """The command in a fresh process: native libraries print on first use, so an in-process
    run after another test has loaded them could not see their noise."""
    return subprocess.run(
        [sys.executable, "-m", "photocall", *argv],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )


def one_error_line(stderr: str, command: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, f"expected one line, got:\n{stderr}"
    assert lines[0].startswith(f"photocall {command}: error: ")
    return lines[0]


@pytest.fixture(scope="module")
def faceless(tmp_path_factory) -> Path:
    """A colour gradient: an image with no face in it."""
    y, x = np.mgrid[0:300, 0:400]
    rgb = np.stack([x % 256, y % 256, (x + y) % 256], axis=-1).astype(np.uint8)
    path = tmp_path_factory.mktemp("photos") / "gradient.png"
    Image.fromarray(rgb).save(path)
    return path


@pytest.fixture(scope="module")
def not_an_image(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("photos") / "notes.jpg"
    path.write_text("meeting notes, not a picture\n")
    return path


@pytest.mark.slow
def test_render_without_a_face_is_one_line_naming_the_file(faceless, tmp_path):
    run = photocall("render", "--photo", str(faceless), "--sheet", str(tmp_path / "s.png"))
    assert run.returncode == 2
    line = one_error_line(run.stderr, "render")  # the face landmarker's native logs are gone
    assert f"no face found in {faceless}" in line
    assert run.stdout == ""


@pytest.mark.slow
def test_send_with_a_faceless_photo_names_the_file(faceless):
    # No server needed: the photo is checked before connecting.
    run = photocall("send", "--photo", str(faceless), "--text", "hello")
    assert run.returncode == 2
    assert f"no face found in {faceless}" in one_error_line(run.stderr, "send")


def test_send_with_a_photo_that_is_not_an_image_names_the_file(not_an_image, capsys):
    assert main(["send", "--photo", str(not_an_image), "--text", "hello"]) == 2
    line = one_error_line(capsys.readouterr().err, "send")
    assert f"{not_an_image} is not an image" in line


@pytest.mark.parametrize("command", ["send", "receive"])
@pytest.mark.parametrize(
    "url, says",
    [
        ("http://127.0.0.1:8765/", "--signal must be a ws:// or wss:// URL, got 'http://127.0.0.1:8765/'"),
        ("127.0.0.1:8765", "--signal must be a ws:// or wss:// URL, got '127.0.0.1:8765'"),
        ("ws://", "--signal is not a valid URL: 'ws://' (hostname isn't provided)"),
        ("ws://host:99999/", "--signal is not a valid URL: 'ws://host:99999/'"),
    ],
)  # fmt: skip
def test_a_bad_signal_url_is_reported_as_such(command, url, says, capsys):
    argv = [command, "--signal", url] + (["--text", "hi"] if command == "send" else [])
    assert main(argv) == 2
    line = one_error_line(capsys.readouterr().err, command)
    assert says in line and "unreachable" not in line


def test_an_unreachable_server_is_named(capsys, tmp_path):
    # A bound port that does not listen refuses connections, and no one else can take it.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"ws://127.0.0.1:{sock.getsockname()[1]}/"
        code = main(["receive", "--signal", url, "--out", str(tmp_path / "call.mp4")])
    assert code == 2
    line = one_error_line(capsys.readouterr().err, "receive")
    assert line.endswith(f"unreachable: cannot reach the signaling server at {url}: "
                         "Connection refused")  # fmt: skip


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def _shows_default(action: argparse.Action) -> bool:
    default = action.default
    nothing = default is None or default is False or default == [] or default == argparse.SUPPRESS
    return bool(action.help) and not nothing


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_subcommand_help_shows_the_defaults(name):
    parser = _subcommands()[name]
    text = " ".join(parser.format_help().split())  # undo the wrapping
    for action in parser._actions:
        if _shows_default(action) and "default" not in action.help:
            assert f"(default: {action.default})" in text, (name, action.option_strings)


def test_receive_help_shows_its_defaults():
    text = " ".join(_subcommands()["receive"].format_help().split())
    assert "--fps FPS video frames per second (default: 25)" in text
    assert "(default: ws://127.0.0.1:8765/)" in text
    assert "(default: None)" not in text and "(default: False)" not in text


def test_help_does_not_show_a_secret_from_the_environment(monkeypatch):
    monkeypatch.setenv("PHOTOCALL_SECRET", "hunter2")
    commands = _subcommands()
    assert commands["signal"].get_default("secret") == "hunter2"  # it is the default...
    for name in ("signal", "token"):
        assert "hunter2" not in commands[name].format_help()  # ...and not shown
