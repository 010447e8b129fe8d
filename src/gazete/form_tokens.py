"""CSRF tokens for forms on cached pages: handed out by a small uncached endpoint, checked at the POST.

Reader pages (home, story, listings, feeds) are the same bytes for every anonymous reader, so they
carry no CSRF token and set no cookie (docs/site.md, "Pages an edge cache can keep"). A form on
such a page gets its token from ``GET /yorum/token/`` (``form_token``), which page scripts call
before the first POST; that answer is ``no-store`` and sets the ``csrftoken`` cookie, exactly as
a page with ``{% csrf_token %}`` would. Django's check is unchanged: a POST is accepted only when
its token matches the reader's cookie (and, over HTTPS, its Origin or Referer is the site).

Without JavaScript, a POST arrives without a token. ``csrf_refusal`` runs Django's own check in
the view instead of the middleware so that such a POST, which stores nothing, can be answered
with the form filled in again and a real token, for the reader to press Send once more.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe


def _no_view(request: HttpRequest) -> HttpResponse:  # pragma: no cover - never called
    raise AssertionError("the CSRF check only inspects the request")


_CHECK = CsrfViewMiddleware(_no_view)


def csrf_refusal(request: HttpRequest) -> HttpResponse | None:
    """Django's CSRF check of ``request``: None when it passes, else the refusal Django would send."""
    return _CHECK.process_view(request, None, (), {})


@require_safe
def form_token(request: HttpRequest) -> JsonResponse:
    """This reader's CSRF token as ``{"token": …}``; never cached by the browser or a proxy."""
    response = JsonResponse({"token": get_token(request)})
    add_never_cache_headers(response)
    response["Cache-Control"] += ", private"
    return response
