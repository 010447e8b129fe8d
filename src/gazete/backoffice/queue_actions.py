"""The incoming queue's actions: hold a wire draft, spike it, or return it to the queue as new.

Story actions like the newsroom's (``gazete.newsroom.actions``): each checks the actor's
permission and the rule (only a draft can be held or spiked), changes the story's queue mark,
writes one entry to the story's log and sends one ``action_done`` after commit.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.backoffice.models import QueueMark
from gazete.newsroom.actions import StoryAction
from gazete.newsroom.actors import Actor
from gazete.newsroom.models import Story
from gazete.newsroom.permissions import EDIT_STORIES
from gazete.newsroom.refusal import Refusal


class _MarkStory(StoryAction[QueueMark]):
    """Give a wire draft a queue mark (``code`` is the mark's state)."""

    permission = EDIT_STORIES
    refusal: Any = None

    def check(self, story: Story) -> None:
        """Only a draft has a place in the incoming queue."""
        if story.status != Story.Status.DRAFT:
            raise Refusal("not_a_draft", self.refusal)

    def change(self, story: Story) -> QueueMark:
        """The mark, made or changed, with who set it and when."""
        mark, _created = QueueMark.objects.update_or_create(
            story=story, defaults={"state": self.code, "changed_by": self.actor.db_user, "changed_at": self.now},
        )
        return mark


class HoldStory(_MarkStory):
    """Keep a wire draft waiting in the queue, marked as held by the desk."""

    code = "held"  # QueueMark.State.HELD
    refusal = _("only a draft can be held in the incoming queue")


class SpikeStory(_MarkStory):
    """Take a wire draft out of the incoming queue without publishing it; it is kept, never deleted."""

    code = "spiked"  # QueueMark.State.SPIKED
    refusal = _("only a draft can be spiked")


class ReleaseStory(StoryAction[bool]):
    """Clear a story's hold or spike mark (brought back to the queue, or published); True when there was one.

    ``code`` says why in the log: ``returned to the queue`` (the default) or ``left the queue``.
    """

    permission = EDIT_STORIES

    def __init__(self, story: Story, actor: Actor | Any, code: str = "returned to the queue") -> None:
        super().__init__(story, actor, now=timezone.now())
        self.code = code

    def change(self, story: Story) -> bool:
        """The mark is deleted."""
        deleted, _count = QueueMark.objects.filter(story=story).delete()
        return bool(deleted)

    def happened(self, result: bool) -> bool:
        """Only a story that had a mark is logged."""
        return result
