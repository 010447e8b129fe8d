"""The numbers on the desk's front page: stories in, published, held and quarantined today; top read."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.utils import timezone

from gazete.backoffice.models import QueueMark
from gazete.newsroom.models import Story
from gazete.readership.services import read_counts as readership_read_counts
from gazete.wire.models import QuarantinedPayload

logger = logging.getLogger(__name__)
TOP_READ_WINDOW = timedelta(days=7)
TOP_READ_CANDIDATES = 500


@dataclass(frozen=True)
class DeskNumbers:
    """Today's counts of the desk's front page."""

    stories_in: int
    published: int
    held: int
    quarantined: int
    top_read: list[tuple[Story, int]] = field(default_factory=list)


def start_of_today(now: datetime | None = None) -> datetime:
    """Midnight of today in the site's time zone."""
    local = timezone.localtime(now or timezone.now())
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def quarantined_since(since: datetime) -> int:
    """How many wire payloads were quarantined since ``since``."""
    return QuarantinedPayload.objects.filter(received_at__gte=since).count()


def top_read(
    limit: int = 5, now: datetime | None = None, read_counts: Callable[[list[int]], object] | None = None,
) -> list[tuple[Story, int]]:
    """The most read stories published in the last week, from the readership app's counts.

    ``read_counts`` maps story ids to totals (default: ``gazete.readership.services.read_counts``).
    """
    read_counts = read_counts or readership_read_counts
    now = now or timezone.now()
    candidates = list(
        Story.objects.published().filter(published_at__gte=now - TOP_READ_WINDOW)
        .only("id", "headline", "slug", "published_at").order_by("-published_at")[:TOP_READ_CANDIDATES]
    )
    if not candidates:
        return []
    counts = read_counts([s.pk for s in candidates])
    if not isinstance(counts, Mapping):
        logger.warning("readership.services.read_counts returned %s, not a mapping", type(counts).__name__)
        return []
    ranked = sorted(((s, int(counts.get(s.pk, 0) or 0)) for s in candidates), key=lambda pair: -pair[1])
    return [(story, count) for story, count in ranked[:limit] if count > 0]


def desk_numbers(now: datetime | None = None) -> DeskNumbers:
    """Count today's stories in, published, held (still drafts, not spiked) and quarantined payloads."""
    now = now or timezone.now()
    today = start_of_today(now)
    arrived = Story.objects.filter(created_at__gte=today)
    return DeskNumbers(
        stories_in=arrived.count(),
        published=Story.objects.filter(status=Story.Status.PUBLISHED, published_at__gte=today,
                                       published_at__lte=now).count(),
        held=arrived.filter(status=Story.Status.DRAFT).exclude(queue_mark__state=QueueMark.State.SPIKED).count(),
        quarantined=quarantined_since(today),
        top_read=top_read(now=now),
    )
