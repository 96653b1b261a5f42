"""``photocall bench paths``: calls across NATs through coturn over clean and impaired paths.

The network lab (``netlab/``): a sender and receivers in network namespaces of their own, with no
route between them, meeting only through coturn; each receiver's TURN leg goes straight to
coturn or through the userspace impairment relay. The peers are the real sessions with the bar
doubles (``netlab/peer.py``), so the figures are the network's and the receiver's playout, not
the renderer's CPU. Baseline: the clean leg of the same call. Needs root, ``ip`` and coturn
(``scripts/setup.sh --dev``); elsewhere the section says why it was not measured.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from photocall.netlab.analysis import bar_jaw, lip_sync, read_mp4, speech_span_s
from photocall.netlab.call import CallResult, Leg, turn_call
from photocall.netlab.lab import unavailable_reason

RTT_100 = ("--delay-ms", "50", "--jitter-ms", "30")
PATHS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "clean": ("straight to coturn", None),
    "lossy": ("each way 50 ± 30 ms (RTT 100 ms), 5 % random loss", (*RTT_100, "--loss", "0.05")),
    "bursty": ("each way 50 ± 30 ms, Gilbert loss: bad 1/26 of the time, bursts of 4 (3.8 %)",
               (*RTT_100, "--burst", "0.01", "0.25", "1")),
    "capped48": ("48 kbit/s each way, 32 kB queue", ("--rate-kbps", "48", "--queue-bytes", "32000")),
    "capped32": ("32 kbit/s each way, 32 kB queue (below the call's rate)",
                 ("--rate-kbps", "32", "--queue-bytes", "32000")),
}  # fmt: skip
"""name -> (what the path does, the relay's flags; None: no relay)."""


def _leg_figures(call: CallResult, name: str) -> dict[str, Any]:
    leg = call.legs[name]
    if leg.stats is None or not leg.stats["peers"]:
        return {"path": PATHS[name][0], "failed": True, "log_tail": leg.log[-600:]}
    (p,) = leg.stats["peers"]
    figures: dict[str, Any] = {
        "path": PATHS[name][0],
        "ice": f"{p['ice']['local']}-{p['ice']['remote']} ({p['ice']['protocol']})"
        if p["ice"] else None,
        "photo": p["photo"],
        "media_s": p["media_s"],
        "wire_kbps": p["wire_kbps"],
        "loss_pct": p["loss_pct"],
        "late_pct": p["late_pct"],
        "concealed_pct": p["concealed_pct"],
        "skipped_s": round(p["jitter"]["skipped"] * (p["packet_ms"] or 0) / 1000, 2),
        "underruns": p["jitter"]["underruns"],
        "buffer_target_ms": p["jitter"]["target_ms"],
        "first_frame_after_link_ms": p["first_frame_after_link_ms"],
        "mouth_to_pixel_ms": p["mouth_to_pixel_ms"],
        "av_skew_ms": p["av_skew_ms"],
    }
    frames, audio = read_mp4(leg.mp4)
    onset, _ = speech_span_s(audio)
    blank = len(frames) - p["video_frames"]
    face_s = frames[blank][0] + 0.1 if blank > 0 else 0.0
    sync = lip_sync(frames, audio, from_s=max(onset - 0.4, face_s), mouth=bar_jaw)
    figures["lip_sync_lag_ms"] = round(sync.lag_ms, 1)
    figures["lip_sync_correlation"] = round(sync.correlation, 3)
    if leg.relay is not None:
        down = leg.relay["down"]
        figures["relay_down_datagrams"] = down["sent"]
        figures["relay_down_lost_pct"] = round(100 * (down["lost_random"] + down["lost_burst"])
                                               / max(1, down["sent"]), 2)  # fmt: skip
        figures["relay_down_queue_drops"] = down["dropped_queue"]
    return figures


def run(out_dir: Path, quick: bool) -> dict[str, Any]:
    reason = unavailable_reason()
    if reason is not None:
        return {"not_measured": reason}
    # One sender reaches several receivers in a call; a capped leg gets a call of its own (the
    # sender waits for the first receiver's photo only, and 5 s of photo at 48 kbit/s is long).
    calls = [["clean", "lossy"]] if quick else [["clean", "lossy", "bursty"], ["capped48"],
                                                 ["capped32"]]  # fmt: skip
    result: dict[str, Any] = {"calls_s": [], "legs": {}}
    work = Path(tempfile.mkdtemp(prefix="photocall-paths-"))
    try:
        for i, names in enumerate(calls):
            legs = [Leg(n, PATHS[n][1], static_credentials=(n == "clean")) for n in names]
            call = turn_call(work / f"call{i}", legs)
            result["calls_s"].append(round(call.seconds, 1))
            for name in names:
                result["legs"][name] = _leg_figures(call, name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return result
