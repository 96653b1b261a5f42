"""ICE servers: the --ice-server forms, coturn's time-limited credentials, what aiortc is given,
and the one-line errors for bad URLs. The call through a real coturn is tests/test_turn_nat.py."""

from __future__ import annotations

import logging

import pytest

from photocall.cli import build_parser, main
from photocall.shared.ice import TURN_CREDENTIAL_TTL_S, parse_ice_server, turn_rest_credentials
from photocall.shared.peer import IcePath, ice_path, rtc_configuration
from photocall.shared.room import IceServer, RoomConfig


def test_stun_and_static_turn_forms():
    assert parse_ice_server("stun:stun.example.org:3478") == IceServer("stun:stun.example.org:3478")
    assert parse_ice_server("stun:10.0.0.1") == IceServer("stun:10.0.0.1:3478")
    turn = parse_ice_server("turn:alice:s3cret@turn.example.org:3479")
    assert turn == IceServer("turn:turn.example.org:3479?transport=udp", "alice", "s3cret")
    assert parse_ice_server("turn:a:b@h?transport=tcp").url == "turn:h:3478?transport=tcp"
    assert parse_ice_server("turns:a:b@h").url == "turns:h:5349?transport=tcp"
    # percent-decoded: a REST username has a colon, a password may have @ or /
    rest = parse_ice_server("turn:1700000000%3Aalice:a%2Fb%40c%3D@h:3478")
    assert (rest.username, rest.credential) == ("1700000000:alice", "a/b@c=")


def test_the_credential_stays_out_of_repr():
    server = parse_ice_server("turn:alice:hunter2@h")
    assert "hunter2" not in repr(server) and "hunter2" not in repr(RoomConfig(ice_servers=(server,)))


def test_time_limited_credentials_are_coturns_rest_form():
    # base64(HMAC-SHA1("north", "1700086400:alice")), computed once and pinned
    assert turn_rest_credentials("north", "alice", 1700086400) == (
        "1700086400:alice", "SXua5ne/+mDhiHTp0pQJzRO4ESg=")  # fmt: skip
    server = parse_ice_server("turn:h:3478", turn_secret="north", turn_user="alice",
                              now=1700086400 - TURN_CREDENTIAL_TTL_S)  # fmt: skip
    assert (server.username, server.credential) == ("1700086400:alice", "SXua5ne/+mDhiHTp0pQJzRO4ESg=")
    # credentials in the URL win over the secret
    assert parse_ice_server("turn:u:p@h", turn_secret="north").username == "u"


@pytest.mark.parametrize(
    "text, says",
    [
        ("stun.example.org:3478", "is not a STUN/TURN URL"),
        ("http://example.org", "is not a STUN/TURN URL"),
        ("tern:a:b@h", "unknown scheme 'tern'"),
        ("stun:h:0", "port 0 is out of range"),
        ("stun:h:70000", "port 70000 is out of range"),
        ("stun:u:p@h", "a STUN server takes no credentials"),
        ("turn:h", "needs USER:PASS@ in the URL or a TURN secret"),
        ("turn:alice@h", "TURN credentials are USER:PASS@"),
        ("turn:a:b@h?transport=sctp", "transport must be udp or tcp"),
        ("turns:a:b@h?transport=udp", "transport must be udp or tcp"),
        ("turn:a:b@[::1]:3478", "IPv6 addresses are not supported"),
    ],
)  # fmt: skip
def test_a_bad_url_says_what_is_wrong(text, says):
    with pytest.raises(ValueError, match=says.replace("?", r"\?")):
        parse_ice_server(text)


@pytest.mark.parametrize("command", ["send", "receive", "demo"])
def test_a_bad_ice_server_is_one_line_from_the_cli(command, capsys):
    argv = [command, "--ice-server", "turn:turn.example.org"]
    argv += ["--text", "hi"] if command == "send" else []
    assert main(argv) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"photocall {command}: error: --ice-server 'turn:turn.example.org': ")
    assert "--turn-secret" in line


def test_the_flags_land_in_the_room_config():
    from photocall.shared.cli_args import room_config

    args = build_parser().parse_args([
        "receive", "--ice-server", "stun:s:3478", "--ice-server", "turn:h:3478",
        "--turn-secret", "north", "--turn-user", "bob",
    ])  # fmt: skip
    stun, turn = room_config(args).ice_servers
    assert stun == IceServer("stun:s:3478")
    assert turn.url == "turn:h:3478?transport=udp" and turn.username.endswith(":bob")
    assert room_config(build_parser().parse_args(["receive"])).ice_servers == ()


def test_help_does_not_show_a_turn_secret_from_the_environment(monkeypatch):
    monkeypatch.setenv("PHOTOCALL_TURN_SECRET", "hunter2")
    send = build_parser()._subparsers._group_actions[0].choices["send"]
    assert send.get_default("turn_secret") == "hunter2"
    assert "hunter2" not in send.format_help()


def test_aiortc_gets_exactly_these_servers(caplog):
    assert rtc_configuration(()).iceServers == []  # no public STUN behind the user's back
    servers = (IceServer("stun:s:3478"), IceServer("turn:h:3478?transport=udp", "u", "p"))
    config = rtc_configuration(servers)
    assert [(s.urls, s.username, s.credential) for s in config.iceServers] == [
        ("stun:s:3478", None, None), ("turn:h:3478?transport=udp", "u", "p")]  # fmt: skip
    from aiortc.rtcicetransport import connection_kwargs

    kwargs = connection_kwargs(config.iceServers)  # what aioice is handed
    assert kwargs["stun_server"] == ("s", 3478) and kwargs["turn_server"] == ("h", 3478)
    assert (kwargs["turn_username"], kwargs["turn_password"], kwargs["turn_transport"]) == (
        "u", "p", "udp")  # fmt: skip
    with caplog.at_level(logging.WARNING):
        rtc_configuration((*servers, IceServer("turn:h2:3478?transport=tcp", "u", "p")))
    assert "turn:h2:3478?transport=tcp are ignored" in caplog.text


def test_ice_path_of_a_connection_without_a_pair_is_none():
    assert ice_path(object()) is None  # no sctp transport yet (or a fake connection)
    assert IcePath("relay", "host", "udp").relayed and not IcePath("host", "srflx", "udp").relayed


def test_turn_credentials_prints_what_the_cli_and_the_page_take(capsys):
    from urllib.parse import unquote

    assert main(["turn-credentials", "turn.example.org:3478", "--secret", "north",
                 "--user", "alice", "--ttl", "60"]) == 0  # fmt: skip
    lines = dict(line.split(" ", 1) if line.startswith("--") else line.split("=", 1)
                 if line.startswith("ice=") else line.split(": ", 1)
                 for line in capsys.readouterr().out.splitlines())  # fmt: skip
    server = parse_ice_server(lines["--ice-server"])
    expiry = int(lines["username"].split(":")[0])
    assert (server.username, server.credential) == turn_rest_credentials("north", "alice", expiry)
    assert unquote(lines["ice"]) == lines["--ice-server"]
    assert main(["turn-credentials", "[::1]:3478", "--secret", "north"]) == 2
    assert "IPv6" in capsys.readouterr().err
