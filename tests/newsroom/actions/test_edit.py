"""Tests for newsroom.actions.edit: saving a story changed field by field (the admin's form)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from gazete.newsroom.actions import PublishStory, SaveStoryChanges
from gazete.newsroom.actors import Actor
from gazete.newsroom.models import Story
from gazete.newsroom.refusal import NotPermitted
from tests.newsroom.actions.conftest import log_of

pytestmark = pytest.mark.django_db
Take = Callable[[Any], Any]


def test_saving_changes_logs_the_fields_and_sends_one_event(draft: Story, editor: Actor, events: list,
                                                            take: Take) -> None:
    draft.headline = "A sharper headline"
    take(SaveStoryChanges(draft, editor, ["headline"]))
    assert Story.objects.get(pk=draft.pk).headline == "A sharper headline"
    assert log_of(draft) == [("edited", "headline")]
    assert [sender for sender, _action, _entry in events] == [SaveStoryChanges]


def test_saving_changes_never_changes_the_publication_state(draft: Story, editor: Actor) -> None:
    stale = Story.objects.get(pk=draft.pk)
    PublishStory(draft, editor).execute()
    stale.headline, stale.status = "Edited from an old form", Story.Status.WITHDRAWN
    SaveStoryChanges(stale, editor, ["headline", "status"]).execute()
    saved = Story.objects.get(pk=draft.pk)
    assert (saved.headline, saved.status) == ("Edited from an old form", Story.Status.PUBLISHED)
    assert log_of(draft)[-1] == ("edited", "headline")


def test_a_new_story_is_logged_created(editor: Actor) -> None:
    story = Story(slug="made-in-the-admin", headline="Made in the admin", source="Anadolu Ajansı")
    SaveStoryChanges(story, editor, ["slug", "headline", "source"]).execute()
    assert story.pk is not None and log_of(story) == [("created", "slug, headline, source")]


def test_saving_without_the_permission_is_refused(draft: Story, moderator: Actor) -> None:
    draft.headline = "Not mine to change"
    with pytest.raises(NotPermitted):
        SaveStoryChanges(draft, moderator, ["headline"]).execute()
    assert Story.objects.get(pk=draft.pk).headline != "Not mine to change"


def test_a_new_story_refused_is_not_stored(moderator: Actor) -> None:
    story = Story(slug="not-allowed", headline="Not allowed", source="Anadolu Ajansı")
    with pytest.raises(NotPermitted):
        SaveStoryChanges(story, moderator, ["headline"]).execute()
    assert story.pk is None and not Story.objects.filter(slug="not-allowed").exists()
