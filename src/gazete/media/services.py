"""What the desk (and ingest) do to a story's pictures: attach one, choose the lead."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max

from gazete.media.models import Picture, StoryPicture
from gazete.newsroom.invalidation import announce_on_commit
from gazete.newsroom.models import Story


def attach_picture(story: Story, picture: Picture) -> StoryPicture:
    """Link ``picture`` to ``story`` after its other pictures (a picture already linked keeps its place)."""
    with transaction.atomic():
        existing = StoryPicture.objects.filter(story=story, picture=picture).first()
        if existing is not None:
            return existing
        last = StoryPicture.objects.filter(story=story).aggregate(last=Max("position"))["last"]
        return StoryPicture.objects.create(story=story, picture=picture, position=0 if last is None else last + 1)


def set_lead_picture(story: Story, picture: Picture | None) -> None:
    """Make ``picture`` the story's lead (attaching it if needed); None clears the editor's choice.

    The story's pages change, so the change is announced (``story_changed``, outcome ``picture``).
    """
    with transaction.atomic():
        StoryPicture.objects.filter(story=story, is_lead=True).update(is_lead=False)
        if picture is not None:
            link = attach_picture(story, picture)
            StoryPicture.objects.filter(pk=link.pk).update(is_lead=True)
        announce_on_commit(story, "picture")
