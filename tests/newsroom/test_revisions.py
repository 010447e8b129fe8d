"""Tests for newsroom.revisions: the text an editor can change, and the revisions that keep it."""

from __future__ import annotations

import pytest

from gazete.newsroom.models import Section, Story, StoryRevision
from gazete.newsroom.revisions import StoryText, ensure_baseline, record_revision
from gazete.newsroom.services import upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft() -> Story:
    return upsert_story(wire_story(), publish=False).story


def test_a_revision_keeps_the_text_and_gives_it_back(draft: Story) -> None:
    section = Section.objects.create(name="Dünya", slug="dunya")
    text = StoryText(headline="Kept", standfirst="", body=[{"type": "paragraph", "text": "Body."}],
                     authors=["Ayşe Yazar"], section=section, tags=["parks"], language="tr", source="AA")
    revision = record_revision(draft, text, None, "n" * 400)
    assert len(revision.note) == 300 and revision.section_slug == "dunya"
    assert StoryText.of_revision(revision, source="AA") == text


def test_the_baseline_is_kept_once_with_the_storys_own_time(draft: Story) -> None:
    ensure_baseline(draft, StoryText.of(draft))
    ensure_baseline(draft, StoryText.of(draft))
    baseline = StoryRevision.objects.get(story=draft)
    assert baseline.headline == draft.headline and baseline.created_at == (draft.updated_at or draft.created_at)
