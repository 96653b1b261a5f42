"""The signaling server's photo preparation for browser senders (signaling/photo_graph.py) as a
page sees it: wall time from the upload to the graph, over a real WebSocket, with the maker
`photocall signal` injects, in its worker process. Reports the first request (the worker process
starts and imports the renderer), then each development photo with its landmarks in the JPEG
(as a page sends it: the landmarker is skipped) and without (the server finds the face), and a
repeat (the cache). Medians where a photo is asked for more than once; graph sizes in bytes.

    python -m photocall.benchmarks.photo_graph_server [--repeat N]

Not a section of `photocall bench` yet; run it on a quiet machine (it prepares each photo
``repeat`` times, ~7-20 s each on 2 cores). The graphs are made without the disk cache
``photocall signal`` has (``uncached_graph``), so each figure is a whole preparation.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import statistics
import tempfile
import time
from pathlib import Path

PHOTOS = Path(__file__).resolve().parents[1] / "tests" / "data" / "photos"


def photos_with_and_without_landmarks() -> dict[str, bytes]:
    """Each development photo as JPEG bytes, and again with its landmarks embedded (found here
    by Python's landmarker, as the page's face mesh finds them)."""
    from PIL import Image

    from photocall.shared.landmarks import default_detector, default_landmarker
    from photocall.shared.photo_check import default_photo_bytes, find_face
    from photocall.shared.photo_landmarks import embed_landmarks

    out: dict[str, bytes] = {}
    sources = {"default": default_photo_bytes()}
    sources.update({p.stem: p.read_bytes() for p in sorted(PHOTOS.glob("*.jpg"))})
    for name, data in sources.items():
        image = Image.open(io.BytesIO(data)).convert("RGB")
        jpeg = io.BytesIO()
        image.save(jpeg, format="JPEG", quality=92)
        points = find_face(image, default_landmarker(), default_detector())
        out[f"{name} (server finds the face)"] = jpeg.getvalue()
        out[f"{name} (landmarks in the JPEG)"] = embed_landmarks(jpeg.getvalue(), points)
    return out


def uncached_graph(photo: bytes) -> bytes:
    """``photocall signal``'s maker with an empty disk cache each time: the full preparation
    (module-level, so the worker process can import it)."""
    from photocall.receiver.render.web_graph import photo_web_graph

    with tempfile.TemporaryDirectory() as cache:
        return photo_web_graph(photo, 256, cache_dir=Path(cache))


async def measure(photos: dict[str, bytes], repeat: int) -> list[tuple[str, float, int]]:
    from websockets.asyncio.client import connect

    from photocall.signaling.config import SignalingConfig
    from photocall.signaling.server import SignalingServer

    async def ask(server: SignalingServer, photo: bytes) -> tuple[float, int]:
        started = time.perf_counter()
        url = f"ws://127.0.0.1:{server.port}/photo-graph?bytes={len(photo)}"
        async with connect(url, max_size=None) as ws:
            await ws.send(photo)
            graph = await ws.recv()
        assert isinstance(graph, bytes), graph
        return time.perf_counter() - started, len(graph)

    rows = []
    config = SignalingConfig(host="127.0.0.1", port=0, serve_static=False)
    async with SignalingServer(config, make_graph=uncached_graph) as server:
        first = next(iter(photos.values()))
        seconds, size = await ask(server, first)
        rows.append(("first request (starts the worker process)", seconds, size))
        for name, photo in photos.items():
            times = []
            for k in range(repeat):
                # other bytes each time (a JPEG comment), so the server's cache does not answer
                marked = photo[:2] + b"\xff\xfe\x00\x03" + bytes([k]) + photo[2:]
                seconds, size = await ask(server, marked)
                times.append(seconds)
            rows.append((name, statistics.median(times), size))
        seconds, size = await ask(server, marked)
        rows.append(("the last photo again (the server's cache)", seconds, size))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    rows = asyncio.run(measure(photos_with_and_without_landmarks(), args.repeat))
    for name, seconds, size in rows:
        print(f"{name:45s} {seconds:7.2f} s  {size:>10,} bytes")


if __name__ == "__main__":
    main()
