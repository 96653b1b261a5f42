"""A photo's landmarks inside its JPEG (shared/photo_landmarks.py): the segment's bytes rebuilt
with struct from PROTOCOL.md, beside the golden file the page's encoder is tested against; bad
segments read as None, never an exception; and a photo that carries them is prepared with them
(no landmarker runs)."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photocall.shared import photo_landmarks
from photocall.shared.photo_landmarks import MAGIC, embed_landmarks, read_landmarks, segment

GOLDEN = Path(__file__).parent / "golden" / "photo_landmarks_segment.bin"


def golden_points() -> np.ndarray:
    i = np.arange(478, dtype=np.float32)[:, None]
    return np.concatenate([i / 2, i / 4 + 0.125, -i / 64], axis=1)


def jpeg(width: int = 64, height: int = 48) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (120, 90, 60)).save(out, format="JPEG")
    return out.getvalue()


def test_segment_layout_is_pinned():
    points = golden_points()
    payload = b"photocall-landmarks\x00" + struct.pack("<BH", 1, 478)
    payload += b"".join(struct.pack("<3f", *p) for p in points)
    want = b"\xff\xeb" + struct.pack(">H", len(payload) + 2) + payload
    assert segment(points) == want == GOLDEN.read_bytes()


def test_embedded_landmarks_read_back_and_the_photo_still_decodes():
    points = golden_points() * np.float32(0.1)
    photo = embed_landmarks(jpeg(), points)
    assert Image.open(io.BytesIO(photo)).size == (64, 48)  # decoders skip the segment
    np.testing.assert_array_equal(read_landmarks(photo, (64, 48)), points)
    assert read_landmarks(jpeg()) is None


@pytest.mark.parametrize("spoil", ["truncated", "version", "count", "nan", "outside", "png", "length"])
def test_bad_segments_read_as_none(spoil):
    points = golden_points() * np.float32(0.1)
    photo = bytearray(embed_landmarks(jpeg(), points))
    body = 2 + 4  # the payload's first byte
    if spoil == "truncated":
        photo = photo[: body + 100]
    elif spoil == "version":
        photo[body + len(MAGIC)] = 2
    elif spoil == "count":
        photo[body + len(MAGIC) + 1] = 7
    elif spoil == "nan":
        photo[body + len(MAGIC) + 3: body + len(MAGIC) + 7] = struct.pack("<f", float("nan"))
    elif spoil == "outside":
        photo = bytearray(embed_landmarks(jpeg(), points + np.float32(1000)))
    elif spoil == "png":
        photo = bytearray(b"\x89PNG\r\n\x1a\n" + bytes(photo[2:]))
    elif spoil == "length":
        photo[4:6] = struct.pack(">H", 1)
    assert read_landmarks(bytes(photo), (64, 48)) is None


def test_any_bytes_read_as_landmarks_or_none():
    rng = np.random.default_rng(5)
    base = embed_landmarks(jpeg(), golden_points() * np.float32(0.1))
    for _ in range(300):
        photo = bytearray(base)
        for at in rng.integers(0, 200, size=rng.integers(1, 6)):
            photo[at] = int(rng.integers(0, 256))
        got = read_landmarks(bytes(photo[: rng.integers(2, len(photo) + 1)]), (64, 48))
        assert got is None or (got.shape == (478, 3) and np.isfinite(got).all())


def test_a_photo_with_landmarks_is_prepared_with_them(prepared, monkeypatch):
    """The bundled portrait's prepared crop, as a JPEG carrying its landmarks moved 6 px right:
    prepare_photo runs no landmarker and frames the face by the given points."""
    from photocall.receiver.render import photo as photo_module
    from photocall.receiver.render.photo import crop_box, prepare_photo

    def no_landmarker():
        raise AssertionError("the landmarker ran although the photo carries landmarks")

    monkeypatch.setattr(photo_module, "default_landmarker", no_landmarker)
    out = io.BytesIO()
    Image.fromarray(prepared.image).save(out, format="JPEG", quality=95)
    given = prepared.landmarks + np.array([6, 0, 0], np.float32)
    again = prepare_photo(embed_landmarks(out.getvalue(), given), 256)
    x0, y0, side = crop_box(given)
    k = 256 / again.crop[2]
    np.testing.assert_allclose(again.landmarks, (given - [again.crop[0], again.crop[1], 0]) * [k, k, k], atol=1e-3)
    assert abs(again.crop[0] - x0) < 0.15 * side  # fit_crop may shift it into the photo
    assert photo_landmarks.GivenLandmarks(given, 256).detect(np.zeros((128, 128, 3)))[0][5, 0] == given[5, 0] / 2
