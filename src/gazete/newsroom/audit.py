"""The story audit trail's one writer: every entry of a story's log is made here."""

from __future__ import annotations

from gazete.newsroom.actors import Actor
from gazete.newsroom.models import Story, StoryLogEntry


def record(story: Story, actor: Actor, action: str, note: str = "") -> StoryLogEntry:
    """Add an entry to ``story``'s log: ``action`` (a code such as ``published``) by ``actor``."""
    return StoryLogEntry.objects.create(
        story=story, user=actor.db_user, system_actor=actor.system, via=actor.via, action=action, note=note,
    )
