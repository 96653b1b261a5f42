"""Which peer's photo is prepared next (sans-I/O: ``now`` in seconds is passed in).

Preparing a photo takes a worker for hundreds of ms, so one peer must not be able to keep it
busy. Each peer has at most one photo waiting (a newer one replaces it: the newest wins), at most
``per_minute`` photos are taken from a peer in any minute (more are refused), and peers are served
in the order they started waiting: a peer that sends photo after photo waits its turn behind
every other peer each time, so another peer's photo waits for at most one preparation per peer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from photocall.shared.budget import RecentTimes

MAX_REMEMBERED_PEERS = 1024


class Offered(StrEnum):
    QUEUED = "queued"
    SUPERSEDED = "superseded"  # queued; it replaced this peer's photo that was still waiting
    REFUSED = "refused"  # over per_minute: not taken


@dataclass(frozen=True)
class PhotoQueueConfig:
    """per_minute: photos taken from one peer in any 60 s."""

    per_minute: int = 4


class PhotoQueue:
    def __init__(self, config: PhotoQueueConfig | None = None) -> None:
        self.config = config or PhotoQueueConfig()
        self._waiting: dict[str, bytes] = {}  # in the order peers started waiting
        self._taken: dict[str, RecentTimes] = {}

    def __len__(self) -> int:
        return len(self._waiting)

    def offer(self, peer: str, photo: bytes, now: float) -> Offered:
        taken = self._taken.pop(peer, None) or RecentTimes(self.config.per_minute, 60.0)
        self._taken[peer] = taken  # re-inserted: the oldest used is forgotten first
        while len(self._taken) > MAX_REMEMBERED_PEERS:
            del self._taken[next(iter(self._taken))]
        if not taken.allow(now):
            return Offered.REFUSED
        superseded = peer in self._waiting
        self._waiting[peer] = photo  # a replaced photo keeps its peer's place in line
        return Offered.SUPERSEDED if superseded else Offered.QUEUED

    def next(self) -> tuple[str, bytes] | None:
        """The photo to prepare now (and its peer), first in line first."""
        if not self._waiting:
            return None
        peer = next(iter(self._waiting))
        return peer, self._waiting.pop(peer)

    def forget(self, peer: str) -> None:
        """``peer`` left: its waiting photo is not prepared."""
        self._waiting.pop(peer, None)
