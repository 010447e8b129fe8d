"""Django admin for the comments app: section moderators, blocks and a read-only view of comments."""

from __future__ import annotations

from django.contrib import admin

from gazete.comments.models import BlockedVisitor, Comment, CommentPolicy, ModerationAction, SectionModerator


@admin.register(SectionModerator)
class SectionModeratorAdmin(admin.ModelAdmin):
    """Who moderates the comments of which section."""

    list_display = ("user", "section")
    list_filter = ("section",)


@admin.register(BlockedVisitor)
class BlockedVisitorAdmin(admin.ModelAdmin):
    """Blocked visitors (also managed from the desk)."""

    list_display = ("visitor_hash", "created_at", "blocked_by", "reason")


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    """Comments, read-only here: moderators decide on the desk, where every decision is audited."""

    list_display = ("id", "story", "name", "status", "decision", "codes", "created_at")
    list_filter = ("status", "decision")
    search_fields = ("text", "name", "visitor_hash")

    def has_change_permission(self, request, obj=None) -> bool:
        """Changes go through the desk so that each one is recorded."""
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        """Nothing is deleted: remove a comment on the desk instead."""
        return False


@admin.register(ModerationAction)
class ModerationActionAdmin(admin.ModelAdmin):
    """The audit trail, read-only."""

    list_display = ("created_at", "user", "action", "comment", "from_status", "to_status", "is_override", "note")
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
