"""Tests for backoffice.queue: the incoming queue's order, filters, hold, spike and release."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from gazete.backoffice import queue
from gazete.backoffice.models import DeskLogEntry, QueueMark
from gazete.newsroom import publishing
from gazete.newsroom.models import Story
from gazete.newsroom.services import upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


def test_queue_holds_only_drafts_newest_first(draft: Story) -> None:
    second = upsert_story(wire_story(agency_id="aa:2", headline="Second test draft"), publish=False).story
    upsert_story(wire_story(agency_id="aa:3", headline="Published test story"))
    assert [s.pk for s in queue.incoming_queue()] == [second.pk, draft.pk]


def test_queue_counts_versions_and_pending_updates(draft: Story) -> None:
    upsert_story(wire_story(version="UPDATE", paragraphs=("Changed.",)), publish=False)
    row = queue.incoming_queue().get(pk=draft.pk)
    assert row.version_count == 2 and row.pending_count == 0


def test_filter_from_query_ignores_bad_values() -> None:
    flt = queue.QueueFilter.from_query(QueryDict("priority=high&state=gone&language=tr"))
    assert flt == queue.QueueFilter(language="tr")


def test_hold_and_spike_are_kept_and_logged(draft: Story) -> None:
    queue.hold(draft)
    assert [s.pk for s in queue.incoming_queue(queue.QueueFilter(state="held"))] == [draft.pk]
    queue.spike(draft)
    assert list(queue.incoming_queue()) == []
    assert [s.pk for s in queue.incoming_queue(queue.QueueFilter(state="spiked"))] == [draft.pk]
    assert Story.objects.filter(pk=draft.pk).exists()
    assert QueueMark.objects.count() == 1
    assert DeskLogEntry.objects.filter(story=draft).count() == 2


def test_only_drafts_can_be_held_or_spiked(draft: Story) -> None:
    publishing.publish_now(draft)
    with pytest.raises(ValueError):
        queue.spike(draft)
    with pytest.raises(ValueError):
        queue.hold(draft)


def test_release_returns_a_story_to_new(draft: Story) -> None:
    queue.spike(draft)
    queue.release(draft)
    assert [s.pk for s in queue.incoming_queue(queue.QueueFilter(state="new"))] == [draft.pk]


def test_queue_choices_list_what_the_drafts_have(draft: Story, placeholder_draft: Story) -> None:
    choices = queue.queue_choices()
    assert choices["sources"] == ["", "Anadolu Agency"]
    assert choices["languages"] == ["en"]
