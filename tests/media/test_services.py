"""attach_picture and set_lead_picture: order, idempotence, the editor's lead, the announcement."""

from __future__ import annotations

from typing import Any

import pytest

from gazete.media.models import Picture, StoryPicture
from gazete.media.services import attach_picture, set_lead_picture
from gazete.newsroom.models import Story
from gazete.newsroom.signals import story_changed

pytestmark = pytest.mark.django_db


def test_pictures_are_attached_in_arrival_order_once() -> None:
    story = Story.objects.create(headline="S", slug="s")
    pictures = [Picture.objects.create(agency="AA", agency_id=f"p{n}") for n in range(3)]
    for picture in pictures:
        attach_picture(story, picture)
    again = attach_picture(story, pictures[0])
    assert again.position == 0
    assert list(StoryPicture.objects.filter(story=story).values_list("picture__agency_id", "position")) == [
        ("p0", 0), ("p1", 1), ("p2", 2)]


def test_the_editor_moves_the_lead_and_the_story_is_announced(django_capture_on_commit_callbacks: Any) -> None:
    story = Story.objects.create(headline="S", slug="s")
    first, second = (Picture.objects.create(agency="AA", agency_id=f"p{n}") for n in range(2))
    attach_picture(story, first)
    outcomes: list[str] = []

    def listen(sender: type, story: Story, outcome: str, **kwargs: object) -> None:
        outcomes.append(outcome)

    story_changed.connect(listen)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            set_lead_picture(story, first)
        with django_capture_on_commit_callbacks(execute=True):
            set_lead_picture(story, second)  # not attached yet: attached at the end, then made lead
    finally:
        story_changed.disconnect(listen)
    leads = list(StoryPicture.objects.filter(story=story, is_lead=True).values_list("picture_id", flat=True))
    assert leads == [second.pk]
    assert StoryPicture.objects.get(story=story, picture=second).position == 1
    assert outcomes == ["picture", "picture"]
    set_lead_picture(story, None)
    assert not StoryPicture.objects.filter(story=story, is_lead=True).exists()
