"""Signaling: rooms, tokens and the SDP relay that lets peers find each other.

- ``messages``: the public JSON schema (browsers speak it too), parsed into typed messages.
- ``rooms``: room membership and relaying, no I/O; ``hub``: limits, tokens and rooms, no I/O.
- ``ratelimit``, ``tokens``: per-connection rate limits and flood cut-off; HMAC-SHA256 join
  tokens. ``admission``: caps on connections in all and per source address.
- ``server``: the thin websockets layer (``serve(SignalingConfig(...))``); ``connection``: one
  TCP connection below it (refusals, the request-head limit); ``static``: the browser client's
  files over HTTP GET/HEAD on the same port.
- ``client``: ``SignalingClient``, which reconnects and re-joins after a server restart.
- ``cli``: ``photocall signal`` and ``photocall token``.
"""
