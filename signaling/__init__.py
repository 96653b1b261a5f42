"""Signaling: rooms, tokens and the SDP relay that lets peers find each other.

- ``messages``: the public JSON schema (browsers speak it too), parsed into typed messages.
- ``rooms``: room membership and relaying, no I/O; ``hub``: limits, tokens and rooms, no I/O.
- ``ratelimit``, ``tokens``: per-connection token bucket; HMAC-SHA256 join tokens.
- ``server``: the thin websockets layer (``serve(SignalingConfig(...))``), ``static``: the
  browser client's files over HTTP GET on the same port.
- ``client``: ``SignalingClient``, which reconnects and re-joins after a server restart.
- ``cli``: ``photocall signal`` and ``photocall token``.
"""
