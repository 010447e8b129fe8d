"""Tests for backoffice.numbers: today's counts and the top-read list from the readership app."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from gazete.backoffice import numbers, queue
from gazete.newsroom.models import Story
from gazete.newsroom.services import upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


def test_counts_only_today(draft: Story) -> None:
    yesterday = numbers.start_of_today() - timedelta(hours=2)
    old = upsert_story(wire_story(agency_id="aa:old", headline="Yesterday's test story"), now=yesterday).story
    assert old.created_at < numbers.start_of_today()
    counted = numbers.desk_numbers()
    assert counted.stories_in == 1 and counted.held == 1 and counted.published == 0
    queue.hold(draft)
    assert numbers.desk_numbers().held == 1  # held by the desk is still held
    queue.spike(draft)
    assert numbers.desk_numbers().held == 0


def test_start_of_today_is_local_midnight() -> None:
    midnight = numbers.start_of_today()
    assert (midnight.hour, midnight.minute, midnight.second) == (0, 0, 0)
    assert timezone.now() - midnight < timedelta(days=1)


def test_quarantined_today_counts_wire_quarantine() -> None:
    wire_models = pytest.importorskip("gazete.wire.models", reason="the wire app is not installed")
    payload_model = getattr(wire_models, "QuarantinedPayload", None)
    if payload_model is None:
        pytest.skip("gazete.wire.models has no QuarantinedPayload yet")
    assert numbers.quarantined_since(numbers.start_of_today()) == 0
    payload_model.objects.create(location="test/file.xml", raw=b"<broken", content_hash="x" * 64,
                                 reason="test")
    assert numbers.quarantined_since(numbers.start_of_today()) == 1


def test_top_read_ranks_last_weeks_published_stories_by_their_counts() -> None:
    now = timezone.now()
    quiet = upsert_story(wire_story(agency_id="aa:q", headline="A quiet test story")).story
    busy = upsert_story(wire_story(agency_id="aa:b", headline="A busy test story")).story
    unread = upsert_story(wire_story(agency_id="aa:u", headline="An unread test story")).story
    old = upsert_story(wire_story(agency_id="aa:o", headline="An old test story"),
                       now=now - timedelta(days=9)).story
    totals = {quiet.pk: 3, busy.pk: 40, old.pk: 999, unread.pk: 0}

    def read_counts(ids: list[int]) -> dict[int, int]:
        return {pk: totals[pk] for pk in ids if pk in totals}

    assert numbers.top_read(read_counts=read_counts, now=now) == [(busy, 40), (quiet, 3)]
    assert numbers.top_read(read_counts=lambda ids: ["not", "a", "mapping"], now=now) == []


def test_top_read_works_with_the_readership_app_when_it_is_there(django_capture_on_commit_callbacks) -> None:
    services = pytest.importorskip("gazete.readership.services", reason="the readership app is not there yet")
    if not (hasattr(services, "read_counts") and hasattr(services, "seed_read_count")):
        pytest.skip("gazete.readership.services has no read_counts/seed_read_count yet")
    first = upsert_story(wire_story(agency_id="aa:r1", headline="A read test story")).story
    second = upsert_story(wire_story(agency_id="aa:r2", headline="A more read test story")).story
    with django_capture_on_commit_callbacks(execute=True):  # readership refreshes its totals on commit
        services.seed_read_count(first.pk, 7)
        services.seed_read_count(second.pk, 12)
    assert numbers.top_read() == [(second, 12), (first, 7)]
