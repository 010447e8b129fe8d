"""Tests for newsroom.request_generation: one content generation for the whole of a reader request."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory, override_settings

from gazete.newsroom.cache import bump_generation, current_generation
from gazete.newsroom.request_generation import OneGenerationPerRequestMiddleware


def _seen_during(request: HttpRequest) -> tuple[str, str]:
    """The generations a view reads before and after an update moves it mid-request."""
    seen: list[str] = []

    def view(request: HttpRequest) -> HttpResponse:
        seen.append(current_generation())
        bump_generation()
        seen.append(current_generation())
        return HttpResponse("page")

    OneGenerationPerRequestMiddleware(view)(request)
    return seen[0], seen[1]


def test_a_get_or_head_request_reads_the_generation_it_started_with() -> None:
    for request in (RequestFactory().get("/"), RequestFactory().head("/")):
        before, after = _seen_during(request)
        assert before == after
        assert current_generation() != before  # the next request sees the move


def test_posts_and_pages_without_caching_see_the_generation_move() -> None:
    before, after = _seen_during(RequestFactory().post("/"))
    assert before != after
    with override_settings(GAZETE_PAGE_CACHE_SECONDS=0):
        before, after = _seen_during(RequestFactory().get("/"))
    assert before != after
