"""Tests for the counter on article pages and the most-read include for the home page."""

from __future__ import annotations

import re

import pytest
from django.template import Context, Template
from django.test import Client
from django.utils import translation

from gazete.newsroom.models import Story
from gazete.newsroom.sample_stories import load_sample_stories
from gazete.readership import services
from gazete.readership.buffer import ReadBuffer
from gazete.readership.templatetags.readership import distinct_lists
from gazete.readership.visitors import COOKIE_NAME, new_cookie_id

pytestmark = pytest.mark.django_db
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"


@pytest.fixture
def samples(read_buffer: ReadBuffer) -> None:
    load_sample_stories()


def add_reads(story: Story, n: int) -> None:
    client = Client()
    for _ in range(n):
        client.post(f"/api/stories/{story.pk}/reads", HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=BROWSER,
                    HTTP_COOKIE=f"{COOKIE_NAME}={new_cookie_id()}")


@pytest.mark.parametrize(("language", "sentence"), [
    ("tr", "Bu haber toplam {n} kez okundu."),
    ("en", "This news has been read {n} times in total"),
])
def test_the_article_page_shows_the_count_in_the_story_language(samples: None, language: str,
                                                                 sentence: str) -> None:
    story = Story.objects.published().filter(language=language).first()
    add_reads(story, 3)
    html = Client().get(story.get_absolute_url(), HTTP_HOST="127.0.0.1").content.decode()
    text = re.sub(r"<[^>]+>", "", html)
    assert sentence.format(n=3) in text
    assert f'data-read-beacon="/api/stories/{story.pk}/reads"' in html
    assert f'<noscript><img class="read-pixel" src="/api/stories/{story.pk}/reads.gif"' in html
    assert "readership/reads.js" in html and "<script>" not in html  # no inline script


def test_one_read_is_one_time_not_one_times(samples: None) -> None:
    story = Story.objects.published().filter(language="en").first()
    add_reads(story, 1)
    html = Client().get(story.get_absolute_url(), HTTP_HOST="127.0.0.1").content.decode()
    assert "This news has been read <span data-read-count>1</span> time in total." in html
    assert 'data-read-forms="{&quot;one&quot;:[&quot;This news has been read &quot;,' in html


def test_the_counter_includes_reads_not_yet_flushed(samples: None) -> None:
    story = Story.objects.published().first()
    services.seed_read_count(story.pk, 65)
    add_reads(story, 2)
    html = Template('{% load readership %}{% read_count story %}').render(Context({"story": story}))
    assert html == "67"


def test_the_most_read_include_lists_stories(samples: None) -> None:
    stories = list(Story.objects.published().order_by("id")[:2])
    add_reads(stories[1], 2)
    add_reads(stories[0], 1)
    services.flush_pending()
    html = Template('{% include "readership/_most_read.html" %}').render(Context({}))
    assert 'class="most-read"' in html
    today = html.split('data-period="')[1].split("</ol>")[0]
    assert today.index(stories[1].headline) < today.index(stories[0].headline)
    # Every read is today's: the four lists are one, shown once under one heading.
    assert html.count('class="most-read-list"') == 1 and html.count(stories[1].headline) == 1
    assert 'data-period="trending day week all"' in html
    assert "<h3>Yükselenler · Bugün · Bu hafta · Tüm zamanlar</h3>" in html
    assert '<span class="reads">2</span>' in html


def entry(story_id: int, reads: int) -> services.MostReadEntry:
    return services.MostReadEntry(story_id, f"Story {story_id}", f"/haber/{story_id}/", None, "tr", reads,
                                  float(reads))


def test_identical_lists_are_shown_once_and_different_ones_apart() -> None:
    young = [entry(1, 5), entry(2, 3)]
    older = [entry(1, 9), entry(2, 3)]  # the same order, other counts
    lists = distinct_lists({"trending": [entry(1, 0), entry(2, 0)], "day": young, "week": list(young),
                            "all": older})
    assert [(shown.periods, shown.show_reads) for shown in lists] == [
        (("trending", "day", "week"), True), (("all",), True)]
    assert [e.reads for e in lists[0].entries] == [5, 3] and lists[1].entries == older
    with translation.override("en"):
        assert lists[0].title == "Trending · Today · This week" and lists[1].title == "All time"
    assert lists[0].period_attr == "trending day week"
    trending_apart = distinct_lists({"trending": [entry(2, 0), entry(1, 0)], "day": young, "week": []})
    assert [(shown.periods, shown.show_reads) for shown in trending_apart] == [(("trending",), False),
                                                                                (("day",), True)]
    assert distinct_lists({}) == []


def test_the_most_read_include_is_empty_without_reads(samples: None) -> None:
    html = Template('{% include "readership/_most_read.html" %}').render(Context({}))
    assert html.strip() == ""
