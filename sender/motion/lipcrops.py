"""A frame-by-frame look at lip sync on real speech: mouth crops of a rendered clip at the centres
of aligned phones (p/b/m, open and rounded vowels, a silent frame), enlarged, in one PNG.

    photocall lip-crops prepare --prompt auth-incorrect --out DIR   # DIR/NAME.wav, NAME.phones.json
    photocall motion --audio DIR/NAME.wav --out DIR/NAME.jsonl --no-head
    photocall render --photo PHOTO --motion DIR/NAME.jsonl --out DIR/NAME.mp4 --size 256
    photocall lip-crops cut --video DIR/NAME.mp4 --phones DIR/NAME.phones.json \
        --motion DIR/NAME.jsonl --box X,Y,W,H --out DIR/NAME.crops.png

Prompts come from ``prompts.usable_prompts`` (the reserved ones are never offered). Each tile is
labelled with the phone, its centre time and the motion frame's jawOpen, closure (max of
mouthClose/Press/Roll) and rounding (mouthFunnel + mouthPucker).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from photocall.sender.motion.audio_io import write_wav
from photocall.shared.errors import UserError

PAD_S = 0.5  # silence before and after the prompt (the recordings are trimmed to the speech)
SHOWN = ("P", "B", "M", "AA", "AE", "AH", "AO", "AW", "AY", "UW", "OW", "W")
SCALE, COLUMNS = 4, 5


def prepare(prompt_name: str, out: Path) -> tuple[Path, Path]:
    """Write the prompt padded with PAD_S of silence (16-bit WAV) and its aligned phones."""
    from photocall.sender.motion.align import SILENCE, Aligner
    from photocall.sender.motion.audio_io import load_audio
    from photocall.sender.motion.prompts import is_reserved, usable_prompts

    if is_reserved(prompt_name):
        raise UserError(f"{prompt_name} is reserved for independent evaluation")
    prompt = next((p for p in usable_prompts() if p.name == prompt_name), None)
    if prompt is None:
        raise UserError(f"{prompt_name}: no such usable prompt (plain-word, non-reserved)")
    pcm, rate = load_audio(prompt.path, 16_000)
    phones = Aligner().align(pcm, prompt.text)
    if phones is None:
        raise UserError(f"{prompt_name}: the transcript does not align to the audio")
    pad = np.zeros(int(PAD_S * rate), np.float32)
    audio = np.concatenate([pad, pcm, pad])
    out.mkdir(parents=True, exist_ok=True)
    wav, table = out / f"{prompt_name}.wav", out / f"{prompt_name}.phones.json"
    write_wav(wav, audio, rate)
    rows = [(round(p.start + PAD_S, 3), round(p.end + PAD_S, 3), p.name) for p in phones
            if p.name != SILENCE]
    table.write_text(json.dumps({"text": prompt.text, "phones": rows}) + "\n")
    return wav, table


def cut(video: Path, phones: Path, motion: Path, box: tuple[int, int, int, int], out: Path
        ) -> list[str]:
    """Write the grid of crops; returns one label per tile."""
    import av
    from PIL import Image, ImageDraw

    from photocall.shared.motion import BLENDSHAPE_INDEX, SAMPLE_RATE
    from photocall.shared.motionfile import read_motion_file

    x0, y0, w, h = box
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        fps = float(stream.average_rate)
        frames = [f.to_ndarray(format="rgb24") for f in container.decode(stream)]
    if not frames:
        raise UserError(f"{video}: no video frames")
    if x0 < 0 or y0 < 0 or x0 + w > frames[0].shape[1] or y0 + h > frames[0].shape[0]:
        raise UserError(f"--box {box} is outside the {frames[0].shape[1]}×{frames[0].shape[0]} frame")
    motion_frames = read_motion_file(motion)
    stamps = np.array([f.timestamp for f in motion_frames]) / SAMPLE_RATE
    rows = json.loads(phones.read_text())["phones"]
    picks = [(s, e, n) for s, e, n in rows if n in SHOWN] + [(0.1, 0.3, "SIL")]

    def weight(m, *names: str) -> float:
        return max(float(m.weights[BLENDSHAPE_INDEX[n]]) for n in names)

    tiles, labels = [], []
    for start, end, name in picks:
        t = (start + end) / 2
        k = min(len(frames) - 1, round(t * fps))
        m = motion_frames[int(np.argmin(np.abs(stamps - k / fps)))]
        jaw = weight(m, "jawOpen")
        closure = weight(m, "mouthClose", "mouthPressLeft", "mouthPressRight", "mouthRollLower",
                         "mouthRollUpper")
        rounding = weight(m, "mouthFunnel") + weight(m, "mouthPucker")
        label = f"{name} {t:.2f}s jaw {jaw:.2f} cl {closure:.2f} rd {rounding:.2f}"
        tile = Image.fromarray(frames[k][y0:y0 + h, x0:x0 + w]).resize(
            (w * SCALE, h * SCALE), Image.LANCZOS)
        draw = ImageDraw.Draw(tile)
        draw.rectangle([0, 0, w * SCALE, 14], fill=(0, 0, 0))
        draw.text((2, 1), label, fill=(255, 255, 0))
        tiles.append(tile)
        labels.append(label)
    rows_n = -(-len(tiles) // COLUMNS)
    grid = Image.new("RGB", (COLUMNS * w * SCALE, rows_n * h * SCALE))
    for i, tile in enumerate(tiles):
        grid.paste(tile, ((i % COLUMNS) * w * SCALE, (i // COLUMNS) * h * SCALE))
    out.parent.mkdir(parents=True, exist_ok=True)
    grid.save(out)
    return labels


def parse_box(text: str) -> tuple[int, int, int, int]:
    try:
        x, y, w, h = (int(v) for v in text.split(","))
    except ValueError as exc:
        raise UserError(f"--box wants X,Y,W,H in pixels, got {text!r}") from exc
    if w <= 0 or h <= 0:
        raise UserError(f"--box width and height must be positive, got {text!r}")
    return x, y, w, h
