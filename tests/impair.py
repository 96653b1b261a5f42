"""Loss and jitter injected on a mesh's media sends (aiortc keeps its ``set_loss_pattern`` in
``tests/utils.py`` the same way): production code carries no impairment, only the hook
``Mesh(..., wrap_media=...)`` that this wraps."""

from __future__ import annotations

import asyncio
import functools
import random
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from photocall.shared.peer import Link, Mesh


@dataclass(frozen=True)
class Impairment:
    """Each message is dropped with probability ``loss`` and otherwise delayed by
    uniform(0, ``jitter_ms``) ms; ``seed`` makes it repeatable."""

    loss: float = 0.0
    jitter_ms: float = 0.0
    seed: int = 0


class ImpairedSend:
    """Wraps a link's ``send(bytes) -> bool`` with an :class:`Impairment` (delays reorder
    messages, as UDP can). ``dropped``: messages it threw away."""

    def __init__(self, send: Callable[[bytes], bool], impairment: Impairment) -> None:
        self._send = send
        self._imp = impairment
        self._rng = random.Random(impairment.seed)
        self.dropped = 0

    def __call__(self, data: bytes) -> bool:
        if self._rng.random() < self._imp.loss:
            self.dropped += 1
            return True  # gone on the way, as far as the sender can tell
        delay = self._rng.uniform(0.0, self._imp.jitter_ms) / 1000.0
        if delay <= 0:
            return self._send(data)
        asyncio.get_running_loop().call_later(delay, self._send, data)
        return True


def impair_media(monkeypatch: pytest.MonkeyPatch, module: object,
                 impairment: Impairment) -> list[ImpairedSend]:  # fmt: skip
    """Every mesh ``module`` (e.g. ``photocall.sender.session``) makes from now on sends its
    media through an :class:`ImpairedSend`; returns them, one per link, as links open."""
    made: list[ImpairedSend] = []

    def wrap(link: Link, send: Callable[[bytes], bool]) -> Callable[[bytes], bool]:
        made.append(ImpairedSend(send, impairment))
        return made[-1]

    monkeypatch.setattr(module, "Mesh", functools.partial(Mesh, wrap_media=wrap))
    return made
