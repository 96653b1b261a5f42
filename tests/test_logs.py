"""photocall.shared.logs: what each verbosity prints, native stderr dropped around the landmarker, and
secrets blanked out of log lines."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from photocall.shared.logs import redact

# Each logs once at every level that matters, and writes to descriptor 2 the way native code
# does, inside the quiet block and after it.
SCRIPT = textwrap.dedent(
    """
    import logging, os, sys
    from photocall.shared.logs import quiet_native_stderr, setup_logging

    setup_logging(int(sys.argv[1]))
    ours, ice, rtc = (logging.getLogger(n) for n in ("photocall.peer", "aioice.ice", "aiortc.pc"))
    ours.info("joined the room")
    ours.debug("our detail")
    ice.info("ice check")
    ice.warning("ice trouble")
    with quiet_native_stderr():
        os.write(2, b"W0000 native note\\n")
        ours.info("logged while quiet")
    os.write(2, b"native after the block\\n")
    print("python's own stderr", file=sys.stderr, flush=True)
    rtc.debug("setRemoteDescription(offer)\\na=ice-ufrag:abcd\\na=ice-pwd:Secret+Pwd/123456789012")
    """
)


def stderr_at(verbosity: int) -> str:
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(verbosity)],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    return run.stderr


def test_default_shows_our_events_and_library_warnings_only():
    err = stderr_at(0)
    for shown in ("joined the room", "warning: ice trouble", "logged while quiet",
                  "python's own stderr"):  # fmt: skip
        assert shown in err
    # native writes stay dropped outside the quiet blocks too: MediaPipe's worker threads log
    # between the calls the blocks wrap
    for hidden in ("our detail", "ice check", "W0000 native note", "native after the block",
                   "setRemoteDescription"):  # fmt: skip
        assert hidden not in err
    assert len(err.splitlines()) == 4


def test_one_v_adds_our_details_library_info_and_native_logs():
    err = stderr_at(1)
    for shown in ("DEBUG photocall.peer: our detail", "INFO aioice.ice: ice check",
                  "W0000 native note", "native after the block", "logged while quiet",
                  "python's own stderr"):  # fmt: skip
        assert shown in err
    assert "setRemoteDescription" not in err


def test_two_v_add_library_debug_without_the_ice_password():
    err = stderr_at(2)
    assert "DEBUG aiortc.pc: setRemoteDescription(offer)" in err
    assert "a=ice-pwd:<redacted>" in err and "Secret" not in err


@pytest.mark.parametrize(
    "line, expected",
    [
        # aiortc's SDP dump
        ("setLocalDescription(answer)\r\na=ice-ufrag:9mh6\r\na=ice-pwd:SAPgW4kmxDSZUCFbwobbJK\r\n",
         "setLocalDescription(answer)\r\na=ice-ufrag:9mh6\r\na=ice-pwd:<redacted>\r\n"),
        # an SDP inside a JSON signaling message: the line break is an escaped \r\n
        ('{"sdp": "a=ice-pwd:q1gSTNhS2+B6i4Ze/dNSKN\\r\\na=ice-options:trickle"}',
         '{"sdp": "a=ice-pwd:<redacted>\\r\\na=ice-options:trickle"}'),
        ('join {"type": "join", "room": "r", "peer": "a", "token": "v1.1764.abcdef"}',
         'join {"type": "join", "room": "r", "peer": "a", "token": "<redacted>"}'),
        # websockets cuts long frames in the middle: only the token's tail may show
        ("""> TEXT '{"type":"join","room":"t","peer":"send-4d4f...c0ffee"}' [120 bytes]""",
         """> TEXT '{"type":"join",<redacted>}' [120 bytes]"""),
    ],
)  # fmt: skip
def test_redact_blanks_secrets_and_keeps_the_rest(line, expected):
    assert redact(line) == expected


def test_redact_leaves_ordinary_lines_alone():
    line = "link to recv-1 open; a=ice-ufrag:9mh6 token count 3"
    assert redact(line) == line
