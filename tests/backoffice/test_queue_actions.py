"""Tests for gazete.backoffice.queue_actions: hold, spike and return to the queue as story actions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User

from gazete.backoffice.models import QueueMark
from gazete.backoffice.queue_actions import HoldStory, ReleaseStory, SpikeStory
from gazete.newsroom.actions import PublishStory
from gazete.newsroom.models import Story, StoryLogEntry
from gazete.newsroom.refusal import NotPermitted, Refusal
from gazete.newsroom.signals import action_done

pytestmark = pytest.mark.django_db


@pytest.fixture
def events() -> Iterator[list[type]]:
    sent: list[type] = []

    def receiver(sender: type, **kwargs: Any) -> None:
        sent.append(sender)

    action_done.connect(receiver, dispatch_uid="test-queue-actions")
    yield sent
    action_done.disconnect(dispatch_uid="test-queue-actions")


def _log(story: Story) -> list[str]:
    return list(StoryLogEntry.objects.filter(story=story).order_by("id").values_list("action", flat=True))


def test_hold_spike_release_each_log_once_and_announce_once(draft: Story, editor: User, events: list,
                                                            django_capture_on_commit_callbacks: Any) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        mark = HoldStory(draft, editor).execute()
        assert (mark.state, mark.changed_by) == ("held", editor)
        assert SpikeStory(draft, editor).execute().state == "spiked"
        assert ReleaseStory(draft, editor).execute() is True
        assert ReleaseStory(draft, editor).execute() is False  # no mark left: nothing to log
    assert _log(draft) == ["held", "spiked", "returned to the queue"]
    assert events == [HoldStory, SpikeStory, ReleaseStory] and not QueueMark.objects.exists()


def test_only_a_draft_is_held_or_spiked(draft: Story, editor: User) -> None:
    PublishStory(draft, editor).execute()
    with pytest.raises(Refusal) as held:
        HoldStory(draft, editor).execute()
    with pytest.raises(Refusal) as spiked:
        SpikeStory(draft, editor).execute()
    assert (held.value.code, spiked.value.code) == ("not_a_draft", "not_a_draft")
    assert not QueueMark.objects.exists()


def test_a_moderator_may_not_touch_the_queue(draft: Story, moderator: User) -> None:
    with pytest.raises(NotPermitted) as refusal:
        SpikeStory(draft, moderator).execute()
    assert refusal.value.code == "not_permitted" and not QueueMark.objects.exists()


def test_leaving_the_queue_on_publication_says_so(draft: Story, editor: User) -> None:
    SpikeStory(draft, editor).execute()
    ReleaseStory(draft, editor, "left the queue").execute()
    assert _log(draft) == ["spiked", "left the queue"]
