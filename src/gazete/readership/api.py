"""JSON API of read counting: the read beacon and pixel, stories with counts, most read, ping."""

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Literal

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from gazete.api_errors import VALIDATION, ErrorOut
from gazete.newsroom.models import Story
from gazete.params import MAX_OFFSET, ObjectId
from gazete.readership import services
from gazete.readership.http import address_from_request, remember_visitor, request_meta, visitor_from_request

try:  # django-ninja >= 1.6 answers Status(code, body); older versions take a (code, body) tuple
    from ninja import Status
except ImportError:  # pragma: no cover - depends on the installed django-ninja

    def Status(status_code: int, body: object) -> tuple[int, object]:  # type: ignore[no-redef]
        """Return the (status, body) pair older django-ninja versions expect."""
        return status_code, body


logger = logging.getLogger(__name__)
router = Router(tags=["readership"])

# A transparent 1×1 GIF for the <noscript> pixel.
PIXEL_GIF = bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"
)
_LISTED_STATUSES = (Story.Status.PUBLISHED, Story.Status.WITHDRAWN)


class ReadOut(Schema):
    """The answer to a read beacon."""

    counted: bool
    reason: str
    read_count: int


class UnavailableOut(Schema):
    """The read was not taken (the read buffer and the database both failed): send it again later."""

    detail: str
    retry_after: int


class StoryOut(Schema):
    """A story with its read and comment counts."""

    id: int
    url: str
    headline: str
    published_at: datetime | None
    language: str
    read_count: int
    comment_count: int


class MostReadItem(Schema):
    """One entry of a most-read list."""

    id: int
    url: str
    headline: str
    published_at: datetime | None
    reads: int
    score: float


class MostReadOut(Schema):
    """A most-read list."""

    period: str
    items: list[MostReadItem]


class StoriesQuery(Schema):
    """Paging of the story list (out of range: 422)."""

    limit: int = Field(20, ge=1, le=100, description="stories per answer, 1–100")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="stories to skip")


class MostReadQuery(Schema):
    """Which most-read list."""

    period: Literal["day", "week", "all", "trending"] = "day"
    limit: int = Field(10, ge=1, le=100, description="stories in the list, 1–100")


RETRY_AFTER_SECONDS = 5


def _count_read(request: HttpRequest, story_id: int, response: HttpResponse) -> services.ReadOutcome:
    """Record the read; ReadNotRecorded propagates (the caller answers 503 with Retry-After)."""
    visitor = visitor_from_request(request)
    outcome = services.record_read(story_id, visitor, request_meta(request), address=address_from_request(request))
    if outcome.reason == services.UNKNOWN_STORY:
        raise HttpError(404, "no such story")
    remember_visitor(request, response, visitor)
    response["Cache-Control"] = "no-store"
    return outcome


# The beacon changes nothing but a counter and carries no credentials worth forging, so it is
# exempt from CSRF: a cached article page may hold no token, and sendBeacon cannot send one.
@router.post("/stories/{story_id}/reads", response={200: ReadOut, 404: ErrorOut, **VALIDATION, 503: UnavailableOut},
             url_name="record_read")
@csrf_exempt
def record_story_read(request: HttpRequest, story_id: ObjectId, response: HttpResponse) -> object:
    """Count one read of a story (the article page's beacon) and return the current count.

    503 (with ``Retry-After``) when the read could not be stored anywhere; the beacon sends it again.
    """
    try:
        outcome = _count_read(request, story_id, response)
    except services.ReadNotRecorded:
        logger.warning("read of story %s not recorded: buffer and database unavailable", story_id)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return Status(503, {"detail": "the read could not be stored; send it again",
                            "retry_after": RETRY_AFTER_SECONDS})
    count = outcome.read_count if outcome.read_count is not None else services.read_count(story_id)
    return Status(200, {"counted": outcome.counted, "reason": outcome.reason, "read_count": count})


@router.get("/stories/{story_id}/reads.gif", url_name="read_pixel", include_in_schema=False)
def read_pixel(request: HttpRequest, story_id: ObjectId) -> HttpResponse:
    """The <noscript> fallback of the beacon: counts the same way and answers a 1×1 GIF."""
    response = HttpResponse(PIXEL_GIF, content_type="image/gif")
    try:
        _count_read(request, story_id, response)
    except services.ReadNotRecorded:
        unavailable = HttpResponse(status=503, headers={"Retry-After": str(RETRY_AFTER_SECONDS),
                                                        "Cache-Control": "no-store"})
        return unavailable
    return response


CommentCounter = Callable[[list[int]], Mapping[int, int]]
_comment_counters: list[CommentCounter] = []


def count_comments_with(counter: CommentCounter) -> None:
    """Take the comment counts of ``/api/stories`` from ``counter`` (story ids → approved comments).

    Readership does not import the comments app (they are siblings); the project's API module
    (``gazete.api``) wires ``gazete.comments.selectors.approved_comment_counts`` in here.
    """
    _comment_counters[:] = [counter]


def comment_counts(story_ids: list[int]) -> dict[int, int]:
    """Approved comments per story from the counter the project wired in; zeros without one."""
    if not _comment_counters:
        return dict.fromkeys(story_ids, 0)
    counts = _comment_counters[0](story_ids)
    return {story_id: int(counts.get(story_id, 0)) for story_id in story_ids}


def _story_rows(request: HttpRequest, stories: list[Story]) -> list[dict[str, object]]:
    ids = [story.pk for story in stories]
    reads = services.read_counts(ids)
    comments = comment_counts(ids)
    return [
        {
            "id": story.pk,
            "url": request.build_absolute_uri(story.get_absolute_url()),
            "headline": story.headline,
            "published_at": story.published_at,
            "language": story.language,
            "read_count": reads.get(story.pk, 0),
            "comment_count": comments.get(story.pk, 0),
        }
        for story in stories
    ]


_STORY_FIELDS = ("id", "slug", "headline", "published_at", "language")


@router.get("/stories", response={200: list[StoryOut], **VALIDATION}, url_name="stories")
def list_stories(request: HttpRequest, query: Query[StoriesQuery]) -> list[dict[str, object]]:
    """Published stories, newest first, with read and comment counts (``limit`` 1–100, ``offset``)."""
    start = query.offset
    stories = list(Story.objects.published().only(*_STORY_FIELDS)[start:start + query.limit])
    return _story_rows(request, stories)


@router.get("/stories/{story_id}", response={200: StoryOut, 404: ErrorOut, **VALIDATION}, url_name="story")
def story_detail(request: HttpRequest, story_id: ObjectId) -> dict[str, object]:
    """One story with its read and comment counts."""
    story = get_object_or_404(Story.objects.only(*_STORY_FIELDS), pk=story_id, status__in=_LISTED_STATUSES)
    return _story_rows(request, [story])[0]


@router.get("/most-read", response={200: MostReadOut, **VALIDATION}, url_name="most_read")
def most_read(request: HttpRequest, query: Query[MostReadQuery]) -> dict[str, object]:
    """The most read stories: ``period`` = day (today), week (7 days), all (all time) or trending."""
    entries = services.most_read(query.period, query.limit)
    return {
        "period": query.period,
        "items": [
            {"id": e.story_id, "url": request.build_absolute_uri(e.url), "headline": e.headline,
             "published_at": e.published_at, "reads": e.reads, "score": e.score}
            for e in entries
        ],
    }


@router.get("/ping", url_name="ping")
def ping(request: HttpRequest) -> dict[str, bool]:
    """Answer ``{"ok": true}`` and do nothing else (the reference endpoint of the read benchmark)."""
    return {"ok": True}
