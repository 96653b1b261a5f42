"""Make the bundled default photo: ``.venv/bin/python scripts/make_default_photo.py``.

scikit-image's astronaut (NASA, public domain), cropped to face and shoulders, saved as a small
JPEG in ``shared/assets/`` (the sender's default photo). scikit-image is a dev dependency
only, so the JPEG itself is committed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

BOX = (70, 0, 380, 310)  # x0, y0, x1, y1 in the 512x512 original: face, hair and shoulders
QUALITY = 90


def main() -> None:
    from skimage import data

    image = Image.fromarray(data.astronaut()).crop(BOX)
    out = Path(__file__).resolve().parents[1] / "shared" / "assets" / "astronaut.jpg"
    image.save(out, quality=QUALITY, optimize=True)
    print(f"wrote {out} ({out.stat().st_size} bytes, {image.size[0]}x{image.size[1]})")


if __name__ == "__main__":
    main()
