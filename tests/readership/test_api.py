"""Tests for the read-counting JSON API through Django's test client."""

from __future__ import annotations

import pytest
from django.test import Client

from gazete.newsroom.models import Story
from gazete.newsroom.sample_stories import load_sample_stories
from gazete.readership import services
from gazete.readership.api import PIXEL_GIF, comment_counts
from gazete.readership.buffer import ReadBuffer
from gazete.readership.visitors import COOKIE_NAME, new_cookie_id

pytestmark = pytest.mark.django_db
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"
HOST = {"HTTP_HOST": "127.0.0.1", "HTTP_USER_AGENT": BROWSER}


@pytest.fixture
def story(read_buffer: ReadBuffer) -> Story:
    load_sample_stories()
    return Story.objects.published().order_by("id").first()


def beacon(client: Client, story_id: int, **headers: str) -> dict:
    response = client.post(f"/api/stories/{story_id}/reads", **{**HOST, **headers})
    assert response.status_code == 200, response.content
    assert response["Cache-Control"] == "no-store"
    return response.json()


def test_the_beacon_counts_sets_a_cookie_and_returns_the_count(story: Story) -> None:
    client = Client(enforce_csrf_checks=True)  # the beacon works without a CSRF token
    response = client.post(f"/api/stories/{story.pk}/reads", **HOST)
    assert response.json() == {"counted": True, "reason": "counted", "read_count": 1}
    cookie = response.cookies[COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and len(cookie.value) == 22
    # The browser sends the cookie back: the same reader again is a repeat.
    assert beacon(client, story.pk) == {"counted": False, "reason": "duplicate", "read_count": 1}
    # A reader who already has a cookie is not given a new one.
    assert COOKIE_NAME not in client.post(f"/api/stories/{story.pk}/reads", **HOST).cookies


def test_distinct_visitors_count_and_bots_and_prefetches_do_not(story: Story) -> None:
    client = Client()
    for _ in range(3):
        assert beacon(client, story.pk, HTTP_COOKIE=f"{COOKIE_NAME}={new_cookie_id()}")["counted"]
    bot = beacon(client, story.pk, HTTP_USER_AGENT="Mozilla/5.0 (compatible; bingbot/2.0)")
    assert bot == {"counted": False, "reason": "crawler", "read_count": 3}
    assert beacon(client, story.pk, HTTP_SEC_PURPOSE="prefetch;prerender",
                  HTTP_COOKIE=f"{COOKIE_NAME}={new_cookie_id()}")["reason"] == "prefetch"
    assert beacon(client, story.pk, HTTP_X_MOZ="prefetch")["reason"] == "prefetch"
    assert beacon(client, story.pk, HTTP_PURPOSE="prefetch")["reason"] == "prefetch"
    assert client.head(f"/api/stories/{story.pk}/reads", **HOST).status_code == 405
    assert services.read_count(story.pk) == 3


def test_the_beacon_of_an_unknown_story_is_404(story: Story) -> None:
    assert Client().post("/api/stories/999999/reads", **HOST).status_code == 404


def test_the_noscript_pixel_counts_the_same_way(story: Story) -> None:
    client = Client()
    response = client.get(f"/api/stories/{story.pk}/reads.gif", **HOST)
    assert response.status_code == 200 and response["Content-Type"] == "image/gif"
    assert response.content == PIXEL_GIF and response["Cache-Control"] == "no-store"
    assert COOKIE_NAME in response.cookies
    client.get(f"/api/stories/{story.pk}/reads.gif", **HOST)
    assert services.read_count(story.pk) == 1


def test_the_story_list_and_detail_report_counts(story: Story) -> None:
    client = Client()
    for _ in range(2):
        beacon(client, story.pk, HTTP_COOKIE=f"{COOKIE_NAME}={new_cookie_id()}")
    listing = client.get("/api/stories?limit=100", **HOST).json()
    assert len(listing) == Story.objects.published().count()
    entry = next(item for item in listing if item["id"] == story.pk)
    assert set(entry) >= {"id", "url", "headline", "published_at", "read_count", "comment_count"}
    assert entry["read_count"] == 2 and entry["headline"] == story.headline
    assert entry["url"] == "http://127.0.0.1" + story.get_absolute_url()
    assert entry["comment_count"] == comment_counts([story.pk])[story.pk]
    detail = client.get(f"/api/stories/{story.pk}", **HOST).json()
    assert detail == entry
    assert client.get("/api/stories/999999", **HOST).status_code == 404
    assert len(client.get("/api/stories?limit=2&offset=1", **HOST).json()) == 2


def test_most_read_endpoint(story: Story) -> None:
    client = Client()
    beacon(client, story.pk, HTTP_COOKIE=f"{COOKIE_NAME}={new_cookie_id()}")
    services.flush_pending()
    for period in ("day", "week", "all", "trending"):
        body = client.get(f"/api/most-read?period={period}", **HOST).json()
        assert body["period"] == period
        assert body["items"][0]["id"] == story.pk and body["items"][0]["reads"] == 1
    assert client.get("/api/most-read?period=month", **HOST).status_code == 422


def test_ping_does_nothing_but_answer(story: Story) -> None:
    assert Client().get("/api/ping", **HOST).json() == {"ok": True}


def test_the_beacon_says_when_an_address_brought_too_many_new_visitors(story: Story, settings) -> None:
    settings.GAZETE_READS_NEW_VISITORS_PER_ADDRESS = 2
    client = Client()
    answers = [beacon(client, story.pk, HTTP_COOKIE=f"{COOKIE_NAME}={new_cookie_id()}") for _ in range(4)]
    assert [a["reason"] for a in answers] == ["counted", "counted", "new_visitor_limit", "new_visitor_limit"]
    assert answers[-1] == {"counted": False, "reason": "new_visitor_limit", "read_count": 2}
    # The same reader behind another address (X-Forwarded-For from the trusted local proxy) still counts.
    other = beacon(client, story.pk, HTTP_COOKIE=f"{COOKIE_NAME}={new_cookie_id()}", HTTP_X_FORWARDED_FOR="192.0.2.7")
    assert other["counted"]


def test_a_padded_user_agent_is_not_counted(story: Story) -> None:
    padded = HOST["HTTP_USER_AGENT"] + " " * 1000 + "Googlebot/2.1"
    assert beacon(Client(), story.pk, HTTP_USER_AGENT=padded)["reason"] == "user_agent_too_long"


def test_with_redis_down_the_beacon_counts_in_the_database(story: Story, settings) -> None:
    from tests.conftest import free_port

    settings.GAZETE_REDIS_URL = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    client = Client()
    assert beacon(client, story.pk) == {"counted": True, "reason": "counted", "read_count": 1}
    assert beacon(client, story.pk) == {"counted": False, "reason": "duplicate", "read_count": 1}
    listing = client.get("/api/stories?limit=100", **HOST)
    assert listing.status_code == 200
    assert next(row for row in listing.json() if row["id"] == story.pk)["read_count"] == 1


def test_when_redis_and_the_database_both_fail_the_beacon_answers_503_to_be_sent_again(story: Story,
                                                                                        settings) -> None:
    from django.db import connection

    from gazete.readership.models import OutageSeenRead
    from tests.conftest import free_port

    settings.GAZETE_REDIS_URL = f"redis://127.0.0.1:{free_port()}/0"
    with connection.cursor() as cursor:  # the database cannot take the read either (rolled back after the test)
        cursor.execute(f"DROP TABLE {OutageSeenRead._meta.db_table}")
    response = Client().post(f"/api/stories/{story.pk}/reads", **HOST)
    assert response.status_code == 503 and response["Retry-After"] == "5"
    assert response.json() == {"detail": "the read could not be stored; send it again", "retry_after": 5}
