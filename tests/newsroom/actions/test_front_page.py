"""Tests for newsroom.actions.front_page: lead stories and the breaking-news bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from gazete.newsroom.actions import PublishStory, SetBreaking, SetLead
from gazete.newsroom.actors import Actor
from gazete.newsroom.models import Story
from gazete.newsroom.refusal import NotPermitted, Refusal
from tests.newsroom.actions.conftest import log_of

pytestmark = pytest.mark.django_db
Take = Callable[[Any], Any]


def test_lead_on_and_off_each_write_one_entry_and_one_event(draft: Story, editor: Actor, events: list,
                                                            take: Take) -> None:
    PublishStory(draft, editor).execute()
    take(SetLead(draft, editor, True))
    assert Story.objects.get(pk=draft.pk).is_lead and draft.is_lead
    take(SetLead(draft, editor, False))
    assert not Story.objects.get(pk=draft.pk).is_lead
    assert log_of(draft)[1:] == [("lead", ""), ("lead removed", "")]
    assert [sender for sender, _action, _entry in events] == [SetLead, SetLead]


def test_lead_refusals(draft: Story, editor: Actor, moderator: Actor) -> None:
    with pytest.raises(Refusal) as unpublished:
        SetLead(draft, editor, True).execute()
    with pytest.raises(NotPermitted):
        SetLead(draft, moderator, False).execute()
    assert unpublished.value.code == "not_published"


def test_breaking_until_a_time_then_off(draft: Story, editor: Actor, events: list, take: Take) -> None:
    PublishStory(draft, editor).execute()
    until = timezone.now() + timedelta(hours=1)
    take(SetBreaking(draft, editor, until))
    take(SetBreaking(draft, editor, None))
    assert Story.objects.get(pk=draft.pk).breaking_until is None
    assert log_of(draft)[1:] == [("breaking", timezone.localtime(until).strftime("%Y-%m-%d %H:%M")),
                                 ("breaking removed", "")]
    assert [sender for sender, _action, _entry in events] == [SetBreaking, SetBreaking]


def test_breaking_refusals(draft: Story, editor: Actor, moderator: Actor) -> None:
    soon = timezone.now() + timedelta(hours=1)
    with pytest.raises(Refusal) as unpublished:
        SetBreaking(draft, editor, soon).execute()
    PublishStory(draft, editor).execute()
    with pytest.raises(Refusal) as past:
        SetBreaking(draft, editor, timezone.now() - timedelta(minutes=1)).execute()
    with pytest.raises(NotPermitted):
        SetBreaking(draft, moderator, soon).execute()
    assert (unpublished.value.code, past.value.code) == ("not_published", "expiry_passed")
