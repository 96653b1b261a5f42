"""Photos that a careless or hostile peer sends: 16-bit grey, transparent, palette and CMYK
portraits prepare like their plain 8-bit RGB versions; a header that states too many pixels is
refused before anything is decoded; a 20-megapixel photo whose face fills the frame prepares
within a memory budget (measured in a fresh interpreter: RSS, not Python's allocations)."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFile

from photocall.benchmarks.photo import (
    FACE_BOX_OBAMA,
    face_filling_jpeg,
    legacy_crop_filled,
    measure_in_subprocess,
    single_colour_png,
)
from photocall.receiver.render import PhotoError, prepare_photo
from photocall.receiver.render.border import crop_filled
from photocall.shared.photo_decode import NEUTRAL_BACKGROUND, decode_photo

PHOTOS = Path(__file__).parent / "data" / "photos"
MEMORY_BUDGET_MIB = 250  # the old preparation rose 1,036 MiB on the face-filling photo


def _encode(image: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


@pytest.fixture(scope="module")
def obama() -> np.ndarray:
    return decode_photo(PHOTOS / "obama.jpg")


@pytest.fixture(scope="module")
def transparency(obama: np.ndarray) -> np.ndarray:
    """(H, W) uint8 alpha: the curtains left and right of the person transparent, a 16-pixel
    soft edge, the person opaque."""
    columns = np.arange(obama.shape[1], dtype=np.float64)
    ramp = np.minimum((columns - 230) / 16, (780 - columns) / 16)
    return np.repeat(np.round(np.clip(ramp, 0, 1) * 255).astype(np.uint8)[None], obama.shape[0], 0)


def _over_neutral(rgb: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """What compositing must give: the colour over NEUTRAL_BACKGROUND by alpha."""
    a = alpha[..., None].astype(np.float64) / 255
    return np.round(rgb * a + np.array(NEUTRAL_BACKGROUND) * (1 - a)).astype(np.uint8)


def _garbage_under(rgb: np.ndarray, alpha: np.ndarray, seed: int = 0) -> np.ndarray:
    """``rgb`` with random colours where it is fully transparent (a plain conversion shows them)."""
    hidden = rgb.copy()
    rng = np.random.default_rng(seed)
    hidden[alpha == 0] = rng.integers(0, 256, (int((alpha == 0).sum()), 3), dtype=np.uint8)
    return hidden


# -- flavours -----------------------------------------------------------------------------------


def test_a_16_bit_grey_png_prepares_like_its_8_bit_version(obama):
    rng = np.random.default_rng(1)
    luma = obama.astype(np.float64) @ np.array([0.299, 0.587, 0.114])
    # 16 bits with detail below an 8-bit step, as a scanner or raw converter writes them
    deep = np.clip(np.round(luma * 257 + rng.uniform(-120, 120, luma.shape)), 0, 65535)
    grey16 = _encode(Image.fromarray(deep.astype(np.uint16)))
    grey8 = _encode(Image.fromarray(np.round(deep / 257).astype(np.uint8)))
    assert Image.open(io.BytesIO(grey16)).mode.startswith("I")  # really a 16-bit image
    assert np.array_equal(decode_photo(grey16), decode_photo(grey8))
    deep_prepared, plain = prepare_photo(grey16, 256), prepare_photo(grey8, 256)
    assert np.array_equal(deep_prepared.image, plain.image)
    assert np.abs(deep_prepared.landmarks - plain.landmarks).max() < 1e-3


@pytest.mark.parametrize("flavour", ["rgba_png", "rgba_webp", "grey_alpha_png"])
def test_transparent_pixels_are_composited_on_the_neutral_background(obama, transparency, flavour):
    hidden = _garbage_under(obama, transparency)
    if flavour == "grey_alpha_png":
        grey = np.asarray(Image.fromarray(obama).convert("L"))
        data = _encode(Image.fromarray(np.dstack([grey, transparency]), "LA"))
        visible = np.repeat(grey[..., None], 3, -1)
    else:
        rgba = Image.fromarray(np.dstack([hidden, transparency]), "RGBA")
        webp = {"lossless": True, "exact": True}  # exact: libwebp keeps the hidden colours
        data = _encode(rgba, "WEBP", **webp) if flavour == "rgba_webp" else _encode(rgba)
        visible = obama
    expected = _over_neutral(visible, transparency)
    decoded = decode_photo(data)
    assert np.abs(decoded.astype(int) - expected).max() <= 1
    assert np.all(decoded[transparency == 0] == NEUTRAL_BACKGROUND)  # no hidden colour shows
    if flavour == "rgba_png":  # the others decode to the same pixels (within 1 level)
        prepared = prepare_photo(data, 256)
        reference = prepare_photo(_encode(Image.fromarray(expected)), 256)
        assert np.abs(np.array(prepared.crop) - reference.crop).max() < 1.0
        assert np.abs(prepared.image.astype(int) - reference.image).mean() < 0.5


def test_a_palette_with_a_transparent_entry_is_composited(obama, transparency):
    palette = Image.fromarray(obama).quantize(255)  # entries 0-254; 255: hidden, transparent
    indices = np.asarray(palette).copy()
    indices[transparency < 128] = 255
    colours = palette.getpalette()[: 255 * 3] + [250, 0, 250]
    image = Image.fromarray(indices, "P")
    image.putpalette(colours)
    decoded = decode_photo(_encode(image, transparency=255))
    assert np.all(decoded[transparency < 128] == NEUTRAL_BACKGROUND)
    shown = transparency >= 128
    assert np.abs(decoded[shown].astype(int) - obama[shown]).mean() < 8  # the palette's error
    assert prepare_photo(_encode(image, transparency=255), 256).size == 256


def test_a_cmyk_jpeg_decodes_like_its_rgb_version(obama):
    cmyk = _encode(Image.fromarray(obama).convert("CMYK"), "JPEG", quality=95)
    assert Image.open(io.BytesIO(cmyk)).mode == "CMYK"
    assert np.abs(decode_photo(cmyk).astype(int) - obama).mean() < 3


def test_a_damaged_exif_block_keeps_the_photo(obama):
    data = _encode(Image.fromarray(obama[:200, :200]), "JPEG", exif=b"Exif\x00\x00II*\x00\xff")
    assert decode_photo(data).shape == (200, 200, 3)


def test_other_formats_are_not_decoded(obama):
    with pytest.raises(PhotoError, match="not an image"):
        decode_photo(_encode(Image.fromarray(obama[:64, :64]), "BMP"))


# -- bombs: refused from the header -------------------------------------------------------------


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header states ``width`` x ``height`` and whose data is 100 zero bytes."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(100))) + chunk(b"IEND", b""))  # fmt: skip


def _jpeg_stating(width: int, height: int) -> bytes:
    """A real 64 x 64 JPEG whose frame header (SOF0) is edited to state ``width`` x ``height``."""
    data = bytearray(_encode(Image.new("RGB", (64, 64), (90, 120, 150)), "JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


@pytest.mark.parametrize(
    "data, stated",
    [
        (_png_header_only(6000, 4000), "24.0 megapixels"),
        (_png_header_only(30_000, 30_000), "too large"),  # past Pillow's own bomb limit too
        (_jpeg_stating(6000, 4000), "24.0 megapixels"),
        (_png_header_only(19_000_000, 1), "more than 8 times"),  # 2.5 s to decode and resize
    ],
)
def test_a_header_stating_too_many_pixels_is_refused_before_decoding(monkeypatch, data, stated):
    decoded = []
    monkeypatch.setattr(ImageFile.ImageFile, "load", lambda self: decoded.append(self))
    with pytest.raises(PhotoError, match=stated):
        prepare_photo(data, 256, name="the photo from peer mallory")
    assert decoded == []  # nothing decoded
    with pytest.raises(PhotoError, match="peer mallory"):  # the caller names the photo
        prepare_photo(data, 256, name="the photo from peer mallory")


# -- 20 megapixels ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "box", [(-100.0, -80.0, 200.0), (-5.0, 20.0, 60.0), (25.0, 35.0, 50.0), (10.0, 5.0, 20.0)]
)
def test_a_crop_of_a_small_photo_reads_the_same_pixels_as_the_whole_photo_padded(box):
    # no reduction at this scale: the part the crop reads, mirrored (several times over where
    # the crop reaches past a whole photo width), gives the old crop exactly
    rgb = np.random.default_rng(0).integers(0, 256, (40, 30, 3), dtype=np.uint8)
    assert np.array_equal(crop_filled(rgb, box, 64), legacy_crop_filled(rgb, box, 64))


def test_a_crop_past_the_border_of_a_large_photo_matches_the_whole_photo_padded():
    # the reduce-first path against the old one (the whole photo mirror-padded), on a photo
    # small enough for the old one: 4 x obama's face, a square crop far past every border
    with Image.open(PHOTOS / "obama.jpg") as photo:
        face = photo.convert("RGB").crop(FACE_BOX_OBAMA)
    rgb = np.asarray(face.resize((1280, 1600), Image.Resampling.BICUBIC))
    box = (-900.0, -600.0, 3100.0)
    now, old = crop_filled(rgb, box, 384), legacy_crop_filled(rgb, box, 384)
    inside = (slice(int(600 / 3100 * 384) + 2, int(2200 / 3100 * 384) - 2),
              slice(int(900 / 3100 * 384) + 2, int(2180 / 3100 * 384) - 2))  # fmt: skip
    assert np.abs(now[inside].astype(int) - old[inside]).mean() < 1.0
    assert np.abs(now.astype(int) - old).mean() < 2.0  # the blurred mirror, within a pixel


def test_a_20_megapixel_face_filling_photo_prepares_like_the_small_one():
    with Image.open(PHOTOS / "obama.jpg") as photo:
        small = _encode(photo.convert("RGB").crop(FACE_BOX_OBAMA))
    big, reference = prepare_photo(face_filling_jpeg(), 256), prepare_photo(small, 256)
    assert big.source_size == (4000, 5000)
    scale = 4000 / (FACE_BOX_OBAMA[2] - FACE_BOX_OBAMA[0])
    assert np.abs(np.array(big.crop) / scale - reference.crop).max() < 3.0  # small-photo pixels
    assert np.median(np.abs(big.landmarks[:, :2] - reference.landmarks[:, :2])) < 2.0
    assert np.abs(big.image.astype(int) - reference.image).mean() < 6.0  # JPEG and upscaling


def test_20_megapixel_photos_prepare_within_the_memory_budget():
    measured = measure_in_subprocess(
        {"face": face_filling_jpeg(), "one_colour": single_colour_png()}, repeats=1
    )
    assert measured["face"]["outcome"] == "prepared"
    assert measured["one_colour"]["outcome"].startswith("refused: no face")
    for name, figures in measured.items():
        assert figures["peak_rss_rise_mib"] < MEMORY_BUDGET_MIB, (name, figures)
