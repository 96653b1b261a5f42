"""Signaling logic with no sockets: messages, rooms, the hub, rate limits and tokens."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from photocall.signaling.config import SignalingConfig
from photocall.signaling.hub import POLICY_VIOLATION, Close, Hub, Incident
from photocall.signaling.messages import (
    ErrorCode,
    Join,
    Joined,
    Leave,
    MessageError,
    PeerJoined,
    PeerLeft,
    ServerError,
    Signal,
    SignalTo,
    encode_client_message,
    encode_server_message,
    parse_client_message,
    parse_server_message,
)
from photocall.signaling.ratelimit import FloodGuard, RateLimit, TokenBucket, Verdict
from photocall.signaling.rooms import Rooms, Send
from photocall.signaling.tokens import make_token, verify_token

# --- messages -----------------------------------------------------------------------------------


def test_client_messages_parse_from_exact_json():
    assert parse_client_message(b'{"type":"join","room":"r1","peer":"alice","token":"t"}') == Join(
        "r1", "alice", "t"
    )
    assert parse_client_message('{"type":"signal","to":"bob","data":{"sdp":"v=0"}}') == SignalTo(
        "bob", {"sdp": "v=0"}
    )
    assert parse_client_message('{"type":"leave","extra":1}') == Leave()


def test_server_messages_encode_to_exact_json():
    # Pinned bytes: browsers parse these, so a silent format change must fail here.
    assert encode_server_message(Joined("r", "b", ("a",))) == (
        '{"type":"joined","room":"r","peer":"b","peers":["a"]}'
    )
    assert encode_server_message(PeerJoined("b")) == '{"type":"peer-joined","peer":"b"}'
    assert encode_server_message(PeerLeft("b")) == '{"type":"peer-left","peer":"b"}'
    assert encode_server_message(Signal("a", {"x": 1})) == (
        '{"type":"signal","from":"a","data":{"x":1}}'
    )
    assert encode_server_message(ServerError(ErrorCode.ROOM_FULL, "full")) == (
        '{"type":"error","code":"room-full","message":"full"}'
    )


@pytest.mark.parametrize(
    "message",
    [Joined("r", "b", ("a", "c")), PeerJoined("b"), PeerLeft("b"), Signal("a", {"sdp": "x"})],
)
def test_server_messages_round_trip(message):
    assert parse_server_message(encode_server_message(message)) == message


@pytest.mark.parametrize(
    "message", [Join("r", "p"), Join("r", "p", "tok"), SignalTo("b", {"c": [1]}), Leave()]
)
def test_client_messages_round_trip(message):
    assert parse_client_message(encode_client_message(message)) == message


@pytest.mark.parametrize(
    "raw, fragment",
    [
        (b"not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"room": "r"}', "'type'"),
        (b'{"type": 7}', "'type'"),
        (b'{"type": "dance"}', "unknown message type"),
        (b'{"type": "join", "peer": "a"}', "missing field 'room'"),
        (b'{"type": "join", "room": 5, "peer": "a"}', "'room' must be a str"),
        (b'{"type": "join", "room": "", "peer": "a"}', "1-64 characters"),
        (b'{"type": "join", "room": "../x", "peer": "a"}', "1-64 characters"),
        (b'{"type": "join", "room": "r", "peer": "a", "token": 3}', "'token'"),
        (b'{"type": "signal", "to": "b"}', "missing field 'data'"),
        (b'{"type": "signal", "to": "b", "data": "sdp"}', "'data' must be a dict"),
        (b'{"type": "signal", "to": ["b"], "data": {}}', "'to' must be a str"),
    ],
)
def test_bad_client_messages_are_bad_message(raw, fragment):
    with pytest.raises(MessageError) as info:
        parse_client_message(raw)
    assert info.value.code is ErrorCode.BAD_MESSAGE
    assert fragment in info.value.message


@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_parse_or_raise_message_error(raw):
    try:
        parse_client_message(raw)
    except MessageError as exc:
        assert exc.code is ErrorCode.BAD_MESSAGE


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=8),
        lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=6), c, max_size=3),
        max_leaves=10,
    )
)
def test_any_json_value_parses_or_raises_message_error(value):
    try:
        parse_client_message(json.dumps(value))
    except MessageError as exc:
        assert exc.code is ErrorCode.BAD_MESSAGE


def test_deeply_nested_json_is_bad_message_not_a_crash():
    with pytest.raises(MessageError):
        parse_client_message(b"[" * 100_000 + b"]" * 100_000)


@pytest.mark.parametrize("depth, ok", [(1, True), (32, True), (33, False), (900, False)])
def test_signal_data_depth_is_bounded(depth, ok):
    data = '{"a":' * (depth - 1) + "{}" + "}" * (depth - 1)
    raw = '{"type":"signal","to":"b","data":' + data + "}"
    if ok:
        message = parse_client_message(raw)
        assert encode_server_message(Signal("a", message.data)).count("{") == depth + 1
    else:
        with pytest.raises(MessageError, match="nested deeper than 32"):
            parse_client_message(raw)


# --- rooms --------------------------------------------------------------------------------------


def test_join_announces_to_the_room_in_join_order():
    rooms = Rooms(max_peers=3)
    assert rooms.join("c1", "r", "a") == [Send("c1", Joined("r", "a", ()))]
    assert rooms.join("c2", "r", "b") == [
        Send("c2", Joined("r", "b", ("a",))),
        Send("c1", PeerJoined("b")),
    ]
    assert rooms.join("c3", "r", "c") == [
        Send("c3", Joined("r", "c", ("a", "b"))),
        Send("c1", PeerJoined("c")),
        Send("c2", PeerJoined("c")),
    ]
    assert rooms.peers("r") == ("a", "b", "c")


def test_room_full_and_duplicate_peer_and_rooms_are_separate():
    rooms = Rooms(max_peers=2)
    rooms.join("c1", "r", "a")
    [dup] = rooms.join("c2", "r", "a")
    assert dup == Send("c2", ServerError(ErrorCode.DUPLICATE_PEER, dup.message.message))
    rooms.join("c2", "r", "b")
    [full] = rooms.join("c3", "r", "c")
    assert full.conn == "c3" and full.message.code == ErrorCode.ROOM_FULL
    # Same id in another room is fine.
    assert rooms.join("c3", "other", "a")[0].message == Joined("other", "a", ())
    assert rooms.peers("r") == ("a", "b")


def test_relay_only_inside_the_room():
    rooms = Rooms()
    rooms.join("c1", "r", "a")
    rooms.join("c2", "r", "b")
    rooms.join("c3", "s", "c")
    assert rooms.relay("c1", "b", {"sdp": 1}) == [Send("c2", Signal("a", {"sdp": 1}))]
    [err] = rooms.relay("c1", "c", {})
    assert err.conn == "c1" and err.message.code == ErrorCode.UNKNOWN_PEER
    [self_err] = rooms.relay("c1", "a", {})
    assert self_err.message.code == ErrorCode.UNKNOWN_PEER
    [nj] = rooms.relay("c9", "a", {})
    assert nj.conn == "c9" and nj.message.code == ErrorCode.NOT_JOINED


def test_leave_tells_the_rest_and_frees_the_id_and_empty_rooms_vanish():
    rooms = Rooms()
    rooms.join("c1", "r", "a")
    rooms.join("c2", "r", "b")
    assert rooms.leave("c1") == [Send("c2", PeerLeft("a"))]
    assert rooms.leave("c1") == []
    assert rooms.join("c3", "r", "a")[0].message == Joined("r", "a", ("b",))
    rooms.leave("c2")
    rooms.leave("c3")
    assert rooms.room_count == 0 and rooms.connection_count == 0


def test_second_join_on_one_connection_is_refused():
    rooms = Rooms()
    rooms.join("c1", "r", "a")
    [err] = rooms.join("c1", "s", "z")
    assert err.message.code == ErrorCode.BAD_MESSAGE
    assert rooms.member("c1").room == "r"


# --- hub ----------------------------------------------------------------------------------------


def _join(room="r", peer="a", token=None):
    return encode_client_message(Join(room, peer, token)).encode()


def test_hub_checks_tokens_against_the_room():
    secret = "s3cret"
    hub = Hub(SignalingConfig(secret=secret))
    hub.connect("c1", 0.0)
    [no_token, told] = hub.receive("c1", _join(), 0.0)
    assert no_token.message.code == ErrorCode.BAD_TOKEN
    assert told == Incident("c1", "bad-token", "room r, peer a: this server needs a token")
    [wrong_room, _] = hub.receive("c1", _join(token=make_token(secret, "other", 60)), 0.0)
    assert wrong_room.message.code == ErrorCode.BAD_TOKEN
    [ok] = hub.receive("c1", _join(token=make_token(secret, "r", 60)), 0.0)
    assert ok.message == Joined("r", "a", ())


def test_hub_too_large_leave_not_joined_and_cleanup():
    hub = Hub(SignalingConfig(max_message_bytes=100))
    hub.connect("c1", 0.0)
    hub.connect("c2", 0.0)
    [err] = hub.receive("c1", b'{"type":"leave"}', 0.0)
    assert err.message.code == ErrorCode.NOT_JOINED
    [big, incident] = hub.receive("c1", b" " * 101, 0.0)
    assert big.message.code == ErrorCode.TOO_LARGE
    assert incident == Incident("c1", "too-large", "message of 101 bytes (limit 100)")
    hub.receive("c1", _join(peer="a"), 0.0)
    hub.receive("c2", _join(peer="b"), 0.0)
    assert hub.disconnect("c1") == [Send("c2", PeerLeft("a"))]
    assert hub.receive("c1", _join(peer="a"), 0.0) == []  # frames after disconnect are ignored
    assert hub.stats["error:too-large"] == 1


def test_hub_flood_is_told_once_then_dropped_then_disconnected():
    hub = Hub(SignalingConfig(rate_limit=RateLimit(rate=10, burst=5, disconnect_after=20)))
    hub.connect("c1", 0.0)
    hub.receive("c1", _join(), 0.0)
    verdicts = [hub.receive("c1", b'{"type":"leave"}', 0.0) for _ in range(30)]
    # 4 tokens left after the join: those messages are handled (a leave, then not-joined errors).
    assert verdicts[0] == []
    assert [[a.message.code for a in v] for v in verdicts[1:4]] == [[ErrorCode.NOT_JOINED]] * 3
    told = verdicts[4]
    assert [a.message.code for a in told] == [ErrorCode.RATE_LIMITED]
    assert verdicts[5:22] == [[]] * 17
    last = verdicts[23]
    assert isinstance(last[-1], Close) and last[-1].code == POLICY_VIOLATION
    # Frames still in flight while the connection closes are ignored, even once tokens refill.
    assert verdicts[24:] == [[]] * 6
    assert hub.receive("c1", _join(), 10.0) == []


def test_hub_rate_limit_recovers_after_a_short_burst():
    hub = Hub(SignalingConfig(rate_limit=RateLimit(rate=10, burst=2, disconnect_after=5)))
    hub.connect("c1", 0.0)
    leave = b'{"type":"leave"}'
    assert [len(hub.receive("c1", leave, 0.0)) for _ in range(3)] == [1, 1, 1]  # 2 ok, 1 told
    # A polite client is served again once tokens refill.
    assert hub.receive("c1", _join(), 1.0)[0].message == Joined("r", "a", ())


# --- rate limiter -------------------------------------------------------------------------------


def test_token_bucket_refills_at_its_rate_up_to_burst():
    bucket = TokenBucket(rate=10, burst=3, now=0.0)
    assert [bucket.take(0.0) for _ in range(4)] == [True, True, True, False]
    assert bucket.take(0.1) and not bucket.take(0.1)
    assert [bucket.take(100.0) for _ in range(4)] == [True, True, True, False]


def test_a_client_at_the_rate_is_never_limited():
    guard = FloodGuard(RateLimit(rate=20, burst=5, disconnect_after=3), now=0.0)
    assert all(guard.check(i / 20) is Verdict.ACCEPT for i in range(1000))


# --- tokens -------------------------------------------------------------------------------------


def test_tokens_accept_reject_and_expire():
    token = make_token("key", "room1", ttl_s=60, now=1000.0)
    assert verify_token("key", "room1", token, now=1000.0)
    assert verify_token("key", "room1", token, now=1059.0)
    assert not verify_token("key", "room1", token, now=1060.0)  # expired
    assert not verify_token("other-key", "room1", token, now=1000.0)
    assert not verify_token("key", "room2", token, now=1000.0)
    version, expiry, mac = token.split(".")
    forged = f"{version}.{int(expiry) + 3600}.{mac}"  # extending the expiry breaks the MAC
    assert not verify_token("key", "room1", forged, now=1000.0)


@pytest.mark.parametrize("token", ["", "v1", "v1..", "v2.99999999999.x", "v1.１２.x", "v1.12.x.y"])
def test_malformed_tokens_are_rejected(token):
    assert not verify_token("key", "room1", token, now=0.0)
