"""Tests for newsroom.actions.correct: correction notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from gazete.newsroom.actions import CorrectStory, PublishStory
from gazete.newsroom.actors import Actor
from gazete.newsroom.models import Correction, Story
from gazete.newsroom.refusal import NotPermitted, Refusal
from tests.newsroom.actions.conftest import log_of

pytestmark = pytest.mark.django_db
Take = Callable[[Any], Any]


def test_a_correction_is_stored_logged_and_announced_once(draft: Story, editor: Actor, events: list,
                                                          take: Take) -> None:
    PublishStory(draft, editor).execute()
    correction = take(CorrectStory(draft, editor, " The park is 4 hectares. "))
    assert isinstance(correction, Correction) and correction.created_by == editor.user
    assert correction.text == "The park is 4 hectares."
    assert Story.objects.get(pk=draft.pk).updated_at == correction.created_at == draft.updated_at
    assert log_of(draft)[-1] == ("correction", "The park is 4 hectares.")
    assert [sender for sender, _action, _entry in events] == [CorrectStory]


def test_correction_refusals(draft: Story, editor: Actor, moderator: Actor) -> None:
    with pytest.raises(Refusal) as empty:
        CorrectStory(draft, editor, "  ").execute()
    with pytest.raises(NotPermitted):
        CorrectStory(draft, moderator, "A name was misspelled.").execute()
    assert empty.value.code == "text_required" and not Correction.objects.exists()
