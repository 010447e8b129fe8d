"""Tests for readership.receivers: a story carried over from another portal starts at its reads."""

from __future__ import annotations

import pytest
from django.db import transaction

from gazete.newsroom.models import Story
from gazete.newsroom.services import upsert_story
from gazete.newsroom.signals import read_count_carried
from gazete.readership import services
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


def test_a_carried_read_count_seeds_the_counter_in_the_senders_transaction(
    read_buffer, django_capture_on_commit_callbacks,
) -> None:
    story = upsert_story(wire_story()).story
    with pytest.raises(RuntimeError), transaction.atomic():
        read_count_carried.send(sender=Story, story_id=story.pk, count=4321)
        raise RuntimeError("the story's transaction rolls back")
    assert services.read_count(story.pk) == 0
    with django_capture_on_commit_callbacks(execute=True):
        read_count_carried.send(sender=Story, story_id=story.pk, count=4321)
    assert services.read_count(story.pk) == 4321


def test_a_bad_carried_count_is_refused_loudly(
    read_buffer, django_capture_on_commit_callbacks,
) -> None:
    story = upsert_story(wire_story()).story
    with pytest.raises(ValueError, match="negative"):
        read_count_carried.send(sender=Story, story_id=story.pk, count=-1)
