"""Tests for gazete.comments.admin: admin decisions and blocks go through the comment actions (recorded)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from gazete.comments.models import BlockedVisitor, Comment, ModerationAction
from gazete.newsroom.models import Story

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client: Client, superuser: User) -> Client:
    client.force_login(superuser)
    return client


@pytest.fixture
def held(story: Story) -> Comment:
    return Comment.objects.create(story=story, name="Can", text="Bir yorum.", text_hash="h1", status="held",
                                  decision="review", visitor_hash="v" * 32)


@pytest.mark.parametrize(("name", "status"), [
    ("approve_comments", "approved"), ("reject_comments", "rejected"), ("remove_comments", "removed"),
])
def test_admin_actions_on_comments_are_recorded(admin: Client, superuser: User, held: Comment, name: str,
                                                status: str) -> None:
    admin.post(reverse("admin:comments_comment_changelist"), {"action": name, "_selected_action": [held.pk]})
    held.refresh_from_db()
    entry = ModerationAction.objects.get()
    assert held.status == status
    assert (entry.comment, entry.to_status, entry.user, entry.via) == (held, status, superuser, "admin")


def test_blocks_added_and_deleted_in_the_admin_are_recorded(admin: Client, superuser: User) -> None:
    visitor = "d" * 32
    response = admin.post(reverse("admin:comments_blockedvisitor_add"), {"visitor_hash": visitor, "reason": "spam"})
    assert response.status_code == 302
    block = BlockedVisitor.objects.get()
    assert (block.visitor_hash, block.blocked_by, block.reason) == (visitor, superuser, "spam")
    admin.post(reverse("admin:comments_blockedvisitor_delete", args=[block.pk]), {"post": "yes"})
    assert not BlockedVisitor.objects.exists()
    entries = list(ModerationAction.objects.order_by("id").values_list("action", "visitor_hash", "via"))
    assert entries == [("block", visitor, "admin"), ("unblock", visitor, "admin")]
