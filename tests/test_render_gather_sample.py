"""The page's GridSample rewrite (receiver/render/gather_sample.py) computes what GridSample does:
ONNX Runtime runs both forms of small graphs against torch's grid_sample."""

from __future__ import annotations

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")


def grid_sample_model(x_shape, grid_shape, align: bool, padding: str = "border"):
    from onnx import TensorProto, helper

    node = helper.make_node("GridSample", ["x", "grid"], ["y"], name="sample",
                            align_corners=int(align), padding_mode=padding)  # fmt: skip
    graph = helper.make_graph(
        [node], "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, x_shape),
         helper.make_tensor_value_info("grid", TensorProto.FLOAT, grid_shape)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)],
    )  # fmt: skip
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 18)])


def run(model, **feeds):
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    return session.run(None, feeds)[0]


@pytest.mark.parametrize("align", [False, True])
@pytest.mark.parametrize("batch", [1, 2])
def test_rewrite_matches_grid_sample_and_torch(align, batch):
    import torch
    import torch.nn.functional as F

    from photocall.receiver.render.gather_sample import replace_grid_samples

    rng = np.random.default_rng(3)
    x = rng.random((batch, 5, 17, 23), np.float32)
    # inside, on the border, past it (clamped), and exactly on pixel centres
    grid = rng.uniform(-1.3, 1.3, (batch, 9, 11, 2)).astype(np.float32)
    grid[:, 0, :3] = [[-1.0, -1.0], [1.0, 1.0], [1.0, -1.0]]
    model = grid_sample_model(x.shape, grid.shape, align)
    want = run(model, x=x, grid=grid)
    assert replace_grid_samples(model) == 1
    assert all(node.op_type != "GridSample" for node in model.graph.node)
    got = run(model, x=x, grid=grid)
    torch_y = F.grid_sample(torch.from_numpy(x), torch.from_numpy(grid), align_corners=align,
                            padding_mode="border").numpy()  # fmt: skip
    assert got.shape == want.shape == torch_y.shape
    assert np.abs(got - want).max() < 1e-5
    assert np.abs(got - torch_y).max() < 1e-5
    assert np.abs(got - x.mean()).max() > 0.1  # not a blur of everything


def test_zeros_padding_and_unknown_shapes_are_left_alone():
    from photocall.receiver.render.gather_sample import replace_grid_samples

    assert replace_grid_samples(grid_sample_model((1, 2, 4, 4), (1, 3, 3, 2), False, "zeros")) == 0
    assert replace_grid_samples(grid_sample_model((1, 2, "h", 4), (1, 3, 3, 2), False)) == 0
