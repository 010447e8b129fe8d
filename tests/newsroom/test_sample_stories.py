"""Tests for the bundled sample stories: loaded through upsert_story, marked, idempotent, removable."""

from io import StringIO

import pytest
from django.core.management import call_command

from gazete.newsroom.models import Story
from gazete.newsroom.sample_stories import load_sample_stories, remove_sample_stories
from gazete.newsroom.services import upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


def test_samples_load_once_and_are_marked() -> None:
    first = load_sample_stories()
    assert first.stories == 7 and first.versions == 8
    assert load_sample_stories().versions == 0
    assert Story.objects.count() == 7
    assert all(story.is_sample for story in Story.objects.all())
    updated = Story.objects.get(agency_id="sample:text:0001")
    assert updated.versions.count() == 2 and updated.updated_at is not None


def test_removing_samples_leaves_real_stories_and_the_search_index() -> None:
    load_sample_stories()
    real = upsert_story(wire_story(agency_id="aa:real:1")).story
    assert remove_sample_stories() == 7
    assert list(Story.objects.all()) == [real]
    assert remove_sample_stories() == 0


def test_the_remove_samples_command_says_how_many() -> None:
    load_sample_stories()
    out = StringIO()
    call_command("remove_samples", stdout=out)
    assert out.getvalue() == "sample stories removed: 7\n" and not Story.objects.exists()


def test_samples_hold_lead_and_breaking_slots_only_until_a_real_story_is_published() -> None:
    load_sample_stories()
    assert Story.objects.filter(is_lead=True).slot_holders().count() == 2
    draft = upsert_story(wire_story(agency_id="aa:real:1"), publish=False).story
    assert Story.objects.filter(is_lead=True).slot_holders().count() == 2  # a draft is not on the site
    Story.objects.filter(pk=draft.pk).update(status=Story.Status.PUBLISHED, is_lead=True)
    assert list(Story.objects.filter(is_lead=True).slot_holders()) == [draft]
