"""A sender's photo render graph for browsers: offered in its Hello, made once (off the event
loop) and sent as GraphChunks only to peers that ask for it; a failure becomes a Notice. And the
web graph's merge of repeated constants computes what the export computed."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import numpy as np
import pytest

from photocall.sender.session import RENDER_GRAPH, WANTS_RENDER_GRAPH, SenderConfig, SenderResult
from photocall.sender.session import _SenderRole as SenderRole
from photocall.shared import protocol
from photocall.shared.errors import UserError
from photocall.shared.room import RoomConfig

GRAPH = bytes(range(256)) * 500  # 128,000 bytes: eight chunks


class FakeLink:
    def __init__(self, remote: str) -> None:
        self.remote = remote
        self.sent: list[object] = []

    def send_control(self, data: bytes) -> None:
        self.sent.append(protocol.decode(data))


def role_with(render_graph) -> SenderRole:
    config = SenderConfig(RoomConfig("ws://127.0.0.1:1/", "r"), audio=Path("unused.wav"),
                          render_graph=render_graph)  # fmt: skip
    return SenderRole(config, b"photo", SenderResult("a-send"), time.monotonic_ns())


def hello(*caps: str) -> bytes:
    return protocol.encode(protocol.Hello("web", ("opus", "protocol-1", *caps)))


async def settle(role: SenderRole) -> None:
    while role.tasks:
        await asyncio.gather(*role.tasks)


def test_the_graph_is_made_once_and_sent_only_to_peers_that_want_it():
    calls: list[bytes] = []

    def make(photo: bytes) -> bytes:
        calls.append(photo)
        return GRAPH

    async def main():
        role = role_with(make)
        assert RENDER_GRAPH in role.hello().capabilities
        web, web2, python = FakeLink("web"), FakeLink("web2"), FakeLink("py")
        for link in (web, web2, python):
            role.link_message(link, "control", hello(WANTS_RENDER_GRAPH) if link is not python
                              else hello())  # fmt: skip
        role.link_message(web, "control", hello(WANTS_RENDER_GRAPH))  # a keepalive Hello
        await settle(role)
        return role, web, web2, python

    role, web, web2, python = asyncio.run(main())
    assert calls == [b"photo"]
    assert python.sent == []
    for link in (web, web2):
        chunks = [p for p in link.sent if isinstance(p, protocol.GraphChunk)]
        assert len(chunks) == 8 and {c.photo_id for c in chunks} == {role.photo_id}
        assert b"".join(c.data for c in sorted(chunks, key=lambda c: c.index)) == GRAPH


def test_a_graph_that_cannot_be_made_becomes_a_notice():
    def make(photo: bytes) -> bytes:
        raise UserError("no face found in the photo")

    async def main():
        role = role_with(make)
        web = FakeLink("web")
        role.link_message(web, "control", hello(WANTS_RENDER_GRAPH))
        await settle(role)
        return web

    (notice,) = asyncio.run(main()).sent
    assert notice.code == "render-graph-failed" and "no face found" in notice.message


def test_a_sender_without_a_graph_maker_offers_none():
    role = role_with(None)
    assert RENDER_GRAPH not in role.hello().capabilities


def test_merged_constants_compute_what_the_graph_did():
    onnx = pytest.importorskip("onnx")
    ort = pytest.importorskip("onnxruntime")
    from onnx import TensorProto, helper, numpy_helper

    from photocall.receiver.render.web_graph import merge_constants

    value = numpy_helper.from_array(np.arange(6, dtype=np.float32).reshape(2, 3))
    other = numpy_helper.from_array(np.ones((2, 3), np.float32))
    nodes = [
        helper.make_node("Constant", [], ["c1"], value=value),
        helper.make_node("Constant", [], ["c2"], value=value),
        helper.make_node("Constant", [], ["c3"], value=other),
        helper.make_node("Add", ["x", "c1"], ["a"]),
        helper.make_node("Mul", ["a", "c2"], ["b"]),
        helper.make_node("Sub", ["b", "c3"], ["y"]),
    ]
    io = [helper.make_tensor_value_info(n, TensorProto.FLOAT, [2, 3]) for n in ("x", "y")]
    model = helper.make_model(helper.make_graph(nodes, "g", io[:1], io[1:]),
                              opset_imports=[helper.make_opsetid("", 18)])  # fmt: skip
    model.ir_version = 8
    x = np.random.default_rng(0).normal(size=(2, 3)).astype(np.float32)

    def run(m) -> np.ndarray:
        session = ort.InferenceSession(m.SerializeToString(), providers=["CPUExecutionProvider"])
        return session.run(["y"], {"x": x})[0]

    before = run(model)
    assert merge_constants(model) == 1
    onnx.checker.check_model(model)
    assert sum(n.op_type == "Constant" for n in model.graph.node) == 2
    np.testing.assert_array_equal(run(model), before)
