"""The frame graph for a browser: the same per-photo ONNX export the onnxruntime backend runs
(``backends.export_onnx``), made smaller for the trip: the exporter's repeated constants merged
(the same pixel grid is baked in at each use), the large pictures the graph samples and the
thin-plate-spline matrix stored as float16 (cast back to float32 once, when the session folds
its constants: frames change by under 0.5/255), gzipped: about 3.4 MB at 256² (18 MB as
exported). Made faster for onnxruntime-web: every GridSample as GatherElements and planar
arithmetic (gather_sample.py; the same samples: 55 vs 81 ms CPU a frame on onnxruntime-web
under node, 1.3x the frames per Chromium CPU-second in `photocall bench browser`; the session
0.1-0.4 s slower to start: ~50 % more nodes), with int32 indices (32 vs 43 ms CPU a frame on
Python onnxruntime, one thread, than int64's; the same frames). The page inflates it with DecompressionStream
and runs it with onnxruntime-web (web/src/face-graph.js).
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

from .backends import GRAPH_SOURCES, export_onnx
from .config import default_cache_dir
from .gather_sample import INT32, INT64, replace_grid_samples
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


def _this_source() -> str:
    """A digest of this file and the rewrite: a change to how the web graph is made re-makes
    cached ones."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update((Path(__file__).parent / "gather_sample.py").read_bytes())
    return digest.hexdigest()[:8]


HALF_MIN_ELEMENTS = 100_000  # smaller constants are not worth a Cast node


def halve_large_constants(model) -> int:
    """Stores float32 Constant nodes of ≥ HALF_MIN_ELEMENTS values used only as a GridSample's
    picture or a MatMul operand as float16 + Cast (in place); returns how many values. Grids
    (sampling positions) and everything else keep float32: a float16 pixel position would be
    off by up to 0.06 px."""
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper

    uses: dict[str, list[tuple[str, int]]] = {}
    for node in model.graph.node:
        for i, name in enumerate(node.input):
            uses.setdefault(name, []).append((node.op_type, i))
    nodes, halved = [], 0
    for node in model.graph.node:
        if node.op_type == "Constant" and node.attribute and node.attribute[0].name == "value":
            value = numpy_helper.to_array(node.attribute[0].t)
            used = uses.get(node.output[0], [])
            if (value.dtype == np.float32 and value.size >= HALF_MIN_ELEMENTS and used
                    and all(op == "MatMul" or (op == "GridSample" and i == 0) for op, i in used)):  # fmt: skip
                half = f"{node.output[0]}_float16"
                nodes.append(helper.make_node(
                    "Constant", [], [half], value=numpy_helper.from_array(value.astype(np.float16))
                ))  # fmt: skip
                nodes.append(
                    helper.make_node("Cast", [half], [node.output[0]], to=TensorProto.FLOAT)
                )
                halved += value.size
                continue
        nodes.append(node)
    del model.graph.node[:]
    model.graph.node.extend(nodes)
    return halved


def web_graph(
    prepared: PreparedPhoto,
    cache_dir: Path | None = None,
    gather: bool = True,
    wide_index: bool = False,
) -> bytes:
    """The gzipped ONNX frame graph of ``prepared`` (inputs weights (52,), pose (6,); output
    frame (S, S, 3) float32), cached beside the plain export. ``gather=False``: GridSamples
    kept; ``wide_index``: int64 gather indices (the browser bench's baselines)."""
    import onnx

    onnx_path = export_onnx(prepared, default_cache_dir() if cache_dir is None else cache_dir)
    variant = ("" if gather else "-gs") + ("-i64" if wide_index and gather else "")
    path = onnx_path.with_suffix(f".web-{_this_source()}{variant}.onnx.gz")
    if not path.exists():
        model = onnx.load(str(onnx_path))
        merge_constants(model)
        halve_large_constants(model)  # (finds the pictures by their GridSamples: first)
        if gather:
            replace_grid_samples(model, INT64 if wide_index else INT32)
            merge_constants(model)  # the rewrite's own small constants, once each
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
    for name in (*GRAPH_SOURCES, Path(__file__).name, "gather_sample.py"):
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
