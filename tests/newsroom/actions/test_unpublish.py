"""Tests for newsroom.actions.unpublish: unpublish and withdraw."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from gazete.newsroom.actions import PublishStory, UnpublishStory, WithdrawStory
from gazete.newsroom.actors import Actor
from gazete.newsroom.models import Story
from gazete.newsroom.refusal import NotPermitted, Refusal
from tests.newsroom.actions.conftest import log_of

pytestmark = pytest.mark.django_db
Take = Callable[[Any], Any]


def test_unpublishing_writes_one_entry_and_sends_one_event(draft: Story, editor: Actor, events: list,
                                                           take: Take) -> None:
    PublishStory(draft, editor).execute()
    take(UnpublishStory(draft, editor))
    assert draft.status == Story.Status.DRAFT
    assert log_of(draft) == [("published", ""), ("unpublished", "")]
    assert [sender for sender, _action, _entry in events] == [UnpublishStory]


def test_unpublishing_refusals(draft: Story, editor: Actor, moderator: Actor) -> None:
    with pytest.raises(Refusal) as draft_refusal:
        UnpublishStory(draft, editor).execute()
    PublishStory(draft, editor).execute()
    with pytest.raises(NotPermitted) as permission:
        UnpublishStory(draft, moderator).execute()
    assert (draft_refusal.value.code, permission.value.code) == ("not_published", "not_permitted")
    assert Story.objects.get(pk=draft.pk).status == Story.Status.PUBLISHED


def test_withdrawing_keeps_the_reason_in_the_entry(draft: Story, editor: Actor, events: list, take: Take) -> None:
    PublishStory(draft, editor).execute()
    take(WithdrawStory(draft, editor, "  The agency   withdrew it. "))
    assert (draft.status, draft.withdrawn_reason) == (Story.Status.WITHDRAWN, "The agency withdrew it.")
    assert log_of(draft)[-1] == ("withdrawn", "The agency withdrew it.")
    assert [sender for sender, _action, _entry in events] == [WithdrawStory]


def test_withdrawal_refusals(draft: Story, editor: Actor, moderator: Actor) -> None:
    with pytest.raises(Refusal) as not_published:
        WithdrawStory(draft, editor, "A reason.").execute()
    PublishStory(draft, editor).execute()
    with pytest.raises(Refusal) as no_reason:
        WithdrawStory(draft, editor, "   ").execute()
    with pytest.raises(NotPermitted):
        WithdrawStory(draft, moderator, "A reason.").execute()
    assert (not_published.value.code, no_reason.value.code) == ("not_published", "reason_required")
    assert [action for action, _note in log_of(draft)] == ["refused", "published", "refused", "refused"]
