"""Renderer backends behind one interface, chosen by name: torch, onnxruntime, tensorrt.

All run the same ``FrameSynth`` graph: torch directly, the others from its ONNX export (opset 18),
cached per prepared photo (the photo and its rig are constants of the graph).
"""

from __future__ import annotations

import abc
import hashlib
import logging
import os
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from photocall.shared.errors import UserError
from photocall.shared.motion import NUM_BLENDSHAPES, POSE_SIZE, MotionFrame

from .config import DTYPES, RendererConfig
from .photo import PreparedPhoto

log = logging.getLogger(__name__)

ONNX_OPSET = 18
GRAPH_SOURCES = (  # the files that define the graph: an edit re-exports it
    "module.py",
    "geometry.py",
    "warp.py",
    "lids.py",
    "mouth.py",
    "photo_buffers.py",
    "rig.py",
    "tps.py",
    "polyline.py",
    "photo.py",
    "background.py",
    "border.py",
)


class Renderer(abc.ABC):
    """Renders frames of one prepared photo. ``render(weights (52,), pose (6,))`` -> (S, S, 3)
    uint8 RGB; ``render_float`` gives the float32 [0, 1] frame the backends are compared on."""

    backend = "?"

    def __init__(self, size: int) -> None:
        self.size = size

    @abc.abstractmethod
    def render_float(self, weights: np.ndarray, pose: np.ndarray) -> np.ndarray:
        """The frame as (S, S, 3) float32 in [0, 1]; each backend implements it."""

    def render(self, weights: np.ndarray, pose: np.ndarray) -> np.ndarray:
        frame = self.render_float(weights, pose)
        return (np.clip(frame, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)

    def render_frame(self, frame: MotionFrame) -> np.ndarray:
        return self.render(frame.weights, frame.pose.as_array())


def _inputs(weights: np.ndarray, pose: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    w = np.array(weights, np.float32, copy=True).reshape(NUM_BLENDSHAPES)  # writable, contiguous
    p = np.array(pose, np.float32, copy=True).reshape(POSE_SIZE)
    return w, p


class TorchRenderer(Renderer):
    backend = "torch"

    def __init__(self, prepared: PreparedPhoto, config: RendererConfig) -> None:
        import torch

        from .module import FrameSynth

        super().__init__(prepared.size)
        device = config.device
        if device.startswith("cuda") and not torch.cuda.is_available():
            raise UserError("render backend torch on cuda: torch here has no CUDA device")
        if device == "cpu" and config.threads:
            torch.set_num_threads(config.threads)  # process-wide in torch
        self.device = torch.device(device)
        self.dtype = config.dtype
        module = FrameSynth(prepared).eval().to(self.device)
        if config.dtype != "float32":
            # eager: a trace frozen without autocast would not carry its casts
            self.module = module
            return
        example = (
            torch.zeros(NUM_BLENDSHAPES, device=self.device),
            torch.zeros(POSE_SIZE, device=self.device),
        )
        with torch.inference_mode(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # a traced, frozen graph: same ops, ~20 % less per-frame Python overhead
            self.module = torch.jit.freeze(torch.jit.trace(module, example, check_trace=False))

    def run(self, weights, pose):
        """The graph on tensors already on the renderer's device (weights (52,) or pose (6,)
        float32); returns the (S, S, 3) float32 frame there, without waiting for the device."""
        import torch

        with torch.inference_mode():
            if self.dtype == "float32":
                return self.module(weights, pose)
            with torch.autocast(self.device.type, dtype=getattr(torch, self.dtype)):
                return self.module(weights, pose).float()

    def render_float(self, weights: np.ndarray, pose: np.ndarray) -> np.ndarray:
        import torch

        w, p = _inputs(weights, pose)
        out = self.run(torch.from_numpy(w).to(self.device), torch.from_numpy(p).to(self.device))
        return out.cpu().numpy()


def photo_key(prepared: PreparedPhoto) -> str:
    """Cache key: the photo, its landmarks and the source of the graph (an edit re-exports)."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in GRAPH_SOURCES:
        digest.update((here / name).read_bytes())
    for array in (prepared.context, prepared.landmarks, prepared.person, prepared.plate):
        digest.update(array.tobytes())
    return digest.hexdigest()[:20]


def export_onnx(prepared: PreparedPhoto, cache_dir: Path) -> Path:
    """The per-photo ONNX graph (inputs weights (52,), pose (6,); output frame (S, S, 3)),
    exported once and cached; checked with ``onnx.checker``."""
    path = Path(cache_dir) / f"synth-{prepared.size}-{photo_key(prepared)}.onnx"
    if path.exists():
        return path
    import onnx
    import torch

    from .module import FrameSynth

    module = FrameSynth(prepared).eval()
    args = (torch.zeros(NUM_BLENDSHAPES), torch.zeros(POSE_SIZE))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            module, args, str(tmp), input_names=["weights", "pose"], output_names=["frame"],
            opset_version=ONNX_OPSET, dynamo=False,
        )  # fmt: skip
    onnx.checker.check_model(str(tmp))
    tmp.replace(path)
    log.info("exported the render graph to %s", path)
    return path


class OnnxRuntimeRenderer(Renderer):
    backend = "onnxruntime"

    def __init__(self, prepared: PreparedPhoto, config: RendererConfig) -> None:
        try:
            import onnxruntime as ort
        except ImportError:
            raise UserError(
                "render backend onnxruntime needs the onnx extra: pip install 'photocall[onnx]'"
            ) from None
        super().__init__(prepared.size)
        providers = ["CPUExecutionProvider"]
        if config.device.startswith("cuda"):
            if "CUDAExecutionProvider" not in ort.get_available_providers():
                raise UserError(
                    "render backend onnxruntime on cuda: onnxruntime-gpu is not installed"
                )
            providers.insert(0, "CUDAExecutionProvider")
        path = export_onnx(prepared, config.cache_dir)  # after the checks: it takes seconds
        options = ort.SessionOptions()
        if config.threads:
            options.intra_op_num_threads = config.threads
        self.session = ort.InferenceSession(str(path), options, providers=providers)

    def render_float(self, weights: np.ndarray, pose: np.ndarray) -> np.ndarray:
        w, p = _inputs(weights, pose)
        return self.session.run(["frame"], {"weights": w, "pose": p})[0]


class TensorRTRenderer(Renderer):
    """A TensorRT engine built from the ONNX export (TensorRT 10 Python API), cached on disk."""

    backend = "tensorrt"

    def __init__(self, prepared: PreparedPhoto, config: RendererConfig) -> None:
        try:
            import tensorrt as trt
        except ImportError:
            raise UserError(
                "render backend tensorrt needs the tensorrt package (NVIDIA's index, not PyPI) "
                "and a CUDA device; it does not import here"
            ) from None
        import torch

        if not torch.cuda.is_available():
            raise UserError("render backend tensorrt needs a CUDA device; torch sees none")
        super().__init__(prepared.size)
        self.torch = torch
        onnx_path = export_onnx(prepared, config.cache_dir)
        device = torch.device(config.device if config.device.startswith("cuda") else "cuda")
        major, minor = torch.cuda.get_device_capability(device)
        # engines are specific to the TensorRT version and the GPU architecture
        engine_path = onnx_path.with_name(
            f"{onnx_path.stem}.trt{trt.__version__}.sm{major}{minor}.engine"
        )
        logger = trt.Logger(trt.Logger.WARNING)
        runtime = trt.Runtime(logger)
        if not engine_path.exists():
            builder = trt.Builder(logger)
            network = builder.create_network(0)  # explicit batch is the only mode in TRT 10
            parser = trt.OnnxParser(network, logger)
            if not parser.parse_from_file(str(onnx_path)):
                errors = "; ".join(str(parser.get_error(i)) for i in range(parser.num_errors))
                raise RuntimeError(f"TensorRT cannot parse {onnx_path}: {errors}")
            build = builder.create_builder_config()
            build.clear_flag(trt.BuilderFlag.TF32)  # full fp32: parity with torch within 2/255
            serialized = builder.build_serialized_network(network, build)
            if serialized is None:
                raise RuntimeError("TensorRT failed to build the render engine")
            engine_path.write_bytes(bytes(serialized))
            log.info("built TensorRT engine %s", engine_path)
        self.engine = runtime.deserialize_cuda_engine(engine_path.read_bytes())
        self.context = self.engine.create_execution_context()
        self.buffers = {
            name: torch.zeros(shape, dtype=torch.float32, device=device)
            for name, shape in (
                ("weights", (NUM_BLENDSHAPES,)),
                ("pose", (POSE_SIZE,)),
                ("frame", (self.size, self.size, 3)),
            )
        }
        for name, tensor in self.buffers.items():
            self.context.set_tensor_address(name, tensor.data_ptr())
        self.stream = torch.cuda.Stream(device)

    def render_float(self, weights: np.ndarray, pose: np.ndarray) -> np.ndarray:
        w, p = _inputs(weights, pose)
        torch = self.torch
        with torch.cuda.stream(self.stream):
            self.buffers["weights"].copy_(torch.from_numpy(w), non_blocking=False)
            self.buffers["pose"].copy_(torch.from_numpy(p), non_blocking=False)
            if not self.context.execute_async_v3(self.stream.cuda_stream):
                raise RuntimeError("TensorRT execution failed")
            out = self.buffers["frame"].cpu()
        self.stream.synchronize()
        return out.numpy()


BACKENDS: dict[str, Callable[[PreparedPhoto, RendererConfig], Renderer]] = {
    TorchRenderer.backend: TorchRenderer,
    OnnxRuntimeRenderer.backend: OnnxRuntimeRenderer,
    TensorRTRenderer.backend: TensorRTRenderer,
}
"""Every renderer backend by the name ``--backend`` takes."""


def make_renderer(prepared: PreparedPhoto, config: RendererConfig) -> Renderer:
    """The renderer ``config`` asks for; ValueError for an unknown backend, device or dtype,
    UserError when the chosen backend cannot run here (the message names the missing package
    or device)."""
    cls = BACKENDS.get(config.backend)
    if cls is None:
        raise ValueError(
            f"unknown render backend {config.backend!r}; choose from {', '.join(BACKENDS)}"
        )
    if config.device != "cpu" and not config.device.startswith("cuda"):
        raise ValueError(f"unknown render device {config.device!r}; use cpu or cuda[:N]")
    if config.dtype not in DTYPES:
        raise ValueError(f"unknown render dtype {config.dtype!r}; choose from {', '.join(DTYPES)}")
    if config.dtype != "float32" and cls is not TorchRenderer:
        raise UserError(f"render backend {config.backend} runs float32 only (dtype {config.dtype})")
    renderer = cls(prepared, config)
    log.info("render backend: %s on %s (%s), %d px", config.backend, config.device, config.dtype,
             prepared.size)  # fmt: skip
    return renderer


def create_renderer(
    prepared: PreparedPhoto, backend: str = "torch", device: str = "cpu", **options: Any
) -> Renderer:
    """``make_renderer`` with the config's fields as arguments (``threads=``, ``dtype=`` ...)."""
    return make_renderer(prepared, RendererConfig(backend=backend, device=device, **options))
