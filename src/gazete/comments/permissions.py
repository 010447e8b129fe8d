"""Who may moderate which comments: superusers and holders of ``moderate_all_sections`` everywhere,
other staff only in the sections a SectionModerator row gives them."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from gazete.comments.models import Comment, SectionModerator
from gazete.newsroom.permissions import MODERATE_COMMENTS

ALL_SECTIONS_PERMISSION = "comments.moderate_all_sections"
MODERATE_COMMENTS_PERMISSION = MODERATE_COMMENTS  # the desk's moderator role


def moderates_everything(user: Any) -> bool:
    """True when ``user`` may moderate comments in every section (and on stories without one)."""
    return bool(user.is_active and user.is_staff and
                (user.is_superuser or user.has_perm(ALL_SECTIONS_PERMISSION)))


def moderated_section_ids(user: Any) -> set[int]:
    """Return the ids of the sections ``user`` moderates through SectionModerator rows."""
    return set(SectionModerator.objects.filter(user=user).values_list("section_id", flat=True))


def comments_visible_to(user: Any, comments: QuerySet[Comment]) -> QuerySet[Comment]:
    """Narrow ``comments`` to those ``user`` may moderate."""
    if not (user.is_active and user.is_staff):
        return comments.none()
    if moderates_everything(user):
        return comments
    return comments.filter(Q(story__section_id__in=moderated_section_ids(user)))


def can_moderate(user: Any, comment: Comment) -> bool:
    """True when ``user`` may act on ``comment``."""
    if moderates_everything(user):
        return True
    if not (user.is_active and user.is_staff) or comment.story.section_id is None:
        return False
    return comment.story.section_id in moderated_section_ids(user)


def can_change_policy(user: Any) -> bool:
    """True when ``user`` may change the comment policy, block visitors site-wide and list the blocked."""
    return bool(user.is_active and (user.is_superuser or user.has_perm("comments.change_commentpolicy")))


def may_use_comment_desk(user: Any) -> bool:
    """True when ``user`` may open the comment desk at all: a moderator of every section, of some
    sections (SectionModerator rows), or a holder of the desk's moderator permission still waiting
    for sections. Other staff (an editor, say) get no comment queue."""
    if not (user.is_active and user.is_staff):
        return False
    return (moderates_everything(user) or user.has_perm(MODERATE_COMMENTS_PERMISSION)
            or SectionModerator.objects.filter(user=user).exists())
