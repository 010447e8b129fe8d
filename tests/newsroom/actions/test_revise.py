"""Tests for newsroom.actions.revise: desk edits, restoring a revision, applying or dismissing a wire update."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from gazete.newsroom.actions import ApplyWireUpdate, DismissWireUpdate, EditStoryText, RestoreRevision
from gazete.newsroom.actors import Actor
from gazete.newsroom.models import Story, StoryRevision
from gazete.newsroom.refusal import NotPermitted, Refusal
from gazete.newsroom.revisions import StoryText, pending_versions
from gazete.newsroom.services import upsert_story
from tests.newsroom.actions.conftest import log_of
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db
Take = Callable[[Any], Any]


def test_an_edit_is_a_revision_one_entry_and_one_event(draft: Story, editor: Actor, events: list,
                                                       take: Take) -> None:
    text = replace(StoryText.of(draft), headline="A sharper headline")
    revision = take(EditStoryText(draft, editor, text, note="tightened"))
    assert isinstance(revision, StoryRevision) and revision.editor == editor.user
    assert draft.headline == "A sharper headline" and draft.has_desk_edits
    assert log_of(draft) == [("edited", "tightened")]
    assert [sender for sender, _action, _entry in events] == [EditStoryText]


def test_an_edit_that_changes_nothing_is_neither_logged_nor_announced(draft: Story, editor: Actor,
                                                                      events: list, take: Take) -> None:
    assert take(EditStoryText(draft, editor, StoryText.of(draft))) is None
    assert log_of(draft) == [] and events == []


def test_edit_refusals(draft: Story, editor: Actor, moderator: Actor) -> None:
    text = StoryText.of(draft)
    with pytest.raises(Refusal) as headline:
        EditStoryText(draft, editor, replace(text, headline="  ")).execute()
    with pytest.raises(Refusal) as body:
        EditStoryText(draft, editor, replace(text, body=[])).execute()
    with pytest.raises(NotPermitted):
        EditStoryText(draft, moderator, replace(text, headline="Not mine")).execute()
    assert (headline.value.code, body.value.code) == ("headline_required", "body_required")
    assert not StoryRevision.objects.exists()


def test_restoring_a_revision_is_logged_restored(draft: Story, editor: Actor, events: list, take: Take) -> None:
    original_headline = draft.headline
    EditStoryText(draft, editor, replace(StoryText.of(draft), headline="Second")).execute()
    original = draft.revisions.order_by("created_at", "id").first()
    assert original is not None
    take(RestoreRevision(original, editor))
    assert Story.objects.get(pk=draft.pk).headline == original_headline
    action, note = log_of(draft)[-1]
    assert action == "restored" and note.startswith("Restored the revision of ")
    assert [sender for sender, _action, _entry in events] == [RestoreRevision]


def test_a_held_wire_update_applied_or_dismissed_is_logged_with_its_label(draft: Story, editor: Actor,
                                                                         events: list, take: Take) -> None:
    EditStoryText(draft, editor, replace(StoryText.of(draft), headline="Desk headline")).execute()
    first = upsert_story(wire_story(headline="Wire update one", version="UPDATE",
                                    paragraphs=("Updated text.",))).version
    assert first is not None and pending_versions(draft) == [first]
    take(ApplyWireUpdate(first, editor))
    assert Story.objects.get(pk=draft.pk).headline == "Wire update one" and pending_versions(draft) == []
    second = upsert_story(wire_story(headline="Wire update two", version="UPDATE 2",
                                     paragraphs=("Text again.",))).version
    assert second is not None
    take(DismissWireUpdate(second, editor))
    assert Story.objects.get(pk=draft.pk).headline == "Wire update one" and pending_versions(draft) == []
    assert [action for action, _note in log_of(draft)] == ["edited", "applied wire update", "dismissed wire update"]
    assert [note for _action, note in log_of(draft)[1:]] == ["UPDATE", "UPDATE 2"]
    assert [sender for sender, _action, _entry in events] == [ApplyWireUpdate, DismissWireUpdate]
    with pytest.raises(Refusal) as settled:
        ApplyWireUpdate(second, editor).execute()
    assert settled.value.code == "not_pending"
    assert Story.objects.get(pk=draft.pk).headline == "Wire update one"


def test_wire_updates_need_the_permission(draft: Story, editor: Actor, moderator: Actor) -> None:
    EditStoryText(draft, editor, replace(StoryText.of(draft), headline="Desk headline")).execute()
    update = upsert_story(wire_story(version="UPDATE", paragraphs=("Updated.",))).version
    assert update is not None
    with pytest.raises(NotPermitted):
        ApplyWireUpdate(update, moderator).execute()
    with pytest.raises(NotPermitted):
        DismissWireUpdate(update, moderator).execute()
    assert pending_versions(draft) == [update]
