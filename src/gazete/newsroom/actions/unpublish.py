"""Taking a story down: unpublish (back to draft) and withdraw (the page stays, saying why)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils.translation import gettext_lazy as _

from gazete.newsroom.actions.base import StoryAction
from gazete.newsroom.actors import Actor
from gazete.newsroom.invalidation import announce_on_commit
from gazete.newsroom.models import Story
from gazete.newsroom.permissions import EDIT_STORIES
from gazete.newsroom.refusal import Refusal


class UnpublishStory(StoryAction[Story]):
    """Take a published or scheduled story off the site, back to draft (nothing is deleted)."""

    permission = EDIT_STORIES
    code = "unpublished"
    copied = ("status", "is_lead", "breaking_until")

    def check(self, story: Story) -> None:
        """Only what is published or scheduled can be unpublished."""
        if story.status not in (Story.Status.PUBLISHED, Story.Status.SCHEDULED):
            raise Refusal("not_published", _("Only a published or scheduled story can be unpublished."))

    def change(self, story: Story) -> Story:
        """Back to draft, off the front page; readers are told only if they could see it."""
        was_public = story.status == Story.Status.PUBLISHED
        story.status = Story.Status.DRAFT
        story.is_lead = False
        story.breaking_until = None
        story.save(update_fields=list(self.copied))
        if was_public:
            announce_on_commit(story, "unpublished")
        return self.story


class WithdrawStory(StoryAction[Story]):
    """Withdraw a published story with a reason readers see (the page stays, saying it was withdrawn)."""

    permission = EDIT_STORIES
    code = "withdrawn"
    copied = ("status", "withdrawn_reason", "is_lead", "breaking_until", "updated_at")

    def __init__(self, story: Story, actor: Actor | Any, reason: str, *, now: datetime | None = None) -> None:
        super().__init__(story, actor, now=now)
        self.reason = " ".join(reason.split())

    def check(self, story: Story) -> None:
        """A reason, and a story readers could see (a draft is spiked or kept instead)."""
        if not self.reason:
            raise Refusal("reason_required", _("A withdrawal needs a reason readers can read."))
        if story.status != Story.Status.PUBLISHED:
            raise Refusal("not_published",
                          _("Only a published story can be withdrawn; spike or keep a draft instead."))

    def change(self, story: Story) -> Story:
        """Withdrawn with its reason, off the front page."""
        story.status = Story.Status.WITHDRAWN
        story.withdrawn_reason = self.reason
        story.is_lead = False
        story.breaking_until = None
        story.updated_at = self.now
        story.save(update_fields=list(self.copied))
        announce_on_commit(story, "withdrawn")
        return self.story

    def note(self) -> str:
        """The reason readers see."""
        return self.reason
