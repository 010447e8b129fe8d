"""Submitting, reporting and moderating comments: every state change of the comments app happens here.

The engine (``gazete.moderation.engine.moderate``) judges each submission; every judged submission is
stored with its status and the verdict, and nothing is ever deleted by the engine. Refusals before
the engine (invalid input, rate limits, duplicates) store nothing: a flood must not fill the database.
Honeypot hits and blocked visitors are stored as rejected, so a visitor's history shows them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from gazete.comments import limits
from gazete.comments.actions import COMMENT_ACTIONS, ENGINE_STATUS, BlockVisitor, UnblockVisitor
from gazete.comments.messages import message, reader_lang
from gazete.comments.models import BlockedVisitor, Comment, CommentReport, ModerationAction
from gazete.comments.policy import current_policy, is_premoderated, moderation_config
from gazete.comments.texts import article_text, fingerprint, normalised
from gazete.comments.verdicts import codes_field, reasons_for_reader, verdict_record
from gazete.comments.visitors import Visitor
from gazete.moderation.engine import moderate
from gazete.moderation.verdict import Verdict
from gazete.newsroom.actors import SYSTEM
from gazete.newsroom.models import Story

NAME_MAX = 80
DUPLICATE_WINDOW = timedelta(hours=24)
CROSS_VISITOR_WINDOW = timedelta(minutes=10)
CROSS_VISITOR_MIN_CHARS = 20
STATUS_BY_DECISION = ENGINE_STATUS


@dataclass(frozen=True)
class SubmissionResult:
    """What happened to one submission.

    ``outcome`` is ``approved``, ``held`` or ``rejected`` for a stored comment, or ``refused``
    (then ``refusal`` says why: invalid input, ``rate_limited``, ``daily_cap``, ``duplicate``,
    ``closed``; ``blocked`` and ``spam`` are stored as rejected comments and refused too).
    """

    outcome: str
    message: str
    comment: Comment | None = None
    verdict: Verdict | None = None
    refusal: str = ""
    retry_after: int | None = None
    field_errors: dict[str, str] = field(default_factory=dict)
    lang: str = "tr"

    @property
    def stored(self) -> bool:
        """True when the submission was stored as a comment."""
        return self.comment is not None

    def reasons(self) -> list[dict[str, Any]]:
        """Return the verdict's reasons with messages in the reader's language."""
        if self.comment is None:
            return []
        return reasons_for_reader(self.comment.verdict, self.lang)

    def to_json(self) -> dict[str, Any]:
        """Return the API's answer: id, status, decision, reasons, suggestion, message, refusal."""
        comment = self.comment
        return {
            "id": comment.pk if comment else None,
            "status": comment.status if comment else "refused",
            "decision": comment.decision if comment else None,
            "reasons": self.reasons(),
            "suggestion": comment.verdict.get("suggestion") if comment else None,
            "message": self.message,
            "refusal": self.refusal or None,
            "retry_after": self.retry_after,
            "field_errors": self.field_errors,
        }


def _refused(key: str, lang: str, *, field_name: str | None = None, retry_after: int | None = None,
             **values: object) -> SubmissionResult:
    text = message(key, lang, **values)
    errors = {field_name: text} if field_name else {}
    return SubmissionResult("refused", text, refusal=key, retry_after=retry_after, field_errors=errors,
                            lang=lang)


def accepts_comments(story: Story) -> bool:
    """True when readers may comment on ``story`` (published, not withdrawn, not in the future)."""
    return Story.objects.published().filter(pk=story.pk).exists()


def shows_comment_form(story: Story) -> bool:
    """:func:`accepts_comments` read from the story in hand instead of the database (no query).

    For rendering a story just read, or read from the page cache under the content generation
    (every change of its status moves the generation); submissions check the database.
    """
    published_at = story.published_at
    return story.status == Story.Status.PUBLISHED and published_at is not None and published_at <= timezone.now()


def _validate(story: Story, name: str, text: str, email: str, parent_id: int | None, max_length: int,
              lang: str) -> tuple[SubmissionResult | None, Comment | None]:
    """Return (refusal or None, the parent comment to attach to)."""
    if not accepts_comments(story):
        return _refused("closed", lang), None
    if not name:
        return _refused("name_required", lang, field_name="name"), None
    if not text.strip():
        return _refused("empty", lang, field_name="text"), None
    if len(text) > max_length:
        return _refused("too_long", lang, field_name="text", max_length=max_length, length=len(text)), None
    if email:
        try:
            validate_email(email)
        except ValidationError:
            return _refused("bad_email", lang, field_name="email"), None
    parent = None
    if parent_id is not None:
        parent = Comment.objects.filter(pk=parent_id, story=story, status=Comment.Status.APPROVED).first()
        if parent is None:
            return _refused("bad_parent", lang, field_name="parent"), None
        if parent.parent_id is not None:  # threads are two levels deep: answer the thread's root
            parent = parent.parent
    return None, parent


def find_duplicate(story: Story, visitor: Visitor, text_hash: str, text: str) -> Comment | None:
    """The earlier comment this one repeats, or None: the same text by this visitor (on any story)
    within a day, or by anyone on the same story within minutes (copy-paste floods); rejected posts
    do not count. This story's own copy is preferred, so the reader is told where the text is."""
    live = Comment.objects.filter(text_hash=text_hash).exclude(status=Comment.Status.REJECTED)
    now = timezone.now()
    mine = (live.filter(visitor_hash=visitor.hash, created_at__gte=now - DUPLICATE_WINDOW)
            .select_related("story").order_by("-created_at", "-id"))
    earlier = mine.filter(story=story).first() or mine.first()
    if earlier is not None or len(normalised(text)) < CROSS_VISITOR_MIN_CHARS:
        return earlier
    return live.filter(story=story, created_at__gte=now - CROSS_VISITOR_WINDOW).first()


def _duplicate_refusal(story: Story, earlier: Comment, lang: str) -> SubmissionResult:
    """Refuse a repeat, saying so when the earlier copy is under another story (named by headline)."""
    if earlier.story_id == story.pk:
        return _refused("duplicate", lang)
    return replace(_refused("duplicate_elsewhere", lang, headline=earlier.story.headline), refusal="duplicate")


def submit_comment(
    story: Story,
    name: str,
    text: str,
    *,
    visitor: Visitor,
    email: str = "",
    parent_id: int | None = None,
    honeypot: str = "",
    lang: str | None = None,
) -> SubmissionResult:
    """Check, moderate and store one reader comment; return what happened, in the reader's language."""
    lang = reader_lang(lang or story.language)
    name, email = name.strip()[:NAME_MAX], email.strip()
    text = text.replace("\r\n", "\n").strip()
    policy = current_policy()
    refusal, parent = _validate(story, name, text, email, parent_id, policy.max_length, lang)
    if refusal is not None:
        return refusal
    base: dict[str, Any] = {"story": story, "parent": parent, "name": name, "email": email, "text": text,
            "text_hash": fingerprint(text), "lang": lang, "visitor_hash": visitor.hash}
    if honeypot.strip():
        comment = Comment.objects.create(**base, status=Comment.Status.REJECTED, refusal="spam")
        return SubmissionResult("refused", message("spam", lang), comment=comment, refusal="spam", lang=lang)
    if BlockedVisitor.objects.filter(visitor_hash=visitor.hash).exists():
        comment = Comment.objects.create(**base, status=Comment.Status.REJECTED, refusal="blocked")
        return SubmissionResult("refused", message("blocked", lang), comment=comment, refusal="blocked",
                                lang=lang)
    earlier = find_duplicate(story, visitor, base["text_hash"], text)
    if earlier is not None:
        return _duplicate_refusal(story, earlier, lang)
    wait = limits.seconds_to_wait(visitor.hash, policy.min_interval_seconds)
    if wait:
        return _refused("rate_limited", lang, retry_after=wait, seconds=wait)
    if limits.comments_today(visitor.hash) >= policy.daily_cap:
        return _refused("daily_cap", lang, cap=policy.daily_cap)

    verdict = moderate(text, context=article_text(story), config=moderation_config(policy))
    status = STATUS_BY_DECISION[verdict.decision]
    premoderated = status == Comment.Status.APPROVED and is_premoderated(policy, story)
    if premoderated:
        status = Comment.Status.HELD
    if status != Comment.Status.REJECTED and not limits.claim_interval(visitor.hash, policy.min_interval_seconds):
        wait = max(1, limits.seconds_to_wait(visitor.hash, policy.min_interval_seconds))
        return _refused("rate_limited", lang, retry_after=wait, seconds=wait)
    limits.count_submission(visitor.hash)
    comment = Comment.objects.create(
        **base, status=status, decision=verdict.decision, verdict=verdict_record(verdict),
        codes=codes_field(verdict), premoderated=premoderated,
    )
    return SubmissionResult(str(status), message(str(status), lang), comment=comment, verdict=verdict, lang=lang)


def precheck(text: str, story: Story | None = None) -> Verdict:
    """Moderate ``text`` under the current policy without storing anything (the typing-time check)."""
    policy = current_policy()
    context = article_text(story) if story is not None else None
    return moderate(text, context=context, config=moderation_config(policy))


@dataclass(frozen=True)
class ReportResult:
    """Whether a report was recorded, with the message to show the reader."""

    recorded: bool
    message: str


def report_comment(comment: Comment, visitor: Visitor, reason: str, note: str = "",
                   lang: str = "tr") -> ReportResult:
    """Record a reader's report of a published comment (once per visitor)."""
    lang = reader_lang(lang)
    if reason not in CommentReport.Reason.values:
        reason = str(CommentReport.Reason.OTHER)
    with transaction.atomic():
        _report, created = CommentReport.objects.get_or_create(
            comment=comment, visitor_hash=visitor.hash, defaults={"reason": reason, "note": note.strip()[:300]}
        )
        if created:
            Comment.objects.filter(pk=comment.pk).update(report_count=F("report_count") + 1)
    return ReportResult(created, message("reported" if created else "already_reported", lang))


def apply_action(user: Any, comments: Iterable[Comment], action: str, note: str = "") -> int:
    """Take a moderator's action (approve, reject, remove, dismiss) on comments, all or none.

    Each comment goes through its action in ``gazete.comments.actions`` (one audit entry and one
    event each). Raises NotPermitted (a PermissionDenied) before changing anything when the user
    may not moderate one of the comments. Returns how many comments were changed.
    """
    action_class = COMMENT_ACTIONS[ModerationAction.Action(action)]
    taken = [action_class(comment, user, note) for comment in comments]
    for one in taken:
        one.check_permission()
    with transaction.atomic():
        for one in taken:
            one.execute()
    return len(taken)


def block_visitor(user: Any, visitor_hash: str, reason: str = "") -> BlockedVisitor:
    """Block a visitor by hashed id (the BlockVisitor action); their later submissions are refused."""
    return BlockVisitor(visitor_hash, user, reason).execute()


def unblock_visitor(visitor_hash: str, user: Any = SYSTEM) -> bool:
    """Lift a block (the UnblockVisitor action); True when there was one."""
    return UnblockVisitor(visitor_hash, user).execute()
