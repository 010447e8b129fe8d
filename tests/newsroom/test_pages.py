"""Tests for newsroom.pages: what the article and home pages show, and that it is computed lazily."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gazete.newsroom.pages import HomePage, StoryPage
from gazete.newsroom.services import upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db
T0 = datetime(2026, 5, 1, 6, 0, tzinfo=UTC)


def test_history_lists_headline_and_paragraph_changes_per_version() -> None:
    story = upsert_story(wire_story(paragraphs=("One.", "Two.")), now=T0).story
    upsert_story(wire_story(version="UPDATE", headline="Test story: the council approves two parks",
                            paragraphs=("One.", "Two and a half.")), now=T0 + timedelta(hours=1))
    upsert_story(wire_story(version="UPDATE 2", headline="Test story: the council approves two parks",
                            paragraphs=("One.", "Two and a half.", "Three.")), now=T0 + timedelta(hours=2))
    story.refresh_from_db()
    page = StoryPage(story, "en")
    assert [e.version.label for e in page.history] == ["UPDATE", "UPDATE 2"]
    first, second = page.history
    assert first.headline_before == "Test story: the council approves a new park"
    assert first.changes[0]["kind"] == "changed"
    assert first.changes[0]["runs"] == [("delete", "Two."), ("insert", "Two and a half.")]
    assert second.headline_before is None and second.changes == [{"kind": "added", "before": None, "after": "Three."}]
    assert page.first_version.label == "" and page.version_label == "UPDATE 2"


def test_dateline_goes_on_the_first_paragraph_not_a_subhead() -> None:
    story = upsert_story(wire_story(place="ANKARA")).story
    story.body = [{"type": "subhead", "text": "Opening"}, {"type": "paragraph", "text": "Text."}]
    page = StoryPage(story, "tr")
    assert [b["dateline"] for b in page.blocks] == [False, True]
    assert page.dateline == "ANKARA (AA)"


def test_pages_run_no_query_until_read() -> None:
    story = upsert_story(wire_story()).story
    with CaptureQueriesContext(connection) as queries:
        StoryPage(story, "tr")
        HomePage()
    assert len(queries) == 0
