"""Protocol v2 media: ``MediaPacket`` ↔ ``MediaPacketV2`` with the motion coder's state (sans-I/O).

The sender keeps one ``MediaEncoderV2`` per stream (every v2 peer gets the same bytes); the
receiver keeps one ``MediaDecoderV2`` per remote peer and turns each v2 packet back into a
``MediaPacket`` before the rest of the receiver sees it, so everything after the decode seam is
the same for both versions.
"""

from __future__ import annotations

from photocall.shared.motion_codec import CodecError, MotionDecoder, MotionEncoder
from photocall.shared.packets import MediaPacket, MediaPacketV2, ProtocolError


class MediaEncoderV2:
    """While the speaker is silent a sender may pass packets without frames (their motion costs
    nothing) or keep one frame in N packets: frames after a gap of 160 ms or more are coded as a
    key packet, ~7 bytes for a silent face (PROTOCOL.md, "Silence")."""

    def __init__(self) -> None:
        self.motion = MotionEncoder()

    def encode(self, packet: MediaPacket) -> MediaPacketV2:
        """Call once per media packet, in sequence order."""
        frames = [(packet.offset(f), f) for f in packet.motion]
        motion = self.motion.encode(packet.seq, packet.timestamp, frames)
        return MediaPacketV2(packet.seq, packet.timestamp, packet.opus, motion)


class MediaDecoderV2:
    def __init__(self) -> None:
        self.motion = MotionDecoder()

    @property
    def undecodable(self) -> int:
        """Packets whose motion was dropped because its reference was lost."""
        return self.motion.undecodable

    def decode(self, packet: MediaPacketV2) -> MediaPacket:
        """The packet as version 1 would carry it (no frames while a lost reference is awaited).
        ``ProtocolError`` for malformed motion bytes (the stream's state is left as it was)."""
        try:
            frames = self.motion.decode(packet.seq, packet.timestamp, packet.motion)
        except CodecError as exc:
            raise ProtocolError(f"motion: {exc}") from None
        return MediaPacket(packet.seq, packet.timestamp, packet.opus, tuple(frames))
