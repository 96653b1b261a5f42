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
# janus: the SFU the Janus tests and `photocall bench sfu` start on loopback (their own config).
$dev && apt_packages+=(janus)
# node + npm: the browser client's JS tests and the check that the committed bundle in
# signaling/web/ is built from web/src (running photocall needs no node). Any node >= 18 does.
if $dev && ! command -v npm >/dev/null 2>&1; then apt_packages+=(nodejs npm); fi
# Real recorded speech (Asterisk prompts, 16 kHz G.722) and Festival voices: only
# `photocall eval-motion` / `photocall train-motion` and their tests.
$dev && apt_packages+=(asterisk-core-sounds-en asterisk-core-sounds-en-g722
    festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts)
# coturn (turnserver) and iproute2 (ip netns, ss): the calls across NATs through TURN in network
# namespaces (tests/test_turn_nat.py, the netlab bench); they run as root and skip elsewhere.
$dev && apt_packages+=(coturn iproute2)
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
# The browser client's build tools and JS test dependencies (web/package-lock.json, from the
# npm registry): tests/test_web.py rebuilds the bundle and runs the JS tests with them.
if $dev; then
    echo "setup: installing the web client's npm packages (web/)"
    if ! (cd web && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
        echo "setup: npm ci in web/ failed" >&2
        exit 1
    fi
fi
.venv/bin/photocall --help >/dev/null
