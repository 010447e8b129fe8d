"""Tests for newsroom.seo: JSON-LD NewsArticle, OpenGraph/Twitter tags, canonical URLs."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from django.test import override_settings

from gazete.newsroom import seo
from gazete.newsroom.models import Author, Story
from gazete.newsroom.pictures import ImageFile, ImageSource, PageImage
from gazete.newsroom.services import ensure_section, upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db
T0 = datetime(2026, 4, 2, 7, 30, tzinfo=UTC)


def test_json_ld_cannot_break_out_of_its_script_element() -> None:
    html = str(seo.json_ld({"headline": "</script><script>alert(1)</script> & more"}))
    assert html.count("</script>") == 1 and "<script>alert" not in html
    inner = re.search(r">(.*)</script>$", html).group(1)
    assert json.loads(inner)["headline"] == "</script><script>alert(1)</script> & more"


@override_settings(SITE_URL="https://gazete.example", SITE_NAME="Gazete Test")
def test_news_article_names_everything_google_asks_for() -> None:
    section = ensure_section("Dünya", name_en="World")
    story = upsert_story(wire_story(published_at=T0, authors=("Ayşe Test",)), section=section, now=T0).story
    story = Story.objects.select_related("section").get(pk=story.pk)
    data = seo.news_article(story, list(Author.objects.all()), "en")
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Test story: the council approves a new park"
    assert data["datePublished"] == data["dateModified"] == "2026-04-02T07:30:00+00:00"
    assert data["author"] == [{"@type": "Person", "name": "Ayşe Test", "url": "https://gazete.example/yazar/ayse-test/"}]
    assert data["publisher"]["name"] == "Gazete Test" and data["publisher"]["logo"]["url"].startswith("https://gazete.example/")
    assert data["articleSection"] == "World" and data["inLanguage"] == "en"
    assert data["mainEntityOfPage"]["@id"] == f"https://gazete.example{story.get_absolute_url()}"


def test_social_tags_escape_their_values() -> None:
    html = str(seo.social_tags(title='A "quoted" <title>', description="", url="https://x.example/", language="tr"))
    assert '<meta property="og:title" content="A &quot;quoted&quot; &lt;title&gt;">' in html
    assert '<meta property="og:locale" content="tr_TR">' in html
    assert "og:description" not in html


@override_settings(SITE_URL="https://gazete.example")
def test_absolute_url_uses_the_canonical_origin() -> None:
    assert seo.absolute_url("/haber/1/x/") == "https://gazete.example/haber/1/x/"
    assert seo.absolute_url("https://other.example/a") == "https://other.example/a"


def test_iso_datetime_drops_the_fraction_of_a_second() -> None:
    assert seo.iso_datetime(datetime(2026, 12, 3, 14, 59, 17, 999999, tzinfo=UTC)) == "2026-12-03T14:59:17+00:00"


@override_settings(SITE_URL="https://gazete.example", SITE_NAME="Gazete Test")
def test_the_home_graph_names_the_site_its_search_and_its_publisher() -> None:
    data = seo.home_graph("tr")
    assert data["@context"] == "https://schema.org"
    site, publisher = data["@graph"]
    assert site["@type"] == "WebSite" and site["url"] == "https://gazete.example/" and site["name"] == "Gazete Test"
    action = site["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == "https://gazete.example/ara/?q={search_term_string}"
    assert action["query-input"] == "required name=search_term_string"
    assert publisher["@type"] == "Organization" and site["publisher"] == {"@id": publisher["@id"]}
    assert publisher["logo"]["url"].startswith("https://gazete.example/static/")


SOCIAL_IMAGE = PageImage(
    sources=(ImageSource("image/webp", "/media/p/ab/x-360.webp 360w"),),
    fallback=ImageFile("/media/p/ab/x-360.webp", 360, 240, "image/webp"),
    alt="Cranes on the new quay", caption="The new quay at dawn.", credit="AA", byline="Ali Veli",
    social=ImageFile("/media/p/ab/x-1200-social.jpg", 1200, 800, "image/jpeg", 91000),
)


@override_settings(SITE_URL="https://gazete.example")
def test_a_story_with_a_picture_gets_a_large_image_card_with_the_social_file() -> None:
    html = str(seo.social_tags(title="T", description="D", url="https://gazete.example/haber/1/t/", language="tr",
                               kind="article", image=SOCIAL_IMAGE))
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert '<meta property="og:image" content="https://gazete.example/media/p/ab/x-1200-social.jpg">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="800">' in html
    assert '<meta property="og:image:type" content="image/jpeg">' in html
    assert '<meta property="og:image:alt" content="Cranes on the new quay">' in html
    assert '<meta name="twitter:image" content="https://gazete.example/media/p/ab/x-1200-social.jpg">' in html
    plain = str(seo.social_tags(title="T", description="D", url="https://gazete.example/", language="tr"))
    assert '<meta name="twitter:card" content="summary">' in plain and "og:image" not in plain


@override_settings(SITE_URL="https://gazete.example")
def test_news_article_image_is_the_social_file_with_its_size_and_credit() -> None:
    story = upsert_story(wire_story(published_at=T0), now=T0).story
    data = seo.news_article(story, [], "en", SOCIAL_IMAGE)
    assert data["image"] == [{
        "@type": "ImageObject", "url": "https://gazete.example/media/p/ab/x-1200-social.jpg",
        "contentUrl": "https://gazete.example/media/p/ab/x-1200-social.jpg", "width": 1200, "height": 800,
        "caption": "The new quay at dawn.", "creditText": "Ali Veli / AA",
    }]
    assert "image" not in seo.news_article(story, [], "en")
    without_social = PageImage(SOCIAL_IMAGE.sources, SOCIAL_IMAGE.fallback, "alt")
    assert "image" not in seo.news_article(story, [], "en", without_social)
