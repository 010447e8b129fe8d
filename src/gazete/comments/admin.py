"""Django admin for the comments app: section moderators, blocks and a read-only view of comments.

Decisions taken here go through the comment actions, as on the comment desk: the approve, reject
and remove admin actions and blocks added or deleted are checked and recorded (``via="admin"``).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from gazete.comments.actions import (
    ApproveComment,
    BlockVisitor,
    CommentAction,
    RejectComment,
    RemoveComment,
    UnblockVisitor,
)
from gazete.comments.models import BlockedVisitor, Comment, CommentPolicy, ModerationAction, SectionModerator
from gazete.newsroom.actors import Actor
from gazete.newsroom.refusal import NotPermitted


def admin_actor(request: HttpRequest) -> Actor:
    """The signed-in user, acting through the admin."""
    return Actor.person(request.user, via="admin")


def _decide(request: HttpRequest, comments: QuerySet[Comment], action: type[CommentAction]) -> None:
    """Take ``action`` on every selected comment, or on none when one is not the user's to moderate."""
    actor = admin_actor(request)
    try:
        with transaction.atomic():
            for comment in comments.select_related("story"):
                action(comment, actor).execute()
    except NotPermitted as refusal:
        messages.error(request, refusal.text)
    else:
        messages.success(request, _("%(count)s comment(s) done.") % {"count": comments.count()})


@admin.register(SectionModerator)
class SectionModeratorAdmin(admin.ModelAdmin):
    """Who moderates the comments of which section."""

    list_display = ("user", "section")
    list_filter = ("section",)


@admin.register(BlockedVisitor)
class BlockedVisitorAdmin(admin.ModelAdmin):
    """Blocked visitors (also managed from the desk)."""

    list_display = ("visitor_hash", "created_at", "blocked_by", "reason")
    fields = ("visitor_hash", "reason")

    def has_change_permission(self, request: HttpRequest, obj: BlockedVisitor | None = None) -> bool:
        """A block is added or lifted, not edited (each is recorded)."""
        return False

    def save_model(self, request: HttpRequest, obj: BlockedVisitor, form: Any, change: bool) -> None:
        """Block through the BlockVisitor action (recorded as a moderator's decision)."""
        block = BlockVisitor(obj.visitor_hash, admin_actor(request), obj.reason).execute()
        obj.pk = block.pk

    def delete_model(self, request: HttpRequest, obj: BlockedVisitor) -> None:
        """Lift the block through the UnblockVisitor action."""
        UnblockVisitor(obj.visitor_hash, admin_actor(request)).execute()

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[BlockedVisitor]) -> None:
        """Lift each selected block through the UnblockVisitor action."""
        for block in queryset:
            self.delete_model(request, block)


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    """Comments, read-only here: moderators decide on the desk, where every decision is audited."""

    list_display = ("id", "story", "name", "status", "decision", "codes", "created_at")
    list_filter = ("status", "decision")
    search_fields = ("text", "name", "visitor_hash")
    actions = ["approve_comments", "reject_comments", "remove_comments"]

    def has_change_permission(self, request, obj=None) -> bool:
        """Changes go through the desk so that each one is recorded."""
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        """Nothing is deleted: remove a comment on the desk instead."""
        return False

    @admin.action(description=_("Approve the selected comments"))
    def approve_comments(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        """The ApproveComment action on each selected comment."""
        _decide(request, queryset, ApproveComment)

    @admin.action(description=_("Reject the selected comments"))
    def reject_comments(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        """The RejectComment action on each selected comment."""
        _decide(request, queryset, RejectComment)

    @admin.action(description=_("Remove the selected comments"))
    def remove_comments(self, request: HttpRequest, queryset: QuerySet[Comment]) -> None:
        """The RemoveComment action on each selected comment."""
        _decide(request, queryset, RemoveComment)


@admin.register(ModerationAction)
class ModerationActionAdmin(admin.ModelAdmin):
    """The audit trail, read-only."""

    list_display = ("created_at", "user", "via", "action", "comment", "visitor_hash", "from_status", "to_status",
                    "is_override", "note")
    list_filter = ("action", "is_override")

    def has_change_permission(self, request, obj=None) -> bool:
        """The audit trail cannot be edited."""
        return False

    def has_add_permission(self, request) -> bool:
        """Entries are made by the desk only."""
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        """The audit trail cannot be deleted."""
        return False


admin.site.register(CommentPolicy)
