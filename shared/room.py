"""How a peer finds and joins its room: one config shared by sender, receiver and the mesh."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_SIGNAL = "ws://127.0.0.1:8765/"


@dataclass(frozen=True)
class IceServer:
    """One STUN or TURN server, as ``RTCIceServer`` takes it (``shared/ice.py`` parses the
    command line's form). url: ``stun:HOST:PORT``, ``turn:HOST:PORT?transport=udp|tcp`` or
    ``turns:HOST:PORT?transport=tcp``, without credentials. username / credential: TURN's
    (static, or coturn's time-limited ``EXPIRY:USER`` and its HMAC); None for STUN."""

    url: str
    username: str | None = None
    credential: str | None = field(default=None, repr=False)  # kept out of logs

    @property
    def is_turn(self) -> bool:
        return self.url.startswith("turn")


@dataclass(frozen=True)
class RoomConfig:
    """signal_url: the signaling server (ws:// or wss://). room: the room to join. peer_id: this
    peer's id in the room (None: a random one, chosen by the session). token: a join token, for
    a server with a secret. name: the display name other peers see (in its Hello).
    ice_servers: the STUN/TURN servers (none by default, so nothing outside is contacted).
    sfu_url: None for a mesh (every peer connects to every other through the signaling server);
    an SFU's URL to send and receive through it instead (``shared/sfu.py``)."""

    signal_url: str = DEFAULT_SIGNAL
    room: str = "default"
    peer_id: str | None = None
    token: str | None = None
    name: str = "photocall"
    ice_servers: tuple[IceServer, ...] = ()
    sfu_url: str | None = None  # an SFU's API (Janus: ws://HOST:8188/): publish/subscribe there


def check_url(url: str) -> None:
    """Raise ValueError saying what is wrong unless ``url`` is a ws:// or wss:// URL with a host.

    The message reads after the name of what held the URL: "--signal " + str(exc).
    """
    from websockets.exceptions import InvalidURI
    from websockets.uri import parse_uri

    if not url.lower().startswith(("ws://", "wss://")):
        raise ValueError(f"must be a ws:// or wss:// URL, got {url!r}")
    try:
        parse_uri(url)
    except InvalidURI as exc:
        raise ValueError(f"is not a valid URL: {url!r} ({exc.msg})") from None
    except ValueError as exc:  # urllib's: a bad port or IPv6 address
        raise ValueError(f"is not a valid URL: {url!r} ({exc})") from None
