"""Decoding a photo that may come from anyone: bounded before a pixel is decoded, and every
JPEG, PNG or WebP flavour turned into the same upright 8-bit RGB image.

- Limits, checked on the file's header before decoding (a PNG or JPEG states its size in the
  first bytes; a "decompression bomb" is a small file that states a huge one): at most
  ``MAX_PHOTO_BYTES`` bytes and ``MAX_PHOTO_PIXELS`` pixels, sides within ``MAX_ASPECT`` of
  each other, and only JPEG, PNG or WebP (Pillow would otherwise try its other decoders on
  whatever arrives). Pillow's own bomb limit (``Image.MAX_IMAGE_PIXELS``, ~89 MP warns, twice
  that raises) is far above ours; its warning is turned into the same refusal.
- Flavours: 16-bit greyscale PNGs are scaled to 8 bits (Pillow's own conversion clips them to
  white); transparent images (RGBA, grey with alpha, palettes and colour keys with a
  transparent entry) are composited over ``NEUTRAL_BACKGROUND`` (a plain conversion drops the
  alpha and shows whatever colour the transparent pixels hide); palettes, CMYK JPEGs and 1-bit
  images are converted; EXIF orientation is applied.
- Memory: the decoded photo stays a Pillow image (no NumPy copy of it): callers crop and reduce
  it (``Image.crop``, ``Image.reduce``) to the few hundred pixels around a face they need.
  A 20-megapixel RGB photo holds 80 MB (Pillow keeps 4 bytes a pixel).
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from photocall.shared.errors import UserError

if TYPE_CHECKING:
    from PIL import Image

MAX_PHOTO_BYTES = 10 * 1024 * 1024
"""A photo file larger than this is refused before decoding (the wire's cap is smaller)."""
MAX_PHOTO_PIXELS = 20_000_000
"""A photo whose header states more pixels than this is refused before decoding."""
MAX_ASPECT = 8
"""A photo longer than this many times its width (or wider) is refused before decoding: a
19,000,000 x 1 strip costs seconds to decode and holds no face."""
FORMATS = ("JPEG", "PNG", "WEBP")
NEUTRAL_BACKGROUND = (192, 192, 192)
"""What transparent pixels become: the light grey of MediaPipe's own segmentation examples."""
_SIXTEEN_BIT = ("I;16", "I;16L", "I;16B", "I;16N", "I")  # Pillow's modes for 16-bit grey PNGs
_STRIP_ROWS = 256  # 16-bit and transparent images are converted this many rows at a time


class PhotoError(UserError):
    """The photo cannot be used: not an image, too large, or no face in it."""


def photo_name(source: bytes | str | Path) -> str:
    """How messages name a photo: its path, or "the photo" for bytes."""
    return str(source) if isinstance(source, (str, Path)) else "the photo"


def load_photo(source: bytes | str | Path, name: str | None = None) -> Image.Image:
    """Bytes or a path -> an upright 8-bit RGB Pillow image; PhotoError if unusable (named
    ``name``: by default the path, or "the photo" for bytes)."""
    from PIL import Image, UnidentifiedImageError

    name = photo_name(source) if name is None else name
    data = _read(source, name)
    try:
        with warnings.catch_warnings():
            # Pillow's own bomb warning (over 89 MP) becomes an error, not a line on stderr
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
        width, height = image.size
        if width * height > MAX_PHOTO_PIXELS:
            raise PhotoError(_too_many_pixels(name, width, height))
        if max(width, height) > MAX_ASPECT * min(width, height):
            raise PhotoError(
                f"{name} is {width}x{height}: no portrait is more than {MAX_ASPECT} times "
                "as long as it is wide"
            )
        image.load()  # the one decode
        _upright(image)
        return _flattened(image)
    except PhotoError:
        raise
    except UnidentifiedImageError:
        raise PhotoError(f"{name} is not an image (use JPEG, PNG or WebP)") from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError(f"{name} is too large to decode (over 20 megapixels)") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise PhotoError(f"{name} is a damaged or truncated image ({exc})") from None


def decode_photo(source: bytes | str | Path, name: str | None = None) -> np.ndarray:
    """Bytes or a path -> (H, W, 3) uint8 RGB, as ``load_photo`` (a full-size NumPy copy:
    for tests and tools; preparation works on the Pillow image)."""
    return np.asarray(load_photo(source, name))


def _read(source: bytes | str | Path, name: str) -> bytes:
    if isinstance(source, (str, Path)):
        path = Path(source)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise PhotoError(f"cannot read photo {name}: {exc.strerror or exc}") from None
        if size > MAX_PHOTO_BYTES:
            raise PhotoError(f"photo {name} is {size / 2**20:.1f} MiB; the limit is 10 MiB")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise PhotoError(f"cannot read photo {name}: {exc.strerror or exc}") from None
    else:
        data = bytes(source)
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(f"{name} is {len(data) / 2**20:.1f} MiB; the limit is 10 MiB")
    return data


def _too_many_pixels(name: str, width: int, height: int) -> str:
    return (
        f"{name} is {width}x{height} ({width * height / 1e6:.1f} megapixels); "
        f"the limit is {MAX_PHOTO_PIXELS / 1e6:g} megapixels"
    )


def _upright(image: Image.Image) -> None:
    """Applies the EXIF orientation in place; a damaged EXIF block leaves the pixels as stored
    (the photo is still usable, and Pillow's EXIF parser raises many kinds of error)."""
    from PIL import ImageOps

    try:
        ImageOps.exif_transpose(image, in_place=True)
    except Exception:  # noqa: BLE001 - untrusted metadata; see the docstring
        pass


def _flattened(image: Image.Image) -> Image.Image:
    """Any decoded mode -> 8-bit RGB; transparency composited over NEUTRAL_BACKGROUND."""
    from PIL import Image

    if image.mode in _SIXTEEN_BIT:
        image = _eight_bit(image)
    transparent = image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        "transparency" in image.info and image.mode in ("P", "L", "RGB", "1")
    )
    if not transparent:
        return image if image.mode == "RGB" else image.convert("RGB")
    flat = Image.new("RGB", image.size, NEUTRAL_BACKGROUND)
    width, height = image.size
    for top in range(0, height, _STRIP_ROWS):  # in strips: no RGBA copy of the whole photo
        strip = image.crop((0, top, width, min(height, top + _STRIP_ROWS)))
        rgba = strip.convert("RGBA")  # a palette's or colour key's transparency -> alpha
        flat.paste(rgba, (0, top), mask=rgba.getchannel("A"))  # background·(1 − a) + colour·a
    return flat


def _eight_bit(image: Image.Image) -> Image.Image:
    """A 16-bit greyscale image (0..65535) -> 8-bit "L", v·255/65535 rounded, in strips."""
    from PIL import Image

    width, height = image.size
    out = np.empty((height, width), np.uint8)
    for top in range(0, height, _STRIP_ROWS):
        bottom = min(height, top + _STRIP_ROWS)
        strip = np.asarray(image.crop((0, top, width, bottom)), dtype=np.int64)
        out[top:bottom] = (np.clip(strip, 0, 65535) + 128) // 257
    return Image.fromarray(out)
