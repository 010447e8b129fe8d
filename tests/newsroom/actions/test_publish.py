"""Tests for newsroom.actions.publish: publish now, schedule, and the scheduler's publishing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from gazete.newsroom.actions import PublishScheduledStory, PublishStory, ScheduleStory, publish_due_stories
from gazete.newsroom.actors import CLI, SCHEDULER, Actor
from gazete.newsroom.models import Story, StoryLogEntry
from gazete.newsroom.refusal import NotPermitted, Refusal
from tests.newsroom.actions.conftest import log_of

pytestmark = pytest.mark.django_db
Take = Callable[[Any], Any]


def test_publishing_writes_one_entry_and_sends_one_event(draft: Story, editor: Actor, events: list,
                                                          take: Take) -> None:
    assert take(PublishStory(draft, editor)) is draft
    assert draft.status == Story.Status.PUBLISHED
    entry = StoryLogEntry.objects.get(story=draft)
    assert (entry.action, entry.user, entry.system_actor, entry.via) == ("published", editor.user, "", "desk")
    assert [(sender, entry_sent) for sender, _action, entry_sent in events] == [(PublishStory, entry)]


def test_publishing_without_the_permission_is_refused_with_its_code(draft: Story, moderator: Actor,
                                                                     events: list) -> None:
    with pytest.raises(NotPermitted) as refusal:
        PublishStory(draft, moderator).execute()
    assert refusal.value.code == "not_permitted" and isinstance(refusal.value, PermissionDenied)
    assert Story.objects.get(pk=draft.pk).status == Story.Status.DRAFT
    assert log_of(draft) == [("refused", "published: Your role does not allow this (backoffice.edit_stories).")]
    assert events == []


@pytest.mark.parametrize(("source", "code"), [("", "no_source"), ("Source of News", "placeholder_source")])
def test_publishing_without_a_real_credit_is_refused(draft: Story, editor: Actor, events: list, take: Take,
                                                     source: str, code: str) -> None:
    Story.objects.filter(pk=draft.pk).update(source=source)
    with pytest.raises(Refusal) as refusal:
        take(PublishStory(draft, editor))
    assert refusal.value.code == code
    assert Story.objects.get(pk=draft.pk).status == Story.Status.DRAFT
    assert [action for action, _note in log_of(draft)] == ["refused"] and events == []


def test_publishing_twice_is_refused_as_already_published(draft: Story, editor: Actor) -> None:
    PublishStory(draft, editor).execute()
    with pytest.raises(Refusal) as refusal:
        PublishStory(draft, editor).execute()
    assert refusal.value.code == "already_published"


def test_scheduling_writes_the_time_and_sends_one_event(draft: Story, editor: Actor, events: list,
                                                        take: Take) -> None:
    now = timezone.now()
    take(ScheduleStory(draft, editor, now + timedelta(minutes=5), now=now))
    assert draft.status == Story.Status.SCHEDULED
    [(action, note)] = log_of(draft)
    assert action == "scheduled" and note == timezone.localtime(now + timedelta(minutes=5)).strftime(
        "%Y-%m-%d %H:%M:%S")
    assert [sender for sender, _action, _entry in events] == [ScheduleStory]


def test_scheduling_refusals_have_codes(draft: Story, editor: Actor, moderator: Actor) -> None:
    now = timezone.now()
    with pytest.raises(Refusal) as passed:
        ScheduleStory(draft, editor, now - timedelta(seconds=1), now=now).execute()
    with pytest.raises(NotPermitted):
        ScheduleStory(draft, moderator, now + timedelta(hours=1), now=now).execute()
    PublishStory(draft, editor).execute()
    with pytest.raises(Refusal) as published:
        ScheduleStory(draft, editor, now + timedelta(hours=1), now=now).execute()
    assert (passed.value.code, published.value.code) == ("time_passed", "already_published_unpublish_first")


def test_the_scheduler_publishes_due_stories_as_itself(draft: Story, editor: Actor, events: list,
                                                       take: Take) -> None:
    now = timezone.now()
    ScheduleStory(draft, editor, now + timedelta(minutes=1), now=now).execute()
    assert take(PublishScheduledStory(draft, SCHEDULER, now=now)) is False  # not due yet: nothing logged
    assert take(PublishScheduledStory(draft, SCHEDULER, now=now + timedelta(minutes=2))) is True
    entry = StoryLogEntry.objects.filter(story=draft).first()
    assert entry is not None
    assert (entry.action, entry.user, entry.system_actor, entry.via) == ("published", None, "scheduler", "worker")
    assert [sender for sender, _action, _entry in events] == [PublishScheduledStory]
    assert Story.objects.get(pk=draft.pk).status == Story.Status.PUBLISHED


def test_a_due_story_without_credit_goes_back_to_draft_logged_unscheduled(draft: Story, editor: Actor,
                                                                          events: list, take: Take) -> None:
    now = timezone.now()
    ScheduleStory(draft, editor, now + timedelta(minutes=1), now=now).execute()
    Story.objects.filter(pk=draft.pk).update(source="")
    assert publish_due_stories(now=now + timedelta(minutes=2)) == []
    assert Story.objects.get(pk=draft.pk).status == Story.Status.DRAFT
    action, note = log_of(draft)[-1]
    assert action == "unscheduled" and note.startswith("refused: The story has no source credit")


def test_publish_due_stories_names_its_actor(draft: Story, editor: Actor) -> None:
    now = timezone.now()
    ScheduleStory(draft, editor, now + timedelta(minutes=1), now=now).execute()
    assert publish_due_stories(actor=CLI, now=now + timedelta(minutes=2)) == [draft]
    assert StoryLogEntry.objects.filter(story=draft, action="published", system_actor="cli").count() == 1
