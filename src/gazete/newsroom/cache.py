"""Page caching for readers: fragment keys on a content generation, and whole-response caching.

Every cached thing is keyed on the *content generation*, a token in the shared cache that changes
whenever a story (or a section) is published, updated or withdrawn; changing it invalidates every
cached page at once, in every worker and on every server that shares the cache (file cache on one
machine, Redis when scaled out). Old entries simply expire after ``page_cache_seconds()``, which
also bounds how stale anything that changes without a signal can get (a scheduled story's time
arriving, a breaking-news flag running out).

A request reads the generation once (:func:`pinned_generation`, held for the request by
:mod:`gazete.newsroom.request_generation`): the story object it loads and the fragments it stores are then
keyed on the same generation. Read twice, a render that loaded the story just before an update's
commit and keyed its fragments just after would store the old text under the new generation, and
every reader would get it until the next change.

HTML pages cache *fragments* (``{% cache %}`` with ``cache_gen`` among its keys), never the whole
page: the read counter, the comments, the most-read list and every ``{% csrf_token %}`` stay
outside the cached fragments and are rendered for each request. Documents with nothing personal in
them (feeds, sitemaps, robots.txt) are cached whole by :func:`cached_document`. See docs/site.md.
"""

from __future__ import annotations

import functools
import hashlib
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

T = TypeVar("T")
GENERATION_KEY = "newsroom:content-generation"
DEFAULT_PAGE_CACHE_SECONDS = 300
# The headers a cached document is replayed with (never Set-Cookie, Vary or anything personal).
KEPT_HEADERS = ("Content-Type", "X-Robots-Tag", "Last-Modified")
# The generation a request read when it started (None outside pinned_generation()).
_pinned: ContextVar[str | None] = ContextVar("gazete_pinned_generation", default=None)


def page_cache_seconds() -> int:
    """How long a rendered fragment or document may be served (GAZETE_PAGE_CACHE_SECONDS, 0 = off)."""
    return int(getattr(settings, "GAZETE_PAGE_CACHE_SECONDS", DEFAULT_PAGE_CACHE_SECONDS))


def lasting_token(key: str, known: Mapping[str, Any] | None = None) -> str:
    """The token kept under ``key`` (from ``known`` when a batch read had it), created on first use."""
    token = cache.get(key) if known is None else known.get(key)
    if token is None:
        token = uuid.uuid4().hex
        # add() so that two processes starting together agree on one token.
        if not cache.add(key, token, timeout=None):
            token = cache.get(key) or token
    return str(token)


def current_generation() -> str:
    """The content generation: the one pinned for this request, else the one now (created on first use)."""
    pinned = _pinned.get()
    return lasting_token(GENERATION_KEY) if pinned is None else pinned


@contextmanager
def pinned_generation() -> Iterator[str]:
    """Read the generation once; inside the block, :func:`current_generation` answers that one.

    >>> with pinned_generation() as seen:
    ...     _ = bump_generation()
    ...     current_generation() == seen
    True
    >>> current_generation() == seen
    False
    """
    generation = lasting_token(GENERATION_KEY)
    token = _pinned.set(generation)
    try:
        yield generation
    finally:
        _pinned.reset(token)


def bump_generation() -> str:
    """Invalidate every cached page and fragment by moving to a new generation; return it."""
    generation = uuid.uuid4().hex
    cache.set(GENERATION_KEY, generation, timeout=None)
    return generation


def cached_object(name: str, ident: object, load: Callable[[], T | None]) -> T | None:
    """``load()``'s object (a story with its section, say) kept under the content generation.

    A warm page then finds its object without a query; any change that moves the generation (a
    story published, updated, withdrawn) drops it. ``None`` (nothing found) is never kept, so an
    object that appears later (a scheduled story's time arriving) is found at once.
    """
    seconds = page_cache_seconds()
    if seconds <= 0:
        return load()
    key = f"newsroom:object:{name}:{ident}:{current_generation()}"
    found = cache.get(key)
    if found is None:
        found = load()
        if found is not None:
            cache.set(key, found, seconds)
    return found


def document_key(request: HttpRequest, name: str) -> str:
    """Cache key of a whole document: generation, language, path and query string."""
    raw = "|".join([current_generation(), get_language() or "", request.get_full_path()])
    return f"newsroom:doc:{name}:{hashlib.sha256(raw.encode()).hexdigest()}"


def cached_document(name: str) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Cache a view's whole response for anonymous GET/HEAD requests (feeds, sitemaps, robots.txt).

    Only the body and ``KEPT_HEADERS`` are stored; responses that set cookies or are not
    200 are never cached, so nothing personal can be replayed to another reader.
    """

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            seconds = page_cache_seconds()
            if request.method not in {"GET", "HEAD"} or seconds <= 0:
                return view(request, *args, **kwargs)
            key = document_key(request, name)
            stored = cache.get(key)
            if stored is not None:
                content, headers = stored
                response = HttpResponse(content, headers=headers)
                response["X-Gazete-Cache"] = "hit"
                return response
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            if response.status_code == 200 and not response.cookies and not response.streaming:
                headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
                cache.set(key, (response.content, headers), seconds)
                response["X-Gazete-Cache"] = "miss"
            return response

        return wrapper

    return decorator
