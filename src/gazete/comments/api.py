"""JSON API of reader comments (django-ninja): submit, list approved threads, pre-check, report."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.utils import check_csrf

from gazete.api_errors import BODY, VALIDATION, ErrorOut
from gazete.comments import limits
from gazete.comments.messages import message, reader_lang
from gazete.comments.models import Comment
from gazete.comments.rendering import comment_html, comment_time_label
from gazete.comments.selectors import approved_thread
from gazete.comments.services import precheck, report_comment, submit_comment
from gazete.comments.verdicts import reasons_for_reader, verdict_record
from gazete.comments.visitors import visitor_from_request
from gazete.newsroom.models import Story
from gazete.newsroom.seo import iso_datetime
from gazete.null_characters import NO_NUL
from gazete.params import ObjectId

try:  # django-ninja >= 1.6 answers Status(code, body); older versions take a (code, body) tuple
    from ninja import Status
except ImportError:  # pragma: no cover - depends on the installed django-ninja

    def Status(status_code: int, body: object) -> tuple[int, object]:  # type: ignore[no-redef]
        """Return the (status, body) pair older django-ninja versions expect."""
        return status_code, body


router = Router(tags=["comments"])

PRECHECK_MAX_CHARS = 10_000
PRECHECKS_PER_MINUTE = 60


class SpanOut(Schema):
    """A slice ``text[start:end]`` of the comment (offsets in Unicode code points)."""

    start: int
    end: int
    text: str


class WordSuggestionOut(Schema):
    """A proposed replacement of one word."""

    start: int
    end: int
    original: str
    replacement: str


class ReasonOut(Schema):
    """One broken rule: its code, what it does (reject, review, note), the message and where."""

    code: str
    severity: str
    message: str
    spans: list[SpanOut]
    suggestions: list[WordSuggestionOut] = []


class CommentIn(Schema):
    """A reader's comment. ``website`` is the honeypot: people leave it empty."""

    name: str = Field(max_length=200, pattern=NO_NUL)
    text: str = Field(max_length=PRECHECK_MAX_CHARS, pattern=NO_NUL)
    email: str = Field("", max_length=254, pattern=NO_NUL)
    parent: ObjectId | None = None
    website: str = Field("", pattern=NO_NUL)
    lang: str | None = Field(None, description="reader's language for messages (tr or en)", pattern=NO_NUL)


class SubmissionOut(Schema):
    """What happened to a submission: ``status`` approved, held, rejected, or refused (not stored)."""

    id: int | None
    status: str
    decision: str | None
    reasons: list[ReasonOut]
    suggestion: str | None
    message: str
    refusal: str | None = None
    retry_after: int | None = None
    field_errors: dict[str, str] = {}
    created_at: str | None = Field(None, description="when it was stored, ISO 8601 to the second")
    created_label: str | None = Field(None, description="the same time as the page shows it (3 Aralık 2026 18:40)")


class ReplyOut(Schema):
    """An approved reply."""

    id: int
    name: str
    text: str
    html: str = Field(description='escaped text; links carry rel="nofollow ugc"')
    created_at: datetime


class ThreadOut(ReplyOut):
    """An approved top-level comment with its approved replies."""

    replies: list[ReplyOut]


class PrecheckIn(Schema):
    """Text to check while the reader types; ``story_id`` adds the article's names as context."""

    text: str = Field(max_length=PRECHECK_MAX_CHARS, pattern=NO_NUL)
    story_id: ObjectId | None = None
    lang: str | None = Field(None, description="reader's language for messages (tr or en)", pattern=NO_NUL)


class PrecheckOut(Schema):
    """The engine's verdict on the text; nothing is stored."""

    decision: str
    reasons: list[ReasonOut]
    suggestion: str | None
    lang: str = Field(description="language the comment is written in")


class ReportIn(Schema):
    """A reader's report: a reason code and an optional note."""

    reason: str = Field(pattern=NO_NUL)
    note: str = Field("", max_length=300, pattern=NO_NUL)
    lang: str | None = Field(None, pattern=NO_NUL)


class MessageOut(Schema):
    """A message for the reader."""

    message: str
    recorded: bool | None = None


def _lang(request: HttpRequest, requested: str | None, story: Story | None = None) -> str:
    """The reader's language: as asked, else the story's page language, else the request's."""
    return reader_lang(requested or (story.language if story else None) or getattr(request, "LANGUAGE_CODE", None))


def _csrf_failure(request: HttpRequest) -> bool:
    return check_csrf(request) is not None


def _reply_json(comment: Comment) -> dict:
    return {"id": comment.pk, "name": comment.name, "text": comment.text, "html": str(comment_html(comment.text)),
            "created_at": comment.created_at}


def _created_json(comment: Comment) -> dict[str, str]:
    """When ``comment`` was stored, for the page's script to show as a server-rendered comment does."""
    local = timezone.localtime(comment.created_at)
    return {"created_at": iso_datetime(local), "created_label": comment_time_label(local)}


REFUSAL_STATUS = {"rate_limited": 429, "daily_cap": 429, "duplicate": 409, "blocked": 403, "closed": 403}


@router.post(
    "/stories/{story_id}/comments",
    # 400: refused (SubmissionOut), or a body that is not JSON (ErrorOut).
    response={201: SubmissionOut, 400: SubmissionOut | ErrorOut, 403: SubmissionOut, 404: MessageOut,
              409: SubmissionOut, **VALIDATION, 429: SubmissionOut},
    summary="Submit a comment; the verdict is immediate",
)
def post_comment(request: HttpRequest, response: HttpResponse, story_id: ObjectId, payload: CommentIn):
    """Moderate and store a comment (CSRF token required in ``X-CSRFToken``, as for any form)."""
    story = Story.objects.filter(pk=story_id).first()
    lang = _lang(request, payload.lang, story)
    if story is None:
        return Status(404, {"message": message("closed", lang)})
    if _csrf_failure(request):
        return Status(403, {"id": None, "status": "refused", "decision": None, "reasons": [], "suggestion": None,
                     "message": "CSRF", "refusal": "csrf"})
    result = submit_comment(
        story, payload.name, payload.text, visitor=visitor_from_request(request), email=payload.email,
        parent_id=payload.parent, honeypot=payload.website, lang=lang,
    )
    body = result.to_json()
    if result.comment is not None and result.comment.pk:
        body |= _created_json(result.comment)
    if result.outcome != "refused" or result.refusal == "spam":
        return Status(201, body)
    if result.retry_after:
        response.headers["Retry-After"] = str(result.retry_after)
    return Status(REFUSAL_STATUS.get(result.refusal, 400), body)


@router.get("/stories/{story_id}/comments", response={200: list[ThreadOut], 404: MessageOut, **VALIDATION},
            summary="Approved comments of a story, threaded")
def list_comments(request: HttpRequest, story_id: ObjectId):
    """Return the approved comments, oldest first, each with its approved replies."""
    if not Story.objects.published().filter(pk=story_id).exists():
        return Status(404, {"message": "story not found"})
    return Status(200, [
        {**_reply_json(item.comment), "replies": [_reply_json(reply) for reply in item.replies]}
        for item in approved_thread(story_id)
    ])


@router.post("/moderate", response={200: PrecheckOut, **BODY, 429: MessageOut},
             summary="Pre-check a comment while it is typed (changes nothing)")
def moderate_text(request: HttpRequest, payload: PrecheckIn):
    """Run the engine under the current policy and return its verdict with messages in the reader's language."""
    lang = _lang(request, payload.lang)
    if not limits.allow_check(visitor_from_request(request).hash, PRECHECKS_PER_MINUTE):
        return Status(429, {"message": message("too_many_checks", lang)})
    story = Story.objects.filter(pk=payload.story_id).first() if payload.story_id else None
    verdict = precheck(payload.text, story)
    record = verdict_record(verdict)
    return Status(200, {"decision": verdict.decision, "reasons": reasons_for_reader(record, lang),
                 "suggestion": verdict.suggestion, "lang": verdict.lang})


@router.post("/comments/{comment_id}/report", response={201: MessageOut, 200: MessageOut, **BODY,
                                                        403: MessageOut, 404: MessageOut},
             summary="Report a published comment to the moderators")
def report(request: HttpRequest, comment_id: ObjectId, payload: ReportIn):
    """Record a report (once per visitor); CSRF token required."""
    lang = _lang(request, payload.lang)
    comment = Comment.objects.filter(pk=comment_id, status=Comment.Status.APPROVED).first()
    if comment is None:
        return Status(404, {"message": "comment not found"})
    if _csrf_failure(request):
        return Status(403, {"message": "CSRF"})
    result = report_comment(comment, visitor_from_request(request), payload.reason, payload.note, lang)
    return Status(201 if result.recorded else 200, {"message": result.message, "recorded": result.recorded})
