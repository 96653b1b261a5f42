"""The codes of ``Notice`` messages (shared/PROTOCOL.md): what a receiver tells a sender."""

from __future__ import annotations

from enum import StrEnum


class NoticeCode(StrEnum):
    """A Notice's ``code`` on the wire (the enum's value is the string sent)."""

    PHOTO_ACCEPTED = "photo-accepted"
    """The receiver prepared the photo and is ready to animate it."""
    PHOTO_REJECTED = "photo-rejected"
    """The receiver cannot use the photo (not an image, no face, too large); the message says why."""
    PROTOCOL_MISMATCH = "protocol-mismatch"
    """The peers share no protocol version (Hello); the message names both sides' versions."""
    RENDER_GRAPH_FAILED = "render-graph-failed"
    """A sender that offered its photo's render graph could not make it; the message says why
    (the peer then animates the photo its own way)."""
