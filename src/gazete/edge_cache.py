"""The ``Cache-Control`` header that lets a shared proxy keep a reader page for a second.

Reader pages (home, story, section/author/tag listings, feeds, sitemaps) are the same bytes for
every anonymous reader, so a proxy in front may store them. The header says how long:

- ``s-maxage=1``: a shared cache (nginx, ``deploy/nginx.conf``) serves its copy for one second;
- ``stale-while-revalidate=1``: for one more second it may serve that copy while it fetches the
  new one in the background, so readers never wait on a render in a spike;
- ``max-age=0``: browsers ask again every time (the proxy answers them).

A page these views do not find (``Http404``: an unpublished story, an unknown tag) is answered
here with the site's 404 page and marked the same way, so that it replaces the old page in the
proxy as fast as any other change.

nginx counts whole seconds: told "one second", it keeps a copy stored at 12:00:00.1 until the end
of 12:00:01, nearly two. So gazete also sends ``X-Accel-Expires: @<this second>`` (nginx reads it,
takes it over ``s-maxage`` and never passes it on): nginx's copy is fresh until the end of the
second its render started in (its data can be no older; a render that ends in the next second is
stale on arrival), then served once more while the background refresh runs. A story changed at
time *t* is what every reader gets by the end of *t*'s second plus one render (about 1 s at most),
with no purge message to lose. The app servers' and nginx's clocks must agree, as NTP
keeps them: a clock ahead by *n* seconds keeps copies *n* seconds longer.

However many readers ask, the proxy asks gazete about once a second per page, and gazete's own
fragment cache (invalidated at commit) makes that one request cheap. Pages for signed-in
editors and anything that sets a cookie are never stored (the proxy's rules and nginx's default).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.handlers.exception import response_for_exception
from django.http import Http404, HttpRequest, HttpResponse

EDGE_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=1"
NGINX_EXPIRES_HEADER = "X-Accel-Expires"
EDGE_CACHED_STATUSES = frozenset({200, 301, 404, 410})


def nginx_expires(now: float | None = None) -> str:
    """``X-Accel-Expires`` for a copy fresh until the end of the current second (``@`` + Unix time)."""
    return f"@{int(time.time() if now is None else now)}"


def edge_cacheable(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Mark ``view``'s answers as storable by a shared cache for a second (unless they set a cookie)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        started = time.time()  # the copy is as old as the data it was rendered from
        try:
            response = view(request, *args, **kwargs)
        except Http404 as missing:
            # The site's own 404 page, answered here so that it is marked like the page it replaces:
            # a story unpublished a moment ago then reaches readers as fast as any other change
            # (nginx's background refresh cannot store an unmarked answer and would keep serving
            # the old page for another second).
            response = response_for_exception(request, missing)
        if (response.status_code in EDGE_CACHED_STATUSES and not response.cookies
                and not response.has_header("Cache-Control")):
            response["Cache-Control"] = EDGE_CACHE_CONTROL
            # After Cache-Control: nginx 1.22 reads stale-while-revalidate from it only when it comes first.
            response[NGINX_EXPIRES_HEADER] = nginx_expires(started)
        return response

    return wrapper
