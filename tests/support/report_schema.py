"""The stats schema as the dataclasses define it, to check a written report against (no tests)."""

from __future__ import annotations

import dataclasses
import types
import typing

from photocall.receiver.stats import CallReport


def _dataclass_in(hint) -> type | None:
    """The dataclass in a field's type (``Mp4Report | None`` -> Mp4Report), if any."""
    if dataclasses.is_dataclass(hint):
        return hint
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        found = [a for a in typing.get_args(hint) if dataclasses.is_dataclass(a)]
        return found[0] if found else None
    return None


def check_keys(data: dict, cls: type = CallReport, where: str = "report") -> None:
    """Every key of ``cls`` (recursively, through tuples of reports) and no other is in ``data``."""
    hints = typing.get_type_hints(cls)
    expected = {f.name for f in dataclasses.fields(cls)}
    assert set(data) == expected, (where, sorted(set(data) ^ expected))
    for name in expected:
        hint, value = hints[name], data[name]
        if typing.get_origin(hint) is tuple:  # tuple[PeerReport, ...]
            inner = _dataclass_in(typing.get_args(hint)[0])
            for i, item in enumerate(value):
                check_keys(item, inner, f"{where}.{name}[{i}]")
        elif (inner := _dataclass_in(hint)) is not None and value is not None:
            check_keys(value, inner, f"{where}.{name}")
