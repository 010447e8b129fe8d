"""Tests for newsroom.tasks: the worker's every-minute task publishes scheduled stories."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.utils import timezone
from huey.contrib.djhuey import HUEY

from gazete.newsroom import publishing
from gazete.newsroom.models import Story, StoryLogEntry
from gazete.newsroom.services import upsert_story
from gazete.newsroom.tasks import publish_scheduled_stories
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


def test_the_task_is_a_periodic_task_that_runs_every_minute() -> None:
    name = publish_scheduled_stories.task_class.__name__
    for minute in (0, 1, 17, 59):
        due = {type(task).__name__ for task in HUEY.read_periodic(datetime(2026, 1, 1, 12, minute))}
        assert name in due


def test_the_task_publishes_due_stories_only() -> None:
    due = upsert_story(wire_story(agency_id="aa:1"), publish=False).story
    later = upsert_story(wire_story(agency_id="aa:2", headline="Another test story"), publish=False).story
    now = timezone.now()
    publishing.schedule(due, now + timedelta(seconds=1), now=now)
    publishing.schedule(later, now + timedelta(hours=1), now=now)
    Story.objects.filter(pk=due.pk).update(published_at=now - timedelta(seconds=1))
    assert publish_scheduled_stories.call_local() == 1
    assert Story.objects.get(pk=due.pk).status == Story.Status.PUBLISHED
    assert Story.objects.get(pk=later.pk).status == Story.Status.SCHEDULED
    assert publish_scheduled_stories.call_local() == 0


def test_the_task_publishes_as_the_scheduler_and_leaves_an_entry_in_the_story_log() -> None:
    due = upsert_story(wire_story(agency_id="aa:3"), publish=False).story
    now = timezone.now()
    publishing.schedule(due, now + timedelta(seconds=1), now=now)
    Story.objects.filter(pk=due.pk).update(published_at=now - timedelta(seconds=1))
    assert publish_scheduled_stories.call_local() == 1
    entry = StoryLogEntry.objects.filter(story=due).first()
    assert entry is not None
    assert (entry.action, entry.user, entry.system_actor, entry.via) == ("published", None, "scheduler", "worker")
