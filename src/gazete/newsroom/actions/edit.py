"""Saving a story changed field by field (the Django admin's change form) as an audited action."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from gazete.newsroom.actions.base import StoryAction
from gazete.newsroom.actors import Actor
from gazete.newsroom.invalidation import announce_on_commit
from gazete.newsroom.models import Story
from gazete.newsroom.permissions import EDIT_STORIES

# What only the publishing actions may change: a form that carries them must not save them.
STATE_FIELDS = ("status", "published_at", "withdrawn_reason", "is_lead", "breaking_until")


class SaveStoryChanges(StoryAction[Story]):
    """Save the caller's story instance, already changed in ``fields`` (its state fields excepted).

    The admin's change form hands the instance it has filled in; the publication state is left
    to the publishing actions, so a form can neither publish nor take down a story unaudited.
    """

    permission = EDIT_STORIES
    code = "edited"

    def __init__(self, story: Story, actor: Actor | Any, fields: Sequence[str], *,
                 now: datetime | None = None) -> None:
        super().__init__(story, actor, now=now)
        self.fields = [name for name in fields if name not in STATE_FIELDS]

    def locked_story(self) -> Story:
        """The row, locked; a story the form creates is stored first (and logged ``created``)."""
        if self.story.pk is None:
            self.story.save()
            self.code = "created"
        return super().locked_story()

    def change(self, story: Story) -> Story:
        """Copy the changed fields onto the locked row and save them."""
        for name in STATE_FIELDS:
            setattr(self.story, name, getattr(story, name))
        self.story.save()
        announce_on_commit(self.story, "edited")
        return self.story

    def note(self) -> str:
        """Which fields changed."""
        return ", ".join(self.fields)
