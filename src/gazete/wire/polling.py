"""Poll wire sources: the AA API (checkpoint with overlap, seen ids) and RSS/Atom feeds (conditional GET).

``poll_source`` is what the worker's periodic task and ``gazete wire poll`` call. It first takes
the source's lease, a conditional UPDATE on the source row that only one process can win, so two
workers never poll the same source at once; the loser returns at once with ``busy`` set.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import requests
from django.db.models import F, Q
from django.utils import timezone

from gazete.newsroom.invalidation import batched_invalidation
from gazete.wire.aa import TEXT_FORMAT, USER_AGENT, AAClient, AAError
from gazete.wire.models import SeenDocument, WireSource
from gazete.wire.pictures import AA_PICTURE_FORMATS, PictureFetcher
from gazete.wire.services import IngestCounts, Ingestor

logger = logging.getLogger(__name__)

CHECKPOINT_OVERLAP = timedelta(minutes=5)
INITIAL_LOOKBACK = timedelta(hours=6)
LEASE_SECONDS = 600
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
        """Take the lease if nobody holds it (atomic conditional UPDATE); None when another process does."""
        now = timezone.now()
        token = uuid.uuid4().hex
        won = (
            WireSource.objects.filter(pk=source_id)
            .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
            .update(lease_until=now + timedelta(seconds=seconds), lease_token=token)
        )
        return cls(source_id, token, seconds) if won else None

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
        ingestor.ingest_bytes(data, location=location)
        SeenDocument.objects.get_or_create(source=source, document_id=document_id, version=marker)
        lease.renew()
    WireSource.objects.filter(pk=source.pk).update(checkpoint=end)
    source.checkpoint = end


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
