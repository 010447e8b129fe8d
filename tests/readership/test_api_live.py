"""Read counting proven against real gunicorn servers with two worker processes each.

Embedded default: one server (SQLite database, SQLite read buffer shared by its workers).
With GAZETE_DATABASE_URL and GAZETE_REDIS_URL: TWO servers sharing one PostgreSQL database and
one Redis, beacons spread over both. Counts are checked at once through the API (which adds
buffered reads) and again after a flush run as a separate ``gazete flush_reads`` process.
"""

from __future__ import annotations

import http.client
import json
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from gazete.readership.wording import read_count_sentence
from tests.conftest import (
    LiveServer,
    launch_chromium,
    scaled_out,
    scratch_postgres_database,
    scratch_redis_database,
    start_server,
    stop_server,
)

pytestmark = pytest.mark.server
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
CLIENTS = 32


def shared_backends() -> bool:
    return scaled_out() and bool(os.environ.get("GAZETE_REDIS_URL"))


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[LiveServer]]:
    # Every simulated reader comes from 127.0.0.1 here: the cap on new visitors per address
    # (tested in test_api.py and test_services.py) would refuse all but the first 50.
    extra = {"GAZETE_SECRET_KEY": secrets.token_urlsafe(40), "GAZETE_READS_NEW_VISITORS_PER_ADDRESS": "0"}
    if scaled_out():
        extra["GAZETE_DATABASE_URL"] = scratch_postgres_database("gazete_readership_live")
    if shared_backends():
        extra["GAZETE_REDIS_URL"] = scratch_redis_database(6)
    started = [start_server(tmp_path_factory.mktemp("reads-a"), workers=2, env_extra=extra)]
    if shared_backends():
        started.append(start_server(tmp_path_factory.mktemp("reads-b"), workers=2, env_extra=extra))
    yield started
    for server in started:
        stop_server(server)


def request(server: LiveServer, method: str, path: str, headers: dict[str, str] | None = None,
            connection: http.client.HTTPConnection | None = None,
            ) -> tuple[int, bytes, http.client.HTTPResponse]:
    conn = connection or http.client.HTTPConnection(urlsplit(server.url).hostname, urlsplit(server.url).port,
                                                    timeout=30)
    conn.request(method, path, headers={"User-Agent": BROWSER, **(headers or {})})
    response = conn.getresponse()
    body = response.read()
    if connection is None:
        conn.close()
    return response.status, body, response


def api_count(server: LiveServer, story_id: int) -> int:
    status, body, _ = request(server, "GET", f"/api/stories/{story_id}")
    assert status == 200, body
    return json.loads(body)["read_count"]


def flush(server: LiveServer) -> int:
    """Run ``gazete flush_reads`` as its own process; return how many reads it moved."""
    result = server.gazete("flush_reads", "--json")
    return json.loads(result.stdout.strip().splitlines()[-1])["reads"]


def send_beacons(servers: list[LiveServer], story_id: int, total: int,
                 headers_for: Callable[[int], dict[str, str]]) -> list[dict]:
    """Send ``total`` beacons from CLIENTS threads, spread over the servers; return the answers."""
    answers: list[dict] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client(index: int) -> None:
        server = servers[index % len(servers)]
        parts = urlsplit(server.url)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine = range(index, total, CLIENTS)
        try:
            for n in mine:
                path = f"/api/stories/{story_id}/reads"
                status, body, _ = request(server, "POST", path, headers_for(n), conn)
                with lock:
                    if status == 200:
                        answers.append(json.loads(body))
                    else:
                        errors.append(f"{status}: {body[:200]!r}")
        finally:
            conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors[:3]
    assert len(answers) == total
    return answers


def first_story(server: LiveServer, language: str | None = None) -> dict:
    status, body, _ = request(server, "GET", "/api/stories?limit=100")
    assert status == 200
    stories = json.loads(body)
    return next(s for s in stories if language is None or s["language"] == language)


def assert_count_everywhere(servers: list[LiveServer], story_id: int, expected: int) -> None:
    """Every server reports the expected count within 2 seconds of the last beacon."""
    deadline = time.monotonic() + 2.0
    while True:
        counts = [api_count(server, story_id) for server in servers]
        if all(count == expected for count in counts) or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert counts == [expected] * len(servers)


def test_2000_distinct_visitors_from_32_clients_count_exactly_2000(servers: list[LiveServer]) -> None:
    story_id = first_story(servers[0])["id"]
    flush(servers[0])
    before = api_count(servers[0], story_id)
    answers = send_beacons(servers, story_id, 2000,
                           lambda n: {"Cookie": f"gz_rid={secrets.token_urlsafe(16)}"})
    assert sum(a["counted"] for a in answers) == 2000
    assert max(a["read_count"] for a in answers) == before + 2000
    assert_count_everywhere(servers, story_id, before + 2000)
    assert flush(servers[-1]) == 2000
    assert_count_everywhere(servers, story_id, before + 2000)


def test_100_beacons_from_a_crawler_count_0(servers: list[LiveServer]) -> None:
    story_id = first_story(servers[0])["id"]
    flush(servers[0])
    before = api_count(servers[0], story_id)
    answers = send_beacons(servers, story_id, 100,
                           lambda n: {"User-Agent": GOOGLEBOT,
                                      "Cookie": f"gz_rid={secrets.token_urlsafe(16)}"})
    assert {a["reason"] for a in answers} == {"crawler"}
    assert flush(servers[0]) == 0
    assert_count_everywhere(servers, story_id, before)


def test_50_beacons_from_one_visitor_count_1(servers: list[LiveServer]) -> None:
    story_id = first_story(servers[0])["id"]
    flush(servers[0])
    before = api_count(servers[0], story_id)
    cookie = secrets.token_urlsafe(16)
    answers = send_beacons(servers, story_id, 50, lambda n: {"Cookie": f"gz_rid={cookie}"})
    assert sum(a["counted"] for a in answers) == 1
    # A visitor without cookies (same address and browser every time) is one visitor too.
    cookieless = send_beacons(servers, story_id, 50, lambda n: {"User-Agent": BROWSER + " cookieless"})
    assert sum(a["counted"] for a in cookieless) == 1
    assert_count_everywhere(servers, story_id, before + 2)
    assert flush(servers[0]) == 2
    assert_count_everywhere(servers, story_id, before + 2)


def test_prefetches_and_head_requests_count_0(servers: list[LiveServer]) -> None:
    story_id = first_story(servers[0])["id"]
    before = api_count(servers[0], story_id)
    for headers in ({"Sec-Purpose": "prefetch;prerender"}, {"Purpose": "prefetch"}, {"X-Moz": "prefetch"}):
        headers["Cookie"] = f"gz_rid={secrets.token_urlsafe(16)}"
        status, body, _ = request(servers[0], "POST", f"/api/stories/{story_id}/reads", headers)
        assert status == 200 and json.loads(body)["reason"] == "prefetch"
    status, _, _ = request(servers[-1], "HEAD", f"/api/stories/{story_id}/reads.gif")
    assert status in {200, 405}
    assert_count_everywhere(servers, story_id, before)


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "This news has been read {n} times in total"),
    ("tr", "Bu haber toplam {n} kez okundu."),
])
def test_the_article_page_shows_the_live_count(servers: list[LiveServer], language: str,
                                               sentence: str) -> None:
    story = first_story(servers[0], language)
    send_beacons(servers, story["id"], 3, lambda n: {"Cookie": f"gz_rid={secrets.token_urlsafe(16)}"})
    expected = api_count(servers[0], story["id"])
    for server in servers:
        status, body, _ = request(server, "GET", urlsplit(story["url"]).path)
        html = body.decode()
        assert status == 200
        assert sentence.format(n=f'<span data-read-count>{expected}</span>') in html


@pytest.mark.browser
def test_a_browser_counts_its_read_and_shows_the_new_count(servers: list[LiveServer],
                                                           chromium_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    story = first_story(servers[0], "en")
    before = api_count(servers[0], story["id"])
    with sync_playwright() as p:
        browser = launch_chromium(p, chromium_path)
        try:
            page = browser.new_page(user_agent=BROWSER)
            url = servers[-1].url + urlsplit(story["url"]).path
            beacon_url = f"/api/stories/{story['id']}/reads"
            with page.expect_response(lambda r: r.url.endswith(beacon_url)) as beacon:
                page.goto(url)
            assert beacon.value.json()["counted"] is True
            page.wait_for_function(
                "n => document.querySelector('[data-read-count]').textContent === String(n)", arg=before + 1)
            # The words follow the number: "1 time", "2 times".
            assert page.locator(".read-counter").inner_text() == read_count_sentence(before + 1, "en")
            # Reloading within the dedupe window shows the same count and does not add a read.
            with page.expect_response(lambda r: r.url.endswith(beacon_url)) as again:
                page.reload()
            assert again.value.json() == {"counted": False, "reason": "duplicate", "read_count": before + 1}
        finally:
            browser.close()
    assert api_count(servers[0], story["id"]) == before + 1


@pytest.mark.browser
def test_the_beacon_is_sent_again_after_a_503(servers: list[LiveServer], chromium_path: Path) -> None:
    """reads.js: a 503 (the read could not be stored anywhere) is retried after Retry-After."""
    from playwright.sync_api import sync_playwright

    story = first_story(servers[0], "en")
    before = api_count(servers[0], story["id"])
    refused: list[str] = []

    def refuse_once(route) -> None:  # type: ignore[no-untyped-def]
        if not refused:  # the first beacon meets a server that could not store it
            refused.append(route.request.url)
            route.fulfill(status=503, headers={"Retry-After": "1", "Content-Type": "application/json"},
                          body='{"detail": "send it again", "retry_after": 1}')
        else:
            route.continue_()

    with sync_playwright() as p:
        browser = launch_chromium(p, chromium_path)
        try:
            # Its own user agent: a cookieless first beacon is known by address and user agent.
            page = browser.new_page(user_agent=BROWSER + " retry")
            page.route(f"**/api/stories/{story['id']}/reads", refuse_once)
            page.goto(servers[-1].url + urlsplit(story["url"]).path)
            page.wait_for_function(
                "n => document.querySelector('[data-read-count]').textContent === String(n)", arg=before + 1,
                timeout=15_000)
            assert page.get_attribute("[data-read-beacon]", "data-read-retries") == "1"
        finally:
            browser.close()
    assert len(refused) == 1 and api_count(servers[0], story["id"]) == before + 1


def test_a_graceful_shutdown_flushes_buffered_reads(tmp_path: Path) -> None:
    extra = {}
    if scaled_out():
        extra["GAZETE_DATABASE_URL"] = scratch_postgres_database("gazete_readership_shutdown")
    if shared_backends():
        extra["GAZETE_REDIS_URL"] = scratch_redis_database(5)
    server = start_server(tmp_path, workers=2, env_extra=extra)
    try:
        story_id = first_story(server)["id"]
        send_beacons([server], story_id, 40, lambda n: {"Cookie": f"gz_rid={secrets.token_urlsafe(16)}"})
    finally:
        stop_server(server)
    code = ("from gazete.readership.models import StoryReads; "
            f"print(StoryReads.objects.get(story_id={story_id}).counted)")
    result = server.gazete("manage", "shell", "-c", code)
    assert result.stdout.strip().splitlines()[-1] == "40"
    assert flush(server) == 0
