"""Read counting: record a read, report counts (stored + buffered), flush, seed, most read.

The flow: ``record_read`` filters bots and previews, then asks the buffer (Redis or a local
SQLite file) to add the read unless the visitor read the story within the dedupe window.
``flush_pending`` moves buffered increments into the database idempotently (see ``_apply_batch``).
``read_counts`` adds what is still buffered to the stored totals, so a read shows at once.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import F, Sum
from django.utils import timezone

from gazete.newsroom.models import Story
from gazete.newsroom.written_sql import placeholders
from gazete.readership import botfilter, trending
from gazete.readership.botfilter import RequestMeta
from gazete.readership.buffer import Batch, BufferSnapshot, BufferUnavailable, ReadBuffer, get_buffer
from gazete.readership.models import AppliedReadBatch, DailyReads, HourlyReads, OutageSeenRead, StoryReads
from gazete.readership.visitors import Visitor, forget_old_salts

logger = logging.getLogger(__name__)

COUNTED = "counted"
DUPLICATE = "duplicate"
NEW_VISITOR_LIMIT = "new_visitor_limit"
UNKNOWN_STORY = "unknown_story"

Period = Literal["day", "week", "all", "trending"]
PERIODS: tuple[str, ...] = ("day", "week", "all", "trending")
MOST_READ_CACHE_SECONDS = 15
APPLIED_BATCH_KEEP_DAYS = 30
HOUSEKEEPING_EVERY_SECONDS = 60.0
_READABLE_CACHE_SECONDS = 60.0
_READABLE_STATUSES = (Story.Status.PUBLISHED, Story.Status.WITHDRAWN)  # the story page shows both


@dataclass(frozen=True)
class ReadOutcome:
    """Whether one beacon counted as a read, and if not, why (a botfilter reason or ``duplicate``).

    ``read_count`` is the story's count right after this read, when the buffer was asked
    (None for requests filtered out before that: bots, previews, unknown stories).
    """

    counted: bool
    reason: str
    read_count: int | None = None


class ReadNotRecorded(Exception):
    """Neither the buffer nor the database fallback took the read: the beacon should try again (503)."""


@dataclass(frozen=True)
class FlushResult:
    """What one flush did."""

    batches: int = 0
    reads: int = 0
    skipped_batches: int = 0  # batches found already applied (a flush had crashed before finishing)


@dataclass(frozen=True)
class MostReadEntry:
    """One story of a most-read list (plain data, so it can be cached)."""

    story_id: int
    headline: str
    url: str
    published_at: datetime | None
    language: str
    reads: int
    score: float


# --- recording -----------------------------------------------------------------------------------

_readable: dict[int, float] = {}
_readable_lock = threading.Lock()


def _is_readable(story_id: int) -> bool:
    """Whether readers can see the story (cached a minute per process; unknown ids are not cached)."""
    now = time.monotonic()
    expires = _readable.get(story_id)
    if expires is not None and expires > now:
        return True
    exists = Story.objects.filter(pk=story_id, status__in=_READABLE_STATUSES).exists()
    if exists:
        with _readable_lock:
            if len(_readable) > 50_000:
                _readable.clear()
            _readable[story_id] = now + _READABLE_CACHE_SECONDS
    return exists


def dedupe_seconds() -> int:
    """How long one visitor's reads of one story count once (settings.GAZETE_READ_DEDUPE_SECONDS)."""
    return int(getattr(settings, "GAZETE_READ_DEDUPE_SECONDS", 1800))


def new_visitor_cap() -> tuple[int, int]:
    """(new visitors counted per address per window, window seconds); 0 visitors means no cap."""
    return (int(getattr(settings, "GAZETE_READS_NEW_VISITORS_PER_ADDRESS", 50)),
            max(1, int(getattr(settings, "GAZETE_READS_NEW_VISITORS_WINDOW_SECONDS", 600))))


def bucket_of(moment: datetime) -> tuple[str, int]:
    """The (local day, UTC hour number) a read at ``moment`` is counted in."""
    return timezone.localdate(moment).isoformat(), int(moment.timestamp()) // 3600


def record_read(story_id: int, visitor: Visitor, request_meta: RequestMeta, *,
                now: datetime | None = None, buffer: ReadBuffer | None = None,
                address: str | None = None) -> ReadOutcome:
    """Count one read of a story by a visitor, unless it is a bot, a preview or a repeat.

    ``address`` (a hashed network address, ``visitors.hashed_address_key``) subjects the read to
    the cap on new visitors per address: past it, a visitor the address has not brought before in
    the window is not counted (``new_visitor_limit``); visitors already admitted still are.
    """
    reason = botfilter.reason_not_counted(request_meta)
    if reason is not None:
        return ReadOutcome(False, reason)
    if not _is_readable(story_id):
        return ReadOutcome(False, UNKNOWN_STORY)
    moment = now or timezone.now()
    day, hour = bucket_of(moment)
    buffer = buffer or get_buffer()
    per_address, window_seconds = new_visitor_cap()
    seen_key = seen_key_for(visitor.key, story_id)
    alias_keys = [seen_key_for(alias, story_id) for alias in visitor.aliases]
    try:
        if address is not None and per_address > 0:
            window = int(moment.timestamp()) // window_seconds
            if not buffer.admit_visitor(address, window, (visitor.key, *visitor.aliases), per_address,
                                        window_seconds):
                return ReadOutcome(False, NEW_VISITOR_LIMIT)
        counted, snapshot = buffer.record(story_id, day, hour, seen_key, alias_keys, dedupe_seconds())
    except BufferUnavailable:
        # Redis is down: the read goes straight into the database, durable at once (the cap on new
        # visitors per address is not applied meanwhile). docs/operations.md says what this costs.
        return _record_in_database(story_id, day, hour, seen_key, alias_keys, moment)
    try:
        count = _count_from(snapshot, [story_id], buffer)[story_id]
    except BufferUnavailable:  # Redis went away right after taking the read: it is counted there
        count = None
    return ReadOutcome(counted, COUNTED if counted else DUPLICATE, count)


_OUTAGE_SEEN_UPSERT = (
    "INSERT INTO {table} (key, expires) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE "
    "SET expires = excluded.expires WHERE {table}.expires <= %s"
)


def _record_in_database(story_id: int, day: str, hour: int, seen_key: str, alias_keys: Sequence[str],
                        moment: datetime) -> ReadOutcome:
    """Count a read in the database directly, deduplicated there, while the buffer is unavailable.

    One transaction: the dedupe key (``OutageSeenRead``, an upsert that only succeeds when the key
    is absent or expired) and, when it is new, the increments of totals, day and hour. Raises
    ReadNotRecorded when the database fails too, so the beacon is answered 503 and retried.
    """
    ttl = dedupe_seconds()
    ops = connection.ops
    sql = _OUTAGE_SEEN_UPSERT.format(table=OutageSeenRead._meta.db_table)
    expires, now = ops.adapt_datetimefield_value(moment + timedelta(seconds=ttl)), ops.adapt_datetimefield_value(moment)
    try:
        with transaction.atomic():
            counted = True
            if ttl > 0:
                with connection.cursor() as cursor:
                    cursor.execute(sql, [seen_key, expires, now])
                    counted = cursor.rowcount == 1
                    for alias in alias_keys:
                        cursor.execute(sql, [alias, expires, now])
            if counted:
                _add_increments(Batch("outage", {(story_id, day, hour): 1}), {story_id}, moment)
            stored = _stored_totals([story_id], [])
    except DatabaseError as exc:
        raise ReadNotRecorded(f"read buffer and database both unavailable: {exc}") from exc
    _stored_cache.clear()  # totals changed outside a flush: this process reads them again
    count = stored.get(story_id, (0, frozenset()))[0]
    return ReadOutcome(counted, COUNTED if counted else DUPLICATE, count)


def seen_key_for(visitor_key: str, story_id: int) -> str:
    """The dedupe key of one visitor and one story."""
    return f"{story_id}:{visitor_key}"


# --- reading counts ------------------------------------------------------------------------------

StoredTotals = dict[int, tuple[int, frozenset[str]]]  # story id -> (stored total, batch ids applied)


def _stored_totals(story_ids: Sequence[int], batch_ids: Sequence[str]) -> StoredTotals:
    """Stored totals and, in the same statement (one snapshot), which of ``batch_ids`` are applied.

    Plain SQL: this runs on every beacon, and the ORM's query building costs more than the query.
    """
    reads_table, batch_table = StoryReads._meta.db_table, AppliedReadBatch._meta.db_table
    flags = "".join(f", EXISTS (SELECT 1 FROM {batch_table} WHERE batch_id = %s)" for _ in batch_ids)  # noqa: S608
    marks = placeholders(len(story_ids))
    sql = f"SELECT story_id, counted + baseline{flags} FROM {reads_table} WHERE story_id IN ({marks})"  # noqa: S608
    result: StoredTotals = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, [*batch_ids, *story_ids])
        for story_id, total, *applied_flags in cursor.fetchall():
            applied = frozenset(bid for bid, flag in zip(batch_ids, applied_flags, strict=True) if flag)
            result[story_id] = (int(total), applied)
    return result


def read_counts(story_ids: Sequence[int], *, buffer: ReadBuffer | None = None) -> dict[int, int]:
    """Each story's read count as readers see it: stored total plus reads still in the buffer.

    The buffer is read first, then the database; if a flush claimed pending reads in between
    (the buffer's generation changed) the pair is read again, so a read is never counted both
    in the buffer and in the database, nor missed.
    """
    ids = sorted({int(i) for i in story_ids})
    if not ids:
        return {}
    buffer = buffer or get_buffer()
    try:
        return _count_from(buffer.snapshot(ids), ids, buffer)
    except BufferUnavailable:
        # Redis is down: what it buffered is out of sight until it is back; the stored totals
        # (including reads the database fallback counted) are still exact.
        stored = _stored_totals(ids, [])
        return {story_id: stored.get(story_id, (0, frozenset()))[0] for story_id in ids}


# Stored totals this process read, by story: (generation, expiry, total, batch ids seen applied).
# An entry is used only while the buffer's generation is unchanged: every flush (claim, finish) and
# every seeded count bumps it, so a hot story costs one database read per flush, not one per beacon.
_stored_cache: dict[int, tuple[int, float, int, frozenset[str]]] = {}
_STORED_CACHE_SECONDS = 60.0
_STORED_CACHE_MAX = 20_000


def _cached_totals(ids: Sequence[int], generation: int) -> tuple[StoredTotals, list[int]]:
    now = time.monotonic()
    found: StoredTotals = {}
    missing: list[int] = []
    for story_id in ids:
        entry = _stored_cache.get(story_id)
        if entry is not None and entry[0] == generation and entry[1] > now:
            found[story_id] = (entry[2], entry[3])
        else:
            missing.append(story_id)
    return found, missing


def _remember(values: StoredTotals, generation: int) -> None:
    if len(_stored_cache) + len(values) > _STORED_CACHE_MAX:
        _stored_cache.clear()
    expires = time.monotonic() + _STORED_CACHE_SECONDS
    for story_id, (total, applied) in values.items():
        _stored_cache[story_id] = (generation, expires, total, applied)


def _count_from(snapshot: BufferSnapshot, ids: Sequence[int], buffer: ReadBuffer) -> dict[int, int]:
    """Combine a buffer snapshot with the stored totals (cached, or read again if a flush intervened).

    The database is read after the buffer; if the generation changed meanwhile (a flush claimed
    or finished a batch), both are read again, so a read is never counted both in the buffer and
    in the database, nor missed. A claimed batch the database shows as applied is not added.
    """
    stored: StoredTotals = {}
    for attempt in range(4):  # flushes come seconds apart: one retry is almost always enough
        stored, missing = _cached_totals(ids, snapshot.generation)
        if not missing:
            break
        fresh = _stored_totals(missing, list(snapshot.batches))
        values = {story_id: fresh.get(story_id, (0, frozenset())) for story_id in missing}
        consistent = snapshot.generation >= 0 and buffer.generation() == snapshot.generation
        if consistent:
            _remember(values, snapshot.generation)
        if consistent or attempt == 3:
            stored.update(values)
            break
        snapshot = buffer.snapshot(ids)
    counts: dict[int, int] = {}
    for story_id in ids:
        total, applied = stored[story_id]
        total += snapshot.pending.get(story_id, 0)
        for batch_id, per_story in snapshot.batches.items():
            if batch_id not in applied:
                total += per_story.get(story_id, 0)
        counts[story_id] = total
    return counts


def read_count(story_id: int) -> int:
    """One story's read count as readers see it."""
    return read_counts([story_id])[story_id]


def daily_reads(story_id: int, days: int = 30, *, today: date | None = None) -> list[tuple[date, int]]:
    """Flushed reads of a story per local day, for the last ``days`` days (oldest first, zeros included)."""
    today = today or timezone.localdate()
    first = today - timedelta(days=days - 1)
    stored = dict(
        DailyReads.objects.filter(story_id=story_id, day__gte=first, day__lte=today)
        .values_list("day", "reads")
    )
    return [(first + timedelta(days=i), stored.get(first + timedelta(days=i), 0)) for i in range(days)]


# --- migration -----------------------------------------------------------------------------------

def seed_read_count(story_id: int, count: int) -> None:
    """Start a story at the count an old portal showed: sets the baseline (idempotent, never adds twice).

    Reads counted here are kept; calling it again with the same count changes nothing, and with
    another count replaces the baseline. Raises ValueError for a negative count or an unknown story.
    """
    if count < 0:
        raise ValueError(f"read count must not be negative, got {count}")
    if not Story.objects.filter(pk=story_id).exists():
        raise ValueError(f"no story with id {story_id}")
    table = StoryReads._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (story_id, counted, baseline) VALUES (%s, 0, %s) "  # noqa: S608
            f"ON CONFLICT (story_id) DO UPDATE SET baseline = excluded.baseline",
            [story_id, count],
        )
    # Processes cache stored totals per buffer generation: make them read this one again.
    transaction.on_commit(get_buffer().bump_generation)


# --- flushing ------------------------------------------------------------------------------------

_last_housekeeping = 0.0


def flush_pending(*, buffer: ReadBuffer | None = None) -> FlushResult:
    """Move buffered reads into the database; safe to run anywhere, any time, concurrently.

    Batches left by a flush that crashed are applied first (or dropped, when the database shows
    they were applied already), then everything pending is claimed as a new batch and applied.
    """
    buffer = buffer or get_buffer()
    batches = reads = skipped = 0
    for batch in buffer.unfinished():
        if _apply_batch(batch):
            batches, reads = batches + 1, reads + batch.reads
        else:
            skipped += 1
        buffer.finish(batch.batch_id)
    claimed = buffer.claim(new_batch_id())
    if claimed is not None:
        if _apply_batch(claimed):
            batches, reads = batches + 1, reads + claimed.reads
        else:  # a concurrent flush took it from the unfinished list and applied it
            skipped += 1
        buffer.finish(claimed.batch_id)
    _housekeeping(buffer)
    return FlushResult(batches=batches, reads=reads, skipped_batches=skipped)


def new_batch_id() -> str:
    """A batch id unique for ever (also across Redis restarts and machines)."""
    return f"{timezone.now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex}"


def _apply_batch(batch: Batch, *, now: datetime | None = None) -> bool:
    """Add a batch's increments to the stored counts; False when it was applied before.

    The batch id is recorded first, in the same transaction as the increments: a second
    flusher applying the same batch blocks on it and then fails, and a crash leaves either all
    or nothing. Increments of stories deleted since are dropped.
    """
    now = now or timezone.now()
    try:
        with transaction.atomic():
            AppliedReadBatch.objects.create(batch_id=batch.batch_id, applied_at=now, reads=batch.reads)
            story_ids = sorted({story_id for story_id, _day, _hour in batch.increments})
            alive = set(Story.objects.filter(pk__in=story_ids).values_list("pk", flat=True))
            _add_increments(batch, alive, now)
    except IntegrityError:
        if AppliedReadBatch.objects.filter(batch_id=batch.batch_id).exists():
            return False
        raise
    return True


def _add_increments(batch: Batch, alive: set[int], now: datetime) -> None:
    ops = connection.ops
    totals: dict[int, int] = {}
    days: dict[tuple[int, str], int] = {}
    hours: dict[tuple[int, int], int] = {}
    for (story_id, day, hour), n in batch.increments.items():
        if story_id not in alive or n <= 0:
            continue
        totals[story_id] = totals.get(story_id, 0) + n
        days[(story_id, day)] = days.get((story_id, day), 0) + n
        hours[(story_id, hour)] = hours.get((story_id, hour), 0) + n
    if not totals:
        return
    reads_table, daily_table, hourly_table = (
        StoryReads._meta.db_table, DailyReads._meta.db_table, HourlyReads._meta.db_table)
    stamp = ops.adapt_datetimefield_value(now)
    with connection.cursor() as cursor:
        # Rows in a fixed order, so concurrent flushes of different batches cannot deadlock.
        cursor.executemany(
            f"INSERT INTO {reads_table} (story_id, counted, baseline, last_read_at) VALUES (%s, %s, 0, %s) "  # noqa: S608
            f"ON CONFLICT (story_id) DO UPDATE SET counted = {reads_table}.counted + excluded.counted, "
            f"last_read_at = excluded.last_read_at",
            [(story_id, n, stamp) for story_id, n in sorted(totals.items())],
        )
        cursor.executemany(
            f"INSERT INTO {daily_table} (story_id, day, reads) VALUES (%s, %s, %s) "  # noqa: S608
            f"ON CONFLICT (story_id, day) DO UPDATE SET reads = {daily_table}.reads + excluded.reads",
            [(s, ops.adapt_datefield_value(date.fromisoformat(d)), n) for (s, d), n in sorted(days.items())],
        )
        cursor.executemany(
            f"INSERT INTO {hourly_table} (story_id, hour, reads) VALUES (%s, %s, %s) "  # noqa: S608
            f"ON CONFLICT (story_id, hour) DO UPDATE SET reads = {hourly_table}.reads + excluded.reads",
            [(s, ops.adapt_datetimefield_value(datetime.fromtimestamp(h * 3600, tz=UTC)), n)
             for (s, h), n in sorted(hours.items())],
        )


def _housekeeping(buffer: ReadBuffer, *, force: bool = False) -> None:
    """Drop expired dedupe keys, old hourly buckets, old batch records and old salts (once a minute)."""
    global _last_housekeeping
    now_mono = time.monotonic()
    if not force and now_mono - _last_housekeeping < HOUSEKEEPING_EVERY_SECONDS:
        return
    _last_housekeeping = now_mono
    now = timezone.now()
    buffer.purge_expired()
    OutageSeenRead.objects.filter(expires__lte=now).delete()
    HourlyReads.objects.filter(hour__lt=now - timedelta(hours=trending.WINDOW_HOURS + 24)).delete()
    AppliedReadBatch.objects.filter(applied_at__lt=now - timedelta(days=APPLIED_BATCH_KEEP_DAYS)).delete()
    forget_old_salts()


# --- most read -----------------------------------------------------------------------------------

def most_read(period: str, limit: int = 10, *, now: datetime | None = None) -> list[MostReadEntry]:
    """The most read published stories of today, the last 7 days, all time, or trending now.

    Lists come from flushed counts (a few seconds behind) and are cached for a few seconds.
    Raises ValueError for an unknown period.
    """
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r} (use one of {', '.join(PERIODS)})")
    limit = max(1, min(int(limit), 100))
    cache_key = f"readership:most-read:{period}:{limit}"
    if now is None:
        cached = cache.get(cache_key)
        if cached is not None:
            return cached
    entries = _compute_most_read(period, limit, now or timezone.now())
    if now is None:
        cache.set(cache_key, entries, MOST_READ_CACHE_SECONDS)
    return entries


def _compute_most_read(period: str, limit: int, now: datetime) -> list[MostReadEntry]:
    published = Story.objects.published().filter(published_at__lte=now)
    today = timezone.localdate(now)
    ranked: list[tuple[int, int, float]]  # (story id, reads, score)
    if period == "day":
        rows = (DailyReads.objects.filter(day=today, story__in=published, reads__gt=0)
                .order_by("-reads", "-story_id").values_list("story_id", "reads")[:limit])
        ranked = [(sid, reads, float(reads)) for sid, reads in rows]
    elif period == "week":
        week = DailyReads.objects.filter(day__gt=today - timedelta(days=7), day__lte=today)
        rows = (week.filter(story__in=published)
                .values("story_id").annotate(total=Sum("reads")).filter(total__gt=0)
                .order_by("-total", "-story_id").values_list("story_id", "total")[:limit])
        ranked = [(sid, total, float(total)) for sid, total in rows]
    elif period == "all":
        rows = (StoryReads.objects.filter(story__in=published).annotate(total=F("counted") + F("baseline"))
                .filter(total__gt=0).order_by("-total", "-story_id").values_list("story_id", "total")[:limit])
        ranked = [(sid, total, float(total)) for sid, total in rows]
    else:
        since = now - timedelta(hours=trending.WINDOW_HOURS)
        hourly = list(HourlyReads.objects.filter(hour__gte=since, hour__lte=now, story__in=published)
                      .values_list("story_id", "hour", "reads"))
        scores = trending.trending_scores(hourly, now)
        reads: dict[int, int] = {}
        for sid, _hour, n in hourly:
            reads[sid] = reads.get(sid, 0) + n
        best = sorted(scores.items(), key=lambda item: (-item[1], -item[0]))[:limit]
        ranked = [(sid, reads[sid], score) for sid, score in best]
    stories = Story.objects.only("id", "slug", "headline", "published_at", "language").in_bulk(
        [sid for sid, _r, _s in ranked])
    return [
        MostReadEntry(story_id=sid, headline=stories[sid].headline, url=stories[sid].get_absolute_url(),
                      published_at=stories[sid].published_at, language=stories[sid].language,
                      reads=int(reads_), score=round(score, 3))
        for sid, reads_, score in ranked if sid in stories
    ]

