"""Read-only queries of the comments app: counts, threads, moderator queues, histories and numbers."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

from gazete.comments.models import Comment
from gazete.comments.permissions import comments_visible_to
from gazete.newsroom.models import Story
from gazete.newsroom.written_sql import columns, instances

QUEUES = ("held", "reported", "rejected", "approved", "removed")


def approved_comment_counts(story_ids: list[int]) -> dict[int, int]:
    """Return the number of approved comments per story id (stories without any map to 0)."""
    counts = dict.fromkeys(story_ids, 0)
    rows = (
        Comment.objects.filter(story_id__in=story_ids, status=Comment.Status.APPROVED)
        .values("story_id").annotate(n=Count("id")).values_list("story_id", "n")
    )
    counts.update(dict(rows))
    return counts


@dataclass
class ThreadItem:
    """An approved top-level comment and its approved replies, oldest first."""

    comment: Comment
    replies: list[Comment] = field(default_factory=list)


def approved_thread(story: Story | int) -> list[ThreadItem]:
    """Return the story's approved comments as threads (replies under approved roots only)."""
    story_id = story if isinstance(story, int) else story.pk
    # Written SQL (newsroom.written_sql; the other columns deferred, as .only() left them): every
    # uncached article reads this, and composing the query cost ~0.3 ms of CPU, several times running it.
    shown = columns(Comment, only=("id", "parent", "name", "text", "created_at"))
    comments = instances(shown, f"SELECT {shown.select('c')} FROM {Comment._meta.db_table} c "  # noqa: S608
                         "WHERE c.story_id = %s AND c.status = %s ORDER BY c.created_at ASC, c.id ASC",
                         [story_id, str(Comment.Status.APPROVED)])
    roots = {c.pk: ThreadItem(c) for c in comments if c.parent_id is None}
    for comment in comments:
        if comment.parent_id is not None and comment.parent_id in roots:
            roots[comment.parent_id].replies.append(comment)
    return list(roots.values())


@dataclass(frozen=True)
class QueueFilter:
    """Filters of a moderator queue: rule code, section slug, date range, visitor and free text."""

    code: str = ""
    section: str = ""
    date_from: date | None = None
    date_to: date | None = None
    visitor: str = ""
    query: str = ""


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def queue(user: Any, name: str, filters: QueueFilter | None = None) -> QuerySet[Comment]:
    """Return a moderator queue (held, reported, rejected, approved, removed) narrowed to what
    ``user`` may moderate and to ``filters``; the held and reported queues list oldest first."""
    filters = filters or QueueFilter()
    comments = Comment.objects.select_related("story", "story__section", "parent")
    if name == "reported":
        comments = comments.filter(report_count__gt=0).exclude(status=Comment.Status.REMOVED)
    elif name in QUEUES:
        comments = comments.filter(status=name)
    else:
        raise ValueError(f"unknown queue {name!r}")
    if filters.code:
        comments = comments.filter(codes__contains=f",{filters.code},")
    if filters.section:
        comments = comments.filter(story__section__slug=filters.section)
    if filters.date_from:
        comments = comments.filter(created_at__gte=_day_start(filters.date_from))
    if filters.date_to:
        comments = comments.filter(created_at__lt=_day_start(filters.date_to + timedelta(days=1)))
    if filters.visitor:
        comments = comments.filter(visitor_hash=filters.visitor)
    if filters.query:
        comments = comments.filter(Q(text__icontains=filters.query) | Q(name__icontains=filters.query))
    comments = comments_visible_to(user, comments)
    oldest_first = name in ("held", "reported")
    return comments.order_by(*(("created_at", "id") if oldest_first else ("-created_at", "-id")))


def queue_sizes(user: Any) -> dict[str, int]:
    """Return how many comments each queue holds for ``user``."""
    return {name: queue(user, name).count() for name in QUEUES}


def visitor_history(user: Any, visitor_hash: str) -> QuerySet[Comment]:
    """Return every comment of a visitor that ``user`` may see, newest first."""
    comments = Comment.objects.filter(visitor_hash=visitor_hash).select_related("story")
    return comments_visible_to(user, comments).order_by("-created_at", "-id")


@dataclass(frozen=True)
class DailyCounts:
    """Approved and rejected comments of one day for one rule (``code`` ``*`` means all comments)."""

    day: date
    approved: int
    rejected: int


def daily_counts_by_rule(codes: list[str], days: int = 14, today: date | None = None,
                         user: Any = None) -> dict[str, list[DailyCounts]]:
    """Return, for ``*`` (every comment) and each rule code, approvals and rejections per day.

    A comment counts under every rule its verdict names, with its current status (so moderator
    overrides are reflected). Days without comments are present with zeros.
    """
    today = today or timezone.localdate()
    first = today - timedelta(days=days - 1)
    base = Comment.objects.filter(
        created_at__gte=_day_start(first), created_at__lt=_day_start(today + timedelta(days=1)),
        status__in=[Comment.Status.APPROVED, Comment.Status.REJECTED],
    )
    if user is not None:
        base = comments_visible_to(user, base)
    result: dict[str, list[DailyCounts]] = {}
    for code in ["*", *codes]:
        rows = base if code == "*" else base.filter(codes__contains=f",{code},")
        tally: dict[date, dict[str, int]] = defaultdict(lambda: {"approved": 0, "rejected": 0})
        for row in rows.annotate(day=TruncDate("created_at")).values("day", "status").annotate(n=Count("id")):
            tally[row["day"]][row["status"]] += row["n"]
        result[code] = [
            DailyCounts(day, tally[day]["approved"], tally[day]["rejected"])
            for day in (first + timedelta(days=i) for i in range(days))
        ]
    return result
