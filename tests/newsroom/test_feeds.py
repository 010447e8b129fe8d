"""Tests for newsroom.feeds: RSS 2.0 and Atom, site-wide and per section, compared whole (golden files)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.test import Client, override_settings
from lxml import etree

from gazete.newsroom.models import Story
from gazete.newsroom.services import ensure_section, upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db
GOLDEN = Path(__file__).parent / "golden"
SITE_URL = "https://gazete.example"
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def pinned_stories() -> dict[str, Story]:
    """Three stories with pinned times (text written for gazete tests, not agency copy)."""
    world = ensure_section("Dünya", name_en="World")
    first = upsert_story(wire_story(
        headline="Örnek: Limanda yeni rıhtım & vinçler", agency_id="golden:1", language="tr", place="İZMİR",
        authors=("Deniz Test",), keywords=("liman",), published_at=T0,
        paragraphs=("Sample written for gazete tests: the port opened a new quay.",),
    ), section=world, now=T0).story
    second = upsert_story(wire_story(
        headline="Sample: council <approves> a park", agency_id="golden:2", published_at=T0 + timedelta(hours=1),
        authors=("Alex Test", "Ece Test"), paragraphs=("Sample written for gazete tests.",),
    ), now=T0 + timedelta(hours=1)).story
    upsert_story(wire_story(
        headline="Sample: council <approves> a park", agency_id="golden:2", version="UPDATE",
        authors=("Alex Test", "Ece Test"), paragraphs=("Sample written for gazete tests.", "Work starts in May."),
    ), now=T0 + timedelta(hours=2))
    older = upsert_story(wire_story(
        headline="Sample: an older world story", agency_id="golden:3", published_at=T0 - timedelta(days=4),
        paragraphs=("Sample written for gazete tests, four days old.",),
    ), section=world, now=T0 - timedelta(days=4)).story
    Story.objects.filter(pk=first.pk).update(standfirst="Örnek spot: gazete testleri için yazıldı.")
    return {"s1": first, "s2": second, "s3": older}


def fill(template: str, stories: dict[str, Story]) -> str:
    for name, story in stories.items():
        template = template.replace("{" + name + "}", str(story.pk))
    return template


def golden(name: str, actual: str, stories: dict[str, Story]) -> str:
    """The golden document ``name`` with story ids filled in (GAZETE_UPDATE_GOLDEN=1 rewrites it)."""
    path = GOLDEN / name
    if os.environ.get("GAZETE_UPDATE_GOLDEN"):
        text = actual
        for key, story in stories.items():
            text = text.replace(f"/haber/{story.pk}/", f"/haber/{{{key}}}/")
        path.write_text(text, "utf-8")
    return fill(path.read_text("utf-8"), stories)


@pytest.fixture
def stories() -> dict[str, Story]:
    with override_settings(SITE_URL=SITE_URL):
        yield pinned_stories()


@pytest.mark.parametrize(
    ("url", "name"),
    [("/rss/", "rss.xml"), ("/atom/", "atom.xml"), ("/bolum/dunya/rss/", "rss-dunya.xml"),
     ("/bolum/dunya/atom/", "atom-dunya.xml")],
)
def test_feeds_match_their_golden_documents(client: Client, stories: dict[str, Story], url: str, name: str) -> None:
    with override_settings(SITE_URL=SITE_URL):
        response = client.get(url)
    assert response.status_code == 200
    actual = response.content.decode()
    assert actual == golden(name, actual, stories)


def test_feeds_are_cached_and_follow_story_changes(
    client: Client, stories: dict[str, Story], django_capture_on_commit_callbacks
) -> None:
    with override_settings(SITE_URL=SITE_URL):
        assert client.get("/rss/")["X-Gazete-Cache"] == "miss"
        assert client.get("/rss/")["X-Gazete-Cache"] == "hit"
        story = stories["s1"]
        story.headline = "Örnek: rıhtım açıldı"
        with django_capture_on_commit_callbacks(execute=True):
            story.save()
        response = client.get("/rss/")
    assert response["X-Gazete-Cache"] == "miss" and "Örnek: rıhtım açıldı" in response.content.decode()


def test_feed_queries_do_not_grow_with_items(
    client: Client, stories: dict[str, Story], django_assert_max_num_queries
) -> None:
    for n in range(20):
        upsert_story(wire_story(headline=f"Sample story {n}", agency_id=f"many:{n}", authors=("A B", "C D"),
                                keywords=("k1", "k2"), published_at=T0 + timedelta(minutes=n)))
    with django_assert_max_num_queries(4):
        assert client.get("/atom/").status_code == 200


def test_unknown_section_feed_is_404(client: Client) -> None:
    assert client.get("/bolum/none/rss/").status_code == 404


def test_each_entry_declares_its_story_language(client: Client, stories: dict[str, Story]) -> None:
    rss = etree.fromstring(client.get("/rss/").content)
    dc = "{http://purl.org/dc/elements/1.1/}"
    assert rss.findtext("channel/language") == "tr"
    by_title = {item.findtext("title"): item.findtext(f"{dc}language") for item in rss.iter("item")}
    assert by_title == {"Sample: council <approves> a park": "en", "Örnek: Limanda yeni rıhtım & vinçler": "tr",
                        "Sample: an older world story": "en"}
    atom = etree.fromstring(client.get("/atom/").content)
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    entries = atom.findall("{http://www.w3.org/2005/Atom}entry")
    assert atom.get(xml_lang) == "tr" and [e.get(xml_lang) for e in entries] == ["en", "tr", "en"]
