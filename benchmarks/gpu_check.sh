#!/usr/bin/env bash
# The renderer on the lent GPU machine in one short run: CUDA parity against the CPU, frames/s
# for 1-32 faces at 256² and 512², ONNX Runtime's CUDA provider; benchmarks/gpu_check.py says
# what exactly. Without CUDA it is a dry run of the CPU parts (small counts; exit 0).
#
#   PYTHON=.venv/bin/python bash benchmarks/gpu_check.sh prepare   # here: .gpu/NAME-SIZE.npz
#   bash benchmarks/gpu_check.sh run [gpu_check.py run options]    # there: results in $OUT
#   bash benchmarks/gpu_check.sh python ARGS...                     # python3 with that layout
#
# `prepare` needs mediapipe (the project's venv); the GPU machine has none, so the photos travel
# prepared (device run with carry [".gpu"]). `run` uses the machine's own python3 and torch and
# installs nothing: photocall.* maps onto the repo's top-level folders (pyproject.toml's
# package-dir), so that layout is built from symlinks (scripts/package_tree.py) in a temporary
# folder put on PYTHONPATH.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}
mode=${1:-run}
[ $# -gt 0 ] && shift

site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
"$python" "$repo/scripts/package_tree.py" "$repo" "$site"
# PYTHONSAFEPATH: `python -m` must not put the working directory first, where photocall/ would be
# found without its subpackages
export PYTHONPATH="$site${PYTHONPATH:+:$PYTHONPATH}" PYTHONSAFEPATH=1 PYTHONUNBUFFERED=1

case "$mode" in
prepare)
    rm -f "$repo"/.gpu/*.npz  # photos prepared by other code would be measured otherwise
    photos=("$repo"/tests/data/photos/*.jpg)  # the development portraits, in every clone
    "$python" -m photocall.benchmarks.gpu_check prepare --out "$repo/.gpu" "$@" "${photos[@]}"
    du -sh "$repo/.gpu"
    ;;
run)
    out=${OUT:-$repo/bench-out/gpu-check}
    mkdir -p "$out"
    {
        date -u +"%Y-%m-%dT%H:%M:%SZ gpu_check on $(hostname), commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
        if command -v nvidia-smi >/dev/null; then nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.sm --format=csv; fi
        # stopped short of the device call's limit (timeout_s 450): the results so far remain
        timeout "${GPU_CHECK_TIMEOUT_S:-400}" \
            "$python" -m photocall.benchmarks.gpu_check run --prepared "$repo/.gpu" --out "$out" "$@"
    } 2>&1 | tee "$out/gpu_check.log"
    ;;
python)  # the same python with the same layout, e.g. to look around on the device
    "$python" "$@"
    ;;
*)
    echo "usage: bash benchmarks/gpu_check.sh prepare|run|python [options]" >&2
    exit 2
    ;;
esac
