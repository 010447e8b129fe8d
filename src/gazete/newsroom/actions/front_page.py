"""Front-page actions: lead stories (manşet) and the breaking-news bar."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.newsroom.actions.base import StoryAction
from gazete.newsroom.actors import Actor
from gazete.newsroom.invalidation import announce_on_commit
from gazete.newsroom.models import Story
from gazete.newsroom.permissions import MANAGE_FRONT_PAGE
from gazete.newsroom.refusal import Refusal


class SetLead(StoryAction[Story]):
    """Put a published story among the home page's lead stories (manşet), or take it off."""

    permission = MANAGE_FRONT_PAGE
    copied = ("is_lead",)

    def __init__(self, story: Story, actor: Actor | Any, is_lead: bool, *, now: datetime | None = None) -> None:
        super().__init__(story, actor, now=now)
        self.is_lead = is_lead
        self.code = "lead" if is_lead else "lead removed"

    def check(self, story: Story) -> None:
        """Only a published story can lead (any story can be taken off)."""
        if self.is_lead and story.status != Story.Status.PUBLISHED:
            raise Refusal("not_published", _("Only a published story can be a lead story."))

    def change(self, story: Story) -> Story:
        """On or off the lead stories."""
        story.is_lead = self.is_lead
        Story.objects.filter(pk=story.pk).update(is_lead=self.is_lead)
        announce_on_commit(story, "edited")
        return self.story


class SetBreaking(StoryAction[Story]):
    """Show a published story in the breaking-news bar until ``until`` (None takes it off)."""

    permission = MANAGE_FRONT_PAGE
    copied = ("breaking_until",)

    def __init__(self, story: Story, actor: Actor | Any, until: datetime | None, *,
                 now: datetime | None = None) -> None:
        super().__init__(story, actor, now=now)
        self.until = until
        self.code = "breaking" if until is not None else "breaking removed"

    def check(self, story: Story) -> None:
        """Only a published story, and only until a time still to come."""
        if self.until is None:
            return
        if story.status != Story.Status.PUBLISHED:
            raise Refusal("not_published", _("Only a published story can be breaking news."))
        if self.until <= self.now:
            raise Refusal("expiry_passed", _("The breaking-news expiry must be in the future."))

    def change(self, story: Story) -> Story:
        """In the bar until the time, or out of it."""
        story.breaking_until = self.until
        Story.objects.filter(pk=story.pk).update(breaking_until=self.until)
        announce_on_commit(story, "edited")
        return self.story

    def note(self) -> str:
        """Until when, as the desk shows it."""
        return timezone.localtime(self.until).strftime("%Y-%m-%d %H:%M") if self.until is not None else ""
