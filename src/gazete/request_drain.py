"""Read what a request's body still holds before the answer goes out, so a refusal reaches the proxy.

When gazete answers before reading a request's body (CSRF or permission refusals of a photo upload,
a login redirect), gunicorn closes the connection with the unread bytes still in the socket's
receive buffer, and the kernel then resets the connection instead of closing it. nginx, still
sending the body it buffered, sees the reset and answers the reader with 502 Bad Gateway instead of
gazete's 403 (about one upload in ten on a test machine). Neither Django nor gunicorn reads the rest
of an unread body, so this wrapper does: after Django has made its answer and before the server
sends it, while the proxy is still sending. Bodies over ``MAX_DRAINED_BYTES`` (more than nginx lets
through anywhere) are left to the reset: reading them would cost more than the refusal saves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

MAX_DRAINED_BYTES = 64 * 1024 * 1024  # nginx takes at most 41 MB (the desk's photo upload)
CHUNK_BYTES = 64 * 1024

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def drain_unread_body(environ: dict[str, Any]) -> int:
    """Read and discard what is left of the request's body; return how many bytes that was."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0
    stream = environ.get("wsgi.input")
    if stream is None or length <= 0 or length > MAX_DRAINED_BYTES:
        return 0
    drained = 0
    # The server's input stream ends at the body's end; Django's own reads went through it.
    while drained < length and (chunk := stream.read(min(CHUNK_BYTES, length - drained))):
        drained += len(chunk)
    return drained


def draining_unread_bodies(app: WsgiApp) -> WsgiApp:
    """Wrap ``app`` so that every request's body is read to its end before the answer is sent."""

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        answer = app(environ, start_response)
        drain_unread_body(environ)
        return answer

    return application
