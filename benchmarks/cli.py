"""``photocall bench [NAME ...] [--out DIR]``: run the benchmarks and write their JSON results.

Each benchmark is a module in this folder with ``run(out_dir: Path, quick: bool) -> dict``; it
measures its own baseline in the same run and returns medians and ratios. Register it below.
"""

from __future__ import annotations

import argparse
import importlib
import json
from pathlib import Path

# name -> module (relative to photocall.benchmarks) with run(out_dir, quick) -> dict
BENCHMARKS: dict[str, str] = {}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "bench",
        help="measure bandwidth, latency and speed against baselines",
        description="Run benchmarks; each reports medians and ratios against a baseline "
        "measured in the same run. With no NAME, runs them all.",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"any of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--out", type=Path, default=Path("bench-out"), help="results folder")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (for smoke tests)")
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from photocall.errors import UserError

    names = args.names or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        raise UserError(f"unknown benchmark {unknown[0]!r}; choose from {', '.join(BENCHMARKS)}")
    args.out.mkdir(parents=True, exist_ok=True)
    for name in names:
        module = importlib.import_module(f"photocall.benchmarks.{BENCHMARKS[name]}")
        result = module.run(args.out, quick=args.quick)
        path = args.out / f"{name}.json"
        path.write_text(json.dumps(result, indent=2) + "\n")
        print(f"bench {name}: wrote {path}")
    return 0
