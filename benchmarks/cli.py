"""``photocall bench [NAME ...] [--out DIR]``: run the benchmarks, write their JSON results, and
``RESULTS.md`` with PNG plots (``report.py``) over every result in ``--out``.

Each benchmark is a module in this folder with ``run(out_dir: Path, quick: bool)`` returning its
result: a typed result from ``results.py`` (written with its ``to_json()``) or a plain dict; it
measures its own baseline in the same run and returns medians and ratios. Register it below. The
CLI adds where the result came from (``provenance.py``) under the JSON's ``"provenance"`` key.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import sys
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar


@dataclass(frozen=True)
class Bench:
    """A section of ``photocall bench``: its module (``run(out_dir, quick)``), what it
    measures and roughly how long it takes on the 2 shared cores of the development machine."""

    module: str
    measures: str
    duration: str


BENCHMARKS: dict[str, Bench] = {
    "signaling": Bench(
        "signaling_load",
        "relay latency (p50/p99) of the signaling server, 500 clients in 100 rooms sending "
        "offer-sized messages, server pinned to one core; baseline: a bare websockets echo server",
        "about 1 min (fixed-length phases), both cores busy",
    ),
    "motion": Bench(
        "motion",
        "CPU time of the audio → motion predictor per 20 ms of speech, one thread; baselines: "
        "the feature front-end alone and an energy → jawOpen rule",
        "about 5–15 s",
    ),
    "call": Bench(
        "call",
        "side by side over the same speech with a pause: photocall v2 (defaults and --max-kbps "
        "16) and v1 as whole calls, an Opus voice call and VP8 video calls over RTP; wire kbit/s "
        "speaking and silent, latency p50/p95, CPU per frame; 20/40/60 ms packets over a real "
        "data channel",
        "about 3 min (mostly calls in real time)",
    ),
    "render": Bench(
        "render",
        "renderer frames/s per backend (torch, ONNX Runtime; 1 and 2 threads) at 256² and "
        "512²; baselines: the plain TPS warp, and the renderer without its person layer",
        "2–7 min, the slowest; two threads on busy cores take longest",
    ),
    "browser": Bench(
        "browser_render",
        "the page's renderer in headless Chromium (the photo's ONNX frame graph, GridSamples as "
        "GatherElements with int32 indices, on onnxruntime-web WASM, one thread, a face worker "
        "per face): frames/s for one and two faces, wall clock and per CPU second, first frame "
        "after the graph arrives, frames vs torch; the same on WebGPU (SwiftShader's adapter, no "
        "GPU here); baselines: both faces in one worker turn by turn (the page before), int64 "
        "indices (the graph before), the graph with its GridSamples, the page on two threads, "
        "Python onnxruntime",
        "about 5–10 min (Chromium, software only; eight page passes)",
    ),
    "photo": Bench(
        "photo",
        "photo preparation on the development portraits: small faces found in wide shots, "
        "streaks where the crop runs past the photo, the top edge under pitch, the background's "
        "change under head motion; baseline: the old preparation and warp in the same run",
        "about 1 min",
    ),
    "paths": Bench(
        "paths",
        "calls across NATs through coturn (network namespaces) over clean, lossy (100 ms RTT, "
        "±30 ms, 5 %), bursty and rate-capped (48 and 32 kbit/s) paths: loss seen, concealment, "
        "lip sync, latency; baseline: the clean leg of the same call; needs root and coturn",
        "about 1–2 min (three calls in real time)",
    ),
    "sfu": Bench(
        "sfu",
        "one sender to 1, 5, 10, 20 receivers through a local Janus beside a mesh of 2, 4, 8: "
        "sender upload kbit/s, send-to-arrival latency p50/p95, receiver CPU per face (decode; "
        "render measured apart), Janus CPU",
        "about 6–7 min (real-time streams; 20 receiver processes)",
    ),
}


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Defaults in the help, as every command; the description keeps its layout (a paragraph per
    section)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.default in (None, False):  # "(default: False)" on a flag says nothing
            return action.help
        return super()._get_help_string(action)


def _description() -> str:
    indent = " " * 13
    sections = "\n".join(
        textwrap.fill(
            f"{name:<10} {bench.measures}. Takes {bench.duration}.",
            width=88,
            initial_indent="  ",
            subsequent_indent=indent,
            break_on_hyphens=False,
        )
        for name, bench in BENCHMARKS.items()
    )
    return (
        "Run benchmarks; each reports medians and ratios against a baseline measured in the same\n"
        "run. With no NAME, runs them all (about 4–10 min on 2 shared cores; --quick: well under\n"
        "a minute each). Writes NAME.json per section (with the command, time and machine load\n"
        "that produced it), then RESULTS.md and PNG plots from every NAME.json in --out.\n"
        "`photocall bench --out benchmarks` regenerates the committed ones;\n"
        "`photocall bench --report-only --out benchmarks` rewrites the report alone.\n\n"
        f"sections:\n{sections}"
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "bench",
        help="measure bandwidth, latency and speed against baselines",
        description=_description(),
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"any of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--out", type=Path, default=Path("bench-out"), help="results folder")
    parser.add_argument(
        "--quick", action="store_true", help="fewer repetitions, shorter clips (smoke tests)"
    )
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="measure nothing: rewrite RESULTS.md and the plots from the NAME.json in --out",
    )
    parser.set_defaults(handler=_run)


T = TypeVar("T")


def progress(items: Iterable[T], **kwargs) -> Iterator[T]:
    """A tqdm bar on stderr when it is a terminal; in a log or a pipe, none (a bar's redraws
    would be noise there). Print beside it with ``tqdm.write``."""
    from tqdm import tqdm

    return iter(tqdm(items, disable=not sys.stderr.isatty(), **kwargs))


def progress_line(text: str) -> None:
    """A line of progress beside the bar (tqdm.write: on stderr, the bar redrawn under it)."""
    from tqdm import tqdm

    tqdm.write(text, file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    from photocall.shared.errors import UserError

    if args.report_only and args.names:
        raise UserError("--report-only measures nothing; give it no NAME")
    names = args.names or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        raise UserError(f"unknown benchmark {unknown[0]!r}; choose from {', '.join(BENCHMARKS)}")
    if not names:
        raise UserError("no benchmarks are registered")
    import logging

    from tqdm import tqdm

    from photocall.benchmarks import provenance, report

    if not args.verbose:  # connection chatter would bury the progress bar
        for name in ("aioice", "aiortc", "websockets"):
            logging.getLogger(name).setLevel(logging.WARNING)

    command = " ".join(["photocall bench", *args.names, "--out", str(args.out)])
    command += " --quick" * args.quick
    if args.report_only:
        if not args.out.is_dir():
            raise UserError(f"{args.out}: no such results folder")
        command += " --report-only"
    else:
        args.out.mkdir(parents=True, exist_ok=True)
        for name in progress(names, desc="bench", unit="section"):
            bench = BENCHMARKS[name]
            tqdm.write(f"bench {name}: measuring (takes {bench.duration})")
            module = importlib.import_module(f"photocall.benchmarks.{bench.module}")
            result, source = provenance.record(
                command, functools.partial(module.run, args.out, args.quick)
            )
            if not isinstance(result, dict):  # a typed result (results.py): JSON from here on
                result = result.to_json()
            result[provenance.KEY] = source.to_json()
            path = args.out / f"{name}.json"
            path.write_text(json.dumps(result, indent=2) + "\n")
            tqdm.write(f"bench {name}: wrote {path} ({source.wall_s:g} s)")
    # RESULTS.md covers every registered bench with a result in --out: this run's, and earlier
    # ones for benches not named this time (each keeps its own provenance).
    results = {}
    for name in BENCHMARKS:
        path = args.out / f"{name}.json"
        if path.exists():
            try:
                results[name] = json.loads(path.read_text())
            except json.JSONDecodeError as exc:
                raise UserError(f"{path}: not a bench result ({exc})") from exc
            if not isinstance(results[name], dict):
                raise UserError(f"{path}: not a bench result (not a JSON object)")
    if not results:
        raise UserError(f"{args.out}: no bench results (NAME.json) to report")
    print(f"bench: wrote {report.write(results, args.out, command)}")
    return 0
