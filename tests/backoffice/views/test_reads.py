"""Tests for gazete.backoffice.views.reads: the desk's read pages, for desk users, with a server-rendered SVG chart."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from gazete.newsroom.models import Story
from gazete.newsroom.sample_stories import load_sample_stories
from gazete.readership import services
from gazete.readership.buffer import ReadBuffer
from gazete.readership.visitors import COOKIE_NAME, new_cookie_id

pytestmark = pytest.mark.django_db
HOST = {"HTTP_HOST": "127.0.0.1"}


@pytest.fixture
def story(read_buffer: ReadBuffer) -> Story:
    load_sample_stories()
    story = Story.objects.published().first()
    client = Client()
    for _ in range(4):
        client.post(f"/api/stories/{story.pk}/reads", HTTP_USER_AGENT="Mozilla/5.0 (X11) Firefox/125.0",
                    HTTP_COOKIE=f"{COOKIE_NAME}={new_cookie_id()}", **HOST)
    services.flush_pending()
    return story


@pytest.fixture
def staff_client() -> Client:
    user = get_user_model().objects.create_user("desk", password="not-used-here", is_staff=True)
    client = Client()
    client.force_login(user)
    return client


def test_read_pages_are_for_desk_users_only(story: Story) -> None:
    for url in ("/desk/reads/", f"/desk/reads/{story.pk}/"):
        response = Client().get(url, **HOST)
        assert response.status_code == 302 and response["Location"] == f"/desk/login/?next={url}"


def test_the_story_page_shows_reads_per_day_as_an_svg_chart(story: Story, staff_client: Client) -> None:
    html = staff_client.get(f"/desk/reads/{story.pk}/?days=7", **HOST).content.decode()
    svg = html.split('class="reads-chart" viewBox')[1].split("</svg>")[0]
    assert 'role="img"' in svg and "<script" not in svg
    assert html.count("<rect") == 7
    assert 'class="read-total">4<' in html
    assert ": 4</title></rect>" in html


def test_the_overview_links_to_each_chart(story: Story, staff_client: Client) -> None:
    html = staff_client.get("/desk/reads/", **HOST).content.decode()
    assert f'href="/desk/reads/{story.pk}/"' in html


def test_an_unknown_story_is_404(story: Story, staff_client: Client) -> None:
    assert staff_client.get("/desk/reads/999999/", **HOST).status_code == 404


@pytest.mark.parametrize(
    ("accept_language", "chart_title", "heading"),
    [("tr", "Günlük okunma: ", "Son 7 gün"), ("en", "Reads per day: ", "Last 7 days")],
)
def test_read_pages_follow_the_desk_language(
    story: Story, staff_client: Client, accept_language: str, chart_title: str, heading: str
) -> None:
    chart_page = staff_client.get(f"/desk/reads/{story.pk}/", HTTP_ACCEPT_LANGUAGE=accept_language, **HOST)
    assert f'<title id="reads-chart-title">{chart_title}' in chart_page.content.decode()
    overview = staff_client.get("/desk/reads/", HTTP_ACCEPT_LANGUAGE=accept_language, **HOST)
    assert f"<h2>{heading}</h2>" in overview.content.decode()
