"""Tests for gazete.edge_cache: which answers a shared proxy may keep, and for how long."""

from __future__ import annotations

import time

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory

from gazete.edge_cache import EDGE_CACHE_CONTROL, NGINX_EXPIRES_HEADER, edge_cacheable, nginx_expires


def _answer(status: int = 200, cookie: bool = False, cache_control: str | None = None):
    @edge_cacheable
    def view(request: HttpRequest) -> HttpResponse:
        response = HttpResponse("page", status=status)
        if cookie:
            response.set_cookie("csrftoken", "x")
        if cache_control:
            response["Cache-Control"] = cache_control
        return response

    return view(RequestFactory().get("/"))


def test_a_page_is_kept_one_second_and_refreshed_in_the_background() -> None:
    assert _answer()["Cache-Control"] == EDGE_CACHE_CONTROL
    assert "s-maxage=1" in EDGE_CACHE_CONTROL and "stale-while-revalidate=1" in EDGE_CACHE_CONTROL
    assert "max-age=0" in EDGE_CACHE_CONTROL  # browsers ask again; the proxy answers them
    assert _answer(410)["Cache-Control"] == EDGE_CACHE_CONTROL  # a withdrawn story


def test_answers_with_a_cookie_an_error_or_their_own_header_are_left_alone() -> None:
    assert not _answer(cookie=True).has_header("Cache-Control")
    assert not _answer(500).has_header("Cache-Control")
    assert _answer(cache_control="no-store")["Cache-Control"] == "no-store"


def test_nginx_is_told_the_copy_is_fresh_until_the_end_of_this_second() -> None:
    assert nginx_expires(1_764_820_800.97) == "@1764820800"
    answer = _answer()
    seconds = int(answer[NGINX_EXPIRES_HEADER].removeprefix("@"))
    assert abs(seconds - time.time()) < 60
    headers = list(answer.headers)  # nginx 1.22 reads stale-while-revalidate only from a Cache-Control seen first
    assert headers.index("Cache-Control") < headers.index(NGINX_EXPIRES_HEADER)
    assert not _answer(cookie=True).has_header(NGINX_EXPIRES_HEADER)
    assert not _answer(cache_control="no-store").has_header(NGINX_EXPIRES_HEADER)


def test_the_copy_is_as_old_as_the_second_its_render_started_in(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([1_764_820_800.9, 1_764_820_801.2])  # the render starts in one second and ends in the next
    monkeypatch.setattr("gazete.edge_cache.time.time", lambda: next(clock))

    @edge_cacheable
    def slow_view(request: HttpRequest) -> HttpResponse:
        return HttpResponse("page")

    assert slow_view(RequestFactory().get("/"))[NGINX_EXPIRES_HEADER] == "@1764820800"


@pytest.mark.django_db
def test_a_page_not_found_is_the_site_404_page_marked_like_the_page_it_replaces(client: Client) -> None:
    answer = client.get("/haber/999999/yok/")
    assert answer.status_code == 404 and answer["Cache-Control"] == EDGE_CACHE_CONTROL
    assert answer.has_header(NGINX_EXPIRES_HEADER)
    assert "<html" in answer.content.decode().lower()  # the site's own page, not a bare message
