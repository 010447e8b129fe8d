"""Correcting a story: a note readers see on the article, with its time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils.translation import gettext_lazy as _

from gazete.newsroom.actions.base import StoryAction
from gazete.newsroom.actors import Actor
from gazete.newsroom.invalidation import announce_on_commit
from gazete.newsroom.models import Correction, Story
from gazete.newsroom.permissions import EDIT_STORIES
from gazete.newsroom.refusal import Refusal


class CorrectStory(StoryAction[Correction]):
    """Add a correction note shown on the article with its time; the story counts as updated."""

    permission = EDIT_STORIES
    code = "correction"
    copied = ("updated_at",)

    def __init__(self, story: Story, actor: Actor | Any, text: str, *, now: datetime | None = None) -> None:
        super().__init__(story, actor, now=now)
        self.text = text.strip()

    def check(self, story: Story) -> None:
        """A correction needs its text."""
        if not self.text:
            raise Refusal("text_required", _("A correction needs its text."))

    def change(self, story: Story) -> Correction:
        """Store the note; the story's update time moves."""
        correction = Correction.objects.create(story=story, text=self.text, created_at=self.now,
                                               created_by=self.actor.db_user)
        story.updated_at = self.now
        Story.objects.filter(pk=story.pk).update(updated_at=self.now)
        announce_on_commit(story, "edited")
        return correction

    def note(self) -> str:
        """The correction's text."""
        return self.text
