"""The Content-Security-Policy header: scripts, styles and everything else from the site itself only.

No page of gazete runs inline script or carries inline style (the templates load static files;
the JSON-LD blocks are data, which CSP does not run), so the policy needs no ``'unsafe-inline'``:
an injected ``<script>`` or ``onclick=`` in a comment that slipped through escaping would not run.
The API's browsable docs (``/api/docs``) load Swagger UI from a CDN and are left without the header.
"""

from __future__ import annotations

from collections.abc import Callable

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


class ContentSecurityPolicyMiddleware:
    """Add the strict Content-Security-Policy to every response that does not set its own."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        """Answer the request, then add the header."""
        response = self.get_response(request)
        if not request.path.startswith(EXEMPT_PREFIXES):
            response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response
