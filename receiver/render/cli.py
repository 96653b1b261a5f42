"""``photocall render``: a motion file (JSON Lines) + a photo -> an MP4, and/or a contact sheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from photocall.receiver.render.backends import BACKENDS
from photocall.receiver.render.config import RendererConfig
from photocall.receiver.render.photo import RENDER_SIZES
from photocall.shared.cli_args import default_of


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "render",
        help="render a motion file onto a photo (MP4) or draw the rig's contact sheet",
        description="Animate one photo with a motion file (JSON Lines, see shared/motionfile.py) "
        "into an H.264 MP4, muxing audio when given; --sheet draws a grid sweeping every "
        "blendshape group and the head angles.",
    )
    parser.add_argument("--photo", type=Path, help="JPEG/PNG/WebP portrait (default: bundled)")
    parser.add_argument("--motion", type=Path, help="motion file (.jsonl)")
    parser.add_argument("--out", type=Path, help="output video (.mp4)")
    parser.add_argument("--size", type=int, choices=RENDER_SIZES, default=RENDER_SIZES[0],
                        help="frame side")  # fmt: skip
    parser.add_argument(
        "--backend",
        choices=tuple(BACKENDS),
        default=default_of(RendererConfig, "backend"),
        help="renderer backend",
    )
    parser.add_argument("--device", default=default_of(RendererConfig, "device"),
                        help="cpu or cuda[:N]")  # fmt: skip
    parser.add_argument("--audio", type=Path, help="audio file to mux (AAC)")
    parser.add_argument("--sheet", type=Path, help="write a contact sheet PNG here")
    parser.add_argument("--fps", type=int, default=25, help="video frame rate")
    parser.add_argument("--threads", type=int, default=default_of(RendererConfig, "threads"),
                        help="CPU threads for the renderer")  # fmt: skip
    parser.set_defaults(handler=_run)
    ev = subparsers.add_parser(
        "eval-render",
        help="measure the renderer on photos with a face landmarker (figures + contact sheets)",
        description="Render the standard sweep (neutral, jawOpen ramp, each blink, yaw +/-, smile, "
        "pucker) on each photo, run the face landmarker on the frames and print the figures "
        "against their goals; write a contact sheet PNG per photo (with 4x mouth and eye crops). "
        "Default photos: the development portraits in tests/data/photos and the bundled astronaut.",
    )
    ev.add_argument("photos", nargs="*", type=Path, metavar="PHOTO", help="JPEG/PNG/WebP portraits")
    ev.add_argument("--size", type=int, choices=RENDER_SIZES, default=RENDER_SIZES[0],
                    help="frame side")  # fmt: skip
    ev.add_argument("--out", type=Path, default=Path("out/eval-render"), help="sheet folder")
    ev.add_argument("--backend", choices=("torch", "onnxruntime"),
                    default=default_of(RendererConfig, "backend"))  # fmt: skip
    ev.set_defaults(handler=_run_eval)


def _default_eval_photos() -> list[tuple[str, bytes | Path]]:
    from . import default_photo_bytes

    photos: list[tuple[str, bytes | Path]] = []
    folder = Path(__file__).resolve().parents[2] / "tests" / "data" / "photos"
    photos += [(p.stem, p) for p in sorted(folder.glob("*.jpg"))]  # absent in an installed copy
    return photos + [("astronaut", default_photo_bytes())]


def _run_eval(args: argparse.Namespace) -> int:
    from PIL import Image

    from .evaluate import contact_sheet, evaluate_photo, format_table
    from .photo import PhotoError

    if args.photos:
        photos: list[tuple[str, bytes | Path]] = [(p.stem, p) for p in args.photos]
    else:
        photos = _default_eval_photos()
    args.out.mkdir(parents=True, exist_ok=True)
    figures = []
    for name, source in photos:
        try:
            result, prepared = evaluate_photo(source, name, args.size, args.backend)
        except PhotoError as exc:
            if name in str(exc):  # decoding errors already name the file
                raise
            raise PhotoError(f"{name}: {exc}") from None
        figures.append(result.figures)
        sheet = args.out / f"{name}-{args.size}.png"
        Image.fromarray(contact_sheet(result, prepared.landmarks)).save(sheet)
        gaps = " ".join(f"{g:.3f}" for g in result.figures.jaw_gaps)
        print(f"eval-render: {name}: lip gap over the jawOpen ramp {gaps}; sheet {sheet}")
    print(format_table(figures))
    return 0 if all(f.passed() for f in figures) else 1


def _run(args: argparse.Namespace) -> int:
    import logging
    import time

    from photocall.shared.errors import UserError

    from . import default_photo_bytes, make_renderer, prepare_photo

    if args.out is None and args.sheet is None:
        raise UserError("nothing to do: give --out (with --motion) and/or --sheet")
    if args.out is not None and args.motion is None:
        raise UserError("--out needs --motion (a JSON Lines motion file)")
    if not 1 <= args.fps <= 120:
        raise UserError(f"--fps must be within 1..120, got {args.fps}")
    log = logging.getLogger("photocall.render")
    frames = None
    if args.motion is not None:
        from photocall.shared.motionfile import read_motion_file

        frames = read_motion_file(args.motion)  # fail on a bad file before the slow parts
    prepared = prepare_photo(args.photo if args.photo else default_photo_bytes(), args.size)
    config = RendererConfig(backend=args.backend, device=args.device, threads=args.threads)
    renderer = make_renderer(prepared, config)
    if args.sheet is not None:
        from PIL import Image

        from .sheet import contact_sheet

        Image.fromarray(contact_sheet(renderer)).save(args.sheet)
        print(f"render: wrote {args.sheet}")
    if args.out is not None and frames is not None:
        from .video import motion_at, write_video

        start = time.perf_counter()
        images = (renderer.render(w, p) for w, p in motion_at(frames, args.fps))
        count = write_video(args.out, images, args.size, args.fps, args.audio)
        elapsed = time.perf_counter() - start
        log.info(
            "%d frames in %.1f s (%.0f frames/s with encoding)", count, elapsed, count / elapsed
        )
        print(f"render: wrote {args.out} ({count} frames, {count / args.fps:.2f} s)")
    return 0
