"""Static files over plain HTTP GET on the signaling port (the browser client lives there).

Used from websockets' ``process_request`` hook: a WebSocket upgrade passes through untouched;
any other GET or HEAD is answered from one folder (HEAD: the same headers, no body); any other
method gets ``405``. Only regular files inside that folder are served: no ``..``, no dot-files,
no symlinks that lead out of it.

Every answer makes the page cross-origin isolated (COOP same-origin + COEP require-corp, and
CORP same-origin on each file, workers and WebAssembly included): the page then has
SharedArrayBuffer, so onnxruntime-web may run threads (web/src/ort.js; the page's ?threads=N).
The page loads nothing from another origin, so isolation blocks nothing of it; over plain http
on a LAN (not a secure context) browsers ignore the headers and the page runs one thread.
"""

from __future__ import annotations

import http
import mimetypes
from pathlib import Path
from urllib.parse import unquote

from websockets.datastructures import Headers
from websockets.http11 import Request, Response

MAX_FILE_BYTES = 16 * 1024 * 1024

# mimetypes depends on the host's /etc/mime.types; pin the ones a browser client needs.
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".ico": "image/x-icon",
    ".wasm": "application/wasm",
    ".onnx": "application/octet-stream",
    ".txt": "text/plain; charset=utf-8",
}


def content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in CONTENT_TYPES:
        return CONTENT_TYPES[suffix]
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def resolve(root: Path, url_path: str) -> Path | None:
    """The file under ``root`` that ``url_path`` names, or None if there is no such file."""
    path = unquote(url_path.split("?", 1)[0].split("#", 1)[0])
    if "\x00" in path or "\\" in path:
        return None
    rel = path.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    if any(part in ("", ".", "..") or part.startswith(".") for part in rel.split("/")):
        return None
    try:
        base = root.resolve()
        candidate = (base / rel).resolve()
    except (OSError, RuntimeError):
        return None
    if not candidate.is_relative_to(base) or not candidate.is_file():
        return None
    return candidate


# Methods are case-sensitive (RFC 9110 section 9.1): "get" is not GET.
ALLOWED_METHODS = ("GET", "HEAD")
_TEXT = "text/plain; charset=utf-8"
ISOLATION = (
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Embedder-Policy", "require-corp"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
)


def _response(
    status: http.HTTPStatus, body: bytes, ctype: str, *extra: tuple[str, str], head: bool = False
) -> Response:
    headers = Headers(
        [
            ("Content-Type", ctype),
            ("Content-Length", str(len(body))),
            ("Cache-Control", "no-cache"),
            ("X-Content-Type-Options", "nosniff"),
            ("Connection", "close"),
            *ISOLATION,
            *extra,
        ]
    )
    return Response(status.value, status.phrase, headers, b"" if head else body)


def not_found(head: bool = False) -> Response:
    return _response(http.HTTPStatus.NOT_FOUND, b"404 not found\n", _TEXT, head=head)


def method_not_allowed() -> Response:
    allow = ", ".join(ALLOWED_METHODS)
    return _response(
        http.HTTPStatus.METHOD_NOT_ALLOWED, b"405 method not allowed\n", _TEXT, ("Allow", allow)
    )


def unavailable(why: str, head: bool = False) -> Response:
    """``503``: the server is too busy for this request now; try again later."""
    body = f"503 service unavailable: {why}\n".encode()
    return _response(
        http.HTTPStatus.SERVICE_UNAVAILABLE, body, _TEXT, ("Retry-After", "10"), head=head
    )


def is_upgrade(request: Request) -> bool:
    return request.headers.get("Upgrade", "").lower() == "websocket"


class StaticFiles:
    """``process_request`` hook serving ``root``; None lets the WebSocket handshake go on."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def __call__(self, connection: object, request: Request) -> Response | None:
        if request.method not in ALLOWED_METHODS:
            return method_not_allowed()
        if is_upgrade(request):
            return None if request.method == "GET" else method_not_allowed()
        return self.respond(request.path, head=request.method == "HEAD")

    def respond(self, url_path: str, head: bool = False) -> Response:
        """The answer to a GET (or, ``head``, a HEAD) of ``url_path``."""
        file = resolve(self.root, url_path)
        if file is None:
            return not_found(head)
        try:
            if file.stat().st_size > MAX_FILE_BYTES:
                return not_found(head)
            body = file.read_bytes()
        except OSError:
            return not_found(head)
        return _response(http.HTTPStatus.OK, body, content_type(file), head=head)
