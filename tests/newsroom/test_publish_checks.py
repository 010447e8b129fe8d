"""Tests for newsroom.publish_checks: the registry other apps add publishing rules to."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.utils import timezone

from gazete.newsroom import publish_checks
from gazete.newsroom.actions import PublishStory, ScheduleStory, publish_due_stories
from gazete.newsroom.actors import SYSTEM
from gazete.newsroom.models import Story, StoryLogEntry
from gazete.newsroom.refusal import Refusal
from gazete.newsroom.services import upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db
NAME = "tests.headline_needs_no_question"


def no_question_in_headline(story: Story) -> Refusal | None:
    """A rule written for these tests: a headline ending in a question mark is not published."""
    if story.headline.rstrip().endswith("?"):
        return Refusal("question_headline", "The headline asks a question.")
    return None


@pytest.fixture
def question_rule() -> Iterator[None]:
    publish_checks.register(NAME, no_question_in_headline)
    yield
    publish_checks.unregister(NAME)


@pytest.fixture
def question_draft() -> Story:
    return upsert_story(wire_story(headline="Will the park open in spring?"), publish=False).story


def test_media_registers_its_lead_photo_check_when_the_app_is_ready() -> None:
    assert "media.lead_picture" in publish_checks.registered()


def test_a_registered_check_refuses_publishing_and_its_refusal_is_logged(question_rule: None,
                                                                         question_draft: Story) -> None:
    assert publish_checks.publish_problem(question_draft).code == "question_headline"  # type: ignore[union-attr]
    with pytest.raises(Refusal) as refusal:
        PublishStory(question_draft, SYSTEM).execute()
    assert refusal.value.code == "question_headline"
    assert Story.objects.get(pk=question_draft.pk).status == Story.Status.DRAFT
    assert list(StoryLogEntry.objects.filter(story=question_draft).values_list("action", "note")) == [
        ("refused", "published: The headline asks a question.")]


def test_a_registered_check_refuses_scheduling_and_sends_a_due_story_back_to_draft(
    question_rule: None, question_draft: Story,
) -> None:
    with pytest.raises(Refusal):
        ScheduleStory(question_draft, SYSTEM, timezone.now() + timedelta(hours=1)).execute()
    Story.objects.filter(pk=question_draft.pk).update(status=Story.Status.SCHEDULED,
                                                       published_at=timezone.now() - timedelta(minutes=1))
    assert publish_due_stories() == []
    assert Story.objects.get(pk=question_draft.pk).status == Story.Status.DRAFT
    assert StoryLogEntry.objects.filter(story=question_draft).order_by("id").last().action == "unscheduled"  # type: ignore[union-attr]


def test_the_credit_is_checked_before_any_registered_check(question_rule: None, question_draft: Story) -> None:
    Story.objects.filter(pk=question_draft.pk).update(source="")
    question_draft.refresh_from_db()
    assert publish_checks.publish_problem(question_draft).code == "no_source"  # type: ignore[union-attr]


def test_without_the_check_the_same_story_is_published(question_draft: Story) -> None:
    assert NAME not in publish_checks.registered()
    assert publish_checks.publish_problem(question_draft) is None
    PublishStory(question_draft, SYSTEM).execute()
    assert question_draft.status == Story.Status.PUBLISHED


def test_unregistering_an_unknown_check_does_nothing() -> None:
    before = publish_checks.registered()
    publish_checks.unregister("never.registered")
    assert publish_checks.registered() == before
