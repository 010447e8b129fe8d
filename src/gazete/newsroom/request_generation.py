"""Each reader request sees one content generation, read when the request starts.

A story page loads its story (kept under the generation, ``cached_object``) before its template
keys the fragments (``cache_gen``). If an update committed between the two reads, the page would
hold the old story under the new generation's keys, and every later reader would get the old text
until the next change (a wire UPDATE missing from the page for a second or more: seen in the spike
drill, ``tests/test_edge_spike_drill.py``). Pinned at the start, both reads agree: a render begun
before the commit stores under the old generation, which nothing asks for once it has moved.

Only GET and HEAD requests with page caching on read the generation; others pass straight through.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponseBase

from gazete.newsroom.cache import page_cache_seconds, pinned_generation


class OneGenerationPerRequestMiddleware:
    """Hold the content generation read at a GET or HEAD request's start for all of that request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        """Answer ``request`` with the generation pinned (GET and HEAD, page caching on)."""
        if request.method not in {"GET", "HEAD"} or page_cache_seconds() <= 0:
            return self.get_response(request)
        with pinned_generation():
            return self.get_response(request)
