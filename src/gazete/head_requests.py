"""Answers to HEAD requests carry no body: the headers a GET would get, Content-Length included.

Django renders a HEAD request like a GET and leaves dropping the body to the server (its own
``runserver`` and test client do). gunicorn drops it too, but logs "WSGI app sent body bytes on a
no-body response" for every HEAD request — and crawlers, uptime checks and link previews send many.
This middleware, first in ``MIDDLEWARE``, empties the body after everything else has run, so the
server gets nothing to drop and the headers stay those of the GET.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponseBase


class HeadWithoutBodyMiddleware:
    """Empty the body of every response to a HEAD request (the headers, Content-Length too, stay)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        """Answer ``request``; for HEAD, without the body."""
        response = self.get_response(request)
        if request.method == "HEAD":
            strip_body(response)
        return response


def strip_body(response: HttpResponseBase) -> None:
    """Drop ``response``'s body in place; a streamed file is still closed when the response is."""
    if response.streaming:
        response.streaming_content = []  # type: ignore[attr-defined]
    else:
        response.content = b""  # type: ignore[attr-defined]
