"""Tests for the bundled sample stories: loaded through upsert_story, marked, idempotent."""

import pytest

from gazete.newsroom.models import Story
from gazete.newsroom.sample_stories import load_sample_stories

pytestmark = pytest.mark.django_db


def test_samples_load_once_and_are_marked() -> None:
    first = load_sample_stories()
    assert first.stories == 7 and first.versions == 8
    assert load_sample_stories().versions == 0
    assert Story.objects.count() == 7
    assert all(story.is_sample for story in Story.objects.all())
    updated = Story.objects.get(agency_id="sample:text:0001")
    assert updated.versions.count() == 2 and updated.updated_at is not None
