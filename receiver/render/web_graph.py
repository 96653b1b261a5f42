"""The frame graph for a browser: the same per-photo ONNX export the onnxruntime backend runs
(``backends.export_onnx``), with the exporter's repeated constants merged (the same pixel grid
is baked in at each use), gzipped for the trip: about 6 MB at 256² (18 MB raw). The page
inflates it with DecompressionStream and runs it with onnxruntime-web (web/src/face-graph.js).
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

from .backends import GRAPH_SOURCES, export_onnx
from .config import default_cache_dir
from .photo import PreparedPhoto, prepare_photo

GZIP_LEVEL = 6  # level 9 saves 2 % more and takes twice as long


def merge_constants(model) -> int:
    """Makes every Constant node with the same value one node (in place, onnx ModelProto);
    returns how many were dropped. The graph computes exactly what it did."""
    first: dict[tuple, str] = {}
    renamed: dict[str, str] = {}
    kept = []
    for node in model.graph.node:
        attr = node.attribute[0] if len(node.attribute) == 1 else None
        if node.op_type == "Constant" and attr is not None and attr.name == "value":
            tensor = attr.t
            key = (tensor.data_type, tuple(tensor.dims),
                   hashlib.sha256(tensor.SerializeToString()).digest())  # fmt: skip
            if key in first:
                renamed[node.output[0]] = first[key]
                continue
            first[key] = node.output[0]
        kept.append(node)
    outputs = {o.name for o in model.graph.output}
    for node in kept:
        for i, name in enumerate(node.input):
            if name in renamed:
                node.input[i] = renamed[name]
    if outputs & renamed.keys():  # a graph output that is a constant keeps its own node
        raise ValueError("a graph output is a merged constant")
    del model.graph.node[:]
    model.graph.node.extend(kept)
    return len(renamed)


def web_graph(prepared: PreparedPhoto, cache_dir: Path | None = None) -> bytes:
    """The gzipped ONNX frame graph of ``prepared`` (inputs weights (52,), pose (6,); output
    frame (S, S, 3) float32), cached beside the plain export."""
    import onnx

    onnx_path = export_onnx(prepared, default_cache_dir() if cache_dir is None else cache_dir)
    path = onnx_path.with_suffix(".web.onnx.gz")
    if not path.exists():
        model = onnx.load(str(onnx_path))
        merge_constants(model)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(gzip.compress(model.SerializeToString(), GZIP_LEVEL, mtime=0))
        tmp.replace(path)
    return path.read_bytes()


def photo_web_graph(photo: bytes, size: int = 256, cache_dir: Path | None = None) -> bytes:
    """``web_graph`` of a photo's bytes, cached by the photo and the renderer's source, so a
    sender that sends the same photo again skips the preparation (seconds on 2 cores)."""
    cache = default_cache_dir() if cache_dir is None else Path(cache_dir)
    digest = hashlib.sha256(photo)
    here = Path(__file__).parent
    for name in GRAPH_SOURCES:
        digest.update((here / name).read_bytes())
    path = cache / f"web-{size}-{digest.hexdigest()[:20]}.onnx.gz"
    if path.exists():
        return path.read_bytes()
    graph = web_graph(prepare_photo(photo, size), cache)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(graph)
    tmp.replace(path)
    return graph
