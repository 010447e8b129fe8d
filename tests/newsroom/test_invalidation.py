"""Tests for newsroom.invalidation: one generation move per committed transaction, nothing left behind."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from gazete.newsroom.cache import current_generation
from gazete.newsroom.invalidation import batched_invalidation, invalidate_on_commit
from gazete.newsroom.publishing import set_breaking, set_lead
from gazete.newsroom.services import upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


def test_a_lead_set_after_a_plain_save_reaches_the_cached_home_page(client, django_capture_on_commit_callbacks) -> None:
    """A save that sends no story_changed (the admin, scheduling) must not swallow a later set_lead."""
    with django_capture_on_commit_callbacks(execute=True):
        story = upsert_story(wire_story()).story
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():  # as the admin saves
        story.standfirst = "Edited in the admin."
        story.save()
    assert 'class="leads"' not in client.get("/").content.decode()  # now cached without a lead
    with django_capture_on_commit_callbacks(execute=True):
        set_lead(story, True)
    assert 'class="leads"' in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        story.save()
    client.get("/")
    before = current_generation()
    with django_capture_on_commit_callbacks(execute=True):
        set_breaking(story, timezone.now() + timedelta(hours=1))
    assert current_generation() != before


def test_a_rolled_back_transaction_leaves_nothing_behind_for_the_next(django_capture_on_commit_callbacks) -> None:
    """Changes rolled back invalidate nothing, and do not stop the next commit's story_changed."""
    with django_capture_on_commit_callbacks(execute=True):
        story = upsert_story(wire_story()).story
    before = current_generation()
    with pytest.raises(RuntimeError), django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        story.save()
        raise RuntimeError("rolled back")
    assert current_generation() == before
    with django_capture_on_commit_callbacks(execute=True):
        set_lead(story, True)
    assert current_generation() != before


def test_asks_in_a_savepoint_rolled_back_are_dropped_and_the_others_still_move(
    django_capture_on_commit_callbacks,
) -> None:
    before = current_generation()
    with (
        django_capture_on_commit_callbacks(execute=False) as callbacks,
        transaction.atomic(),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        invalidate_on_commit()
        raise RuntimeError("rolled back")
    assert callbacks == []
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        with pytest.raises(RuntimeError), transaction.atomic():
            invalidate_on_commit()
            raise RuntimeError("rolled back")
        invalidate_on_commit()
    assert current_generation() != before


@pytest.mark.django_db(transaction=True)
def test_with_real_commits_a_plain_save_does_not_swallow_a_later_set_lead(client) -> None:
    story = upsert_story(wire_story()).story  # commits: the generation moves with it
    with transaction.atomic():  # as the admin saves: a real commit, no story_changed
        story.standfirst = "Edited in the admin."
        story.save()
    assert 'class="leads"' not in client.get("/").content.decode()
    set_lead(story, True)
    assert 'class="leads"' in client.get("/").content.decode()


def test_a_batch_moves_the_generation_at_most_once_per_delay_and_once_at_the_end(
    django_capture_on_commit_callbacks,
) -> None:
    before = current_generation()
    with batched_invalidation(max_delay=3600):
        for n in range(5):
            with django_capture_on_commit_callbacks(execute=True):  # each story commits on its own
                upsert_story(wire_story(agency_id=f"batch:{n}", headline=f"Batch story {n}"))
        during = current_generation()
    assert during == before  # nothing moved inside the batch (the delay never passed)
    assert current_generation() != before  # one move at the end
