"""Tests for the reader pages as a reader and a crawler see them: article, home, listings, 404, cache."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.test import Client, override_settings
from django.utils import timezone

from gazete.comments.models import Comment
from gazete.newsroom import story_reads
from gazete.newsroom.cache import bump_generation
from gazete.newsroom.models import Author, Section, Story, Tag
from gazete.newsroom.sample_stories import load_sample_stories
from gazete.newsroom.services import ensure_section, upsert_story
from gazete.wireformats.pagetext import parse_page_text
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db

REFERENCE_PAGE = "samples/aa-kremlin-g7-article-page.txt"
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
# Stand-ins for the readership and comments includes: they print the request's probe, so a test
# can tell whether they were rendered for this request or replayed from a cache.
PROBE_TEMPLATES = {
    "readership/_read_counter.html": "<p class=probe-counter>counter {{ request.GET.probe }}</p>",
    "comments/_comments.html": "<p class=probe-comments>comments {{ request.GET.probe }}</p>",  # no request: cached
    "readership/_most_read.html": "<p class=probe-most-read>most read {{ request.GET.probe }}</p>",
}


def probe_templates() -> override_settings:
    """Settings that put the probe includes in front of the real ones."""
    engine = dict(settings.TEMPLATES[0])
    options = {k: v for k, v in engine["OPTIONS"].items() if k != "loaders"}
    options["loaders"] = [
        ("django.template.loaders.locmem.Loader", PROBE_TEMPLATES),
        "django.template.loaders.filesystem.Loader",
        "django.template.loaders.app_directories.Loader",
    ]
    return override_settings(TEMPLATES=[{**engine, "APP_DIRS": False, "OPTIONS": options}])


@pytest.fixture
def samples() -> None:
    load_sample_stories()


def story_in(section: Section | None, n: int, when: datetime, **kwargs: object) -> Story:
    """Store a test story (written for these tests) in ``section`` published at ``when``."""
    kwargs.setdefault("headline", f"Test story {n}: the council meets")
    wire = wire_story(
        agency_id=f"test:{n}", published_at=when, paragraphs=(f"Paragraph of story {n}.",),
        **kwargs,  # type: ignore[arg-type]
    )
    return upsert_story(wire, section=section, now=when).story


def h1_texts(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h1[^>]*>(.*?)</h1>", html, re.S)]


def test_home_shows_leads_latest_breaking_bar_and_language_switch(client: Client, samples: None) -> None:
    html = client.get("/").content.decode()
    leads = html[html.index('id="leads-h"'):html.index('id="latest-h"')]
    assert "Örnek haber: Liman kentinde ihracat rekoru" in leads
    assert "Örnek haber: Tarihi çarşıda restorasyon tamamlandı" in html
    breaking = re.search(r'<aside class="breaking".*?</aside>', html, re.S)
    assert breaking and "What a warmer winter means for grain prices" in breaking.group(0)
    assert 'lang="tr" aria-pressed="true">Türkçe</button>' in html
    assert 'lang="en" aria-pressed="false">English</button>' in html


def test_home_tells_crawlers_about_the_site_its_search_and_publisher(client: Client) -> None:
    html = client.get("/").content.decode()
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    graph = json.loads(scripts[0])["@graph"]
    assert [item["@type"] for item in graph] == ["WebSite", "Organization"]
    assert graph[0]["potentialAction"]["target"]["urlTemplate"].endswith("/ara/?q={search_term_string}")
    assert '<meta property="og:type" content="website">' in html
    assert '<meta property="og:url" content="http://127.0.0.1:8000/">' in html
    assert '<meta property="og:locale" content="tr_TR">' in html
    assert '<meta property="og:description" content="gazete: son haberler">' in html
    assert '<meta name="description" content="gazete: son haberler">' in html
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = client.get("/").content.decode()
    assert '<meta property="og:locale" content="en_US">' in english
    assert '<meta property="og:description" content="The latest news on gazete">' in english


def test_samples_leave_the_lead_slots_and_breaking_bar_to_the_first_real_story(client: Client,
                                                                              samples: None) -> None:
    real = story_in(ensure_section("Dünya"), 1, timezone.now() - timedelta(minutes=5))
    html = client.get("/").content.decode()
    assert 'id="leads-h"' not in html and '<aside class="breaking"' not in html  # no real lead or breaking yet
    latest = html[html.index('id="latest-h"'):]
    assert real.headline in latest and "Örnek haber: Liman kentinde ihracat rekoru" in latest
    Story.objects.filter(pk=real.pk).update(is_lead=True, breaking_until=timezone.now() + timedelta(hours=1))
    bump_generation()  # update() sends no signal: move the content generation as the desk's services do
    html = client.get("/").content.decode()
    leads = html[html.index('id="leads-h"'):html.index('id="latest-h"')]
    assert real.headline in leads and "Örnek haber" not in leads
    breaking = re.search(r'<aside class="breaking".*?</aside>', html, re.S).group(0)
    assert real.headline in breaking and "Sample story" not in breaking


def test_story_page_shows_everything_of_the_reference_layout(client: Client, samples: None) -> None:
    story = Story.objects.get(agency_id="sample:text:0001")
    response = client.get(story.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert h1_texts(html) == ["Örnek haber: Liman kentinde ihracat rekoru"]
    assert "<title>Örnek haber: Liman kentinde ihracat rekoru | gazete</title>" in html
    assert "<h2>Yeni rıhtım yolda</h2>" in html
    assert '<span class="dateline">İZMİR (AA) -</span>' in html
    assert '<p class="source">Kaynak: Anadolu Ajansı (AA)</p>' in html
    assert '<a rel="author" href="/yazar/deniz-ornekoglu/">Deniz Örnekoğlu</a>' in html
    assert "Güncelleme geçmişi" in html
    assert "<ins>Ticaret odası da artışın bölgedeki istihdama olumlu yansıdığını açıkladı.</ins>" in html
    assert "yüzde <del>12</del> <ins>14</ins> arttı" in html
    rendered = [t.name for t in response.templates]
    assert "readership/_read_counter.html" in rendered and "comments/_comments.html" in rendered


def test_story_page_has_reading_time_a_share_button_and_its_address_for_print(client: Client, samples: None) -> None:
    story = Story.objects.get(agency_id="sample:text:0001")
    html = client.get(story.get_absolute_url()).content.decode()
    address = f"{settings.SITE_URL}{story.get_absolute_url()}"
    assert '<span class="reading-time">1 dakikalık okuma</span>' in html
    assert f'<p class="print-url" lang="tr">{address}</p>' in html
    share = html[html.index('<div class="share"'):]
    share = share[:share.index("</div>")]
    assert " hidden>" in share.splitlines()[0]  # shown by share.js: without a script it could do nothing
    assert f'data-url="{address}"' in share and ">Paylaş</button>" in share
    assert 'data-copied="Bağlantı kopyalandı."' in share and f'value="{address}"' in share
    assert re.search(r'<script src="/static/gazete/share\.[^"]*js" defer></script>', html)
    # No inline script: only files of this site, and JSON-LD, which is data.
    for attributes in re.findall(r"<script([^>]*)>", html):
        assert 'src="/static/' in attributes or 'type="application/ld+json"' in attributes, attributes
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = client.get(story.get_absolute_url()).content.decode()
    assert '<span class="reading-time">1 minute read</span>' in english and ">Share</button>" in english


def test_related_stories_include_a_story_sharing_a_name_in_another_section(client: Client) -> None:
    world, economy = ensure_section("Dünya"), ensure_section("Ekonomi")
    story = story_in(world, 1, T0, headline="Test story: NATO ministers meet")
    same_section = story_in(world, 2, T0 + timedelta(hours=1))
    sharing_a_name = story_in(economy, 3, T0 + timedelta(hours=2), headline="Test story: NATO budgets grow")
    html = client.get(story.get_absolute_url()).content.decode()
    related = html[html.index('id="related-h"'):]
    assert related.index(sharing_a_name.headline) < related.index(same_section.headline)


@pytest.mark.shared
def test_reference_page_renders_as_the_reference_shows_it_done_right(client: Client, shared_dir: Path) -> None:
    wire = parse_page_text((shared_dir / REFERENCE_PAGE).read_text("utf-8"))
    story = upsert_story(wire, section=ensure_section("Dünya", name_en="World")).story
    html = client.get(story.get_absolute_url()).content.decode()
    headline = "Kremlin says G-7 security guarantees to Ukraine encroach on Russia’s security"
    assert h1_texts(html) == [headline]
    assert "UPDATE -" not in html
    assert f"<title>{headline} | gazete</title>" in html
    assert '<article class="story" lang="en"' in html and '<html lang="tr">' in html
    assert 'By\n      <a rel="author" href="/yazar/burc-eruygur/">Burc Eruygur</a>' in html
    assert '<span class="dateline">ISTANBUL (AA) -</span> The Kremlin said on Wednesday' in html
    subheads = ["Cluster munitions", "Russia-China ties not against 3rd countries"]
    assert re.findall(r"<h2>(.*?)</h2>", html)[:2] == subheads
    assert '<p class="source">Source: Anadolu Agency</p>' in html
    assert "Source of News" not in html
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert ld["@type"] == "NewsArticle" and ld["headline"] == headline
    assert ld["inLanguage"] == "en" and ld["articleSection"] == "Dünya"
    assert ld["author"] == [{"@type": "Person", "name": "Burc Eruygur", "url": "http://127.0.0.1:8000/yazar/burc-eruygur/"}]
    assert ld["datePublished"] and ld["dateModified"] and ld["publisher"]["name"] == "gazete"


def test_previous_and_next_follow_publication_time_within_the_section(client: Client) -> None:
    world, sport = ensure_section("Dünya"), ensure_section("Spor")
    first = story_in(world, 1, T0)
    other_section = story_in(sport, 2, T0 + timedelta(minutes=30))
    middle = story_in(world, 3, T0 + timedelta(hours=1))
    tie = story_in(world, 4, T0 + timedelta(hours=1))  # same minute: the id breaks the tie
    last = story_in(world, 5, T0 + timedelta(hours=2))

    def links(story: Story) -> tuple[str | None, str | None]:
        html = client.get(story.get_absolute_url()).content.decode()
        prev = re.search(r'<a rel="prev" href="([^"]+)"', html)
        nxt = re.search(r'<a rel="next" href="([^"]+)"', html)
        return (prev.group(1) if prev else None, nxt.group(1) if nxt else None)

    assert links(first) == (None, middle.get_absolute_url())
    assert links(middle) == (first.get_absolute_url(), tie.get_absolute_url())
    assert links(tie) == (middle.get_absolute_url(), last.get_absolute_url())
    assert links(last) == (tie.get_absolute_url(), None)
    assert links(other_section) == (None, None)
    first_html = client.get(first.get_absolute_url()).content.decode()
    assert "Bu, bölümün ilk haberi." in first_html
    assert "Bu, bölümün en son haberi." in client.get(last.get_absolute_url()).content.decode()


def test_related_stories_prefer_shared_tags(client: Client) -> None:
    world = ensure_section("Dünya")
    story = story_in(world, 1, T0, keywords=("grain", "ports"))
    sharing_both = story_in(None, 2, T0 + timedelta(hours=1), keywords=("grain", "ports"))
    sharing_one = story_in(None, 3, T0 + timedelta(hours=2), keywords=("ports",))
    same_section = story_in(world, 4, T0 + timedelta(hours=3))
    html = client.get(story.get_absolute_url()).content.decode()
    related = html[html.index('id="related-h"'):]
    order = [related.index(s.headline) for s in (sharing_both, sharing_one, same_section)]
    assert order == sorted(order)
    assert '<a rel="tag" href="/etiket/grain/">grain</a>' in html


def test_a_wrong_or_missing_slug_redirects_and_hidden_stories_are_not_shown(client: Client, samples: None) -> None:
    story = Story.objects.get(agency_id="sample:text:0002")
    for url in (f"/haber/{story.pk}/wrong-slug/", f"/haber/{story.pk}/"):
        response = client.get(url)
        assert response.status_code == 301 and response["Location"] == story.get_absolute_url()
    assert client.get("/haber/999999/").status_code == 404
    # update() skips the save signals: move the generation as every story save does at its commit.
    Story.objects.filter(pk=story.pk).update(status=Story.Status.DRAFT)
    bump_generation()
    assert client.get(story.get_absolute_url()).status_code == 404
    Story.objects.filter(pk=story.pk).update(
        status=Story.Status.PUBLISHED, published_at=timezone.now() + timedelta(hours=1)
    )
    bump_generation()
    assert client.get(story.get_absolute_url()).status_code == 404


def test_an_update_landing_during_a_render_reaches_the_next_reader(client: Client,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    story = story_in(None, 1, T0)
    load = story_reads.visible_story

    def load_then_update_lands(pk: int) -> Story | None:
        loaded = load(pk)  # this render has the story as it was...
        upsert_story(wire_story(headline=story.headline, agency_id="test:1", version="2",
                                paragraphs=("Paragraph of the update.",)))
        bump_generation()  # ...and the update commits before its fragments are keyed
        return loaded

    monkeypatch.setattr(story_reads, "visible_story", load_then_update_lands)
    assert "Paragraph of story 1." in client.get(story.get_absolute_url()).content.decode()
    monkeypatch.setattr(story_reads, "visible_story", load)
    html = client.get(story.get_absolute_url()).content.decode()
    assert "Paragraph of the update." in html and "Paragraph of story 1." not in html


def test_withdrawn_story_says_so_with_status_410(client: Client) -> None:
    story = story_in(None, 1, T0)
    upsert_story(wire_story(headline=story.headline, agency_id="test:1", withdrawn=True, paragraphs=()))
    response = client.get(story.get_absolute_url())
    assert response.status_code == 410
    html = response.content.decode()
    assert "Bu haber geri çekildi." in html and '<meta name="robots" content="noindex">' in html


def test_section_author_and_tag_pages_paginate(client: Client) -> None:
    world = ensure_section("Dünya", name_en="World")
    for n in range(23):
        story_in(world, n, T0 + timedelta(minutes=n), keywords=("council",))
    page1 = client.get("/bolum/dunya/").content.decode()
    assert h1_texts(page1) == ["Dünya"]
    assert page1.count('<article class="card"') == 20
    assert "Test story 22" in page1 and "Test story 2:" not in page1
    assert '<a rel="next" href="?page=2">' in page1
    page2 = client.get("/bolum/dunya/?page=2").content.decode()
    assert page2.count('<article class="card"') == 3 and '<a rel="prev" href="?page=1">' in page2
    assert client.get("/bolum/dunya/?page=3").status_code == 404
    assert client.get("/bolum/dunya/?page=x").status_code == 404
    assert client.get("/yazar/test-reporter/").content.decode().count('<article class="card"') == 20
    assert client.get("/etiket/council/?page=2").content.decode().count('<article class="card"') == 3
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert h1_texts(client.get("/bolum/dunya/").content.decode()) == ["World"]


def test_unknown_addresses_get_the_404_page(client: Client) -> None:
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Sayfa bulunamadı" in response.content.decode()
    assert client.get("/bolum/no-such-section/").status_code == 404


def test_500_page_stands_alone() -> None:
    from django.template.loader import get_template

    html = get_template("500.html").render({})
    assert "Bir hata oluştu" in html and "Something went wrong" in html and "{%" not in html


def test_english_interface_and_language_switch(client: Client, samples: None) -> None:
    story = Story.objects.get(agency_id="sample:text:0001")
    response = client.post("/i18n/setlang/", {"language": "en", "next": story.get_absolute_url()})
    assert response.status_code == 302 and response["Location"] == story.get_absolute_url()
    html = client.get(story.get_absolute_url()).content.decode()
    assert '<html lang="en">' in html and '<article class="story" lang="tr"' in html
    assert "Update history" in html and "Güncelleme geçmişi" not in html
    assert '<a href="/bolum/ekonomi/">Economy</a>' in html
    assert '<p class="source">Kaynak: Anadolu Ajansı (AA)</p>' in html  # the story's own language


def test_robots_txt_points_to_the_sitemaps(client: Client) -> None:
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in text
    assert "Sitemap: http://127.0.0.1:8000/sitemap-news.xml" in text
    assert "Disallow: /admin/" in text


def test_favicon_ico_is_served(client: Client) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO header
    assert response.content == Path(finders.find("gazete/favicon.ico")).read_bytes()
    assert "max-age=" in response["Cache-Control"]


# HTML's "valid global date and time string": seconds optional, at most three digits of fraction.
HTML_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})")


def test_every_time_element_carries_a_valid_html_datetime(client: Client, samples: None) -> None:
    story = Story.objects.get(agency_id="sample:text:0001")  # has an update history
    story.corrections.create(text="A figure was corrected.")
    story_in(None, 1, timezone.now(), keywords=("council",))  # now: a time with microseconds
    pages = ["/", story.get_absolute_url(), "/bolum/ekonomi/", "/ara/?q=liman", "/etiket/council/"]
    seen = 0
    for url in pages:
        html = client.get(url).content.decode()
        for value in re.findall(r'<time datetime="([^"]*)"', html):
            assert HTML_DATETIME.fullmatch(value), f"{url}: {value}"
            seen += 1
    assert seen >= len(pages)


# --- caching ------------------------------------------------------------------------------------


def test_cached_article_keeps_the_counter_live_and_renders_comments_without_the_request(
    client: Client, samples: None, django_assert_num_queries
) -> None:
    story = Story.objects.get(agency_id="sample:text:0001")
    with probe_templates():
        first = client.get(story.get_absolute_url() + "?probe=one").content.decode()
        with django_assert_num_queries(0):
            second = client.get(story.get_absolute_url() + "?probe=two").content.decode()
    assert "counter one" in first and "counter two" in second and "counter one" not in second
    # The comment block is rendered without the request (nothing in it is the reader's own) and
    # comes from the comment cache (gazete.comments.cache; tests/comments/test_cache.py).
    assert "<p class=probe-comments>comments </p>" in first and "<p class=probe-comments>comments </p>" in second
    assert h1_texts(second) == ["Örnek haber: Liman kentinde ihracat rekoru"]


def test_a_warm_article_and_home_page_make_no_query(client: Client, samples: None, django_assert_num_queries) -> None:
    story = Story.objects.get(agency_id="sample:text:0001")
    Comment.objects.create(story=story, name="Okur", text="Liman genişletilmeli.", text_hash="h1",
                           status="approved", decision="approve", visitor_hash="1" * 32)
    for url in (story.get_absolute_url(), "/"):
        client.get(url)  # fills the fragment, object and comment caches
        with django_assert_num_queries(0):
            html = client.get(url).content.decode()
        assert story.headline in html
        assert url == "/" or "Liman genişletilmeli." in html


def test_pages_change_when_a_story_is_published_updated_or_withdrawn(
    client: Client, django_capture_on_commit_callbacks
) -> None:
    world = ensure_section("Dünya")
    with django_capture_on_commit_callbacks(execute=True):
        story = story_in(world, 1, T0)
    client.get("/")
    client.get(story.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        newer = story_in(world, 2, T0 + timedelta(hours=1))
    assert newer.headline in client.get("/").content.decode()
    assert newer.get_absolute_url() in client.get(story.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        upsert_story(wire_story(
            headline="Test story 1: the council meets", agency_id="test:1", version="UPDATE",
            paragraphs=("Paragraph of story 1.", "A paragraph added by the update."),
        ), now=T0 + timedelta(hours=2))
    html = client.get(story.get_absolute_url()).content.decode()
    assert "<ins>A paragraph added by the update.</ins>" in html
    story.refresh_from_db()
    story.status = Story.Status.WITHDRAWN
    with django_capture_on_commit_callbacks(execute=True):
        story.save()
    assert story.headline not in client.get("/").content.decode()


def test_csrf_tokens_are_never_shared_between_readers(samples: None) -> None:
    story = Story.objects.get(agency_id="sample:text:0001")
    readers = [Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)]
    tokens = [reader.get("/yorum/token/").json()["token"] for reader in readers]
    assert tokens[0] != tokens[1]
    form = {"name": "Okur", "text": "Savaşın bir an önce bitmesini diliyorum.", "lang": "tr"}
    stolen = readers[1].post(f"/yorum/{story.pk}/", {**form, "csrfmiddlewaretoken": tokens[0]})
    assert stolen.status_code == 403 and not story.comments.exists()
    own = readers[1].post(f"/yorum/{story.pk}/", {**form, "csrfmiddlewaretoken": tokens[1]})
    assert own.status_code in (200, 302) and story.comments.exists()


def test_reader_pages_are_the_same_bytes_for_every_anonymous_reader(samples: None) -> None:
    story = Story.objects.get(agency_id="sample:text:0001")
    author = Author.objects.filter(stories__isnull=False).first()
    tag = Tag.objects.create(name="Deprem", slug="deprem")
    story.tags.add(tag)
    pages = ["/", story.get_absolute_url(), story.section.get_absolute_url(), "/rss/", "/atom/",
             author.get_absolute_url(), tag.get_absolute_url()]
    for url in pages:
        first, second = Client(enforce_csrf_checks=True).get(url), Client(enforce_csrf_checks=True).get(url)
        assert first.status_code == 200, url
        assert "Set-Cookie" not in first.headers and not first.cookies, url
        assert first.content == second.content, url
        assert b"csrfmiddlewaretoken\" value=\"\"" in first.content or b"csrfmiddlewaretoken" not in first.content
        assert "Cookie" not in first.headers.get("Vary", ""), url


def test_the_language_switch_needs_no_token(samples: None) -> None:
    response = Client(enforce_csrf_checks=True).post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302 and response.cookies["django_language"].value == "en"


def test_query_counts_do_not_grow_with_stories(client: Client, django_assert_max_num_queries) -> None:
    world = ensure_section("Dünya")
    authors = ("Test Reporter", "Second Reporter")
    for n in range(30):
        story_in(world, n, T0 + timedelta(minutes=n), authors=authors, keywords=("council", f"k{n}"))
    Story.objects.filter(agency_id__in=["test:1", "test:2"]).update(is_lead=True)
    story = Story.objects.get(agency_id="test:15")
    with probe_templates():
        for url, uncached in [("/", 5), (story.get_absolute_url(), 12), ("/bolum/dunya/", 5),
                              ("/yazar/test-reporter/", 5), ("/etiket/council/", 5)]:
            with django_assert_max_num_queries(uncached):
                assert client.get(url).status_code == 200
            with django_assert_max_num_queries(2):
                assert client.get(url).status_code == 200
        with django_assert_max_num_queries(3):
            assert client.get("/ara/?q=council").status_code == 200


def test_most_read_place_on_home_includes_the_readership_list(client: Client) -> None:
    with probe_templates():
        html = client.get("/?probe=x").content.decode()
    assert "most read x" in html


# --- weight -------------------------------------------------------------------------------------


def test_article_page_weighs_under_100_kb_before_images(client: Client, samples: None) -> None:
    story = Story.objects.get(agency_id="sample:text:0001")
    html = client.get(story.get_absolute_url()).content.decode()
    total = len(html.encode())
    assets = re.findall(r'<link rel="stylesheet" href="/static/([^"]+)"', html)
    assets += re.findall(r'<script src="/static/([^"]+)"', html)
    for asset in assets:
        path = finders.find(asset)
        assert path, asset
        total += Path(path).stat().st_size
    assert assets and total < 100 * 1024, f"{total} bytes"


def test_author_model_is_linked_from_the_byline(client: Client) -> None:
    story = story_in(None, 1, T0, authors=("Ayşe Yılmaz",))
    author = Author.objects.get(name="Ayşe Yılmaz")
    html = client.get(story.get_absolute_url()).content.decode()
    assert f'<a rel="author" href="{author.get_absolute_url()}">Ayşe Yılmaz</a>' in html
    assert story.headline in client.get(author.get_absolute_url()).content.decode()


def test_corrections_show_on_the_article_as_soon_as_they_are_added(
    client: Client, django_capture_on_commit_callbacks
) -> None:
    from gazete.newsroom.models import Correction

    story = story_in(None, 1, T0)
    assert "corrections-h" not in client.get(story.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        Correction.objects.create(story=story, text="An earlier version gave the wrong date.")
    html = client.get(story.get_absolute_url()).content.decode()
    assert "An earlier version gave the wrong date." in html and "Correction" in html
