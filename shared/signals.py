"""What the mesh exchanges through the signaling server, as types (no I/O).

Room events arrive from the signaling server (``signaling/messages.py`` parses the server's JSON
into these; ``signaling/client.py`` adds :class:`Reconnected`). A :class:`Signal` carries the
JSON object one peer relays to another; the mesh reads it with :func:`parse_signal` and writes
its own with :func:`signal_json`. These payloads are what ``web/src/mesh.js`` sends and expects::

    {"type": "offer", "sdp": str}
    {"type": "answer", "sdp": str}
    {"type": "candidate", "candidate": str, "sdpMid": str | null, "sdpMLineIndex": int | null}

aiortc gathers ICE candidates before it makes the SDP, so a Python peer sends no candidates; a
browser's trickled ones are accepted. An empty ``candidate`` (end of candidates) and unknown
``type`` values are ignored, for forward compatibility; anything else malformed raises
:class:`SignalError`.

:class:`Signaling` is the slice of a signaling client the mesh needs; ``shared/`` defines it so
that it depends on no signaling code (``signaling.client.SignalingClient`` implements it).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

# --- room events (server -> client) --------------------------------------------------------------


@dataclass(frozen=True)
class PeerJoined:
    peer: str


@dataclass(frozen=True)
class PeerLeft:
    peer: str


@dataclass(frozen=True)
class Signal:
    """``data`` relayed from peer ``sender`` (``"from"`` on the wire)."""

    sender: str
    data: dict[str, Any]


@dataclass(frozen=True)
class ServerError:
    code: str
    message: str


@dataclass(frozen=True)
class Reconnected:
    """The connection was lost and re-established; ``peers`` are in the room now.

    Peers that rejoin after us arrive as PeerJoined. A WebRTC connection that is already up
    does not need the signaling server, so a peer may ignore these for peers it is talking to.
    """

    peers: tuple[str, ...]


RoomEvent = PeerJoined | PeerLeft | Signal | ServerError | Reconnected


class Signaling(Protocol):
    """A joined room: ``connect()`` returns the peers already there, iteration yields what
    happens next until the connection ends for good."""

    async def connect(self) -> list[str]: ...
    async def send(self, to: str, data: dict[str, Any]) -> None: ...
    def __aiter__(self) -> AsyncIterator[RoomEvent]: ...
    async def close(self) -> None: ...


SignalingFactory = Callable[[str, str, str, str | None], Signaling]
"""``(url, room, peer_id, token) -> Signaling``: ``SignalingClient`` itself fits."""


# --- the payloads peers relay to each other ------------------------------------------------------


class SignalError(ValueError):
    """A relayed payload the mesh cannot use (the message says what is wrong)."""


@dataclass(frozen=True)
class Offer:
    sdp: str


@dataclass(frozen=True)
class Answer:
    sdp: str


@dataclass(frozen=True)
class Candidate:
    """A trickled ICE candidate, as a browser's ``RTCIceCandidate.toJSON()`` gives it.
    ``candidate``: the SDP attribute value (``"candidate:..."``)."""

    candidate: str
    sdp_mid: str | None = None
    sdp_mline_index: int | None = None


SignalMessage = Offer | Answer | Candidate


def parse_signal(data: Mapping[str, Any]) -> SignalMessage | None:
    """The typed payload; None for one to ignore (unknown type, end of candidates)."""
    kind = data.get("type")
    if kind in ("offer", "answer"):
        sdp = data.get("sdp")
        if not isinstance(sdp, str) or not sdp:
            raise SignalError(f"{kind} without an 'sdp' string")
        return Offer(sdp) if kind == "offer" else Answer(sdp)
    if kind == "candidate":
        candidate = data.get("candidate")
        if candidate is None or candidate == "":
            return None
        mid, index = data.get("sdpMid"), data.get("sdpMLineIndex")
        if not isinstance(candidate, str):
            raise SignalError("candidate: 'candidate' must be a string")
        if mid is not None and not isinstance(mid, str):
            raise SignalError("candidate: 'sdpMid' must be a string or null")
        if index is not None and (isinstance(index, bool) or not isinstance(index, int)):
            raise SignalError("candidate: 'sdpMLineIndex' must be an integer or null")
        return Candidate(candidate, mid, index)
    return None


def signal_json(message: SignalMessage) -> dict[str, Any]:
    """The JSON object for ``message``, keys in the order a browser writes them."""
    match message:
        case Offer(sdp):
            return {"type": "offer", "sdp": sdp}
        case Answer(sdp):
            return {"type": "answer", "sdp": sdp}
        case Candidate(candidate, mid, index):
            return {"type": "candidate", "candidate": candidate, "sdpMid": mid,
                    "sdpMLineIndex": index}  # fmt: skip
