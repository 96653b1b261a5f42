"""The renderer on a CUDA device, checked and timed in one short run (``gpu_check.sh`` runs it).

``prepare``: on a machine with the face landmarker (mediapipe), save each photo prepared at each
size as ``NAME-SIZE.npz`` (``prepared_file.py``); the lent GPU machine has no mediapipe and
renders these.

``run``, on the first CUDA device (on a machine without one: a short dry run of the same code on
the CPU, with the CUDA-only parts listed as skipped):

1. Parity: the torch renderer on the device against the CPU torch renderer, max abs difference
   per size and precision (float32 ≤ 2/255; float16/bfloat16 are timed only within 4/255), and
   ONNX Runtime's CUDA provider and TensorRT where they load. Then the shared backend parity test
   class (tests/test_render_backends.py) under pytest on the same photo.
2. Speed, GPU timing synchronized (CUDA events around each tick, then a synchronize): N faces per
   tick as N renderer instances (a VR room shows different photos), the same captured in one
   CUDA graph, and N motions of one photo batched through ``torch.func.vmap`` (the module itself
   has no batch dimension); one face end to end (inputs up, frame down) and ``torch.compile``
   where the time budget allows. Baseline in the same run: the CPU torch renderer, one thread
   (the receiver's setting).

Writes ``gpu_check.json``, ``gpu_check.md`` and ``gpu_check.png`` to ``--out``. Optional parts
that fail are recorded with their error, not fatal; parts past ``--budget-s`` are skipped.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from photocall.benchmarks.render import _motion

log = logging.getLogger("gpu_check")

PARITY_LIMIT = 2.0 / 255.0  # float32: the backend parity bound
HALF_LIMIT = 4.0 / 255.0  # float16 / bfloat16 are timed only within this
GOAL_ONE_FACE_512 = 500.0  # frames/s, one face at 512²
GOAL_EACH_OF_32_512 = 25.0  # frames/s for each of 32 faces at 512²
DEFAULT_PHOTO = "astronaut"


@dataclass(frozen=True)
class CheckConfig:
    prepared_dir: Path
    out: Path
    sizes: tuple[int, ...] = (512, 256)  # the goals' size first
    faces: tuple[int, ...] = (1, 4, 8, 16, 32)
    dtypes: tuple[str, ...] = ("float32", "float16", "bfloat16")
    frames: int = 120  # ticks timed per measurement, after the warm-up
    warmup: int = 20
    parity_frames: int = 12
    budget_s: float = 300.0  # optional parts (compile, large N) are skipped past this
    compile: bool = True
    pytest: bool = True


@dataclass(frozen=True)
class Parity:
    """Max abs difference of a backend on the device to the CPU torch frame, in 1/255 levels."""

    size: int
    backend: str
    dtype: str
    max_abs_255: float
    limit_255: float
    within: bool


@dataclass(frozen=True)
class Speed:
    """One timing: ``faces`` frames per tick; ms per tick (median of CUDA-event time on a GPU,
    wall clock on the CPU; ``wall_ms``: wall clock with the synchronize)."""

    size: int
    variant: str
    dtype: str
    faces: int
    median_ms: float
    wall_ms: float
    fps_each: float  # ticks per second: frames/s that each face gets
    fps_total: float


@dataclass(frozen=True)
class Skipped:
    what: str
    why: str


@dataclass(frozen=True)
class Environment:
    """What ran: the device by name, the python and library versions, where photocall came from."""

    name: str
    device: str
    python: str
    torch: str
    torch_cuda: str | None
    numpy: str
    photocall_from: str
    cpu_count: int | None
    capability: str | None = None
    memory_gib: float | None = None
    multiprocessors: int | None = None
    onnxruntime: str | None = None
    onnxruntime_providers: tuple[str, ...] = ()


@dataclass(frozen=True)
class TestRun:
    """The shared parity test class under pytest."""

    command: str
    returncode: int
    summary: str  # pytest's last line
    wall_s: float
    log: str


@dataclass(frozen=True)
class Goal:
    goal: str
    at_least: float  # frames/s
    best: float | None  # the best variant measured, None if none was

    @property
    def met(self) -> bool:
        return self.best is not None and self.best >= self.at_least


@dataclass
class Results:
    environment: Environment
    dry_run: bool
    photos: list[str]
    parity: list[Parity] = field(default_factory=list)
    speed: list[Speed] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    tests: TestRun | None = None
    goals: list[Goal] = field(default_factory=list)
    wall_s: float = 0.0


class Budget:
    """Seconds left of the run's budget (an injected clock keeps it testable)."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock, self.end = clock, clock() + seconds

    def left(self) -> float:
        return self.end - self.clock()


def prepared_path(folder: Path, name: str, size: int) -> Path:
    return Path(folder) / f"{name}-{size}.npz"


# -- prepare -----------------------------------------------------------------------------------
def prepare(folder: Path, photos: list[Path], sizes: tuple[int, ...]) -> list[Path]:
    """Writes ``NAME-SIZE.npz`` for the bundled photo and each of ``photos``."""
    from photocall.receiver.render import default_photo_bytes, prepare_photo
    from photocall.receiver.render.prepared_file import save_prepared

    sources: list[tuple[str, bytes | Path]] = [(DEFAULT_PHOTO, default_photo_bytes())]
    sources += [(Path(p).stem, Path(p)) for p in photos]
    written = []
    for name, source in sources:
        for size in sizes:
            written.append(
                save_prepared(prepare_photo(source, size), prepared_path(folder, name, size))
            )
    return written


def _load_photos(folder: Path, size: int) -> list:
    """The prepared photos of one size, the bundled one first; prepared here when mediapipe
    imports and none were carried."""
    import importlib.util

    from photocall.receiver.render.prepared_file import load_prepared
    from photocall.shared.errors import UserError

    paths = sorted(Path(folder).glob(f"*-{size}.npz"))
    paths.sort(key=lambda p: p.stem != f"{DEFAULT_PHOTO}-{size}")
    if paths:
        return [load_prepared(p) for p in paths]
    if importlib.util.find_spec("mediapipe") is None:
        raise UserError(
            f"{folder}: no prepared photos (*-{size}.npz) and no mediapipe here to prepare one; "
            "run `bash benchmarks/gpu_check.sh prepare` where mediapipe imports and carry .gpu"
        )
    prepare(folder, [], (size,))
    return [load_prepared(prepared_path(folder, DEFAULT_PHOTO, size))]


# -- timing ------------------------------------------------------------------------------------
def _timed(step: Callable[[int], object], config: CheckConfig, device) -> tuple[float, float]:
    """(median ms, median wall ms) of ``step(k)`` per tick, synchronized on a CUDA device."""
    import torch

    cuda = device.type == "cuda"
    if cuda:
        start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    gpu_ms, wall_ms = [], []
    for k in range(config.warmup + config.frames):
        t0 = time.perf_counter_ns()
        if cuda:
            start.record()
        step(k)
        if cuda:
            end.record()
            end.synchronize()
        wall = (time.perf_counter_ns() - t0) / 1e6
        if k >= config.warmup:
            wall_ms.append(wall)
            gpu_ms.append(start.elapsed_time(end) if cuda else wall)
    return statistics.median(gpu_ms), statistics.median(wall_ms)


@dataclass(frozen=True)
class Bench:
    """Where timings of one size go: ``time(variant, dtype, faces, step)`` appends a ``Speed``."""

    results: Results
    config: CheckConfig
    device: object
    size: int

    def time(self, variant: str, dtype: str, faces: int, step: Callable[[int], object]) -> None:
        median, wall = _timed(step, self.config, self.device)
        self.results.speed.append(
            Speed(self.size, variant, dtype, faces, round(median, 4), round(wall, 4),
                  round(1000.0 / median, 1), round(faces * 1000.0 / median, 1))
        )  # fmt: skip

    def skip(self, what: str, why: str) -> None:
        self.results.skipped.append(Skipped(f"{what} {self.size}²", why))


@contextmanager
def _optional(results: Results, what: str) -> Iterator[None]:
    """An optional part: its failure is recorded (type, message, last frame) and the run goes on."""
    try:
        yield
    except Exception as exc:  # noqa: BLE001 - any failure of an optional part is a finding
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        message = (str(exc).strip().splitlines() or [""])[0][:300]
        why = (
            f"failed: {type(exc).__name__}: {message} ({Path(frame.filename).name}:{frame.lineno})"
        )
        results.skipped.append(Skipped(what, why))
        log.warning("%s %s", what, why)


def _cuda_graph(run: Callable[[], object]) -> Callable[[], None]:
    """``run`` (device work only, on static tensors) captured once; returns its replay."""
    import torch

    stream = torch.cuda.Stream()
    stream.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(stream):
        for _ in range(3):  # warm up off the default stream, as capture requires
            run()
    torch.cuda.current_stream().wait_stream(stream)
    graph = torch.cuda.CUDAGraph()
    with torch.cuda.graph(graph):
        run()
    return graph.replay


def _motion_on(device, count: int, seed: int):
    """(weights (count, 52), poses (count, 6)) of the bench's speech-like motion, on ``device``."""
    import torch

    motion = _motion(count, seed=seed)
    weights = torch.from_numpy(np.stack([w for w, _ in motion])).to(device)
    return weights, torch.from_numpy(np.stack([p for _, p in motion])).to(device)


# -- the check ---------------------------------------------------------------------------------
def _environment(device) -> Environment:
    import torch

    import photocall

    env = Environment(
        name=f"CPU ({platform.machine()}), no CUDA device",
        device=str(device),
        python=platform.python_version(),
        torch=torch.__version__,
        torch_cuda=torch.version.cuda,
        numpy=np.__version__,
        photocall_from=str(Path(photocall.__file__).parent),
        cpu_count=os.cpu_count(),
    )
    if device.type == "cuda":
        props = torch.cuda.get_device_properties(device)
        env = dataclasses.replace(env, name=props.name, capability=f"{props.major}.{props.minor}",
                                  memory_gib=round(props.total_memory / 2**30, 1),
                                  multiprocessors=props.multi_processor_count)  # fmt: skip
    try:
        import onnxruntime
    except ImportError:
        return env
    providers = tuple(onnxruntime.get_available_providers())
    return dataclasses.replace(env, onnxruntime=onnxruntime.__version__,
                               onnxruntime_providers=providers)  # fmt: skip


def _max_diff(renderer, reference: list[np.ndarray], motion) -> float:
    return max(
        float(np.abs(renderer.render_float(w, p) - want).max())
        for (w, p), want in zip(motion, reference, strict=True)
    )


def _parity(bench: Bench, prepared, motion) -> list[str]:
    """Parity rows for one size; returns the dtypes fit to time (float32 always)."""
    from photocall.receiver.render import create_renderer
    from photocall.shared.errors import UserError

    results, size, device = bench.results, bench.size, bench.device
    reference = create_renderer(prepared, "torch", "cpu")
    want = [reference.render_float(w, p) for w, p in motion]

    def check(backend: str, dtype: str, renderer) -> bool:
        limit = PARITY_LIMIT if dtype == "float32" else HALF_LIMIT
        worst = _max_diff(renderer, want, motion)
        results.parity.append(Parity(size, backend, dtype, round(worst * 255, 3),
                                     round(limit * 255, 1), worst <= limit))  # fmt: skip
        return worst <= limit

    timed = []
    for dtype in bench.config.dtypes:
        with _optional(results, f"parity torch {dtype} {size}²"):
            renderer = create_renderer(prepared, "torch", str(device), dtype=dtype)
            if check("torch", dtype, renderer) or dtype == "float32":
                timed.append(dtype)
            else:
                bench.skip(f"timing torch {dtype}", f"parity over {HALF_LIMIT * 255:g}/255")
    for backend in ("onnxruntime", "tensorrt"):
        if device.type != "cuda":
            bench.skip(f"{backend} on CUDA", "no CUDA device (dry run)")
            continue
        cache = Path(tempfile.mkdtemp(prefix="photocall-onnx-"))  # not into --out: large
        try:
            renderer = create_renderer(prepared, backend, "cuda", cache_dir=cache)
        except UserError as exc:  # the backend's own words on what is missing
            bench.skip(f"{backend} on CUDA", str(exc))
            continue
        with _optional(results, f"{backend} on CUDA {size}²"):
            check(backend, "float32", renderer)
            frames = _motion(bench.config.warmup + bench.config.frames, seed=2)
            bench.time(f"{backend} on CUDA, end to end", "float32", 1,
                       lambda k, r=renderer, f=frames: r.render(*f[k]))  # fmt: skip
    return timed


def _instances(bench: Bench, photos: list, dtype: str, budget: Budget) -> None:
    """N renderer instances per tick (a VR room shows different photos: they cycle through the
    prepared ones), launched one after another; then the same N captured in one CUDA graph (after
    all eager runs: a capture that fails can leave the device unusable)."""
    from photocall.receiver.render import create_renderer

    config, device, cuda = bench.config, bench.device, bench.device.type == "cuda"
    weights, poses = _motion_on(device, config.warmup + config.frames, seed=1)
    # half precision: the fewest and the most faces only (building instances takes time)
    counts = config.faces if dtype == "float32" else sorted({min(config.faces), max(config.faces)})
    instances: list = []
    timed = []
    for n in counts:
        with _optional(bench.results, f"instances {dtype} {bench.size}² N={n}"):
            while len(instances) < n:
                if budget.left() < 20:
                    raise TimeoutError(f"time budget: built {len(instances)} of {n} instances")
                photo = photos[len(instances) % len(photos)]
                instances.append(create_renderer(photo, "torch", str(device), dtype=dtype))

            def tick(k: int, group=instances[:n]) -> None:
                for r in group:
                    r.run(weights[k], poses[k])

            bench.time("N instances, eager launches", dtype, n, tick)
            timed.append(n)
    if not cuda:
        bench.skip(f"CUDA graphs {dtype}", "no CUDA device (dry run)")
        return
    static_w, static_p = weights[0].clone(), poses[0].clone()
    for n in timed:
        failures = len(bench.results.skipped)
        with _optional(bench.results, f"CUDA graph {dtype} {bench.size}² N={n}"):
            group = instances[:n]
            replay = _cuda_graph(lambda group=group: [r.run(static_w, static_p) for r in group])

            def graphed(k: int, replay=replay) -> None:
                static_w.copy_(weights[k])
                static_p.copy_(poses[k])
                replay()

            bench.time("N instances, one CUDA graph", dtype, n, graphed)
        if len(bench.results.skipped) > failures:
            break  # the same capture fails for every N


def _batched(bench: Bench, prepared, budget: Budget) -> None:
    """N motions of one photo through one call: ``torch.func.vmap`` over the module, which has
    no batch dimension of its own (N photos at once would need one: left for later)."""
    import torch

    from photocall.receiver.render.module import FrameSynth

    config, device = bench.config, bench.device
    ticks = config.warmup + config.frames
    weights, poses = _motion_on(device, ticks, seed=1)
    with _optional(bench.results, f"vmap batch {bench.size}²"):
        module = FrameSynth(prepared).eval().to(device)
        batched = torch.func.vmap(module)
        with torch.inference_mode():
            got = batched(weights[:2], poses[:2])
            each = torch.stack([module(weights[k], poses[k]) for k in range(2)])
        diff = float((got - each).abs().max())
        if diff > 1e-4:
            raise AssertionError(f"vmap frames differ from single frames by {diff:.2g}")
        for n in config.faces:
            if n == 1:
                continue
            if budget.left() < 15:
                bench.skip(f"vmap batch N={n}", "time budget")
                continue
            index = torch.arange(n, device=device)

            def step(k: int, index=index) -> None:
                with torch.inference_mode():
                    batched(weights[(index + k) % ticks], poses[(index + k) % ticks])

            bench.time("one photo, N motions, vmap batch", "float32", n, step)


def _speeds(bench: Bench, photos: list, dtypes: list[str], budget: Budget) -> None:
    import torch

    from photocall.receiver.render import create_renderer

    prepared, config = photos[0], bench.config
    motion = _motion(config.warmup + config.frames, seed=1)
    # baseline: the CPU renderer as the receiver runs it (one thread), end to end
    cpu = create_renderer(prepared, "torch", "cpu")
    bench_cpu = dataclasses.replace(bench, device=torch.device("cpu"))
    bench_cpu.time("CPU torch, 1 thread (baseline)", "float32", 1, lambda k: cpu.render(*motion[k]))
    one = create_renderer(prepared, "torch", str(bench.device))
    bench.time("end to end (inputs up, frame down)", "float32", 1, lambda k: one.render(*motion[k]))
    for dtype in dtypes:
        _instances(bench, photos, dtype, budget)
    _batched(bench, prepared, budget)


def _compiled(bench: Bench, prepared, budget: Budget) -> None:
    """One face through ``torch.compile`` (CUDA graphs inside), checked against the eager frame."""
    import torch

    from photocall.receiver.render.module import FrameSynth

    what = "torch.compile (reduce-overhead)"
    if not bench.config.compile:
        bench.skip(what, "not asked (--no-compile)")
        return
    if bench.device.type != "cuda":
        bench.skip(what, "no CUDA device (dry run)")
        return
    if budget.left() < 120:
        bench.skip(what, f"time budget ({budget.left():.0f} s left)")
        return
    weights, poses = _motion_on(bench.device, bench.config.warmup + bench.config.frames, seed=1)
    with _optional(bench.results, f"{what} {bench.size}²"):
        module = FrameSynth(prepared).eval().to(bench.device)
        compiled = torch.compile(module, mode="reduce-overhead", fullgraph=True)
        t0 = time.monotonic()
        with torch.inference_mode():
            for k in range(3):
                out, want = compiled(weights[k], poses[k]), module(weights[k], poses[k])
            diff = float((out - want).abs().max())
        log.info("%s: compiled in %.1f s, max diff %.2g", what, time.monotonic() - t0, diff)
        if diff > PARITY_LIMIT:
            raise AssertionError(f"compiled frames differ by {diff * 255:.2f}/255")

        def step(k: int) -> None:
            with torch.inference_mode():
                compiled(weights[k], poses[k])

        bench.time(what, "float32", 1, step)


def _run_tests(results: Results, config: CheckConfig) -> None:
    """The shared parity test class under pytest, on the carried 256² photo."""
    repo = Path(__file__).resolve().parent.parent
    photo = prepared_path(config.prepared_dir, DEFAULT_PHOTO, 256).resolve()
    env = dict(os.environ, PHOTOCALL_PREPARED_256=str(photo))  # no mediapipe on the GPU machine
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
               "tests/test_render_backends.py", "-k", "TestBackendParity"]  # fmt: skip
    t0 = time.monotonic()
    done = subprocess.run(
        command, check=False, cwd=repo, env=env, capture_output=True, text=True, timeout=240
    )
    log_path = config.out / "pytest.log"
    log_path.write_text(done.stdout + done.stderr)
    tail = [line for line in done.stdout.splitlines() if line.strip()]
    results.tests = TestRun(" ".join(command[1:]), done.returncode, tail[-1] if tail else "",
                            round(time.monotonic() - t0, 1), log_path.name)  # fmt: skip


def _goals(results: Results) -> list[Goal]:
    def best(faces: int) -> float | None:
        rows = [
            s.fps_each
            for s in results.speed
            if s.size == 512 and s.faces == faces and "baseline" not in s.variant
        ]
        return max(rows) if rows else None

    return [
        Goal("one face at 512², frames/s", GOAL_ONE_FACE_512, best(1)),
        Goal("each of 32 faces at 512², frames/s", GOAL_EACH_OF_32_512, best(32)),
    ]


def run(config: CheckConfig, clock: Callable[[], float] = time.monotonic) -> Results:
    import torch

    start = clock()
    budget = Budget(config.budget_s, clock)
    config.out.mkdir(parents=True, exist_ok=True)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    results = Results(_environment(device), dry_run=device.type != "cuda", photos=[])
    if results.dry_run:
        log.warning("no CUDA device: a dry run of the CPU parts")

    def checkpoint() -> None:
        # written after each part: a run stopped at its time limit still leaves its figures
        results.goals = _goals(results)
        results.wall_s = round(clock() - start, 1)
        write(results, config.out)

    motion = _motion(config.parity_frames, seed=3)
    for size in config.sizes:
        bench = Bench(results, config, device, size)
        photos = _load_photos(config.prepared_dir, size)
        results.photos.append(f"{size}²: {len(photos)}")
        dtypes = _parity(bench, photos[0], motion)
        log.info("%s² parity: %s", size, [asdict(p) for p in results.parity if p.size == size])
        _speeds(bench, photos, dtypes, budget)
        checkpoint()
    if config.pytest:
        with _optional(results, "pytest tests/test_render_backends.py"):
            _run_tests(results, config)
        checkpoint()
    for size in sorted(config.sizes, reverse=True):  # the goal size first, while time is left
        photo = _load_photos(config.prepared_dir, size)[0]
        _compiled(Bench(results, config, device, size), photo, budget)
    checkpoint()
    return results


# -- output ------------------------------------------------------------------------------------
def _row(*cells: object) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def summary(results: Results) -> str:
    """The short markdown report beside the JSON."""
    env = results.environment
    mode = "**dry run on the CPU: no CUDA device**" if results.dry_run else "CUDA"
    lines = [
        "# GPU check of the renderer",
        "",
        f"Device: **{env.name}** (torch {env.torch}, CUDA {env.torch_cuda}); "
        + f"{mode}; {results.wall_s:g} s. Prepared photos per size: {', '.join(results.photos)}.",
        "",
        "## Parity with the CPU torch renderer (max abs difference, 1/255 levels)",
        "",
        _row("size", "backend", "dtype", "max diff", "limit", "within"),
        _row(*["---"] * 6),
    ]
    for p in results.parity:
        within = "yes" if p.within else "**no**"
        lines.append(_row(f"{p.size}²", p.backend, p.dtype, p.max_abs_255, p.limit_255, within))
    lines += [
        "",
        "## Speed (median ms per tick; fps each: ticks/s, the frame rate each face gets)",
        "",
        _row("size", "variant", "dtype", "faces", "ms/tick", "wall ms", "fps each", "fps total"),
        _row(*["---"] * 8),
    ]
    for s in results.speed:
        lines.append(_row(f"{s.size}²", s.variant, s.dtype, s.faces, f"{s.median_ms:.3f}",
                          f"{s.wall_ms:.3f}", s.fps_each, s.fps_total))  # fmt: skip
    lines += ["", "## Goals (on the GPU)", ""]
    if results.dry_run:
        lines += ["A dry run: the figures below are the CPU's, not a verdict on the GPU goals.", ""]
    for goal in results.goals:
        best = goal.best
        verdict = "met" if goal.met else "missed"
        measured = "not measured" if best is None else f"{best:g} ({verdict})"
        lines.append(f"- {goal.goal}: ≥ {goal.at_least:g}; best {measured}")
    if results.tests:
        tests = results.tests
        outcome = f"exit {tests.returncode}, {tests.summary} (log: {tests.log})"
        lines += ["", "## Tests", "", f"`{tests.command}`: {outcome}"]
    lines += ["", "## Skipped or failed", ""] + [f"- {s.what}: {s.why}" for s in results.skipped]
    return "\n".join(lines) + "\n"


def plot(results: Results, path: Path) -> Path | None:
    """Frames/s each face gets against the number of faces, per size and variant."""
    from photocall.benchmarks.plots import VIDEO_FPS, _figure, _plain_ticks

    rows = [s for s in results.speed if s.faces >= 1]
    sizes = sorted({s.size for s in rows})
    if not sizes:
        return None
    with _figure(path, ncols=len(sizes)) as (_fig, axes):
        axes = np.atleast_1d(axes)
        for ax, size in zip(axes, sizes, strict=True):
            variants = dict.fromkeys((s.variant, s.dtype) for s in rows if s.size == size)
            for variant, dtype in variants:
                pts = sorted(
                    (s.faces, s.fps_each)
                    for s in rows
                    if s.size == size and (s.variant, s.dtype) == (variant, dtype)
                )
                ax.plot(*zip(*pts, strict=True), marker="o", label=f"{variant} ({dtype})")
            goal = GOAL_EACH_OF_32_512 if size == 512 else VIDEO_FPS
            ax.axhline(goal, color="k", ls="--", lw=1, label=f"{goal:g} frames/s")
            ax.set_xscale("log", base=2)
            ax.set_yscale("log")
            counts = sorted({s.faces for s in rows if s.size == size})
            ax.set_xticks(counts, [str(n) for n in counts])
            _plain_ticks(ax.yaxis)
            fps = [s.fps_each for s in rows if s.size == size] + [goal]
            steps = (1, 2, 5, 10, 25, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000)
            ax.set_yticks([t for t in steps if min(fps) / 2 <= t <= max(fps) * 2])
            ax.set_xlabel("faces rendered per tick")
            ax.set_ylabel("frames/s each face gets")
            ax.set_title(f"{size}×{size} px on {results.environment.name}", fontsize=12)
        axes[0].legend(fontsize=9)
    return path


def write(results: Results, out: Path) -> list[Path]:
    data = asdict(results)
    paths = [out / "gpu_check.json", out / "gpu_check.md"]
    paths[0].write_text(json.dumps(data, indent=2) + "\n")
    paths[1].write_text(summary(results))
    try:
        figure = plot(results, out / "gpu_check.png")
    except Exception as exc:  # noqa: BLE001 - the figures are in the JSON either way
        log.warning("plot failed: %s", exc)
        figure = None
    return paths + ([figure] if figure else [])


# -- command line ------------------------------------------------------------------------------
def _ints(text: str) -> tuple[int, ...]:
    return tuple(int(v) for v in text.split(",") if v)


def main(argv: list[str] | None = None) -> int:
    from photocall.shared.errors import UserError

    parser = argparse.ArgumentParser(
        prog="gpu_check", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare", help="save prepared photos (needs mediapipe)")
    p.add_argument("--out", type=Path, default=Path(".gpu"))
    p.add_argument("--sizes", type=_ints, default=(256, 512))
    p.add_argument("photos", nargs="*", type=Path, help="more photos besides the bundled one")
    r = sub.add_parser("run", help="check and time the renderer on the CUDA device")
    r.add_argument("--prepared", type=Path, default=Path(".gpu"), help="folder of NAME-SIZE.npz")
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--sizes", type=_ints, default=None, help="default 512,256 (dry run: 256)")
    r.add_argument("--faces", type=_ints, default=None, help="default 1,4,8,16,32 (dry run: 1,2)")
    r.add_argument("--frames", type=int, default=None, help="timed ticks (default 120; dry run 6)")
    r.add_argument("--budget-s", type=float, default=300.0, help="optional parts stop here")
    r.add_argument("--no-compile", action="store_true")
    r.add_argument("--no-pytest", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(name)s: %(message)s", stream=sys.stdout
    )
    try:
        if args.command == "prepare":
            for path in prepare(args.out, args.photos, args.sizes):
                print(f"prepared {path} ({path.stat().st_size / 1024:.0f} KiB)")
            return 0
        import torch

        dry = not torch.cuda.is_available()
        config = CheckConfig(
            prepared_dir=args.prepared,
            out=args.out,
            sizes=args.sizes or ((256,) if dry else (512, 256)),
            faces=args.faces or ((1, 2) if dry else (1, 4, 8, 16, 32)),
            frames=args.frames or (6 if dry else 120),
            warmup=2 if dry else 20,
            parity_frames=4 if dry else 12,
            budget_s=args.budget_s,
            compile=not args.no_compile,
            pytest=not args.no_pytest,
        )
        results = run(config)
        print(summary(results))
        print(f"wrote gpu_check.json, gpu_check.md and gpu_check.png to {args.out}")
    except UserError as exc:
        print(f"gpu_check: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
