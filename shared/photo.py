"""Sending the reference photo over "control": chunking and sans-I/O reassembly."""

from __future__ import annotations

from photocall.shared.packets import (
    GRAPH_CHUNK_BYTES,
    MAX_CHUNKS,
    MAX_GRAPH_BYTES,
    MAX_PHOTO_BYTES,
    GraphChunk,
    PhotoChunk,
    ProtocolError,
)

_MAGIC = ((b"\xff\xd8\xff", "jpeg"), (b"\x89PNG\r\n\x1a\n", "png"))


def photo_format(data: bytes) -> str | None:
    """``"jpeg"``, ``"png"`` or ``"webp"`` from the magic bytes, else None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def _check_photo(photo: bytes) -> None:
    if len(photo) > MAX_PHOTO_BYTES:
        raise ProtocolError(f"photo is {len(photo):,} bytes; the limit is 2 MiB")
    if photo_format(photo) is None:
        raise ProtocolError("photo is not a JPEG, PNG or WebP file")


PHOTO_CHUNK_BYTES = 8_000
"""Photo chunk size (bigger photos: as big as fits ``MAX_CHUNKS``). Each chunk is one message: a
48 kbit/s link carries 8 kB in 1.4 s, so a receiver keeps hearing from the sender while the
photo arrives (one 25 kB message took longer than the 4 s idle timeout there)."""


def photo_chunks(photo: bytes, photo_id: int) -> list[PhotoChunk]:
    """``photo`` (JPEG, PNG or WebP, ≤ 2 MiB) cut into chunks of :data:`PHOTO_CHUNK_BYTES`, or of
    the size that fits the photo in ``MAX_CHUNKS`` (≤ ``MAX_CHUNK_BYTES``)."""
    photo = bytes(photo)
    _check_photo(photo)
    size = max(PHOTO_CHUNK_BYTES, -(-len(photo) // MAX_CHUNKS))
    count = -(-len(photo) // size)
    return [PhotoChunk(photo_id, i, count, photo[i * size : (i + 1) * size]) for i in range(count)]


def graph_chunks(graph: bytes, photo_id: int) -> list[GraphChunk]:
    """A photo's gzipped render graph (≤ 16 MiB) cut into chunks of ``GRAPH_CHUNK_BYTES`` (small
    messages, like the photo's, so a slow link keeps carrying heartbeats between them)."""
    graph = bytes(graph)
    if not graph or len(graph) > MAX_GRAPH_BYTES:
        raise ProtocolError(f"render graph is {len(graph):,} bytes; 1 to 16 MiB are allowed")
    size = GRAPH_CHUNK_BYTES
    count = -(-len(graph) // size)
    return [GraphChunk(photo_id, i, count, graph[i * size : (i + 1) * size]) for i in range(count)]


class PhotoAssembler:
    """Reassembles photos from chunks in any order; memory is bounded by ``max_pending``.

    A chunk for a new photo when ``max_pending`` photos are incomplete evicts the oldest one
    (counted in ``evicted``): a sender that starts another photo has given up on the earlier one.
    """

    def __init__(self, max_pending: int = 2) -> None:
        if max_pending < 1:
            raise ValueError("max_pending must be ≥ 1")
        self.max_pending = max_pending
        self.evicted = 0
        self._pending: dict[int, list[bytes | None]] = {}

    def add(self, chunk: PhotoChunk) -> bytes | None:
        """The whole photo when ``chunk`` completes it, else None; ``ProtocolError`` on a chunk
        inconsistent with earlier ones (the photo is then dropped) or a bad photo."""
        parts = self._pending.get(chunk.photo_id)
        if parts is None:
            if len(self._pending) >= self.max_pending:
                del self._pending[next(iter(self._pending))]
                self.evicted += 1
            parts = self._pending[chunk.photo_id] = [None] * chunk.count
        elif len(parts) != chunk.count:
            del self._pending[chunk.photo_id]
            raise ProtocolError(
                f"photo {chunk.photo_id}: chunk says {chunk.count} chunks, earlier ones said"
                f" {len(parts)}"
            )
        if parts[chunk.index] is not None:
            del self._pending[chunk.photo_id]
            raise ProtocolError(f"photo {chunk.photo_id}: chunk {chunk.index} arrived twice")
        parts[chunk.index] = chunk.data
        if any(part is None for part in parts):
            return None
        del self._pending[chunk.photo_id]
        photo = b"".join(parts)  # type: ignore[arg-type]
        _check_photo(photo)
        return photo

    @property
    def pending(self) -> int:
        """Photos started and not yet complete."""
        return len(self._pending)
