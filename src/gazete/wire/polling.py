"""Poll wire sources: the AA API (checkpoint with overlap, seen ids) and RSS/Atom feeds (conditional GET).

``poll_source`` is what the worker's periodic task and ``gazete wire poll`` call. It first takes
the source's lease, a conditional UPDATE on the source row that only one process can win, so two
workers never poll the same source at once; the loser returns at once with ``busy`` set.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import requests
from django.db import OperationalError
from django.db.models import F, Q
from django.utils import timezone

from gazete.newsroom.invalidation import batched_invalidation
from gazete.wire.aa import TEXT_FORMAT, USER_AGENT, AAClient, AAError
from gazete.wire.models import SeenDocument, WireSource
from gazete.wire.pictures import AA_PICTURE_FORMATS, PictureFetcher, aa_series_media, deliver_media
from gazete.wire.services import IngestCounts, Ingestor
from gazete.wireformats.model import WireStory

logger = logging.getLogger(__name__)

CHECKPOINT_OVERLAP = timedelta(minutes=5)
INITIAL_LOOKBACK = timedelta(hours=6)
LEASE_SECONDS = 600
LOCKED_RETRIES = 5
"""Tries at the lease while SQLite reports the table locked by another writer (no busy timeout covers a table lock
of a shared cache, the test database's); then the source counts as busy and waits for the next round."""
LOCKED_PAUSE_SECONDS = 0.05
FEED_TIMEOUT = 30.0
POLLABLE_KINDS = (WireSource.Kind.AA, WireSource.Kind.FEED)


class PollError(RuntimeError):
    """A source could not be polled (HTTP error, network error)."""


@dataclass
class PollReport:
    """What one poll of one source did."""

    source: str
    busy: bool = False
    not_modified: bool = False
    fetched: int = 0
    skipped_seen: int = 0
    counts: IngestCounts = field(default_factory=IngestCounts)
    error: str = ""

    def summary(self) -> str:
        """One line for people and logs."""
        if self.busy:
            return "skipped: another worker is polling it"
        parts = [f"fetched {self.fetched}", f"already seen {self.skipped_seen}"]
        if self.not_modified:
            parts.append("not modified (304)")
        parts.append(self.counts.summary())
        if self.error:
            parts.append(f"ERROR {self.error}")
        return "; ".join(parts)


class Lease:
    """The right to poll one source, held until released or until it expires (a crashed worker)."""

    def __init__(self, source_id: int, token: str, seconds: int) -> None:
        self.source_id = source_id
        self.token = token
        self.seconds = seconds

    @classmethod
    def acquire(cls, source_id: int, seconds: int = LEASE_SECONDS) -> Lease | None:
        """Take the lease if nobody holds it (atomic conditional UPDATE); None when another process does.

        A write lock another process holds on the row (SQLite: ``database table is locked``) is waited out a few
        times; still locked, the source is left to that process for this round, as when it holds the lease.
        """
        token = uuid.uuid4().hex
        for attempt in range(LOCKED_RETRIES):
            now = timezone.now()
            try:
                won = (
                    WireSource.objects.filter(pk=source_id)
                    .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
                    .update(lease_until=now + timedelta(seconds=seconds), lease_token=token)
                )
            except OperationalError as exc:
                if "locked" not in str(exc):
                    raise
                time.sleep(LOCKED_PAUSE_SECONDS * (attempt + 1))  # another writer holds the row: try again
                continue
            return cls(source_id, token, seconds) if won else None
        logger.info("wire source %s: the lease stayed locked by another writer; skipped this round", source_id)
        return None

    def renew(self) -> None:
        """Push the expiry forward during a long poll."""
        WireSource.objects.filter(pk=self.source_id, lease_token=self.token).update(
            lease_until=timezone.now() + timedelta(seconds=self.seconds)
        )

    def release(self) -> None:
        """Give the lease back."""
        mine = WireSource.objects.filter(pk=self.source_id, lease_token=self.token)
        mine.update(lease_until=None, lease_token="")


def due_sources(now: datetime | None = None) -> list[WireSource]:
    """Enabled AA and feed sources whose next poll time has come (or that were never polled)."""
    now = now or timezone.now()
    return list(
        WireSource.objects.filter(enabled=True, kind__in=POLLABLE_KINDS)
        .filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now))
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
        .order_by(F("next_poll_at").asc(nulls_first=True), "id")
    )


def poll_source(
    source: WireSource,
    *,
    aa_client: AAClient | None = None,
    session: requests.Session | None = None,
    now: datetime | None = None,
) -> PollReport:
    """Poll one source now, unless another process is polling it; store what it brings."""
    report = PollReport(source=source.slug)
    lease = Lease.acquire(source.pk)
    if lease is None:
        report.busy = True
        return report
    started = now or timezone.now()
    try:
        source.refresh_from_db()
        ingestor = Ingestor(source)
        report.counts = ingestor.counts
        try:
            with batched_invalidation():
                if source.kind == WireSource.Kind.AA:
                    poll_aa(source, ingestor, report, lease, client=aa_client, now=started)
                elif source.kind == WireSource.Kind.FEED:
                    poll_feed(source, ingestor, report, session=session)
                else:
                    raise PollError(f"a '{source.kind}' source is not polled")
        except (AAError, PollError) as error:
            report.error = str(error)
            logger.error("wire source %s: %s", source.slug, error)
        finally:
            ingestor.finish()
        WireSource.objects.filter(pk=source.pk).update(
            last_polled_at=started,
            next_poll_at=started + timedelta(seconds=source.poll_interval),
            last_error=report.error,
        )
    finally:
        lease.release()
    logger.info("wire source %s: %s", source.slug, report.summary())
    return report


def version_marker(item: dict[str, Any]) -> str:
    """What tells two deliveries of one AA document id apart: its version, else its time."""
    for key in ("version", "versionCreated", "modified", "date"):
        value = item.get(key)
        if value not in (None, ""):
            return str(value)[:100]
    return ""


def is_text_item(item: dict[str, Any]) -> bool:
    """True for a text item (id ``aa:text:…`` or type 1); photos and videos are not stories."""
    item_type = item.get("type")
    if item_type not in (None, ""):
        return str(item_type).lower() in {"1", "text"}
    return ":text:" in str(item.get("id", ""))


def poll_aa(
    source: WireSource,
    ingestor: Ingestor,
    report: PollReport,
    lease: Lease,
    *,
    client: AAClient | None = None,
    now: datetime | None = None,
) -> None:
    """Search AA from the checkpoint (minus an overlap) to now and fetch the text items not seen yet.

    The checkpoint moves only when the whole search went through, so a failed poll is redone; the
    seen-id store keeps the redo from downloading documents again.
    """
    client = client or AAClient.from_env(base_url=source.url or None)
    picture_format = str((source.options or {}).get("picture_format") or "web")
    ingestor.pictures = PictureFetcher(
        aa_client=client, aa_format=picture_format if picture_format in AA_PICTURE_FORMATS else "web")
    end = now or timezone.now()
    start = source.checkpoint - CHECKPOINT_OVERLAP if source.checkpoint else end - INITIAL_LOOKBACK
    filters = {key: value for key, value in (source.options or {}).items()
               if key.startswith("filter_") or key == "search_string"}
    items = [item for item in client.search_all(start, end, filters=filters) if item.get("id")]
    ingestor.pictures.aa_items = {str(item["id"]): item for item in items if not is_text_item(item)}
    series = SeriesPictures(limit=series_limit(source))
    for item in _oldest_first(items):
        document_id = str(item["id"])
        if not is_text_item(item):
            continue
        marker = version_marker(item)
        if SeenDocument.objects.filter(source=source, document_id=document_id, version=marker).exists():
            report.skipped_seen += 1
            continue
        data = client.document(document_id, TEXT_FORMAT)
        report.fetched += 1
        location = f"{client.credentials.base_url}/abone/document/{document_id}/{TEXT_FORMAT}"
        for result in ingestor.ingest_bytes(data, location=location):
            if result.story_id is not None and result.wire is not None and result.outcome in ("new", "updated"):
                series.note(result.wire, result.story_id, ingestor.pictures.aa_items)
        SeenDocument.objects.get_or_create(source=source, document_id=document_id, version=marker)
        lease.renew()
    series.deliver(source, ingestor, lease, [item for item in items if not is_text_item(item)])
    WireSource.objects.filter(pk=source.pk).update(checkpoint=end)
    source.checkpoint = end


# At most this many photos of a series are fetched per poll beyond those the text items link to (a
# source's ``series_pictures`` option changes it; 0 turns it off). Each costs one request (0.5 s).
SERIES_PICTURES_PER_POLL = 12


def series_limit(source: WireSource) -> int:
    """The source's ``series_pictures`` option (a whole number), else :data:`SERIES_PICTURES_PER_POLL`."""
    value = (source.options or {}).get("series_pictures", SERIES_PICTURES_PER_POLL)
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        logger.warning("wire source %s: series_pictures %r is not a whole number", source.slug, value)
        return SERIES_PICTURES_PER_POLL


class SeriesPictures:
    """The other photos of the series a stored story's linked photos belong to (AA's ``group_id``).

    AA sends the photos of one event as a series sharing a group id, while a text item links to one
    or two of them. The rest of the series, when the poll's search returned them, are fetched and
    linked to the story too (after its own), so an editor can pick the lead from what came in.
    """

    def __init__(self, limit: int = SERIES_PICTURES_PER_POLL) -> None:
        self.limit = max(0, limit)
        self.stories_by_group: dict[str, set[int]] = {}
        self.linked: set[str] = set()

    def note(self, wire: WireStory, story_id: int, aa_items: dict[str, dict[str, Any]]) -> None:
        """Remember the series of the photos a stored story links to."""
        for media in wire.media:
            if not media.id:
                continue
            self.linked.add(media.id)
            group = str((aa_items.get(media.id) or {}).get("group_id") or "").strip()
            if group:
                self.stories_by_group.setdefault(group, set()).add(story_id)

    def deliver(self, source: WireSource, ingestor: Ingestor, lease: Lease, items: list[dict[str, Any]]) -> int:
        """Fetch the series photos not linked and not seen yet (up to ``limit``); return how many."""
        done = 0
        for item in _oldest_first(items):
            media = aa_series_media(item)
            if done >= self.limit or media is None or media.id in self.linked:
                continue
            stories = self.stories_by_group.get(media.group_id or "")
            marker = version_marker(item)
            if not stories or SeenDocument.objects.filter(
                    source=source, document_id=media.id or "", version=marker).exists():
                continue
            deliver_media([media], sorted(stories), "AA", ingestor.pictures)
            SeenDocument.objects.get_or_create(source=source, document_id=media.id or "", version=marker)
            lease.renew()
            done += 1
        return done


def _oldest_first(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Search hits in time order when they carry a date, so a story comes before its updates."""
    return sorted(items, key=lambda item: str(item.get("date") or ""))


def poll_feed(
    source: WireSource, ingestor: Ingestor, report: PollReport, *, session: requests.Session | None = None
) -> None:
    """Fetch an RSS/Atom feed with a conditional GET (ETag / Last-Modified); 304 means nothing to do."""
    if not source.url:
        raise PollError("the feed source has no address")
    headers = {"User-Agent": USER_AGENT}
    if source.etag:
        headers["If-None-Match"] = source.etag
    if source.last_modified:
        headers["If-Modified-Since"] = source.last_modified
    http = session or requests.Session()
    ingestor.pictures = PictureFetcher(session=http)
    try:
        response = http.get(source.url, headers=headers, timeout=FEED_TIMEOUT)
    except requests.RequestException as error:
        raise PollError(f"GET {source.url} failed: {error}") from error
    report.fetched += 1
    if response.status_code == 304:
        report.not_modified = True
        return
    if response.status_code >= 400:
        raise PollError(f"GET {source.url} answered HTTP {response.status_code}")
    ingestor.ingest_bytes(response.content, location=source.url)
    source.etag = response.headers.get("ETag", "")[:300]
    source.last_modified = response.headers.get("Last-Modified", "")[:100]
    WireSource.objects.filter(pk=source.pk).update(etag=source.etag, last_modified=source.last_modified)
