"""Fit protocol v2's probability tables on the shipped model's output and write them out.

    .venv/bin/python -m photocall.benchmarks.motion_tables

Writes ``shared/motion_tables.py`` and ``web/src/motion_tables.js`` (the same numbers), fitted on
the call's default mouth model (``motion_bits.CALL_LOOKAHEAD_MS``). The fitting clips (``motion_bits.clips(fit=True)``: other texts and voices, Allison's training-split
prompts) are disjoint from the ones ``motion_bits`` measures on. Changing the tables changes the
protocol: the golden packets change with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from photocall.benchmarks.motion_bits import clips
from photocall.shared import motion_codec as mc

ROOT = Path(__file__).resolve().parents[1]
KEY_EVERY = mc.KEY_INTERVAL_SAMPLES // 1920  # packets of 40 ms, one frame each


def count(frames: Sequence[Sequence[int]], zeros: list[list[int]], signs: list[list[int]],
          mags: list[list[int]]) -> None:
    """Add the decisions the coder makes for ``frames`` (levels, 40 ms packets) to the counts."""
    # Indices from 256 up, so the escape's fixed probability (128) is told apart and skipped.
    nz, ns, nm = len(zeros), len(signs), len(mags)
    index = mc.Tables(zero=range(256, 256 + nz), sign=range(256 + nz, 256 + nz + ns),
                      magnitude=range(256 + nz + ns, 256 + nz + ns + nm))
    flat = zeros + signs + mags

    def put(bit: int, i: int) -> None:
        if i >= 256:
            flat[i - 256][bit] += 1

    reference = mc.ZERO
    for t, levels in enumerate(frames):
        key = t % KEY_EVERY == 0
        mc.put_frame(put, levels, mc.ZERO if key else reference, mc.KEY if key else mc.DELTA,
                     index)
        reference = levels


def probability(n0: int, n1: int) -> int:
    """Of a 0, in 1/256, from counts (add-one-half smoothing), within 1..255."""
    return min(255, max(1, round(256 * (n0 + 0.5) / (n0 + n1 + 1))))


def main() -> None:
    zeros = [[0, 0] for _ in range(2 * mc.NUM_SLOTS * mc.NUM_ZERO_CONTEXTS)]
    signs = [[0, 0] for _ in range(2 * mc.NUM_SLOTS * 2)]
    mags = [[0, 0] for _ in range(2 * mc.NUM_SLOTS * mc.UNARY_BINS)]
    for name, frames in clips(fit=True):
        print(f"fitting on {name}: {len(frames)} frames", flush=True)
        count([mc.quantize(f) for f in frames], zeros, signs, mags)
    out = {n: [probability(*c) for c in counts]
           for n, counts in (("ZERO", zeros), ("SIGN", signs), ("MAGNITUDE", mags))}
    py = ['"""Protocol v2\'s probability tables (of a 0 bit, in 1/256), written by',
          "``benchmarks/motion_tables.py``; ``web/src/motion_tables.js`` holds the same numbers.",
          'Layout: ``motion_codec.Tables``."""', "", "# fmt: off"]
    js = ["// Protocol v2's probability tables, written by benchmarks/motion_tables.py (the same",
          "// numbers as shared/motion_tables.py)."]
    for n, values in out.items():
        py.append(f"{n} = ({', '.join(map(str, values))},)")
        js.append(f"export const {n} = [{', '.join(map(str, values))}];")
    py.append("# fmt: on")
    (ROOT / "shared" / "motion_tables.py").write_text("\n".join(py) + "\n")
    (ROOT / "web" / "src" / "motion_tables.js").write_text("\n".join(js) + "\n")
    print("wrote shared/motion_tables.py and web/src/motion_tables.js")


if __name__ == "__main__":
    main()
