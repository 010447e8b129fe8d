"""Tests for gazete.wire.polling: AA polls (checkpoint, seen ids, updates, cancellation), feeds, leases."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection, transaction
from django.utils import timezone

from gazete.newsroom.models import Story
from gazete.wire.models import SeenDocument, WireSource
from gazete.wire.polling import (
    CHECKPOINT_OVERLAP,
    Lease,
    PollReport,
    due_sources,
    is_text_item,
    poll_source,
    version_marker,
)
from tests.wire.fake_aa import FakeAAState, FeedState, fake_aa_server, feed_server
from tests.wire.pages import FIXTURES, NEWSML

NOW = datetime(2024, 6, 12, 12, 0, tzinfo=UTC)
STORY_ID = "aa:text:20240612:9000001"
TR_ID = "aa:text:20240613:9000010"
RSS = (FIXTURES / "feeds" / "aa-en-rss20.xml").read_bytes()
ATOM = (FIXTURES / "feeds" / "aa-tr-atom.xml").read_bytes()


@pytest.fixture
def aa(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[WireSource, FakeAAState]]:
    """An AA source pointed at a fresh fake AA server, credentials in the environment."""
    with fake_aa_server() as (url, state):
        monkeypatch.setenv("GAZETE_AA_USERNAME", state.username)
        monkeypatch.setenv("GAZETE_AA_PASSWORD", state.password)
        source = WireSource.objects.create(name="AA", slug="aa", kind="aa", url=url, poll_interval=60,
                                           options={"filter_type": 1, "ignored": "x"})
        yield source, state


@pytest.mark.django_db
def test_aa_poll_stores_new_documents_and_sets_the_checkpoint(aa: tuple[WireSource, FakeAAState]) -> None:
    source, state = aa
    state.publish(STORY_ID, (NEWSML / "aa-text-20240612-v1.xml").read_bytes(), date=NOW - timedelta(hours=2))
    state.publish(TR_ID, (NEWSML / "aa-text-20240613-tr.xml").read_bytes(), date=NOW - timedelta(hours=1))
    state.publish("aa:picture:20240612:9000002", b"jpeg", date=NOW - timedelta(hours=1), kind=2)
    report = poll_source(source, now=NOW)
    assert report.error == "" and report.fetched == 2
    assert report.counts.as_dict()["new"] == 2
    assert set(Story.objects.values_list("agency_id", flat=True)) == {STORY_ID, TR_ID}
    source.refresh_from_db()
    assert source.checkpoint == NOW and source.last_polled_at == NOW
    assert source.next_poll_at == NOW + timedelta(seconds=60) and source.lease_token == ""
    assert state.searches[0]["filter_type"] == "1" and "ignored" not in state.searches[0]
    assert state.violations == 0


@pytest.mark.django_db
def test_second_poll_overlaps_the_checkpoint_and_downloads_nothing_seen(
    aa: tuple[WireSource, FakeAAState]
) -> None:
    source, state = aa
    state.publish(STORY_ID, (NEWSML / "aa-text-20240612-v1.xml").read_bytes(),
                  date=NOW - timedelta(minutes=2))
    poll_source(source, now=NOW)
    later = NOW + timedelta(minutes=1)
    report = poll_source(source, now=later)
    assert report.fetched == 0 and report.skipped_seen == 1
    assert state.searches[1]["start_date"] == (NOW - CHECKPOINT_OVERLAP).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert len(state.text_downloads()) == 1
    assert Story.objects.count() == 1 and state.violations == 0


@pytest.mark.django_db
def test_aa_update_then_cancellation_update_and_withdraw_the_story(
    aa: tuple[WireSource, FakeAAState]
) -> None:
    source, state = aa
    state.publish(STORY_ID, (NEWSML / "aa-text-20240612-v1.xml").read_bytes(), date=NOW - timedelta(hours=1))
    poll_source(source, now=NOW)
    story = Story.objects.get()
    state.publish(STORY_ID, (NEWSML / "aa-text-20240612-v2-update.xml").read_bytes(),
                  date=NOW + timedelta(minutes=1), version=2)
    report = poll_source(source, now=NOW + timedelta(minutes=2))
    assert report.counts.as_dict()["updated"] == 1 and report.fetched == 1
    story.refresh_from_db()
    assert story.versions.count() == 2 and story.status == Story.Status.PUBLISHED
    state.publish(STORY_ID, (NEWSML / "aa-text-20240612-canceled.xml").read_bytes(),
                  date=NOW + timedelta(minutes=3), version=3)
    report = poll_source(source, now=NOW + timedelta(minutes=4))
    assert report.counts.as_dict()["withdrawn"] == 1
    story.refresh_from_db()
    assert story.status == Story.Status.WITHDRAWN and Story.objects.count() == 1
    assert SeenDocument.objects.filter(document_id=STORY_ID).count() == 3
    assert state.violations == 0


@pytest.mark.django_db
def test_refused_credentials_leave_the_checkpoint_and_record_the_error(
    aa: tuple[WireSource, FakeAAState], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, _state = aa
    monkeypatch.setenv("GAZETE_AA_PASSWORD", "wrong")
    report = poll_source(source, now=NOW)
    assert "GAZETE_AA_PASSWORD" in report.error
    source.refresh_from_db()
    assert source.checkpoint is None and "401" in source.last_error
    assert source.lease_token == ""


@pytest.mark.django_db
def test_429_in_the_middle_of_a_poll_is_waited_out(aa: tuple[WireSource, FakeAAState]) -> None:
    source, state = aa
    state.publish(STORY_ID, (NEWSML / "aa-text-20240612-v1.xml").read_bytes(), date=NOW - timedelta(hours=1))
    state.force_429 = 1
    state.retry_after = "0"
    report = poll_source(source, now=NOW)
    assert report.error == "" and report.counts.as_dict()["new"] == 1
    assert state.violations == 0


@pytest.mark.django_db
def test_feed_conditional_get_stores_once_then_gets_304() -> None:
    state = FeedState(body=RSS)
    with feed_server(state) as url:
        source = WireSource.objects.create(name="Feed", slug="feed", kind="feed", url=url)
        first = poll_source(source)
        source.refresh_from_db()
        assert first.counts.as_dict()["new"] >= 2 and not first.not_modified
        assert source.etag == '"v1"' and source.last_modified == state.last_modified
        stories = Story.objects.count()
        second = poll_source(source)
        assert second.not_modified and second.counts.as_dict()["new"] == 0 and state.not_modified == 1
        state.change(ATOM, '"v2"', "Thu, 13 Jun 2024 10:00:00 GMT")
        third = poll_source(source)
    assert not third.not_modified and Story.objects.count() > stories
    assert state.gets == 3


@pytest.mark.django_db
def test_feed_http_error_is_reported_not_raised() -> None:
    source = WireSource.objects.create(name="Dead", slug="dead", kind="feed", url="http://127.0.0.1:9/feed.xml")
    report = poll_source(source)
    assert "failed" in report.error
    source.refresh_from_db()
    assert source.last_error == report.error


# available_apps makes the teardown flush cascade (TRUNCATE … CASCADE on PostgreSQL), which tables
# outside Django's models that reference stories (the search index) need.
@pytest.mark.django_db(transaction=True, available_apps=["gazete.newsroom", "gazete.wire"])
def test_two_concurrent_polls_of_one_source_fetch_once() -> None:
    state = FeedState(body=RSS, delay=1.0)
    reports: list[PollReport] = []
    with feed_server(state) as url:
        source = WireSource.objects.create(name="Feed", slug="feed", kind="feed", url=url)
        barrier = threading.Barrier(2)

        def worker() -> None:
            try:
                own = WireSource.objects.get(pk=source.pk)
                barrier.wait()
                reports.append(poll_source(own))
            finally:
                connection.close()

        threads = [threading.Thread(target=worker) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert state.gets == 1
    assert sorted(report.busy for report in reports) == [False, True]


@pytest.mark.django_db(transaction=True, available_apps=["gazete.newsroom", "gazete.wire"])
def test_a_lease_taken_while_another_writer_holds_the_row_is_won_once_it_lets_go() -> None:
    """SQLite reports the table locked (no busy timeout covers it) and PostgreSQL waits: both end with the lease."""
    source = WireSource.objects.create(name="Feed", slug="feed", kind="feed", url="http://example.invalid/")
    writing, done = threading.Event(), threading.Event()

    def other_writer() -> None:
        try:
            with transaction.atomic():
                WireSource.objects.filter(pk=source.pk).update(name="Feed (renamed)")
                writing.set()
                time.sleep(0.15)
        finally:
            connection.close()
            done.set()

    thread = threading.Thread(target=other_writer)
    thread.start()
    assert writing.wait(timeout=10)
    lease = Lease.acquire(source.pk)
    thread.join(timeout=10)
    assert done.is_set() and lease is not None
    source.refresh_from_db()
    assert source.lease_token == lease.token and source.name == "Feed (renamed)"


@pytest.mark.django_db
def test_lease_is_exclusive_until_released_or_expired() -> None:
    source = WireSource.objects.create(name="Feed", slug="feed", kind="feed", url="http://example.invalid/")
    lease = Lease.acquire(source.pk)
    assert lease is not None and Lease.acquire(source.pk) is None
    lease.release()
    again = Lease.acquire(source.pk, seconds=60)
    assert again is not None
    WireSource.objects.filter(pk=source.pk).update(lease_until=timezone.now() - timedelta(seconds=1))
    assert Lease.acquire(source.pk) is not None  # a crashed worker's lease runs out


@pytest.mark.django_db
def test_due_sources_are_enabled_pollable_and_past_their_next_poll() -> None:
    now = timezone.now()
    due = WireSource.objects.create(name="Due", slug="due", kind="feed", url="http://x.invalid/")
    WireSource.objects.create(name="Later", slug="later", kind="feed", url="http://x.invalid/",
                              next_poll_at=now + timedelta(minutes=5))
    WireSource.objects.create(name="Off", slug="off", kind="aa", enabled=False)
    WireSource.objects.create(name="Files", slug="files", kind="files")
    past = WireSource.objects.create(name="Past", slug="past", kind="aa",
                                     next_poll_at=now - timedelta(seconds=1))
    assert [source.pk for source in due_sources(now)] == [due.pk, past.pk]


def test_version_marker_and_text_items() -> None:
    assert version_marker({"id": "x", "version": 3, "date": "d"}) == "3"
    assert version_marker({"id": "x", "date": "2024-06-12T10:00:00Z"}) == "2024-06-12T10:00:00Z"
    assert version_marker({"id": "x"}) == ""
    assert is_text_item({"id": "aa:text:1:2"}) and not is_text_item({"id": "aa:picture:1:2"})
    assert is_text_item({"id": "x", "type": 1}) and not is_text_item({"id": "aa:text:1:2", "type": 2})
