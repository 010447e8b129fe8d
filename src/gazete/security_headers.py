"""The Content-Security-Policy header: scripts, styles and everything else from the site itself only.

No page of gazete runs inline script or carries inline style (the templates load static files;
the JSON-LD blocks are data, which CSP does not run), so the policy needs no ``'unsafe-inline'``:
an injected ``<script>`` or ``onclick=`` in a comment that slipped through escaping would not run.
The API's browsable docs (``/api/docs``) load Swagger UI from a CDN and are left without the header.
Pictures are the one exception to "the site itself": when they live in an S3-compatible bucket
(``GAZETE_MEDIA_S3_URL``) or behind its CDN, their origin joins ``img-src`` (:func:`picture_origin`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from urllib.parse import urlsplit

from django.core.files.storage import Storage, storages
from django.http import HttpRequest, HttpResponse

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
EXEMPT_PREFIXES = ("/api/docs",)
# A rendition's name, only to ask the storage where its files are served from.
_PROBE_NAME = "p/00/probe.webp"


@functools.lru_cache(maxsize=4)
def _origin_of(storage: Storage) -> str:
    parts = urlsplit(storage.url(_PROBE_NAME))
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in {"http", "https"} and parts.netloc else ""


def picture_origin() -> str:
    """The origin picture files are served from when it is not the site's own (a bucket, a CDN), else ""."""
    return _origin_of(storages["default"])


def content_security_policy() -> str:
    """The policy, with the pictures' origin added to ``img-src`` when they are served from elsewhere."""
    origin = picture_origin()
    if not origin:
        return CONTENT_SECURITY_POLICY
    return CONTENT_SECURITY_POLICY.replace("img-src 'self' data:", f"img-src 'self' data: {origin}", 1)


class ContentSecurityPolicyMiddleware:
    """Add the strict Content-Security-Policy to every response that does not set its own."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        """Answer the request, then add the header."""
        response = self.get_response(request)
        if not request.path.startswith(EXEMPT_PREFIXES):
            response.headers.setdefault("Content-Security-Policy", content_security_policy())
        return response
