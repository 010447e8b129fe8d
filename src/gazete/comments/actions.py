"""Comment actions: approve, reject, remove, dismiss reports; block and unblock a visitor.

Each checks that the actor may take it, makes the change, writes one ModerationAction (the
comments' audit trail) and sends one ``action_done`` after commit, whoever calls it (the comment
desk, the admin, a command). A refused action changes nothing and raises
:class:`~gazete.newsroom.refusal.NotPermitted` (code ``not_permitted``, also a PermissionDenied).
"""

from __future__ import annotations

from functools import partial
from typing import Any, ClassVar

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.comments.models import BlockedVisitor, Comment, CommentReport, ModerationAction
from gazete.comments.permissions import can_change_policy, can_moderate
from gazete.newsroom.actors import Actor, as_actor
from gazete.newsroom.refusal import NotPermitted
from gazete.newsroom.signals import action_done

# What the engine's decision would have made of a comment (an override goes against it).
ENGINE_STATUS = {"approve": Comment.Status.APPROVED, "reject": Comment.Status.REJECTED,
                 "review": Comment.Status.HELD}


def _is_override(engine_decision: str, to_status: str) -> bool:
    """True when a moderator's status goes against what the engine decided."""
    engine_status = ENGINE_STATUS.get(engine_decision)
    if engine_status is None or engine_status == Comment.Status.HELD:
        return False
    return engine_status != to_status


class CommentAction:
    """One moderator decision on one comment: the status it leads to and the reports it closes."""

    action: ClassVar[str]  # a ModerationAction.Action value
    to_status: ClassVar[str | None] = None  # a Comment.Status value; None: the comment keeps its status

    def __init__(self, comment: Comment, actor: Actor | Any, note: str = "") -> None:
        self.comment = comment
        self.actor = as_actor(actor)
        self.note = note.strip()[:300]
        self.entry: ModerationAction | None = None

    def check_permission(self) -> None:
        """Raise NotPermitted unless the actor moderates this comment's section."""
        if not (self.actor.is_system or can_moderate(self.actor.user, self.comment)):
            raise NotPermitted("not_permitted", _("You may not moderate comment %(id)s."), {"id": self.comment.pk})

    def execute(self) -> ModerationAction:
        """Change the comment's status, close its open reports, record the decision, announce it."""
        self.check_permission()
        comment = self.comment
        now = timezone.now()
        to_status = self.to_status or comment.status
        with transaction.atomic():
            self.entry = ModerationAction.objects.create(
                comment=comment, user=self.actor.db_user, via=self.actor.via, action=self.action,
                from_status=comment.status, to_status=to_status, engine_decision=comment.decision,
                is_override=_is_override(comment.decision, to_status), note=self.note, created_at=now,
            )
            CommentReport.objects.filter(comment=comment, resolved_at__isnull=True).update(resolved_at=now)
            Comment.objects.filter(pk=comment.pk).update(status=to_status, moderated_at=now, report_count=0)
            comment.status, comment.moderated_at, comment.report_count = to_status, now, 0
            transaction.on_commit(partial(action_done.send, sender=type(self), action=self, entry=self.entry))
        return self.entry


class ApproveComment(CommentAction):
    """Publish the comment."""

    action = "approve"
    to_status = "approved"


class RejectComment(CommentAction):
    """Keep the comment off the page (it stays in the rejected queue)."""

    action = "reject"
    to_status = "rejected"


class RemoveComment(CommentAction):
    """Take a published comment down (it is kept, marked removed)."""

    action = "remove"
    to_status = "removed"


class DismissReports(CommentAction):
    """Keep the comment as it is and close its reports."""

    action = "dismiss"


COMMENT_ACTIONS: dict[str, type[CommentAction]] = {
    cls.action: cls for cls in (ApproveComment, RejectComment, RemoveComment, DismissReports)
}


class VisitorAction:
    """A decision about a visitor (by hashed id), which only a policy manager may take."""

    action: ClassVar[str]  # a ModerationAction.VisitorAction value

    def __init__(self, visitor_hash: str, actor: Actor | Any, reason: str = "") -> None:
        self.visitor_hash = visitor_hash
        self.actor = as_actor(actor)
        self.reason = reason.strip()[:300]
        self.entry: ModerationAction | None = None

    def check_permission(self) -> None:
        """Raise NotPermitted unless the actor may change the comment policy (blocks are site-wide)."""
        if not (self.actor.is_system or can_change_policy(self.actor.user)):
            raise NotPermitted("not_permitted", _("Blocking a visitor site-wide needs the comment policy permission."))

    def record(self) -> ModerationAction:
        """Write the audit entry and announce it after commit (inside the caller's transaction)."""
        self.entry = ModerationAction.objects.create(
            visitor_hash=self.visitor_hash, user=self.actor.db_user, via=self.actor.via, action=self.action,
            note=self.reason,
        )
        transaction.on_commit(partial(action_done.send, sender=type(self), action=self, entry=self.entry))
        return self.entry


class BlockVisitor(VisitorAction):
    """Block a visitor: their later submissions are refused (and stored as rejected)."""

    action = "block"

    def execute(self) -> BlockedVisitor:
        """The visitor's block (an existing one is kept as it was, and nothing is recorded)."""
        self.check_permission()
        with transaction.atomic():
            block, created = BlockedVisitor.objects.get_or_create(
                visitor_hash=self.visitor_hash, defaults={"reason": self.reason, "blocked_by": self.actor.db_user},
            )
            if created:
                self.record()
        return block


class UnblockVisitor(VisitorAction):
    """Lift a visitor's block."""

    action = "unblock"

    def execute(self) -> bool:
        """True when there was a block to lift (only then is it recorded)."""
        self.check_permission()
        with transaction.atomic():
            deleted, _count = BlockedVisitor.objects.filter(visitor_hash=self.visitor_hash).delete()
            if deleted:
                self.record()
        return bool(deleted)
