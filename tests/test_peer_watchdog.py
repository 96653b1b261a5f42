"""Link liveness (shared/peer.py) on a fake clock: heartbeats, idle and never-opened links.

The decision is a pure function of timestamps (``check_link``), and the mesh reads the clock it is
given, so every boundary is checked to the millisecond without waiting. The real-time path (a
silent peer dropped over aiortc) is tests/test_call_robustness.py.
"""

from __future__ import annotations

import asyncio

from photocall.shared.peer import (
    CONTROL,
    MEDIA,
    Drop,
    Heartbeat,
    Link,
    Mesh,
    MeshConfig,
    check_link,
)

CONFIG = MeshConfig("ws://127.0.0.1:9/", "r", "a", idle_timeout_s=4.0, heartbeat_s=1.0,
                    open_timeout_s=20.0)
MS = 0.001


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class FakeChannel:
    """The slice of an aiortc ``RTCDataChannel`` the mesh uses."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.readyState = "open"
        self.bufferedAmount = 0
        self.handlers: dict[str, object] = {}
        self.sent: list[bytes] = []

    def on(self, event: str, handler=None):
        if handler is None:  # decorator form
            return lambda fn: self.on(event, fn)
        self.handlers[event] = handler
        return handler

    def send(self, data: bytes) -> None:
        self.sent.append(data)


class FakePeerConnection:
    closed = False

    async def close(self) -> None:
        self.closed = True


class RecordingRole:
    def __init__(self) -> None:
        self.opened: list[str] = []
        self.closed: list[tuple[str, str]] = []

    def link_open(self, link: Link) -> None:
        self.opened.append(link.remote)

    def link_message(self, link: Link, channel: str, data: bytes | str) -> None:
        pass

    def link_closed(self, link: Link, reason: str) -> None:
        self.closed.append((link.remote, reason))

    def heartbeat(self) -> bytes:
        return b"beat"


def test_a_link_that_never_opens_is_dropped_after_the_open_timeout():
    clock = FakeClock(100.0)
    link = Link("b", None, clock=clock)
    link.last_rx = 115.0  # one channel spoke, but the link never opened: the timer still runs
    assert check_link(link, 100.0 + 20.0, CONFIG) is None
    assert check_link(link, 100.0 + 20.0 + MS, CONFIG) == Drop("never connected")


def test_an_open_link_gets_heartbeats_then_is_dropped_when_nothing_arrives():
    clock = FakeClock(100.0)
    link = Link("b", None, clock=clock)
    link.is_open = True
    assert check_link(link, 101.0, CONFIG) is None  # nothing sent for exactly heartbeat_s
    assert check_link(link, 101.0 + MS, CONFIG) == Heartbeat()
    link.last_tx = 101.0
    assert check_link(link, 101.5, CONFIG) is None
    # still alive at exactly idle_timeout_s of silence (it only needs a heartbeat)...
    assert check_link(link, 104.0, CONFIG) == Heartbeat()
    # ...and dropped a millisecond later, whatever was sent
    link.last_tx = 104.0
    assert check_link(link, 104.0 + MS, CONFIG) == Drop("nothing received for 4 s")


def test_mesh_stamps_links_with_its_clock_and_acts_on_the_decision():
    clock = FakeClock(100.0)
    role = RecordingRole()
    mesh = Mesh(CONFIG, role, clock=clock)
    pc = FakePeerConnection()
    link = Link("b", pc, clock=clock)
    mesh.links["b"] = link
    control, media = FakeChannel(CONTROL), FakeChannel(MEDIA)
    mesh._watch_channel(link, control)
    mesh._watch_channel(link, media)
    assert role.opened == ["b"] and link.last_rx == 100.0

    async def main():
        clock.now = 104.0
        media.handlers["message"](b"x")  # received: the idle timer restarts here
        clock.now = 104.5
        await mesh.check_links()
        assert control.sent == [b"beat"] and link.last_tx == 104.5  # a heartbeat, stamped
        clock.now = 108.0
        await mesh.check_links()
        assert role.closed == [] and not pc.closed
        clock.now = 108.0 + MS
        await mesh.check_links()

    asyncio.run(main())
    assert role.closed == [("b", "nothing received for 4 s")]
    assert pc.closed and mesh.links == {}
