"""``photocall bench [NAME ...] [--out DIR]``: run the benchmarks, write their JSON results, and
``RESULTS.md`` with PNG plots (``report.py``) over every result in ``--out``.

Each benchmark is a module in this folder with ``run(out_dir: Path, quick: bool) -> dict``; it
measures its own baseline in the same run and returns medians and ratios. Register it below.
"""

from __future__ import annotations

import argparse
import importlib
import json
from pathlib import Path

# name -> module (relative to photocall.benchmarks) with run(out_dir, quick) -> dict
BENCHMARKS: dict[str, str] = {
    "signaling": "signaling_load",
    "motion": "motion",
    "call": "call",
    "render": "render",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "bench",
        help="measure bandwidth, latency and speed against baselines",
        description="Run benchmarks; each reports medians and ratios against a baseline "
        "measured in the same run. With no NAME, runs them all. Writes NAME.json per bench, "
        "then RESULTS.md and PNG plots from every NAME.json in --out (`photocall bench --out "
        "benchmarks/` regenerates the committed ones).",
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
    if not names:
        raise UserError("no benchmarks are registered")
    import logging

    from photocall.benchmarks import report
    from tqdm import tqdm

    if not args.verbose:  # connection chatter would bury the progress bar
        for name in ("aioice", "aiortc", "websockets"):
            logging.getLogger(name).setLevel(logging.WARNING)

    args.out.mkdir(parents=True, exist_ok=True)
    progress = tqdm(names, desc="bench", unit="bench")
    for name in progress:
        progress.set_description(f"bench {name}")
        module = importlib.import_module(f"photocall.benchmarks.{BENCHMARKS[name]}")
        result = module.run(args.out, quick=args.quick)
        path = args.out / f"{name}.json"
        path.write_text(json.dumps(result, indent=2) + "\n")
        progress.write(f"bench {name}: wrote {path}")
    # RESULTS.md covers every registered bench with a result in --out: this run's, and earlier
    # ones for benches not named this time.
    results = {}
    for name in BENCHMARKS:
        path = args.out / f"{name}.json"
        if path.exists():
            results[name] = json.loads(path.read_text())
    command = " ".join(["photocall bench", *args.names, "--out", str(args.out)])
    print(f"bench: wrote {report.write(results, args.out, command + ' --quick' * args.quick)}")
    return 0
