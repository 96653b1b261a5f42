"""The DTLS records of a photocall link carry ChaCha20-Poly1305: 29 B of overhead, not 37."""

from __future__ import annotations

import asyncio

from photocall.shared.peer import prefer_chacha20
from support.aio import wait_for


async def _pair():
    from benchmarks.loopback import connect, new_peer_connection, wait_connected

    prefer_chacha20()
    a, b = new_peer_connection(), new_peer_connection()
    channel = a.createDataChannel("media", ordered=False, maxRetransmits=0)
    got: list[bytes] = []
    b.on("datachannel", lambda ch: ch.on("message", got.append))
    await connect(a, b)
    await wait_connected(a)
    await wait_for(lambda: channel.readyState == "open", 10)
    return a, b, channel, got


def test_a_link_negotiates_chacha20_and_a_message_costs_its_headers() -> None:
    async def main():
        a, b, channel, got = await _pair()
        try:
            dtls = a.sctp.transport
            cipher = dtls._ssl.get_cipher_name()
            # a first message through: the handshake's and SCTP's set-up records are all sent
            channel.send(bytes(100))
            assert await wait_for(lambda: len(got) == 1, 10)
            before = dtls._get_stats()
            channel.send(bytes(100))
            assert await wait_for(lambda: len(got) == 2, 10)
            after = dtls._get_stats()
            (s0,) = [s for s in before.values() if s.type == "transport"]
            (s1,) = [s for s in after.values() if s.type == "transport"]
            return cipher, s1.packetsSent - s0.packetsSent, s1.bytesSent - s0.bytesSent
        finally:
            await a.close()
            await b.close()

    cipher, datagrams, nbytes = asyncio.run(main())
    assert cipher == "ECDHE-ECDSA-CHACHA20-POLY1305"
    # one datagram: DTLS record 13 + tag 16, SCTP common 12 + DATA chunk 16, 100 B of payload
    assert datagrams == 1 and nbytes == 13 + 16 + 12 + 16 + 100
