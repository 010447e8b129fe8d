"""Tests for newsroom.actions.base: the steps every story action takes, in order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import pytest
from django.utils.translation import gettext_lazy as _

from gazete.newsroom.actions.base import StoryAction
from gazete.newsroom.actors import SYSTEM, Actor
from gazete.newsroom.models import Story, StoryLogEntry
from gazete.newsroom.permissions import EDIT_STORIES
from gazete.newsroom.refusal import Refusal
from tests.newsroom.actions.conftest import log_of

pytestmark = pytest.mark.django_db


class Rename(StoryAction[str]):
    """A test action: give the story a headline, refused when it is empty."""

    permission = EDIT_STORIES
    code = "renamed"
    copied: ClassVar = ("headline",)

    def __init__(self, story: Story, actor: Actor, headline: str) -> None:
        super().__init__(story, actor)
        self.headline = headline

    def check(self, story: Story) -> None:
        if not self.headline:
            raise Refusal("empty", _("A story needs a headline."))

    def change(self, story: Story) -> str:
        story.headline = self.headline
        story.save(update_fields=["headline"])
        return "done"

    def note(self) -> str:
        return self.headline


def test_an_action_changes_copies_back_logs_and_announces(draft: Story, events: list,
                                                          take: Callable[[Any], Any]) -> None:
    action = Rename(draft, SYSTEM, "Renamed")
    assert take(action) == "done"
    assert draft.headline == "Renamed"  # the caller's instance follows the saved row
    assert action.entry == StoryLogEntry.objects.get(story=draft)
    assert log_of(draft) == [("renamed", "Renamed")]
    assert events == [(Rename, action, action.entry)]


def test_a_refused_action_changes_nothing_and_logs_the_refusal_in_english(draft: Story, events: list,
                                                                          take: Callable[[Any], Any]) -> None:
    headline = draft.headline
    with pytest.raises(Refusal):
        take(Rename(draft, SYSTEM, ""))
    assert Story.objects.get(pk=draft.pk).headline == headline
    assert log_of(draft) == [("refused", "renamed: A story needs a headline.")] and events == []
    assert StoryLogEntry.objects.get(story=draft).system_actor == "system"
