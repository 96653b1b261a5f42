"""GridSample (bilinear, border padding) rewritten as GatherElements + planar arithmetic, in an
exported ONNX frame graph.

ONNX Runtime's CPU GridSample (native and WebAssembly) recomputes every sample's corners and
bounds once per channel, ~50 ns a sample: 75 % of the frame graph's kernel time. The same
bilinear sample as plain ops: each sample's four neighbours (flat indices) and weights from the
grid once, one GatherElements of all channels at all corners from the picture laid out
(C, N*H*W), weights times values summed over the corners. Where the grid is a constant (the
flow's upsampling), ONNX Runtime folds the indices and weights when the session starts; a
constant picture's layout too. The frame graph: 55 vs 81 ms CPU on onnxruntime-web (node), 1.3x
the frames per CPU-second in the page (`photocall bench browser`).

Same arithmetic as torch's ``grid_sample`` with ``padding_mode="border"`` (``align_corners``
either way): the source coordinate clamped to the picture, its floor and the next pixel (the
edge pixel again at the edge); only the order of the sums differs (within 1e-5). Zeros padding
is left to GridSample (the graph has none).
"""

from __future__ import annotations

import numpy as np

Shape = tuple[int | None, ...]  # None: a dim shape inference does not know


def _static_shapes(model) -> dict[str, Shape]:
    """Every value's shape as far as ONNX shape inference knows it."""
    import onnx

    inferred = onnx.shape_inference.infer_shapes(model, data_prop=True)  # Shape -> Expand
    shapes: dict[str, Shape] = {}
    graph = inferred.graph
    for info in (*graph.value_info, *graph.input, *graph.output):
        dims = info.type.tensor_type.shape.dim
        if info.type.tensor_type.HasField("shape"):
            shapes[info.name] = tuple(
                d.dim_value if d.HasField("dim_value") else None for d in dims
            )
    for node in graph.node:  # Constant nodes' outputs are not always in value_info
        if node.op_type == "Constant" and node.attribute and node.attribute[0].name == "value":
            shapes[node.output[0]] = tuple(node.attribute[0].t.dims)
    return shapes


class _Builder:
    """Appends nodes with unique names under one prefix."""

    def __init__(self, prefix: str) -> None:
        self.prefix, self.count, self.nodes = prefix, 0, []

    def name(self) -> str:
        self.count += 1
        return f"{self.prefix}/{self.count}"

    def const(self, value, dtype=np.float32) -> str:
        from onnx import helper, numpy_helper

        out = self.name()
        tensor = numpy_helper.from_array(np.asarray(value, dtype))
        self.nodes.append(helper.make_node("Constant", [], [out], value=tensor))
        return out

    def op(self, op_type: str, *inputs: str, **attrs) -> str:
        from onnx import helper

        out = self.name()
        self.nodes.append(helper.make_node(op_type, list(inputs), [out], name=out, **attrs))
        return out


def _axis(b: _Builder, coord: str, size: int, align: bool) -> tuple[str, str, str]:
    """One axis of the normalized grid -> (low neighbour, high neighbour, weight of the high),
    in pixels; as torch: ((g + 1) / 2) * (size - 1) or ((g + 1) * size - 1) / 2, clamped."""
    one = b.const(1.0)
    if align:
        pos = b.op("Mul", b.op("Mul", b.op("Add", coord, one), b.const(0.5)), b.const(size - 1))
    else:
        pos = b.op("Mul", b.op("Sub", b.op("Mul", b.op("Add", coord, one), b.const(size)), one),
                   b.const(0.5))  # fmt: skip
    last = b.const(size - 1)
    pos = b.op("Clip", pos, b.const(0.0), last)
    low = b.op("Floor", pos)
    return low, b.op("Min", b.op("Add", low, one), last), b.op("Sub", pos, low)


INT32, INT64 = 6, 7  # onnx TensorProto types


def _grid_sample_nodes(
    node, x_shape: Shape, grid_shape: Shape, flat: str | None, index_type: int = INT32
):
    """The nodes computing ``node`` (a bilinear GridSample, border padding) by GatherElements;
    returns them and the name of the flattened picture (C, N*H*W), to share with other samples
    of the same picture. Every tensor is planar (one value per sample, or per sample and
    channel): ONNX Runtime broadcasts a short last axis (x, y pairs; corners) value by value,
    ~10x slower."""
    from onnx import helper

    align = any(a.name == "align_corners" and a.i for a in node.attribute)
    n, c, h, w = x_shape
    _, ho, wo, _ = grid_shape
    assert n and c and h and w and ho and wo
    m = n * ho * wo
    b = _Builder(f"{node.name or node.output[0]}/gather")
    if flat is None:
        picture = node.input[0] if n == 1 else b.op("Transpose", node.input[0], perm=[1, 0, 2, 3])
        flat = b.op("Reshape", picture, b.const([c, n * h * w], np.int64))
    gx, gy = b.name(), b.name()
    b.nodes.append(helper.make_node("Split", [node.input[1]], [gx, gy], axis=3, num_outputs=2))
    row = b.const([1, m], np.int64)
    x0, x1, fx = _axis(b, b.op("Reshape", gx, row), w, align)
    y0, y1, fy = _axis(b, b.op("Reshape", gy, row), h, align)
    rows = [b.op("Mul", y, b.const(float(w))) for y in (y0, y1)]
    if n > 1:  # each batch samples its own picture
        base = b.const(np.repeat(np.arange(n) * float(h * w), ho * wo)[None])
        rows = [b.op("Add", r, base) for r in rows]
    # the four neighbours, corner after corner in one row: one GatherElements (exact in float32
    # below 2^24), weighted and summed over the corners. int32 indices: the Expand to every
    # channel and the gather move half the bytes of int64's (~25 % less time for both).
    assert n * h * w < 2**24, "flat indices must be exact in float32"
    corners = [b.op("Add", r, x) for r in rows for x in (x0, x1)]
    index = b.op("Cast", b.op("Concat", *corners, axis=1), to=index_type)  # (1, 4m)
    values = b.op("GatherElements", flat, b.op("Expand", index, b.const([c, 4 * m], np.int64)),
                  axis=1)  # fmt: skip
    one = b.const(1.0)
    wx, wy = (b.op("Sub", one, fx), fx), (b.op("Sub", one, fy), fy)
    weights = b.op("Concat", *(b.op("Mul", y, x) for y in wy for x in wx), axis=1)
    quad = b.const([c, 4, m], np.int64)
    out = b.op("ReduceSum", b.op("Mul", b.op("Reshape", values, quad),
                                 b.op("Reshape", weights, b.const([1, 4, m], np.int64))),
               b.const([1], np.int64), keepdims=0)  # fmt: skip
    if n == 1:
        b.nodes.append(helper.make_node("Reshape", [out, b.const([1, c, ho, wo], np.int64)],
                                        [node.output[0]]))  # fmt: skip
    else:
        out = b.op("Reshape", out, b.const([c, n, ho, wo], np.int64))
        b.nodes.append(helper.make_node("Transpose", [out], [node.output[0]], perm=[1, 0, 2, 3]))
    return b.nodes, flat


def replace_grid_samples(model, index_type: int = INT32) -> int:
    """Rewrites every bilinear 4-D GridSample with border padding of ``model`` (onnx
    ModelProto, in place) whose picture and grid shapes are static; returns how many. Others
    are left as they are. index_type: the gathers' indices (INT64: as before, the browser
    bench's baseline)."""
    shapes = _static_shapes(model)
    flats: dict[str, str] = {}  # picture -> its channels-last flattening, made once
    nodes, done = [], 0
    for node in model.graph.node:
        x_shape, grid_shape = (shapes.get(name) for name in node.input[:2]) if (
            node.op_type == "GridSample") else (None, None)  # fmt: skip
        mode = next((a.s for a in node.attribute if a.name == "mode"), b"linear")
        # the grid's batch is the picture's (an expanded grid's may be unknown)
        if (x_shape is None or grid_shape is None or len(x_shape) != 4 or None in x_shape
                or len(grid_shape) != 4 or None in grid_shape[1:3]
                or mode not in (b"linear", b"bilinear")):  # fmt: skip
            nodes.append(node)
            continue
        padding = next((a.s for a in node.attribute if a.name == "padding_mode"), b"zeros")
        if padding != b"border":
            nodes.append(node)
            continue
        new, flats[node.input[0]] = _grid_sample_nodes(
            node, x_shape, grid_shape, flats.get(node.input[0]), index_type
        )
        nodes.extend(new)
        done += 1
    del model.graph.node[:]
    model.graph.node.extend(nodes)
    return done
