#!/usr/bin/env bash
# Sets photocall up on a fresh Debian machine: system libraries, a virtual environment in .venv,
# and the package (editable) with its extras. Safe to run again; it skips what is already there.
#   scripts/setup.sh         for running photocall
#   scripts/setup.sh --dev   also the test and lint tools, and chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

dev=false
case "${1:-}" in
    "") ;;
    --dev) dev=true ;;
    *) echo "usage: scripts/setup.sh [--dev]" >&2; exit 2 ;;
esac
extras="onnx"
$dev && extras="onnx,dev"

# libportaudio2: speaker/mic through sounddevice; xvfb: the live window under a virtual screen.
apt_packages=(libportaudio2 xvfb xauth)
# chromium + chromium-driver: only the browser client's end-to-end tests (no browser download).
$dev && apt_packages+=(chromium chromium-driver)
missing=()
for package in "${apt_packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing Debian packages: ${missing[*]}"
    log=$(mktemp)
    # "env": sudo would drop a plain VAR=value prefix.
    if ! { $sudo apt-get update -qq &&
        $sudo env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
        cat "$log" >&2
        echo "setup: apt-get failed" >&2
        exit 1
    fi
    # On success pass on apt's warnings ("W:") only: not the progress lines, nor debconf's
    # "delaying package configuration, since apt-utils is not installed" (harmless).
    grep "^W:" "$log" >&2 || true
    rm -f "$log"
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -U pip 2>/dev/null
echo "setup: installing photocall[$extras] into .venv"
log=$(mktemp)
if ! .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[$extras]" >"$log" 2>&1; then
    grep -v "is ignored: it is neither a file nor a directory" "$log" >&2
    echo "setup: pip install failed" >&2
    exit 1
fi
rm -f "$log"
# The browser client's JS tests need its npm packages (the built bundle in signaling/web/ is
# committed, so running photocall needs no node). Without node those tests skip.
if $dev && command -v npm >/dev/null 2>&1; then
    echo "setup: installing the web client's npm packages (web/)"
    (cd web && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || echo "setup: npm ci failed; the JS tests will skip" >&2
fi
.venv/bin/photocall --help >/dev/null
