"""Publishing actions: publish now, schedule for later, and the scheduler's publishing of due stories."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.newsroom.actions.base import REFUSED, StoryAction
from gazete.newsroom.actors import SCHEDULER, Actor
from gazete.newsroom.invalidation import announce_on_commit
from gazete.newsroom.models import Story
from gazete.newsroom.permissions import EDIT_STORIES
from gazete.newsroom.publish_checks import publish_problem
from gazete.newsroom.refusal import Refusal

logger = logging.getLogger(__name__)

NOT_DUE = "not_due"


def _check_provenance(story: Story) -> None:
    problem = publish_problem(story)
    if problem is not None:
        raise problem


class PublishStory(StoryAction[Story]):
    """Publish a story at once (from draft, scheduled or unpublished); refused without a real credit
    (or while a registered publish check, such as the lead photo's, refuses it)."""

    permission = EDIT_STORIES
    code = "published"
    copied = ("status", "published_at", "withdrawn_reason")

    def check(self, story: Story) -> None:
        """A real credit, and not already live."""
        _check_provenance(story)
        if story.status == Story.Status.PUBLISHED and story.published_at and story.published_at <= self.now:
            raise Refusal("already_published", _("The story is already published."))

    def change(self, story: Story) -> Story:
        """Live from now; a withdrawal reason left from before is cleared."""
        story.status = Story.Status.PUBLISHED
        story.published_at = self.now
        story.withdrawn_reason = ""
        story.save(update_fields=list(self.copied))
        announce_on_commit(story, "published")
        return self.story


class ScheduleStory(StoryAction[Story]):
    """Schedule a story to be published at ``when`` (in the future) by the worker's scheduler."""

    permission = EDIT_STORIES
    code = "scheduled"
    copied = ("status", "published_at")

    def __init__(self, story: Story, actor: Actor | Any, when: datetime, *, now: datetime | None = None) -> None:
        super().__init__(story, actor, now=now)
        self.when = when

    def check(self, story: Story) -> None:
        """A time still to come, a real credit, and not already published."""
        if self.when <= self.now:
            raise Refusal("time_passed",
                          _("The scheduled time has already passed; choose a later time or publish now."))
        _check_provenance(story)
        if story.status == Story.Status.PUBLISHED:
            raise Refusal("already_published_unpublish_first",
                          _("The story is already published; unpublish it first to schedule it."))

    def change(self, story: Story) -> Story:
        """Scheduled for ``when`` (nothing readers see changes yet)."""
        story.status = Story.Status.SCHEDULED
        story.published_at = self.when
        story.save(update_fields=list(self.copied))
        return self.story

    def note(self) -> str:
        """The time, as the desk shows it."""
        return timezone.localtime(self.when).strftime("%Y-%m-%d %H:%M:%S")


class PublishScheduledStory(StoryAction[bool]):
    """The scheduler's publishing of one scheduled story whose time has come.

    Returns True when the story went live. A story that lost its credit meanwhile goes back to
    draft instead (logged ``unscheduled``, with the reason), and False is returned; so it is when
    the story is no longer due (another worker was first), which is not logged.
    """

    permission = EDIT_STORIES
    code = "published"
    copied = ("status",)

    def __init__(self, story: Story, actor: Actor | Any, *, now: datetime | None = None) -> None:
        super().__init__(story, actor, now=now)
        self.problem: Refusal | None = None

    def check(self, story: Story) -> None:
        """Still scheduled, and due."""
        if story.status != Story.Status.SCHEDULED or story.published_at is None or story.published_at > self.now:
            raise Refusal(NOT_DUE, _("The story is no longer waiting to be published."))

    def change(self, story: Story) -> bool:
        """Live at the scheduled time (``published_at`` stays); back to draft without a real credit."""
        self.problem = publish_problem(story)
        if self.problem is not None:
            logger.warning("scheduled story %s not published: %s", story.pk, self.problem.reason)
            self.code = "unscheduled"
            story.status = Story.Status.DRAFT
            story.save(update_fields=["status"])
            return False
        story.status = Story.Status.PUBLISHED
        story.save(update_fields=["status"])
        announce_on_commit(story, "published")
        return True

    def note(self) -> str:
        """The reason a story went back to draft."""
        return f"{REFUSED}: {self.problem.reason}" if self.problem is not None else ""

    def records_refusal(self, refusal: Refusal) -> bool:
        """A story no longer due is another worker's business: nothing to log."""
        return refusal.code != NOT_DUE

    def execute(self) -> bool:
        """Publish the story (True), or not (False) when it is no longer due or has lost its credit."""
        try:
            return super().execute()
        except Refusal as refusal:
            if refusal.code == NOT_DUE:
                return False
            raise


def publish_due_stories(*, actor: Actor = SCHEDULER, now: datetime | None = None) -> list[Story]:
    """Publish every scheduled story whose time has come; return the stories published.

    Safe to run from several workers at once: each story is re-read under a row lock, so it is
    published exactly once. A due story that has lost its credit meanwhile goes back to draft.
    """
    now = now or timezone.now()
    due = list(
        Story.objects.filter(status=Story.Status.SCHEDULED, published_at__lte=now)
        .order_by("published_at", "id")
    )
    published: list[Story] = []
    for story in due:
        action = PublishScheduledStory(story, actor, now=now)
        if action.execute():
            published.append(action.story)
    return published
