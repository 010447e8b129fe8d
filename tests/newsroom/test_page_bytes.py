"""Reader pages compared whole with golden files: speed work on rendering must not change a byte.

The article pages (Turkish and English interface, a story with an update history, prev/next and
related stories) and the home page are rendered uncached and then from warm fragments; both must
equal the golden document written by the code before the work (``GAZETE_UPDATE_GOLDEN=1``
rewrites them after a deliberate change of the pages).
"""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.test import Client, override_settings

from gazete.newsroom.cache import bump_generation
from gazete.newsroom.models import Story
from gazete.newsroom.services import ensure_section, upsert_story
from tests.newsroom.factories import wire_story
from tests.newsroom.test_feeds import SITE_URL, T0, pinned_stories

pytestmark = pytest.mark.django_db
GOLDEN = Path(__file__).parent / "golden"
def page_stories() -> dict[str, Story]:
    """The feeds' pinned stories and one that shares a tag and the section with the first (related)."""
    stories = pinned_stories()
    stories["s4"] = upsert_story(wire_story(
        headline="Örnek: Liman rıhtımında ilk gemi", agency_id="golden:4", language="tr", place="İZMİR",
        keywords=("liman",), published_at=T0 + timedelta(hours=3),
        paragraphs=("Sample written for gazete tests: the first ship at the new quay.",),
    ), section=ensure_section("Dünya", name_en="World"), now=T0 + timedelta(hours=3)).story
    return stories


ID_BEFORE = ("/", 'data-story="', "comment-name-", "comment-email-", "comment-website-", "comment-text-")
"""What stands before a story id in a page: an address, the comment block and its fields' ids."""
PAGES = [("s1", "tr"), ("s4", "en"), ("s2", "tr"), ("s2", "en"), ("s3", "en"), ("home", "tr")]


def normalised(html: str, stories: dict[str, Story]) -> str:
    """``html`` with the story ids (which depend on the tests run before) written as their names."""
    for name, story in stories.items():
        # in addresses (/haber/12/…), the comment block's data-story="12" and its fields' ids (comment-text-12)
        after = "|".join(f"(?<={before})" for before in ID_BEFORE)
        html = re.sub(rf'(?:{after}){story.pk}(?=[/"])', f"{{{name}}}", html)
    return html


@pytest.mark.parametrize(("page", "language"), PAGES)
def test_reader_pages_are_byte_for_byte_the_golden_ones(page: str, language: str) -> None:
    with override_settings(SITE_URL=SITE_URL):
        stories = page_stories()
        url = "/" if page == "home" else stories[page].get_absolute_url()
        client = Client(HTTP_ACCEPT_LANGUAGE=language)
        client.cookies["django_language"] = language
        bump_generation()
        uncached = normalised(client.get(url).content.decode(), stories)
        cached = normalised(client.get(url).content.decode(), stories)
    path = GOLDEN / f"page-{page}-{language}.html"
    if os.environ.get("GAZETE_UPDATE_GOLDEN"):
        path.write_text(uncached, "utf-8")
    assert uncached == path.read_text("utf-8")
    assert cached == uncached
