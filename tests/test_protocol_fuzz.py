"""The decoder's contract, fuzzed: any input either decodes or raises ProtocolError, nothing else.

A decoded packet must also be a valid packet: it re-encodes, and those bytes decode to it again.
About 6,000 examples in all.
"""

import msgpack
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from photocall.shared.protocol import ProtocolError, decode, encode
from support.protocol_cases import GOLDEN, packets

FUZZ = settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_contract(data: bytes) -> None:
    try:
        packet = decode(data)
    except ProtocolError as exc:
        assert str(exc)  # a message that says something
        event("rejected")
        return
    event(f"decoded {type(packet).__name__}")
    again = encode(packet)
    assert decode(again) == packet


# --- random bytes ---------------------------------------------------------------------------

# Random bytes rarely get past the first msgpack byte; start half of them with a plausible
# array header and packet header so the field checks get fuzzed too.
prefixes = st.sampled_from([b"", b"\x94\x11", b"\x95\x11", b"\x93\x12", b"\x95\x13", b"\x93\x14"])


@FUZZ
@given(prefixes, st.binary(max_size=300))
def test_random_bytes(prefix, tail):
    check_contract(prefix + tail)


# --- mutated valid packets --------------------------------------------------------------------

valid = st.one_of(st.sampled_from(list(GOLDEN.values())), packets).map(encode)


@st.composite
def byte_mutations(draw) -> bytes:
    data = bytearray(draw(valid))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "set"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "truncate":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 8))]
        elif op == "set" and data:
            data[at] = draw(st.integers(0, 255))
    return bytes(data)


@FUZZ
@given(byte_mutations())
def test_mutated_bytes(data):
    check_contract(data)


# Values of every msgpack type, including edge cases of the types we do use.
wire_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**63), 2**64 - 1),
    st.sampled_from([0, 1, 255, 256, 65535, 65536, 2**32 - 1, 2**32, 2**63, -1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.binary(max_size=80),
    st.lists(st.integers(0, 300), max_size=5),
    st.dictionaries(st.text(max_size=3), st.integers(-1000, 1000), max_size=2),
    st.builds(msgpack.ExtType, st.integers(0, 127), st.binary(max_size=8)),
)


@st.composite
def structural_mutations(draw) -> bytes:
    """Decode a valid packet leniently, swap/insert/remove array elements, re-pack."""
    fields = list(msgpack.unpackb(draw(valid), raw=False))
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(["swap", "insert", "remove", "resize-frame"]))
        at = draw(st.integers(0, len(fields)))
        if op == "swap" and at < len(fields):
            fields[at] = draw(wire_values)
        elif op == "insert":
            fields.insert(at, draw(wire_values))
        elif op == "remove" and at < len(fields):
            del fields[at]
        elif op == "resize-frame" and at < len(fields) and isinstance(fields[at], bytes):
            cut = draw(st.integers(0, len(fields[at])))
            fields[at] = fields[at][:cut] + draw(st.binary(max_size=14))
    top = draw(st.sampled_from(["array", "array", "array", "map", "nested"]))
    if top == "map":
        return msgpack.packb({"fields": fields}, use_bin_type=True)
    if top == "nested":
        return msgpack.packb([fields], use_bin_type=True)
    return msgpack.packb(fields, use_bin_type=True)


@FUZZ
@given(structural_mutations())
def test_mutated_structure(data):
    check_contract(data)


@settings(max_examples=500, deadline=None)
@given(st.integers(0x10, 0x1F), st.lists(wire_values, max_size=6))
def test_any_fields_under_a_valid_header(header, fields):
    check_contract(msgpack.packb([header, *fields], use_bin_type=True))
