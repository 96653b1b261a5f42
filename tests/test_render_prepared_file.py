"""A prepared photo saved as .npz reads back field for field; bad files are one-line errors."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from photocall.receiver.render.prepared_file import load_prepared, save_prepared
from photocall.shared.errors import UserError


def test_round_trip_keeps_every_field_and_its_type(prepared, tmp_path):
    loaded = load_prepared(save_prepared(prepared, tmp_path / "p.npz"))
    for field in dataclasses.fields(prepared):
        want, got = getattr(prepared, field.name), getattr(loaded, field.name)
        assert type(got) is type(want), field.name
        if isinstance(want, np.ndarray):
            assert got.dtype == want.dtype and np.array_equal(got, want), field.name
        else:
            assert got == want, field.name
    assert loaded.size == 256


def test_missing_file_names_it(tmp_path):
    with pytest.raises(UserError, match=r"nothere\.npz: no such prepared photo"):
        load_prepared(tmp_path / "nothere.npz")


def test_not_an_npz_names_the_file(tmp_path):
    path = tmp_path / "photo.npz"
    path.write_bytes(b"\xff\xd8 a jpeg, say")
    with pytest.raises(UserError, match=r"photo\.npz: not a prepared photo"):
        load_prepared(path)


def test_a_plain_npz_is_refused(tmp_path):
    path = tmp_path / "plain.npz"
    np.savez(path, image=np.zeros((2, 2, 3), np.uint8))
    with pytest.raises(UserError, match=r"plain\.npz: not a prepared photo"):
        load_prepared(path)


def test_a_file_from_older_code_names_the_missing_field(prepared, tmp_path):
    path = save_prepared(prepared, tmp_path / "old.npz")
    with np.load(path) as data:
        stored = {name: data[name] for name in data.files}
    kinds = str(stored["__kinds__"]).replace('"landmarks": "array", ', "")
    stored["__kinds__"] = np.array(kinds)
    del stored["landmarks"]
    np.savez(path, **stored)
    with pytest.raises(UserError, match=r"old\.npz: prepared by older code, it lacks landmarks"):
        load_prepared(path)
