"""The mouth model: a causal dilated temporal conv net over log-mel frames.

Input (B, N_MELS, T) log-mel at 100 Hz; output (B, 28 + 15, T): the mouth weights (before a
sigmoid) and the viseme logits, where output t describes the instant ``delay`` frames before
feature t (that delay is the lookahead). Every conv is causal, so the same layers run on a whole
sequence (training, offline) or frame by frame with a little state per layer (``StreamState``).

``mouth`` turns an output into weights: the sigmoid, then a blend toward the poses of the
``blend_visemes`` (the lip shapes: p/b/m closure, rounded ou and oh) by the viseme head's
probabilities, so a bilabial the classifier hears shuts the lips whatever the regression head
averaged; training scores that blend, so the regression head learns what the classifier leaves.
Tongue visemes (DD, kk, nn…) are left to the regression head: their lips follow the neighbours.
"""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

import torch
from torch import nn

from photocall.sender.motion.config import N_MELS
from photocall.sender.motion.targets import MOUTH_POSES
from photocall.shared.errors import UserError
from photocall.shared.motion import MOUTH_BLENDSHAPES, VISEME_INDEX, VISEMES

N_MOUTH = len(MOUTH_BLENDSHAPES)
N_OUT = N_MOUTH + len(VISEMES)
SIL = VISEME_INDEX["sil"]
SHIPPED_WEIGHTS = {40: "mouth_tcn.pt", 20: "mouth_tcn_20ms.pt"}
"""The weights shipped in the package, by lookahead in ms."""


@dataclass(frozen=True)
class ModelConfig:
    channels: int = 96
    dilations: tuple[int, ...] = (1, 2, 4, 8, 16)
    kernel: int = 3
    delay: int = 3  # feature frames of lookahead (see MotionConfig.delay_frames)
    blend_visemes: tuple[str, ...] = ("PP", "ou", "oh")  # lip poses blended in by probability

    @property
    def receptive_field(self) -> int:
        return 1 + 4 + sum((self.kernel - 1) * d for d in self.dilations)


class MouthTCN(nn.Module):
    def __init__(self, config: ModelConfig = ModelConfig()):
        super().__init__()
        self.config = config
        c = config.channels
        self.register_buffer("mean", torch.zeros(N_MELS))
        self.register_buffer("std", torch.ones(N_MELS))
        self.inp = nn.Conv1d(N_MELS, c, 5)  # causal: 4 frames of history
        self.blocks = nn.ModuleList(nn.Conv1d(c, c, config.kernel, dilation=d) for d in config.dilations)
        self.out = nn.Conv1d(c, N_OUT, 1)
        self._blend = [VISEME_INDEX[v] for v in config.blend_visemes]
        if self._blend:  # kept with the weights: the poses they were trained toward
            self.register_buffer("blend_poses", torch.tensor(MOUTH_POSES[self._blend],
                                                             dtype=torch.float32))
        self._taps: list | None = None

    def _pads(self) -> list[int]:
        return [4] + [(self.config.kernel - 1) * d for d in self.config.dilations]

    def forward(self, mel: torch.Tensor, state: list[torch.Tensor] | None = None
                ) -> tuple[torch.Tensor, list[torch.Tensor]]:
        """mel (B, N_MELS, T) raw log-mel. ``state``: per-layer history from the previous call
        (None: the sequence starts here, from the steady state of its first frame).
        Returns (B, N_OUT, T) and the new state."""
        if state is None:
            state = self.steady_state(mel[:, :, 0])
        x = (mel - self.mean[:, None]) / self.std[:, None]
        layers = [self.inp, *self.blocks]
        new_state = []
        for i, (layer, pad, hist) in enumerate(zip(layers, self._pads(), state)):
            full = torch.cat([hist, x], dim=2)
            new_state.append(full[:, :, full.shape[2] - pad:])
            y = torch.relu(layer(full))
            x = y if i == 0 else x + y
        return self.out(x), new_state

    @torch.no_grad()
    def stream(self, mel: torch.Tensor, state: list[torch.Tensor]
               ) -> tuple[torch.Tensor, list[torch.Tensor]]:
        """Inference twin of ``forward`` for one sequence (batch 1): each conv is one matmul over
        its stacked taps, which for the few frames of a 20 ms push costs a fraction of
        ``conv1d``'s per-call overhead. Same maths, in float64 (``forward`` is float32); ``state`` is float64 too."""
        if self._taps is None:
            self._taps = [(layer.weight.permute(0, 2, 1).reshape(layer.out_channels, -1).double(),
                           layer.bias.double(), layer.dilation[0], layer.kernel_size[0])
                          for layer in (self.inp, *self.blocks)]
            self._taps.append((self.out.weight[:, :, 0].double(), self.out.bias.double(), 1, 1))
        # float64: BLAS picks different kernels for 1, 2 or 300 columns; in double precision the
        # rounding they differ by stays far below float32 resolution, so chunking cannot show
        x = ((mel.double() - self.mean[:, None]) / self.std[:, None])[0]  # (C, T)
        n = x.shape[1]
        new_state = []
        for i, ((weight, bias, dilation, kernel), pad, hist) in enumerate(
                zip(self._taps[:-1], self._pads(), state)):
            full = torch.cat([hist[0], x], dim=1)
            new_state.append(full[None, :, full.shape[1] - pad:])
            stacked = torch.cat([full[:, j * dilation: j * dilation + n] for j in range(kernel)])
            y = torch.relu(torch.addmm(bias[:, None], weight, stacked))
            x = y if i == 0 else x + y
        weight, bias, _, _ = self._taps[-1]
        return torch.addmm(bias[:, None], weight, x)[None], new_state

    def mouth(self, out: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Mouth weights (B, N_MOUTH, T) in [0, 1] and p(silence) (B, T) from an output of
        ``forward`` or ``stream`` (same dtype). The blend weights (probabilities) are constants
        to the gradient: the cross-entropy alone trains the classifier, the blend trains the
        regression head to fill in what they leave."""
        weights = torch.sigmoid(out[:, :N_MOUTH])
        probs = torch.softmax(out[:, N_MOUTH:], dim=1).detach()
        if self._blend:
            p = probs[:, self._blend]  # (B, k, T)
            poses = torch.einsum("bkt,km->bmt", p, self.blend_poses.to(out.dtype))
            weights = weights * (1.0 - p.sum(dim=1, keepdim=True)) + poses
        return weights, probs[:, SIL]

    def train(self, mode: bool = True) -> MouthTCN:
        self._taps = None  # weights may change: rebuild the stacked taps on the next stream()
        return super().train(mode)

    def steady_state(self, mel: torch.Tensor) -> list[torch.Tensor]:
        """Layer histories as if the raw log-mel frame(s) ``mel`` (B, N_MELS) had lasted forever.

        A stream starts from the steady state of its first frame: steady microphone noise then
        looks like the long pauses the model was trained on, not like a sound that just began."""
        x = ((mel - self.mean) / self.std)[:, :, None]
        state = []
        with torch.no_grad():
            for i, (layer, pad) in enumerate(zip([self.inp, *self.blocks], self._pads())):
                hist = x.expand(x.shape[0], x.shape[1], pad)
                state.append(hist.contiguous())
                y = torch.relu(layer(torch.cat([hist, x], dim=2)))[:, :, -1:]
                x = y if i == 0 else x + y
        return state

    @torch.no_grad()
    def primed_state(self, mel: torch.Tensor) -> list[torch.Tensor]:
        """``steady_state`` for streaming (float64): ``stream`` from empty histories over
        ``receptive_field`` copies of the raw log-mel frame ``mel`` (N_MELS,). Every history then
        holds that frame's steady values; the browser (ONNX export) primes its state the same way."""
        pads = self._pads()
        state = [torch.zeros(1, self.inp.in_channels if i == 0 else self.config.channels, p,
                             dtype=torch.float64) for i, p in enumerate(pads)]
        frames = mel.double().reshape(1, -1, 1).expand(1, -1, self.config.receptive_field)
        return self.stream(frames, state)[1]

    def silence_state(self, batch: int = 1) -> list[torch.Tensor]:
        """Layer histories after a long digital silence."""
        return self.steady_state(torch.log(torch.full((batch, N_MELS), 1e-6)))

    def checkpoint(self) -> dict:
        return {"config": asdict(self.config), "state_dict": self.state_dict()}


def load_model(path: Path | None = None, lookahead_ms: int = 40) -> MouthTCN:
    """A checkpoint written by ``photocall train-motion``, or (``path`` None) the weights shipped
    for ``lookahead_ms``."""
    if path is None and lookahead_ms not in SHIPPED_WEIGHTS:
        shipped = ", ".join(f"{ms} ms" for ms in SHIPPED_WEIGHTS)
        raise UserError(f"no weights are shipped for {lookahead_ms} ms lookahead (only {shipped}); "
                        f"train them with `photocall train-motion --lookahead-ms {lookahead_ms}`")
    name = SHIPPED_WEIGHTS.get(lookahead_ms, "")
    try:
        if path is None:
            data = resources.files("photocall.sender.motion").joinpath(name).read_bytes()
        else:
            data = Path(path).read_bytes()
    except FileNotFoundError as exc:
        where = path or f"the package ({name})"
        raise UserError(f"no mouth-model weights in {where}; run `photocall train-motion`") from exc
    try:
        ckpt = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
        fields = {k: tuple(v) if isinstance(v, list) else v for k, v in ckpt["config"].items()}
        fields.setdefault("blend_visemes", ())  # checkpoints from before the blend
        config = ModelConfig(**fields)
        model = MouthTCN(config)
        model.load_state_dict(ckpt["state_dict"])
    except Exception as exc:  # a foreign or damaged file
        raise UserError(f"{path or name} is not a photocall mouth-model checkpoint: {exc}") from exc
    return model.eval()
