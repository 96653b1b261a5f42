"""The signaling server's photo preparation for browser senders (signaling/photo_graph.py): a
photo in over a WebSocket at /photo-graph, its gzipped render graph out; refusals carry an HTTP
status and a message. The real preparation (photocall.send.browser_render_graph, injected as
the CLI does) runs in a worker process; the bounds are tested with a quick graph maker in a
thread pool."""

from __future__ import annotations

import asyncio
import gzip
import json
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from photocall.shared.photo_check import default_photo_bytes
from photocall.signaling.config import SignalingConfig
from photocall.signaling.photo_graph import PhotoGraphConfig, PhotoGraphs
from photocall.signaling.server import SignalingServer
from photocall.signaling.tokens import make_token
from support.aio import wait_for
from test_browser_photo import blank_png

PARITY_BOUND = 4  # of 255, as the page's renderer (issue 17)


async def ask(server: SignalingServer, photo: bytes, query: str = "", size: int | None = None):
    """(graph bytes, None) or (None, {"status", "error"}) and the close code."""
    size = len(photo) if size is None else size
    url = f"ws://127.0.0.1:{server.port}/photo-graph?bytes={size}{query}"
    async with connect(url, max_size=None) as ws:
        try:
            await ws.send(photo)
        except ConnectionClosed:
            pass
        try:
            answer = await ws.recv()
        except ConnectionClosed as exc:
            return None, None, exc.rcvd.code if exc.rcvd else None
        await ws.wait_closed()
        code = ws.close_code
    if isinstance(answer, bytes):
        return answer, None, code
    return None, json.loads(answer), code


@pytest.mark.slow
def test_a_photo_becomes_a_graph_that_renders_as_torch_does_once(tmp_path, monkeypatch, prepared):
    import onnxruntime as ort

    from photocall.benchmarks.browser_render import motion_frames
    from photocall.receiver.render import create_renderer
    from photocall.send import browser_render_graph

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the worker's disk cache too

    async def main():
        config = SignalingConfig(host="127.0.0.1", port=0, serve_static=False)
        async with SignalingServer(config, make_graph=browser_render_graph) as server:
            photo = default_photo_bytes()
            first = await ask(server, photo)
            again = await ask(server, photo)
            blank = await ask(server, blank_png())
            too_big = await ask(server, b"", size=config.photo_graph.max_bytes + 1)
            return first, again, blank, too_big, dict(server.photo_graphs.stats)

    (graph, _, code), again, blank, too_big, stats = asyncio.run(main())
    assert graph is not None and code == 1000
    print(f"render graph: {len(graph):,} bytes gzipped")
    # the second request for the same photo is the cached graph, not a second preparation
    assert again[0] == graph and stats["made"] == 1 and stats["cached"] == 1
    # no face: 422, saying so
    assert blank[0] is None and blank[1]["status"] == 422 and "no face" in blank[1]["error"]
    assert blank[2] == 4422
    assert too_big[1]["status"] == 413 and "limit" in too_big[1]["error"] and too_big[2] == 4413

    session = ort.InferenceSession(gzip.decompress(graph), providers=["CPUExecutionProvider"])
    torch_renderer = create_renderer(prepared, "torch")
    diffs = []
    for weights, pose in motion_frames(4):
        frame = session.run(["frame"], {"weights": weights, "pose": pose})[0]
        page = (np.clip(frame, 0, 1) * 255 + 0.5).astype(np.int16)
        diffs.append(int(np.abs(page - torch_renderer.render(weights, pose)).max()))
    print(f"onnxruntime on the served graph vs torch, max abs per frame (of 255): {diffs}")
    assert max(diffs) <= PARITY_BOUND, diffs


class Gate:
    """A graph maker the test releases: its graph is the photo reversed."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.calls = 0

    def __call__(self, photo: bytes) -> bytes:
        self.calls += 1
        self.release.wait(30)
        return photo[::-1]


def quick_server(make, **kw) -> SignalingServer:
    limits = PhotoGraphConfig(**{k: v for k, v in kw.items() if k != "secret"})
    config = SignalingConfig(host="127.0.0.1", port=0, serve_static=False,
                             secret=kw.get("secret"), photo_graph=limits)  # fmt: skip
    server = SignalingServer(config, make_graph=make)
    pool = ThreadPoolExecutor(2)
    server.photo_graphs = PhotoGraphs(make, limits, config.secret, executor=lambda: pool)
    return server


def test_refusals_name_their_reason_and_bounds_hold():
    gate = Gate()

    async def main():
        async with quick_server(gate, max_pending=2, max_bytes=1000) as server:
            # one per address at a time: a second while the first is under way is 429
            first = asyncio.create_task(ask(server, b"one"))
            await until(lambda: gate.calls == 1)
            busy = await ask(server, b"two")
            gate.release.set()
            done = await first
            lied = await ask(server, b"x" * 20, size=10)  # longer than announced: closed, 1009
            short = await ask(server, b"x" * 5, size=10)
            malformed = await ask(server, b"x", size=0)
            return busy, done, lied, short, malformed

    busy, done, lied, short, malformed = asyncio.run(main())
    assert busy[1]["status"] == 429 and busy[2] == 4429
    assert done[0] == b"eno"
    assert lied[2] == 1009
    assert short[1]["status"] == 400 and "not the 10 announced" in short[1]["error"]
    assert malformed[1]["status"] == 400


def test_a_photo_that_does_not_come_is_408_and_frees_its_place():
    async def main():
        async with quick_server(lambda photo: b"graph", upload_timeout_s=0.2, max_pending=1) as server:
            url = f"ws://127.0.0.1:{server.port}/photo-graph?bytes=5"
            async with connect(url) as ws:  # says 5 bytes, sends nothing
                answer = json.loads(await ws.recv())
                await ws.wait_closed()
            return answer, ws.close_code, await ask(server, b"photo")

    answer, code, after = asyncio.run(main())
    assert answer["status"] == 408 and code == 4408
    assert after[0] == b"graph"  # the one place it held is free again


def test_a_preparation_that_does_not_end_is_504_and_the_next_photo_gets_a_new_worker():
    gate = Gate()
    pools = []

    def new_pool():
        pools.append(ThreadPoolExecutor(1))
        return pools[-1]

    graphs = PhotoGraphs(lambda photo: gate(photo) if photo == b"stuck" else b"graph",
                         PhotoGraphConfig(prepare_timeout_s=0.3), executor=new_pool)  # fmt: skip

    async def main():
        return await graphs.graph(b"stuck"), await graphs.graph(b"next")

    stuck, following = asyncio.run(main())
    gate.release.set()
    assert stuck.status == 504 and "given up" in stuck.message  # type: ignore[union-attr]
    assert following == b"graph" and len(pools) == 2  # not queued behind the stuck one
    graphs.close()


def test_a_server_with_a_secret_wants_a_token_for_the_room():
    async def main():
        async with quick_server(lambda photo: b"graph", secret="s3cret") as server:
            token = make_token("s3cret", "room", 60)
            return (await ask(server, b"photo"), await ask(server, b"photo", "&room=room&token=x"),
                    await ask(server, b"photo", f"&room=room&token={token}"))  # fmt: skip

    none, bad, good = asyncio.run(main())
    assert none[1]["status"] == 401 and "token" in none[1]["error"]
    assert bad[1]["status"] == 401 and "invalid" in bad[1]["error"]
    assert good[0] == b"graph"


def test_a_server_without_a_graph_maker_says_so():
    async def main():
        config = SignalingConfig(host="127.0.0.1", port=0, serve_static=False)
        async with SignalingServer(config) as server:
            return await ask(server, b"photo")

    _, refusal, code = asyncio.run(main())
    assert refusal["status"] == 501 and "does not prepare photos" in refusal["error"] and code == 4501


def test_too_many_under_way_is_503_and_identical_photos_share_one_preparation():
    gate = Gate()
    limits = PhotoGraphConfig(max_pending=2)
    graphs = PhotoGraphs(gate, limits, executor=lambda: ThreadPoolExecutor(2))
    a, b = graphs.admit("/photo-graph?bytes=3", "a"), graphs.admit("/photo-graph?bytes=3", "b")
    refused = graphs.admit("/photo-graph?bytes=3", "c")
    assert refused.status == 503  # type: ignore[union-attr]

    async def main():
        both = asyncio.gather(graphs.graph(b"abc"), graphs.graph(b"abc"))
        await until(lambda: gate.calls == 1)
        gate.release.set()
        return await both

    assert asyncio.run(main()) == [b"cba", b"cba"]
    assert gate.calls == 1 and graphs.stats["shared"] == 1
    graphs.release(a)  # type: ignore[arg-type]
    graphs.release(b)  # type: ignore[arg-type]
    assert graphs.admit("/photo-graph?bytes=3", "c").size == 3  # type: ignore[union-attr]
    graphs.close()


async def until(condition, timeout: float = 10.0) -> None:
    assert await wait_for(condition, timeout), "condition not met in time"


def test_photocall_signal_prepares_photos_with_the_senders_graph_maker():
    """The composition root gives the signaling server the sender's maker (the signaling
    package may not import the renderer); --photo-workers 0 turns preparation off."""
    from photocall.cli import build_parser
    from photocall.send import browser_render_graph

    parser = build_parser()
    args = parser.parse_args(["signal"])
    assert args.make_graph is browser_render_graph and args.photo_workers == 1
    assert PhotoGraphs(args.make_graph, PhotoGraphConfig(workers=0)).make is None
