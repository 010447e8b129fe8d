"""Tests for gazete.comments.actions: each decision is checked, recorded once and announced once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied

from gazete.comments.actions import (
    COMMENT_ACTIONS,
    ApproveComment,
    BlockVisitor,
    DismissReports,
    RejectComment,
    RemoveComment,
    UnblockVisitor,
)
from gazete.comments.models import BlockedVisitor, Comment, CommentReport, ModerationAction
from gazete.newsroom.actors import CLI, Actor
from gazete.newsroom.models import Story
from gazete.newsroom.refusal import NotPermitted
from gazete.newsroom.signals import action_done

pytestmark = pytest.mark.django_db


@pytest.fixture
def events() -> Iterator[list[tuple[type, Any]]]:
    sent: list[tuple[type, Any]] = []

    def receiver(sender: type, entry: Any, **kwargs: object) -> None:
        sent.append((sender, entry))

    action_done.connect(receiver, dispatch_uid="test-comment-actions")
    yield sent
    action_done.disconnect(dispatch_uid="test-comment-actions")



@pytest.fixture
def held(story: Story) -> Comment:
    """A comment the engine held for review, with one open report."""
    comment = Comment.objects.create(story=story, name="Can", text="Bir yorum.", text_hash="h1", status="held",
                                     decision="review", visitor_hash="v" * 32, report_count=1)
    CommentReport.objects.create(comment=comment, reason="insult", visitor_hash="r" * 32)
    return comment


@pytest.fixture
def rejected(story: Story) -> Comment:
    """A comment the engine rejected."""
    return Comment.objects.create(story=story, name="Ali", text="BAĞIRAN YORUM", text_hash="h2", status="rejected",
                                  decision="reject", visitor_hash="w" * 32)


@pytest.mark.parametrize(("action", "status"), [
    (ApproveComment, "approved"), (RejectComment, "rejected"), (RemoveComment, "removed"), (DismissReports, "held"),
])
def test_each_decision_records_one_entry_closes_reports_and_sends_one_event(
        held: Comment, superuser: User, events: list, take: Callable[[Any], Any], action: type, status: str) -> None:
    entry = take(action(held, superuser, " why "))
    held.refresh_from_db()
    assert (held.status, held.report_count) == (status, 0)
    assert list(ModerationAction.objects.all()) == [entry]
    assert (entry.action, entry.from_status, entry.to_status, entry.user, entry.via, entry.note) == (
        action.action, "held", status, superuser, "desk", "why")
    assert CommentReport.objects.get().resolved_at is not None
    assert events == [(action, entry)]
    assert COMMENT_ACTIONS[action.action] is action


def test_an_approval_against_the_engine_is_marked_an_override(rejected: Comment, superuser: User) -> None:
    assert ApproveComment(rejected, superuser).execute().is_override
    assert not RejectComment(rejected, superuser).execute().is_override


def test_a_moderator_of_another_section_is_refused_with_its_code(make_story: Callable[..., Story],
                                                                section_moderator: User, events: list) -> None:
    elsewhere = make_story(story_section=None)
    comment = Comment.objects.create(story=elsewhere, name="Ali", text="x", text_hash="h3", status="held",
                                     decision="review", visitor_hash="v" * 32)
    with pytest.raises(NotPermitted) as refusal:
        ApproveComment(comment, section_moderator).execute()
    assert refusal.value.code == "not_permitted" and isinstance(refusal.value, PermissionDenied)
    comment.refresh_from_db()
    assert comment.status == "held" and not ModerationAction.objects.exists() and events == []


def test_a_system_actor_may_moderate(held: Comment) -> None:
    entry = RemoveComment(held, CLI).execute()
    assert (entry.user, entry.via) == (None, "cli")


def test_blocking_and_unblocking_are_recorded_once_each(superuser: User, events: list,
                                                      take: Callable[[Any], Any]) -> None:
    visitor = "b" * 32
    block = take(BlockVisitor(visitor, Actor.person(superuser, via="admin"), "spam"))
    assert block.blocked_by == superuser and take(BlockVisitor(visitor, superuser)) == block  # already blocked
    assert take(UnblockVisitor(visitor, superuser)) is True and take(UnblockVisitor(visitor, superuser)) is False
    entries = list(ModerationAction.objects.order_by("id").values_list("action", "visitor_hash", "via", "note"))
    assert entries == [("block", visitor, "admin", "spam"), ("unblock", visitor, "desk", "")]
    assert [sender for sender, _entry in events] == [BlockVisitor, UnblockVisitor]
    assert not BlockedVisitor.objects.exists()


def test_only_a_policy_manager_may_block(section_moderator: User) -> None:
    with pytest.raises(NotPermitted) as refusal:
        BlockVisitor("c" * 32, section_moderator).execute()
    assert refusal.value.code == "not_permitted" and not BlockedVisitor.objects.exists()


def test_the_refusal_reads_in_english_for_logs_and_in_the_language_of_the_moderator(
        make_story: Callable[..., Story], section_moderator: User) -> None:
    from django.utils import translation

    comment = Comment.objects.create(story=make_story(story_section=None), name="Ali", text="x", text_hash="h4",
                                     status="held", decision="review", visitor_hash="v" * 32)
    with translation.override("tr"), pytest.raises(NotPermitted) as refusal:
        RejectComment(comment, section_moderator).execute()
    assert refusal.value.reason == f"You may not moderate comment {comment.pk}."
    with translation.override("tr"):
        assert refusal.value.text == f"{comment.pk} numaralı yorumu denetleme yetkiniz yok."
