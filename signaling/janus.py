"""A Janus VideoRoom client over Janus's WebSocket API (``ws://HOST:8188/``, subprotocol
``janus-protocol``): the SFU signaling ``shared/sfu.py`` is given (``SfuSignaling``).

One Janus session per peer; handles in it:

* the *presence* handle joins the room as a participant (``ptype: publisher``). A sender
  publishes on it (data channels only); a receiver never publishes: it is an attendee, so it
  hears about publishers coming and going, and the senders hear about it.
* one *subscriber* handle per publisher a receiver takes (Janus offers, we answer).

Rooms are numbers (Janus's default ``string_ids = false``). A room that does not exist is
created with room for 100 publishers.

How a receiver tells senders it is ready for their photo: Janus relays nothing from a
subscriber to a publisher, so a receiver announces itself by setting its display name on the
presence handle (``configure``); Janus tells every participant (``{"id", "display"}``), and a
sender treats that as :class:`AudienceReady`. See ``shared/sfu.py`` for why.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
from typing import Any

from websockets.asyncio.client import ClientConnection
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from photocall.shared.errors import UserError
from photocall.shared.logs import escape
from photocall.shared.sfu import (
    AudienceReady,
    FeedJoined,
    FeedLeft,
    SfuEvent,
    SfuSubscription,
    room_number,
)

log = logging.getLogger(__name__)

VIDEOROOM = "janus.plugin.videoroom"
KEEPALIVE_S = 20.0  # Janus drops a session after 60 s without a request
REQUEST_TIMEOUT_S = 10.0
ROOM_EXISTS = 427  # JANUS_VIDEOROOM_ERROR_ROOM_EXISTS
MAX_EVENTS = 1024  # events not yet taken (a busy room cannot grow this without bound)


class JanusError(UserError):
    """Janus refused a request or could not be reached (the message says which)."""


class JanusClient:
    """``JanusClient(url, room, name)``: see the module docstring. ``connect()`` joins the room
    and returns the publishers already there; iteration yields what happens next."""

    def __init__(self, url: str, room: str, name: str) -> None:
        self.url = url
        self.room = room_number(room)
        self.name = name
        self.own_id: int | None = None  # our participant id in the room
        self._ws: ClientConnection | None = None
        self._session: int | None = None
        self._presence: int | None = None
        self._ids = itertools.count(1)
        self._waiting: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._acked: set[str] = set()  # transactions whose answer is the ack (keepalive)
        self._events: asyncio.Queue[SfuEvent | None] = asyncio.Queue(MAX_EVENTS)
        self._handles: dict[int, str] = {}  # subscriber handle -> its feed
        self._tasks: list[asyncio.Task[None]] = []
        self._announcements = itertools.count(1)
        self._closed = False

    # --- the SfuSignaling protocol -----------------------------------------------------------

    async def connect(self) -> list[FeedJoined]:
        try:
            self._ws = await ws_connect(
                self.url,
                subprotocols=["janus-protocol"],  # type: ignore[list-item]
                open_timeout=REQUEST_TIMEOUT_S,
                max_size=2**20,
            )
        except (OSError, InvalidHandshake, TimeoutError) as exc:
            raise JanusError(f"cannot reach Janus at {self.url}: {exc}") from None
        self._tasks.append(asyncio.create_task(self._read_loop()))
        self._session = (await self._request({"janus": "create"}))["data"]["id"]
        self._tasks.append(asyncio.create_task(self._keepalive()))
        self._presence = await self._attach()
        await self._ensure_room()
        joined = await self._message(self._presence, {
            "request": "join", "ptype": "publisher", "room": self.room, "display": self.name,
        })  # fmt: skip
        data = _plugin_data(joined)
        if data.get("videoroom") != "joined":
            raise JanusError(f"Janus did not let us join room {self.room}: {_describe(data)}")
        self.own_id = data.get("id")
        return _feeds(data.get("publishers"))

    async def publish(self, offer_sdp: str) -> str:
        """Publish data channels on the presence handle; Janus's answer SDP."""
        assert self._presence is not None
        reply = await self._message(self._presence, {"request": "publish", "data": True},
                                    {"type": "offer", "sdp": offer_sdp})  # fmt: skip
        return _jsep(reply, "answer")

    async def subscribe(self, feed: str) -> SfuSubscription:
        """A subscriber handle for ``feed``: Janus's offer; ``start`` takes our answer."""
        handle = await self._attach()
        self._handles[handle] = feed
        reply = await self._message(handle, {"request": "join", "ptype": "subscriber",
                                             "room": self.room, "streams": [{"feed": int(feed)}]})  # fmt: skip
        offer = _jsep(reply, "offer")

        async def start(answer_sdp: str) -> None:
            await self._message(handle, {"request": "start"}, {"type": "answer", "sdp": answer_sdp})

        async def stop() -> None:
            self._handles.pop(handle, None)
            with contextlib.suppress(JanusError, ConnectionClosed):
                await self._request({"janus": "detach", "handle_id": handle})

        return SfuSubscription(feed, offer, start, stop)

    async def announce(self) -> None:
        """Tell the publishers this participant is ready (a display update: see the docstring)."""
        assert self._presence is not None
        # The display changes every time so it reads as news; the name stays first.
        display = f"{self.name} #{next(self._announcements)}"
        await self._message(self._presence, {"request": "configure", "display": display})

    def __aiter__(self) -> JanusClient:
        return self

    async def __anext__(self) -> SfuEvent:
        event = await self._events.get()
        if event is None:
            self._events.put_nowait(None)  # later readers end too
            raise StopAsyncIteration
        return event

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._ws is not None and self._session is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._request({"janus": "destroy"}), 2.0)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._ws is not None:
            await self._ws.close()
        self._end_events()

    # --- requests ----------------------------------------------------------------------------

    async def _attach(self) -> int:
        return (await self._request({"janus": "attach", "plugin": VIDEOROOM}))["data"]["id"]

    async def _ensure_room(self) -> None:
        assert self._presence is not None
        exists = await self._message(self._presence, {"request": "exists", "room": self.room})
        if _plugin_data(exists).get("exists") is True:
            return
        reply = await self._message(self._presence, {
            "request": "create", "room": self.room, "publishers": 100,
            "description": f"photocall {self.room}",
        })  # fmt: skip
        data = _plugin_data(reply)
        if data.get("videoroom") == "created":
            log.info("created Janus room %d", self.room)
        elif data.get("error_code") != ROOM_EXISTS:
            raise JanusError(f"Janus would not create room {self.room}: {_describe(data)}")

    async def _message(self, handle: int, body: dict[str, Any],
                       jsep: dict[str, str] | None = None) -> dict[str, Any]:  # fmt: skip
        """A plugin request; its reply (a synchronous ``success`` or the event after the ack)."""
        request: dict[str, Any] = {"janus": "message", "handle_id": handle, "body": body}
        if jsep is not None:
            request["jsep"] = jsep
        reply = await self._request(request)
        if _plugin_data(reply).get("videoroom") == "event" and "error" in _plugin_data(reply):
            data = _plugin_data(reply)
            if data.get("error_code") == ROOM_EXISTS:
                return reply  # _ensure_room reads it
            raise JanusError(f"Janus refused {body.get('request')}: {_describe(data)}")
        return reply

    async def _request(self, request: dict[str, Any]) -> dict[str, Any]:
        if self._ws is None:
            raise JanusError("not connected to Janus")
        transaction = f"t{next(self._ids)}"
        request = {**request, "transaction": transaction}
        if self._session is not None and request["janus"] != "create":
            request["session_id"] = self._session
        reply = asyncio.get_running_loop().create_future()
        self._waiting[transaction] = reply
        if request["janus"] == "keepalive":
            self._acked.add(transaction)
        try:
            await self._ws.send(json.dumps(request))
            result = await asyncio.wait_for(reply, REQUEST_TIMEOUT_S)
        except ConnectionClosed:
            raise JanusError(f"Janus at {self.url} closed the connection") from None
        except TimeoutError:
            raise JanusError(f"Janus did not answer {request['janus']} within "
                             f"{REQUEST_TIMEOUT_S:g} s") from None  # fmt: skip
        finally:
            self._waiting.pop(transaction, None)
            self._acked.discard(transaction)
        if result.get("janus") == "error":
            error = result.get("error", {})
            raise JanusError(f"Janus refused {request['janus']}: {error.get('reason', error)}")
        return result

    # --- what Janus sends --------------------------------------------------------------------

    async def _read_loop(self) -> None:
        assert self._ws is not None
        try:
            async for raw in self._ws:
                try:
                    message = json.loads(raw)
                except ValueError:
                    log.warning("Janus sent something that is not JSON; ignored")
                    continue
                if isinstance(message, dict):
                    self._dispatch(message)
        except ConnectionClosed:
            pass
        finally:
            for waiting in self._waiting.values():
                if not waiting.done():
                    waiting.set_exception(ConnectionClosed(None, None))
            if not self._closed:
                log.warning("the connection to Janus at %s ended", self.url)
            self._end_events()

    def _dispatch(self, message: dict[str, Any]) -> None:
        kind = message.get("janus")
        transaction = message.get("transaction")
        waiting = self._waiting.get(transaction) if isinstance(transaction, str) else None
        if kind == "ack" and waiting is not None and transaction not in self._acked:
            return  # the event with the same transaction follows
        if waiting is not None and not waiting.done() and kind in ("success", "error", "event",
                                                                  "ack"):  # fmt: skip
            waiting.set_result(message)
            return
        if kind == "event" and message.get("sender") == self._presence:
            self._room_event(_plugin_data(message))
        elif kind in ("hangup", "detached") and message.get("sender") in self._handles:
            self._put(FeedLeft(self._handles[message["sender"]]))

    def _room_event(self, data: dict[str, Any]) -> None:
        for feed in _feeds(data.get("publishers")):
            self._put(feed)
        for key in ("unpublished", "leaving"):
            gone = data.get(key)
            if isinstance(gone, int) and not isinstance(gone, bool) and gone != self.own_id:
                self._put(FeedLeft(str(gone)))
        if "display" in data and "id" in data and data.get("id") != self.own_id:
            self._put(AudienceReady(str(data["id"])))

    def _put(self, event: SfuEvent) -> None:
        try:
            self._events.put_nowait(event)
        except asyncio.QueueFull:
            log.warning("too many Janus events waiting; dropped %s", type(event).__name__)

    def _end_events(self) -> None:
        with contextlib.suppress(asyncio.QueueFull):
            self._events.put_nowait(None)

    async def _keepalive(self) -> None:
        while True:
            await asyncio.sleep(KEEPALIVE_S)
            try:
                await self._request({"janus": "keepalive"})
            except JanusError as exc:
                log.warning("Janus keepalive failed: %s", exc)
                return


def _plugin_data(message: dict[str, Any]) -> dict[str, Any]:
    data = message.get("plugindata", {}).get("data", {})
    return data if isinstance(data, dict) else {}


def _jsep(reply: dict[str, Any], kind: str) -> str:
    jsep = reply.get("jsep")
    if (
        not isinstance(jsep, dict)
        or jsep.get("type") != kind
        or not isinstance(jsep.get("sdp"), str)
    ):
        raise JanusError(f"Janus sent no {kind}: {_describe(_plugin_data(reply))}")
    return jsep["sdp"]


def _feeds(publishers: Any) -> list[FeedJoined]:
    """The publishers in a ``joined`` reply or a ``publishers`` event."""
    if not isinstance(publishers, list):
        return []
    feeds = []
    for p in publishers:
        if isinstance(p, dict) and isinstance(p.get("id"), int):
            display = p.get("display")
            feeds.append(
                FeedJoined(str(p["id"]), escape(display if isinstance(display, str) else "", 64))
            )
    return feeds


def _describe(data: dict[str, Any]) -> str:
    return escape(str(data.get("error") or data), 200)
