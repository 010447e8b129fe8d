"""Tests for newsroom.cache: the content generation (pinned for a request too) and whole-document caching."""

from __future__ import annotations

import doctest

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory, override_settings

from gazete.newsroom import cache
from gazete.newsroom.cache import bump_generation, cached_document, current_generation

CALLS: list[str] = []


@cached_document("probe")
def probe_view(request: HttpRequest) -> HttpResponse:
    CALLS.append(request.path)
    response = HttpResponse(f"body {len(CALLS)}", content_type="text/plain")
    response["X-Robots-Tag"] = "noindex"
    if request.GET.get("cookie"):
        response.set_cookie("personal", "1")
    if request.GET.get("status"):
        response.status_code = int(request.GET["status"])
    return response


@pytest.fixture(autouse=True)
def _reset() -> None:
    CALLS.clear()


def test_generation_is_stable_until_bumped() -> None:
    first = current_generation()
    assert current_generation() == first
    bumped = bump_generation()
    assert bumped != first and current_generation() == bumped


def test_documents_are_replayed_with_their_headers_until_the_generation_moves() -> None:
    factory = RequestFactory()
    miss = probe_view(factory.get("/doc/"))
    hit = probe_view(factory.get("/doc/"))
    assert miss["X-Gazete-Cache"] == "miss" and hit["X-Gazete-Cache"] == "hit"
    assert hit.content == miss.content and hit["X-Robots-Tag"] == "noindex" and hit["Content-Type"] == "text/plain"
    assert len(CALLS) == 1
    bump_generation()
    assert probe_view(factory.get("/doc/"))["X-Gazete-Cache"] == "miss"


def test_personal_or_failed_responses_and_posts_are_never_cached() -> None:
    factory = RequestFactory()
    for _ in range(2):
        probe_view(factory.get("/doc/", {"cookie": "1"}))
        probe_view(factory.get("/doc/", {"status": "500"}))
        probe_view(factory.post("/doc/"))
    assert len(CALLS) == 6


@override_settings(GAZETE_PAGE_CACHE_SECONDS=0)
def test_a_zero_lifetime_turns_caching_off() -> None:
    factory = RequestFactory()
    probe_view(factory.get("/doc/"))
    probe_view(factory.get("/doc/"))
    assert len(CALLS) == 2


def test_doctests() -> None:
    assert doctest.testmod(cache).failed == 0
