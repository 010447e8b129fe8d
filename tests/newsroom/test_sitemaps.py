"""Tests for newsroom.sitemaps: index, stories, sections and the Google News sitemap (golden files)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client, override_settings
from lxml import etree

from gazete.newsroom.models import Story
from gazete.newsroom.sitemaps import NewsSitemap
from tests.newsroom.test_feeds import SITE_URL, T0, golden, pinned_stories

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "news": "http://www.google.com/schemas/sitemap-news/0.9"}


@pytest.fixture
def stories(monkeypatch: pytest.MonkeyPatch) -> dict[str, Story]:
    monkeypatch.setattr(NewsSitemap, "clock", staticmethod(lambda: T0 + timedelta(hours=3)))
    with override_settings(SITE_URL=SITE_URL):
        yield pinned_stories()


@pytest.mark.parametrize(
    ("url", "name"),
    [("/sitemap.xml", "sitemap-index.xml"), ("/sitemap-stories.xml", "sitemap-stories.xml"),
     ("/sitemap-sections.xml", "sitemap-sections.xml"), ("/sitemap-news.xml", "sitemap-news.xml")],
)
def test_sitemaps_match_their_golden_documents(client: Client, stories: dict[str, Story], url: str, name: str) -> None:
    with override_settings(SITE_URL=SITE_URL):
        response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    actual = response.content.decode()
    assert actual == golden(name, actual, stories)


def test_news_sitemap_holds_the_last_48_hours_only(client: Client, stories: dict[str, Story]) -> None:
    with override_settings(SITE_URL=SITE_URL):
        tree = etree.fromstring(client.get("/sitemap-news.xml").content)
    titles = tree.xpath("//news:title/text()", namespaces=NS)
    assert titles == ["Sample: council <approves> a park", "Örnek: Limanda yeni rıhtım & vinçler"]
    assert tree.xpath("//news:language/text()", namespaces=NS) == ["en", "tr"]
    assert all(loc.startswith(SITE_URL + "/haber/") for loc in tree.xpath("//s:loc/text()", namespaces=NS))


def test_sitemaps_leave_out_drafts(client: Client, stories: dict[str, Story]) -> None:
    Story.objects.filter(pk=stories["s1"].pk).update(status=Story.Status.DRAFT)
    with override_settings(SITE_URL=SITE_URL):
        xml = client.get("/sitemap-stories.xml").content.decode()
    assert f"/haber/{stories['s1'].pk}/" not in xml and f"/haber/{stories['s2'].pk}/" in xml
