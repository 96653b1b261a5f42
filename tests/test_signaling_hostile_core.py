"""What the signaling server decides about hostile input, with no sockets and the clock given:
strict JSON, canonical tokens, flood cut-offs, the join deadline, connection caps, and the
throttled, escaped log that reports it all."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from photocall.shared.logs import ThrottledLog, escape
from photocall.signaling.admission import Admission, Refusal, address_key
from photocall.signaling.config import SignalingConfig
from photocall.signaling.hub import POLICY_VIOLATION, Close, Hub, Incident
from photocall.signaling.messages import (
    ErrorCode,
    Join,
    MessageError,
    encode_client_message,
    parse_client_message,
)
from photocall.signaling.ratelimit import FloodGuard, RateLimit, Verdict
from photocall.signaling.rooms import Send
from photocall.signaling.tokens import make_token, verify_token

# --- the parser: bad-message for every input ---------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        '{"type":"join","room":"r","peer":' + "1" * 5000 + "}",  # ValueError inside json before
        '{"type":"signal","to":"b","data":{"n":' + "9" * 65 + "}}",
        '{"type":"signal","to":"b","data":{"x":NaN}}',
        '{"type":"signal","to":"b","data":{"x":Infinity}}',
        '{"type":"signal","to":"b","data":{"x":[-Infinity]}}',
        '{"type":"signal","to":"b","data":{"x":1e999}}',
        '{"type":"signal","to":"b","data":{"x":-1e400}}',
        b'\xff\xfe{\x00"\x00}\x00',  # UTF-16: not UTF-8
    ],
)
def test_numbers_python_accepts_but_json_does_not_are_bad_message(raw):
    with pytest.raises(MessageError) as info:
        parse_client_message(raw)
    assert info.value.code is ErrorCode.BAD_MESSAGE
    assert info.value.message.startswith("not JSON")


def test_ordinary_numbers_still_pass():
    raw = '{"type":"signal","to":"b","data":{"i":' + "9" * 64 + ',"f":-1.5e300,"z":0}}'
    assert parse_client_message(raw).data == {"i": int("9" * 64), "f": -1.5e300, "z": 0}


_json_text = st.recursive(
    st.sampled_from(["1", "NaN", "-Infinity", "1e999", "1" * 4400, '"x"', "null", "0.5"]),
    lambda inner: (
        st.lists(inner, max_size=3).map(lambda xs: "[" + ",".join(xs) + "]")
        | st.lists(inner, max_size=3).map(
            lambda xs: "{" + ",".join(f'"k{i}":{x}' for i, x in enumerate(xs)) + "}"
        )
    ),
    max_leaves=6,
)


@given(_json_text, st.sampled_from(["join", "signal", "leave", "x"]))
def test_any_json_like_text_parses_or_is_bad_message(data, kind):
    raw = f'{{"type":"{kind}","room":"r","peer":"p","to":"b","data":{data}}}'
    try:
        parse_client_message(raw)
    except MessageError as exc:
        assert exc.code is ErrorCode.BAD_MESSAGE


# --- tokens: one spelling each -----------------------------------------------------------------


def test_only_the_canonical_token_is_accepted():
    token = make_token("key", "r", ttl_s=60, now=1000.0)
    version, expiry, mac = token.split(".")
    assert verify_token("key", "r", token, now=1000.0)
    for variant in (
        f"{version}.0{expiry}.{mac}",
        f"{version}.+{expiry}.{mac}",
        f"{version}.{expiry}.{mac}=",
    ):
        assert not verify_token("key", "r", variant, now=1000.0), variant


# --- flood guard: throttled first, then cut off ------------------------------------------------


def _first_disconnect(limit: RateLimit, rate: float, seconds: float) -> float | None:
    """The time a client sending at ``rate`` is cut off, or None."""
    guard = FloodGuard(limit, 0.0)
    for i in range(int(rate * seconds)):
        if guard.check(i / rate, 500) is Verdict.DISCONNECT:
            return i / rate
    return None


@pytest.mark.parametrize("rate", [200.0, 400.0, 1600.0])
def test_a_sustained_flood_is_cut_off_within_two_seconds(rate):
    # The old guard counted rejections "in a row": one refilled token every 50 ms reset it, so a
    # paced flood at 200-1,600 msg/s was throttled forever and never disconnected.
    t = _first_disconnect(RateLimit(), rate, 30.0)
    assert t is not None and t < 2.0


def test_a_client_slightly_over_the_rate_is_only_throttled():
    assert _first_disconnect(RateLimit(), 21.0, 600.0) is None
    assert _first_disconnect(RateLimit(), 20.0, 600.0) is None


def test_byte_rate_limits_large_frames():
    guard = FloodGuard(RateLimit(byte_rate=100_000, byte_burst=200_000), 0.0)
    verdicts = [guard.check(0.0, 60_000) for _ in range(4)]
    assert verdicts == [Verdict.ACCEPT] * 3 + [Verdict.REJECT_AND_TELL]
    assert guard.check(0.6, 60_000) is Verdict.ACCEPT  # refilled


# --- hub: deadlines and cut-offs ---------------------------------------------------------------


def _join(room="r", peer="a"):
    return encode_client_message(Join(room, peer)).encode()


def test_connections_that_never_join_are_closed_at_the_deadline():
    hub = Hub(SignalingConfig(join_timeout_s=10.0))
    hub.connect("idle", 0.0)
    hub.connect("later", 5.0)
    hub.connect("member", 1.0)
    hub.receive("member", _join(), 2.0)
    assert hub.tick(9.99) == []
    reason = "join-timeout: no join within 10 s"
    assert hub.tick(10.0) == [
        Incident("idle", "join-timeout", reason),
        Close("idle", POLICY_VIOLATION, reason),
    ]
    assert hub.receive("idle", _join(peer="z"), 10.1) == []  # closed: frames in flight ignored
    assert [a.conn for a in hub.tick(15.0) if isinstance(a, Close)] == ["later"]
    assert hub.tick(1000.0) == []  # members have no deadline
    # leaving starts the clock again
    hub.receive("member", b'{"type":"leave"}', 100.0)
    assert hub.tick(109.9) == [] and len(hub.tick(110.0)) == 2
    assert hub.stats["cut-off:join-timeout"] == 3


def test_disconnect_forgets_the_deadline():
    hub = Hub(SignalingConfig(join_timeout_s=1.0))
    hub.connect("c", 0.0)
    hub.disconnect("c")
    assert hub.tick(5.0) == []


def test_malformed_messages_end_the_connection_after_max_bad_messages():
    hub = Hub(SignalingConfig(rate_limit=RateLimit(max_bad_messages=5)))
    hub.connect("c", 0.0)
    replies = [hub.receive("c", b"x" * 1000, 0.0) for _ in range(6)]
    for reply in replies[:4]:
        assert [type(a) for a in reply] == [Send]
        assert reply[0].message.code == ErrorCode.BAD_MESSAGE
    *_, incident, close = replies[4]
    assert isinstance(incident, Incident) and incident.kind == "cut-off"
    assert close == Close("c", POLICY_VIOLATION, "too many bad messages", hang_up=True)
    assert replies[5] == []
    assert hub.stats["cut-off:bad-messages"] == 1


def test_flood_cut_off_is_reported_once():
    hub = Hub(SignalingConfig(rate_limit=RateLimit(rate=10, burst=5, disconnect_after=20)))
    hub.connect("c", 0.0)
    actions = [a for i in range(100) for a in hub.receive("c", b'{"type":"leave"}', i / 1000)]
    incidents = [a for a in actions if isinstance(a, Incident)]
    assert incidents == [Incident("c", "cut-off", "kept sending over the rate limit")]
    assert [a for a in actions if isinstance(a, Close)] == [
        Close("c", POLICY_VIOLATION, "rate-limited", hang_up=True)
    ]


# --- admission ---------------------------------------------------------------------------------


def test_address_keys_group_ipv6_by_64_and_unmap_ipv4():
    assert address_key("192.0.2.7") == "192.0.2.7"
    assert address_key("::ffff:192.0.2.7") == "192.0.2.7"
    assert address_key("2001:db8:1:2:aaaa::1") == address_key("2001:db8:1:2:bbbb::9")
    assert address_key("2001:db8:1:2::1") != address_key("2001:db8:1:3::1")
    assert address_key("fe80::1%eth0") == "fe80::/64"


def test_admission_caps_total_and_per_address():
    gate = Admission(max_total=5, max_per_address=2)
    per_address = Refusal(503, "too many connections from one address (2)")
    assert [gate.admit("a", 0.0) for _ in range(3)] == [None, None, per_address]
    assert [gate.admit(k, 0.0) for k in "bcc"] == [None, None, None]
    assert gate.admit("d", 0.0) == Refusal(503, "server full (5 connections)")
    gate.release("a")
    assert gate.admit("d", 0.0) is None
    for key in ("a", "b", "c", "c", "d"):
        gate.release(key)
    assert gate.total == 0 and gate.addresses == 0
    with pytest.raises(ValueError):
        gate.release("a")


def test_an_address_cut_off_for_abuse_cools_down():
    gate = Admission(max_total=10, max_per_address=10, cooldown_s=10.0)
    assert gate.admit("evil", 0.0) is None
    gate.release("evil")
    gate.penalize("evil", 1.0)
    assert gate.admit("evil", 1.0) == Refusal(429, "cut off for abuse; refused for 10 s more")
    assert gate.admit("evil", 10.9) is not None
    assert gate.admit("good", 5.0) is None  # other addresses are not affected
    gate.sweep(10.9)
    assert gate.cooling == 1
    assert gate.admit("evil", 11.0) is None
    gate.sweep(11.0)
    assert gate.cooling == 0
    Admission(1, 1, cooldown_s=0.0).penalize("x", 0.0)  # 0: no cool-down at all


# --- the throttled, escaped log ----------------------------------------------------------------


def test_escape_leaves_no_control_characters():
    forged = "x\n12:00:00 INFO photo of admin ready\r\x1b[31m\u202e\\x0a\x00"
    out = escape(forged)
    assert out.isprintable() and "\n" not in out and "\x1b" not in out
    assert out == "x\\x0a12:00:00 INFO photo of admin ready\\x0d\\x1b[31m\\u202e\\\\x0a\\x00"
    assert escape("y" * 500, limit=10) == "y" * 10 + "...(+490 chars)"
    assert escape(b"\xff\n") == "\\\\xff\\x0a"


def test_throttled_log_bounds_lines_and_summarizes(caplog):
    events = ThrottledLog(logging.getLogger("test.throttled"), period_s=10.0, burst=3)
    with caplog.at_level(logging.INFO, logger="test.throttled"):
        for i in range(10_000):
            events.warning("bad-token", "bad token from %s", "peer\nINFO forged", now=i / 1000)
        events.info("refused", "refused %d", 1, now=5.0)
        assert events.suppressed("bad-token") == 9_997
        events.flush(now=9.9)  # the period is not over
        events.flush(now=10.0)
        events.flush(now=30.0)  # nothing left to say
    lines = [r.getMessage() for r in caplog.records]
    assert lines == [
        "bad token from peer\\x0aINFO forged",
        "bad token from peer\\x0aINFO forged",
        "bad token from peer\\x0aINFO forged",
        "refused 1",
        "... 9,997 more bad-token in the last 10 s",
    ]
    assert caplog.records[-1].levelno == logging.WARNING


def test_throttled_log_starts_a_new_period_with_the_summary_first(caplog):
    events = ThrottledLog(logging.getLogger("test.throttled"), period_s=1.0, burst=1)
    with caplog.at_level(logging.INFO, logger="test.throttled"):
        for t in (0.0, 0.1, 0.2, 1.5):
            events.warning("k", "event at %s", str(t), now=t)
    assert [r.getMessage() for r in caplog.records] == [
        "event at 0.0",
        "... 2 more k in the last 1 s",
        "event at 1.5",
    ]
