"""``photocall motion``, ``photocall train-motion`` and ``photocall eval-motion``."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "motion", help="turn speech audio into face motion (JSON Lines)",
        description="Run the streaming audio → motion predictor over an audio file (any format "
        "PyAV reads) and write one motion frame per line.",
    )
    p.add_argument("--audio", type=Path, required=True, help="input audio file")
    p.add_argument("--out", type=Path, required=True, help="output .jsonl")
    _config_args(p)
    p.set_defaults(handler=_motion)

    p = subparsers.add_parser(
        "train-motion", help="train the mouth model from synthesized and recorded speech",
        description="Synthesize training speech with espeak-ng and Festival, force-align the "
        "train split of the Asterisk prompts, train the mouth model and write its checkpoint. "
        "The defaults reproduce the shipped 40 ms weights (--threads 1); the same with --lookahead-ms 20 "
        "the 20 ms ones. Needs the dev extra and Debian packages (scripts/setup.sh --dev).",
    )
    p.add_argument("--out", type=Path, default=Path("mouth_tcn.pt"), help="checkpoint to write")
    p.add_argument("--clips", type=int, default=2000, help="espeak-ng training utterances")
    p.add_argument("--festival-clips", type=int, default=200,
                   help="utterances per Festival voice (0: none)")
    p.add_argument("--real-copies", type=int, default=6,
                   help="augmented copies of each real train prompt (0: no real speech)")
    p.add_argument("--steps", type=int, default=2000, help="optimizer steps")
    p.add_argument("--lookahead-ms", type=int, default=40, help="model lookahead (10..200 ms)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=2, help="CPU threads for torch")
    p.add_argument("--hold-out-validation", action="store_true",
                   help="leave the validation prompts (a quarter of the train split) out, to "
                   "choose a recipe on them with eval-motion --split validation")
    p.add_argument("--log", type=Path, default=None, help="also write the loss curve (JSON)")
    p.set_defaults(handler=_train)

    p = subparsers.add_parser(
        "eval-motion", help="score the mouth model on held-out real and synthetic speech",
        description="Real speech: the dev split of the Asterisk prompts, force-aligned with "
        "pocketsphinx and scored phone by phone (lips closed on p/b/m, jaw AUC open vowels vs "
        "p/b/m, rounding AUC, silence closed, per-viseme medians). TTS: viseme accuracy, "
        "per-shape error and silence closure on held-out voices and texts, clean and at 10 dB "
        "SNR; blinks and head ranges over a 60 s clip. Both beside an energy → jawOpen baseline. "
        "Needs the dev extra and Debian packages (scripts/setup.sh --dev).",
    )
    p.add_argument("--clips", type=int, default=48, help="held-out TTS utterances (0: none)")
    p.add_argument("--no-real", action="store_true", help="skip the real-speech figures")
    p.add_argument("--split", choices=("dev", "validation", "train"), default="dev",
                   help="real-speech prompts to score: dev (report), validation (choose a recipe "
                   "on it, after train-motion --hold-out-validation), train")
    p.add_argument("--lookahead-ms", type=int, default=40, help="must match the weights")
    p.add_argument("--weights", type=Path, default=None, help="checkpoint (default: shipped)")
    p.add_argument("--out", type=Path, default=None, help="also write the results (JSON)")
    p.add_argument("--threads", type=int, default=2)
    p.set_defaults(handler=_eval)

    p = subparsers.add_parser(
        "export-motion", help="export the mouth model to ONNX for the browser sender",
        description="Write the streaming mouth model (float64 graph, float32 weights) as ONNX and "
        "check it in ONNX Runtime against torch. The default writes the file the browser page "
        "ships: the 20 ms model, as a Python call's default (sender/motion/mouth_tcn_20ms.onnx; "
        "`npm run build` in web/ copies it into the page). Rerun it after retraining.",
    )
    p.add_argument("--out", type=Path, default=None,
                   help="ONNX file (default: beside the shipped weights, mouth_tcn_20ms.onnx for 20 ms, "
                   "mouth_tcn.onnx for 40 ms)")
    p.add_argument("--lookahead-ms", type=int, default=20,
                   help="must match the weights (default: 20, the page's and a Python call's)")
    p.add_argument("--weights", type=Path, default=None, help="checkpoint (default: shipped)")
    p.set_defaults(handler=_export)

    p = subparsers.add_parser(
        "lip-crops", help="mouth crops of a rendered real-speech clip at aligned phone centres",
        description="prepare: write a (non-reserved) Asterisk prompt padded with silence and its "
        "aligned phones; cut: after `photocall motion` and `photocall render`, write a PNG grid of "
        "enlarged mouth crops at the centres of p/b/m, open and rounded vowels and a silent frame, "
        "labelled with jawOpen, closure and rounding. Needs the dev extra (pocketsphinx).",
    )
    p.add_argument("action", choices=("prepare", "cut"))
    p.add_argument("--prompt", help="prepare: prompt name, e.g. auth-incorrect")
    p.add_argument("--video", type=Path, help="cut: the rendered MP4")
    p.add_argument("--phones", type=Path, help="cut: the phones JSON written by prepare")
    p.add_argument("--motion", type=Path, help="cut: the motion file the video was rendered from")
    p.add_argument("--box", help="cut: mouth box in the video's pixels, X,Y,W,H")
    p.add_argument("--out", type=Path, required=True, help="prepare: folder; cut: PNG")
    p.set_defaults(handler=_lip_crops)


def _lip_crops(args: argparse.Namespace) -> int:
    from photocall.sender.motion import lipcrops
    from photocall.shared.errors import UserError

    if args.action == "prepare":
        if not args.prompt:
            raise UserError("lip-crops prepare needs --prompt")
        wav, table = lipcrops.prepare(args.prompt, args.out)
        print(f"wrote {wav} and {table}")
        return 0
    missing = [f"--{n}" for n in ("video", "phones", "motion", "box") if not getattr(args, n)]
    if missing:
        raise UserError(f"lip-crops cut needs {' '.join(missing)}")
    for path in (args.video, args.phones, args.motion):
        if not path.is_file():
            raise UserError(f"{path}: no such file")
    labels = lipcrops.cut(args.video, args.phones, args.motion, lipcrops.parse_box(args.box),
                          args.out)
    print("\n".join(labels))
    print(f"wrote {len(labels)} crops to {args.out}")
    return 0


def _config_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--fps", type=int, default=25, help="motion frames per second")
    p.add_argument("--lookahead-ms", type=int, default=40, help="must match the weights")
    p.add_argument("--seed", type=int, default=0, help="seed of head motion, blinks and gaze")
    p.add_argument("--weights", type=Path, default=None, help="checkpoint (default: shipped)")
    p.add_argument("--no-head", action="store_true", help="keep the head still, eyes open")


def _config(args: argparse.Namespace):
    from photocall.sender.motion.config import MotionConfig
    from photocall.shared.errors import UserError

    try:
        return MotionConfig(fps=args.fps, lookahead_ms=args.lookahead_ms, seed=args.seed,
                            weights=args.weights, head=not args.no_head)
    except ValueError as exc:
        raise UserError(str(exc)) from exc


def _motion(args: argparse.Namespace) -> int:
    import torch

    from photocall.sender.motion.predictor import predict_file
    from photocall.shared.motionfile import write_motion_file

    torch.set_num_threads(1)
    frames = predict_file(args.audio, _config(args))
    write_motion_file(args.out, frames)
    print(f"wrote {len(frames)} frames ({len(frames) / args.fps:.1f} s) to {args.out}")
    return 0


def _train(args: argparse.Namespace) -> int:
    import json
    import sys

    from photocall.sender.motion.model import ModelConfig
    from photocall.sender.motion.train import TrainConfig, save, train
    from photocall.shared.errors import UserError

    if args.lookahead_ms % 10 or not 10 <= args.lookahead_ms <= 200:
        raise UserError("--lookahead-ms must be a multiple of 10 in 10..200")
    if args.clips < 1 or args.steps < 1:
        raise UserError("--clips and --steps must be positive")
    if args.festival_clips < 0 or args.real_copies < 0:
        raise UserError("--festival-clips and --real-copies must not be negative")
    config = TrainConfig(clips=args.clips, festival_clips=args.festival_clips,
                         real_copies=args.real_copies, steps=args.steps, seed=args.seed,
                         hold_out_validation=args.hold_out_validation,
                         threads=args.threads, model=ModelConfig(delay=args.lookahead_ms // 10 - 1))
    model, result = train(config, progress=sys.stderr.isatty())
    save(model, args.out)
    curve = ", ".join(f"{s}:{v:.4f}" for s, v in result.losses)
    print(f"data {result.data_seconds:.0f} s ({result.audio_hours:.2f} h of audio; clips from "
          f"espeak-ng, Festival, real speech: {result.counts}), "
          f"training {result.train_seconds:.0f} s; loss by step: {curve}")
    print(f"wrote {args.out}")
    if args.log:
        args.log.write_text(json.dumps({"losses": result.losses, "data_s": result.data_seconds,
                                        "train_s": result.train_seconds,
                                        "counts": result.counts,
                                        "audio_hours": result.audio_hours}, indent=2) + "\n")
    return 0


def _eval(args: argparse.Namespace) -> int:
    import json

    import torch

    from photocall.sender.motion.evaluate import evaluate, format_report
    from photocall.shared.errors import UserError

    if args.clips < 0:
        raise UserError("--clips must not be negative")
    if args.clips == 0 and args.no_real:
        raise UserError("nothing to evaluate: --clips 0 and --no-real")
    torch.set_num_threads(args.threads)
    report = evaluate(clips=args.clips, weights=args.weights, lookahead_ms=args.lookahead_ms,
                      real=not args.no_real, split=args.split)
    print(format_report(report))
    if args.out:
        args.out.write_text(json.dumps(report, indent=2) + "\n")
    return 0


def _export(args: argparse.Namespace) -> int:
    from photocall.sender.motion.export import EXPORTED, export_onnx
    from photocall.sender.motion.model import load_model
    from photocall.shared.errors import UserError

    if args.out is None and args.lookahead_ms not in EXPORTED:
        raise UserError(f"no default file name for {args.lookahead_ms} ms: pass --out")
    out = args.out or Path(__file__).resolve().parent / EXPORTED[args.lookahead_ms]
    error = export_onnx(load_model(args.weights, args.lookahead_ms), out)
    print(f"wrote {out} ({out.stat().st_size / 1e3:.0f} kB); ONNX Runtime vs torch: "
          f"max |Δ mouth weight| {error:.1e}")
    return 0
