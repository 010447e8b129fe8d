"""Tests for the read services: recording, pending-aware counts, idempotent flushes, seeding, most read."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from gazete.newsroom.models import Story
from gazete.newsroom.sample_stories import load_sample_stories
from gazete.readership import services
from gazete.readership.botfilter import RequestMeta
from gazete.readership.buffer import ReadBuffer
from gazete.readership.models import AppliedReadBatch, DailyReads, HourlyReads, StoryReads
from gazete.readership.visitors import Visitor, new_cookie_id

pytestmark = pytest.mark.django_db
BROWSER = RequestMeta("POST", "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0")


@pytest.fixture
def stories() -> list[Story]:
    load_sample_stories()
    return list(Story.objects.published().order_by("id"))


def read(story: Story, times: int = 1, **kwargs: object) -> list[services.ReadOutcome]:
    """``times`` reads of a story by distinct new visitors."""
    return [services.record_read(story.pk, Visitor("c:" + new_cookie_id()), BROWSER, **kwargs)
            for _ in range(times)]


def stored_total(story: Story) -> int:
    row = StoryReads.objects.filter(story=story).first()
    return row.total if row else 0


def test_a_read_counts_and_shows_at_once(read_buffer: ReadBuffer, stories: list[Story]) -> None:
    story = stories[0]
    outcome = read(story)[0]
    assert outcome == services.ReadOutcome(True, services.COUNTED, 1)
    assert services.read_counts([story.pk, stories[1].pk]) == {story.pk: 1, stories[1].pk: 0}
    assert stored_total(story) == 0  # still buffered


def test_repeats_bots_and_unknown_stories_do_not_count(read_buffer: ReadBuffer, stories: list[Story]) -> None:
    story = stories[0]
    visitor = Visitor("c:" + new_cookie_id())
    outcomes = [services.record_read(story.pk, visitor, BROWSER) for _ in range(5)]
    assert [o.reason for o in outcomes] == ["counted"] + ["duplicate"] * 4
    assert outcomes[-1].read_count == 1
    googlebot = RequestMeta("POST", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
    assert services.record_read(story.pk, visitor, googlebot).reason == "crawler"
    head = RequestMeta("HEAD", BROWSER.user_agent)
    assert services.record_read(story.pk, visitor, head).reason == "head_request"
    assert services.record_read(999_999, visitor, BROWSER).reason == services.UNKNOWN_STORY
    Story.objects.filter(pk=stories[1].pk).update(status=Story.Status.DRAFT)
    assert services.record_read(stories[1].pk, visitor, BROWSER).reason == services.UNKNOWN_STORY
    assert services.read_count(story.pk) == 1


def test_a_cookieless_visitor_who_then_gets_a_cookie_still_counts_once(
    read_buffer: ReadBuffer, stories: list[Story]
) -> None:
    from gazete.readership.visitors import visitor_for

    first = visitor_for(None, "198.51.100.4", BROWSER.user_agent)
    assert services.record_read(stories[0].pk, first, BROWSER).counted
    with_cookie = visitor_for(first.new_cookie, "198.51.100.4", BROWSER.user_agent)
    assert services.record_read(stories[0].pk, with_cookie, BROWSER).reason == "duplicate"
    again_without = visitor_for(None, "198.51.100.4", BROWSER.user_agent)
    assert services.record_read(stories[0].pk, again_without, BROWSER).reason == "duplicate"


def test_flush_moves_reads_into_totals_and_day_and_hour_buckets(read_buffer: ReadBuffer,
                                                                stories: list[Story]) -> None:
    story = stories[0]
    now = timezone.now()
    read(story, 3, now=now)
    read(story, 2, now=now - timedelta(days=1))
    result = services.flush_pending()
    assert (result.batches, result.reads) == (1, 5)
    assert stored_total(story) == 5
    assert services.read_count(story.pk) == 5
    days = dict(DailyReads.objects.filter(story=story).values_list("day", "reads"))
    assert days == {timezone.localdate(now): 3, timezone.localdate(now - timedelta(days=1)): 2}
    assert sum(HourlyReads.objects.filter(story=story).values_list("reads", flat=True)) == 5
    assert services.flush_pending() == services.FlushResult()
    read(story, 1)
    services.flush_pending()
    assert stored_total(story) == 6


def test_a_crash_after_claiming_loses_nothing(read_buffer: ReadBuffer, stories: list[Story]) -> None:
    story = stories[0]
    read(story, 4)
    batch = read_buffer.claim(services.new_batch_id())  # the flusher dies right after claiming
    assert batch is not None
    assert services.read_count(story.pk) == 4  # the claimed batch still counts
    read(story, 1)
    result = services.flush_pending()
    assert (result.batches, result.reads) == (2, 5)
    assert stored_total(story) == 5 and services.read_count(story.pk) == 5
    assert read_buffer.unfinished() == []


def test_a_crash_after_applying_does_not_count_twice(read_buffer: ReadBuffer, stories: list[Story]) -> None:
    story = stories[0]
    read(story, 4)
    batch = read_buffer.claim(services.new_batch_id())
    assert batch is not None and services._apply_batch(batch)  # applied, then the flusher dies
    assert services.read_count(story.pk) == 4  # applied batch is not added on top of the total
    result = services.flush_pending()
    assert result.skipped_batches == 1 and result.reads == 0
    assert stored_total(story) == 4 and services.read_count(story.pk) == 4
    assert read_buffer.unfinished() == []
    assert AppliedReadBatch.objects.filter(batch_id=batch.batch_id).exists()


def test_a_crash_in_the_middle_of_applying_rolls_back_completely(
    read_buffer: ReadBuffer, stories: list[Story], monkeypatch: pytest.MonkeyPatch
) -> None:
    story = stories[0]
    read(story, 3)
    real_add = services._add_increments

    def add_then_die(*args: object) -> None:
        real_add(*args)  # the increments are written…
        raise RuntimeError("worker killed")  # …and the process dies before the commit

    monkeypatch.setattr(services, "_add_increments", add_then_die)
    with pytest.raises(RuntimeError):
        services.flush_pending()
    monkeypatch.setattr(services, "_add_increments", real_add)
    assert stored_total(story) == 0 and not AppliedReadBatch.objects.exists()
    assert services.read_count(story.pk) == 3
    services.flush_pending()
    assert stored_total(story) == 3 and services.read_count(story.pk) == 3


def test_applying_the_same_batch_twice_is_a_no_op(read_buffer: ReadBuffer, stories: list[Story]) -> None:
    read(stories[0], 2)
    batch = read_buffer.claim("fixed-id")
    assert batch is not None
    assert services._apply_batch(batch) is True
    assert services._apply_batch(batch) is False
    assert stored_total(stories[0]) == 2


def test_reads_of_a_deleted_story_are_dropped_by_the_flush(read_buffer: ReadBuffer,
                                                           stories: list[Story]) -> None:
    read(stories[0], 2)
    read(stories[1], 1)
    Story.objects.filter(pk=stories[0].pk).delete()
    result = services.flush_pending()
    assert result.batches == 1
    assert stored_total(stories[1]) == 1 and read_buffer.unfinished() == []


def test_seeding_sets_a_baseline_once(read_buffer: ReadBuffer, stories: list[Story],
                                      django_capture_on_commit_callbacks) -> None:
    story = stories[0]
    services.seed_read_count(story.pk, 65)
    services.seed_read_count(story.pk, 65)
    assert services.read_count(story.pk) == 65
    read(story, 2)
    services.flush_pending()
    services.seed_read_count(story.pk, 65)  # e.g. the same file ingested again
    assert services.read_count(story.pk) == 67
    row = StoryReads.objects.get(story=story)
    assert (row.baseline, row.counted) == (65, 2)
    with django_capture_on_commit_callbacks(execute=True):
        services.seed_read_count(story.pk, 70)  # a corrected count replaces the baseline, seen at once
    assert services.read_count(story.pk) == 72
    with pytest.raises(ValueError, match="negative"):
        services.seed_read_count(story.pk, -1)
    with pytest.raises(ValueError, match="no story"):
        services.seed_read_count(999_999, 5)


def test_most_read_by_period(read_buffer: ReadBuffer, stories: list[Story]) -> None:
    a, b, c = stories[0], stories[1], stories[2]
    now = timezone.now()
    read(a, 3, now=now)
    read(b, 5, now=now - timedelta(hours=30))
    read(c, 1, now=now)
    services.seed_read_count(c.pk, 100)
    services.flush_pending()
    assert [(e.story_id, e.reads) for e in services.most_read("day", now=now)] == [(a.pk, 3), (c.pk, 1)]
    ranked = {period: [(e.story_id, e.reads) for e in services.most_read(period, now=now)]
              for period in ("week", "all")}
    assert ranked["week"] == [(b.pk, 5), (a.pk, 3), (c.pk, 1)]
    assert ranked["all"] == [(c.pk, 101), (b.pk, 5), (a.pk, 3)]
    trending = services.most_read("trending", now=now)
    assert trending[0].story_id == a.pk  # 3 reads now beat 5 reads 30 hours ago
    assert {e.story_id for e in trending} == {a.pk, b.pk, c.pk}
    assert services.most_read("all", limit=1, now=now)[0].url == c.get_absolute_url()
    with pytest.raises(ValueError, match="unknown period"):
        services.most_read("month")


def test_most_read_lists_leave_out_unpublished_stories(read_buffer: ReadBuffer, stories: list[Story]) -> None:
    read(stories[0], 2)
    read(stories[1], 1)
    services.flush_pending()
    Story.objects.filter(pk=stories[0].pk).update(status=Story.Status.WITHDRAWN)
    assert [e.story_id for e in services.most_read("all", now=timezone.now())] == [stories[1].pk]


def test_daily_reads_include_days_without_reads(read_buffer: ReadBuffer, stories: list[Story]) -> None:
    now = timezone.now()
    read(stories[0], 2, now=now)
    read(stories[0], 1, now=now - timedelta(days=3))
    services.flush_pending()
    series = services.daily_reads(stories[0].pk, 7)
    assert len(series) == 7 and series[-1] == (timezone.localdate(now), 2)
    assert [n for _day, n in series] == [0, 0, 0, 1, 0, 0, 2]


def test_housekeeping_drops_old_hourly_buckets_and_batch_records(read_buffer: ReadBuffer,
                                                                 stories: list[Story]) -> None:
    old = timezone.now() - timedelta(days=10)
    HourlyReads.objects.create(story=stories[0], hour=old.replace(minute=0, second=0, microsecond=0), reads=3)
    AppliedReadBatch.objects.create(batch_id="old", applied_at=timezone.now() - timedelta(days=40))
    services._housekeeping(read_buffer, force=True)
    assert not HourlyReads.objects.exists() and not AppliedReadBatch.objects.exists()


def test_new_visitors_from_one_address_count_up_to_the_cap(stories: list[Story], read_buffer: ReadBuffer,
                                                             settings) -> None:
    settings.GAZETE_READS_NEW_VISITORS_PER_ADDRESS = 3
    settings.GAZETE_READS_NEW_VISITORS_WINDOW_SECONDS = 600
    story, other = stories[0], stories[1]
    now = timezone.now()
    visitors = [Visitor("c:" + new_cookie_id()) for _ in range(5)]
    outcomes = [services.record_read(story.pk, v, BROWSER, address="a:office", now=now) for v in visitors]
    assert [o.reason for o in outcomes] == ["counted"] * 3 + [services.NEW_VISITOR_LIMIT] * 2
    # An admitted visitor goes on reading; a refused one is not marked as having read the story.
    assert services.record_read(other.pk, visitors[0], BROWSER, address="a:office", now=now).counted
    assert services.record_read(story.pk, visitors[4], BROWSER, address="a:home", now=now).counted
    later = now + timedelta(seconds=600)
    assert services.record_read(story.pk, visitors[3], BROWSER, address="a:office", now=later).counted
    assert services.read_count(story.pk) == 5


def test_no_cap_when_set_to_zero_or_without_an_address(stories: list[Story], read_buffer: ReadBuffer,
                                                       settings) -> None:
    settings.GAZETE_READS_NEW_VISITORS_PER_ADDRESS = 0
    assert all(o.counted for o in [services.record_read(stories[0].pk, Visitor("c:" + new_cookie_id()), BROWSER,
                                                        address="a:office") for _ in range(60)])
    settings.GAZETE_READS_NEW_VISITORS_PER_ADDRESS = 1
    assert all(o.counted for o in read(stories[1], 5))


# --- Redis down: the database takes the reads -----------------------------------------------------

def test_with_redis_down_reads_go_straight_to_the_database_deduplicated(stories: list[Story], tmp_path) -> None:  # type: ignore[no-untyped-def]
    from gazete.readership.buffer_redis import RedisReadBuffer
    from tests.conftest import free_port

    dead = RedisReadBuffer(f"redis://127.0.0.1:{free_port()}/0")  # nothing listens there
    story = stories[0]
    alice, bob = Visitor("c:" + new_cookie_id()), Visitor("h:cookieless", aliases=("c:" + new_cookie_id(),))
    first = services.record_read(story.pk, alice, BROWSER, buffer=dead, address="a:office")
    assert (first.counted, first.reason, first.read_count) == (True, "counted", 1)
    assert services.record_read(story.pk, alice, BROWSER, buffer=dead).reason == "duplicate"
    assert services.record_read(story.pk, bob, BROWSER, buffer=dead).counted
    assert not services.record_read(story.pk, Visitor(bob.aliases[0]), BROWSER, buffer=dead).counted
    assert services.record_read(stories[1].pk, alice, BROWSER, buffer=dead).counted
    # Durable at once: in the stored totals, the day and the hour, without any flush.
    assert StoryReads.objects.get(story=story).counted == 2
    assert DailyReads.objects.get(story=story).reads == 2 and HourlyReads.objects.get(story=story).reads == 2
    assert services.read_counts([story.pk, stories[1].pk], buffer=dead) == {story.pk: 2, stories[1].pk: 1}


def test_the_outage_dedupe_window_ends_like_the_normal_one(stories: list[Story], settings) -> None:  # type: ignore[no-untyped-def]
    from gazete.readership.buffer_redis import RedisReadBuffer
    from gazete.readership.models import OutageSeenRead
    from tests.conftest import free_port

    settings.GAZETE_READ_DEDUPE_SECONDS = 60
    dead = RedisReadBuffer(f"redis://127.0.0.1:{free_port()}/0")
    alice, now = Visitor("c:" + new_cookie_id()), timezone.now()
    assert services.record_read(stories[0].pk, alice, BROWSER, buffer=dead, now=now).counted
    assert not services.record_read(stories[0].pk, alice, BROWSER, buffer=dead, now=now + timedelta(seconds=59)).counted
    assert services.record_read(stories[0].pk, alice, BROWSER, buffer=dead, now=now + timedelta(seconds=61)).counted
    assert OutageSeenRead.objects.count() == 1


def test_a_flush_with_redis_down_is_postponed_not_a_crash(stories: list[Story], settings, caplog) -> None:  # type: ignore[no-untyped-def]
    from gazete.readership import tasks
    from gazete.readership.buffer import BufferUnavailable, get_buffer
    from tests.conftest import free_port

    settings.GAZETE_REDIS_URL = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    with pytest.raises(BufferUnavailable):
        services.flush_pending(buffer=get_buffer())
    tasks.flush_reads.call_local()
    tasks.flush_on_shutdown()
    assert sum("read buffer is unavailable" in r.getMessage() for r in caplog.records) == 2
