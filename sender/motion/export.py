"""The mouth model as an ONNX graph for the browser sender (web/src/mouth.js runs it with
onnxruntime-web): ``photocall export-motion``.

The graph is ``MouthTCN.stream`` + ``MouthTCN.mouth``: the same stacked-tap matmuls in float64
(weights stored as float32 and cast once), so the page computes what ``StreamingPredictor`` does
to ~1e-15, not float32's ~1e-6 that would flip a few uint8 levels on the wire.

Inputs: ``mel`` (1, N_MELS, T) float64 raw log-mel (any T ≥ 1), ``state0`` … ``stateN`` the layer
histories (float64, from the previous call; zeros plus ``receptive_field`` copies of the first
frame prime them, as ``MouthTCN.primed_state`` does). Outputs: ``mouth`` (N_MOUTH, T) weights in
[0, 1] before the silence gate, ``silence`` (T,) p(sil), and ``next0`` … ``nextN``.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import torch
from torch import nn

from photocall.sender.motion.model import N_MOUTH, SIL, MouthTCN
from photocall.shared.errors import UserError

EXPORTED = {40: "mouth_tcn.onnx", 20: "mouth_tcn_20ms.onnx"}
"""The exported file's name beside the shipped weights, by lookahead in ms."""
PAGE_LOOKAHEAD_MS = 20
"""The lookahead the browser page runs: the Python call's default (``SenderConfig.lookahead_ms``),
so a browser sender's mouth leads its audio by what a Python sender's does. ``npm run build``
serves ``EXPORTED[PAGE_LOOKAHEAD_MS]``; web/src/mouth.js's MOTION_CONFIG says the same."""


class StreamGraph(nn.Module):
    """``MouthTCN.stream`` and ``mouth`` for one sequence, written for export."""

    def __init__(self, model: MouthTCN):
        super().__init__()
        layers = [model.inp, *model.blocks]
        self.register_buffer("mean", model.mean.detach().clone())
        self.register_buffer("std", model.std.detach().clone())
        for i, layer in enumerate(layers):
            w = layer.weight.detach().permute(0, 2, 1).reshape(layer.out_channels, -1)
            self.register_buffer(f"w{i}", w.contiguous())
            self.register_buffer(f"b{i}", layer.bias.detach().clone())
        self.register_buffer("w_out", model.out.weight.detach()[:, :, 0].clone())
        self.register_buffer("b_out", model.out.bias.detach().clone())
        self.taps = [(layer.dilation[0], layer.kernel_size[0]) for layer in layers]
        self.pads = model._pads()
        self.blend = list(model._blend)
        if self.blend:
            self.register_buffer("poses", model.blend_poses.detach().clone())

    def forward(self, mel: torch.Tensor, *state: torch.Tensor):
        x = (mel[0] - self.mean.double()[:, None]) / self.std.double()[:, None]  # (C, T)
        n = x.shape[1]
        new_state = []
        for i, ((dilation, kernel), pad, hist) in enumerate(zip(self.taps, self.pads, state)):
            full = torch.cat([hist[0], x], dim=1)
            new_state.append(full[None, :, full.shape[1] - pad:])
            stacked = torch.cat([full[:, j * dilation: j * dilation + n] for j in range(kernel)])
            w, b = getattr(self, f"w{i}").double(), getattr(self, f"b{i}").double()
            y = torch.relu(w @ stacked + b[:, None])
            x = y if i == 0 else x + y
        out = self.w_out.double() @ x + self.b_out.double()[:, None]  # (N_OUT, T)
        weights = torch.sigmoid(out[:N_MOUTH])
        probs = torch.softmax(out[N_MOUTH:], dim=0)
        if self.blend:
            p = probs[self.blend]  # (k, T)
            weights = weights * (1.0 - p.sum(dim=0, keepdim=True)) + self.poses.double().T @ p
        return (weights, probs[SIL], *new_state)

    def empty_state(self) -> list[torch.Tensor]:
        return [torch.zeros(1, getattr(self, f"w{i}").shape[1] // k, pad, dtype=torch.float64)
                for i, ((_, k), pad) in enumerate(zip(self.taps, self.pads))]


def export_onnx(model: MouthTCN, out: Path) -> float:
    """Writes the graph to ``out`` and checks it (``check_onnx``); returns the difference."""
    try:
        import onnxruntime  # noqa: F401  (the check needs it: fail before writing anything)
    except ImportError as exc:
        raise UserError("exporting the mouth model needs onnxruntime: pip install 'photocall[onnx]'") from exc
    graph = StreamGraph(model.eval()).eval()
    state = graph.empty_state()
    n = len(state)
    mel = torch.zeros(1, model.mean.shape[0], 5, dtype=torch.float64)
    with warnings.catch_warnings():  # the TorchScript exporter's deprecation notice
        warnings.simplefilter("ignore", DeprecationWarning)
        torch.onnx.export(
            graph, (mel, *state), str(out), dynamo=False, opset_version=17,
            do_constant_folding=False,  # keeps the weights float32 (cast at load): half the file
            input_names=["mel", *(f"state{i}" for i in range(n))],
            output_names=["mouth", "silence", *(f"next{i}" for i in range(n))],
            dynamic_axes={"mel": {2: "T"}, "mouth": {1: "T"}, "silence": {0: "T"}},
        )
    return check_onnx(model, out)


def check_onnx(model: MouthTCN, path: Path) -> float:
    """The graph in ``path`` run by ONNX Runtime, primed and streamed as the page does, against
    ``model.primed_state`` + ``stream`` + ``mouth``: the largest difference of a mouth weight over
    200 frames of made-up log-mel."""
    import onnxruntime as ort

    graph = StreamGraph(model.eval())
    rng = np.random.default_rng(0)
    feats = (model.mean.double()[:, None] + model.std.double()[:, None]
             * torch.from_numpy(rng.standard_normal((model.mean.shape[0], 200))))[None]
    want_state = model.primed_state(feats[0, :, 0])
    want, _ = model.mouth(model.stream(feats, want_state)[0])
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    feed = {f"state{i}": s.numpy() for i, s in enumerate(graph.empty_state())}
    prime = feats[:, :, :1].expand(1, -1, model.config.receptive_field).numpy()
    primed = session.run(None, {"mel": np.ascontiguousarray(prime), **feed})[2:]
    got = session.run(None, {"mel": feats.numpy(), **{f"state{i}": s for i, s in enumerate(primed)}})
    return float(np.abs(got[0] - want[0].numpy()).max())
