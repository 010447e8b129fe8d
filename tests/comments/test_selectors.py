"""Tests for gazete.comments.selectors: counts for /api/stories, threads, queues and daily numbers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from gazete.comments.models import Comment
from gazete.comments.selectors import approved_comment_counts, approved_thread, daily_counts_by_rule, queue

pytestmark = pytest.mark.django_db


def add(story, status: str, *, codes: str = "", parent=None, days_ago: int = 0, reports: int = 0) -> Comment:
    return Comment.objects.create(
        story=story, parent=parent, name="Okur", text="Sample written for gazete tests.", text_hash="h",
        status=status, codes=codes, visitor_hash="v", report_count=reports,
        created_at=timezone.now() - timedelta(days=days_ago),
    )


def test_approved_comment_counts(make_story) -> None:
    first, second, third = make_story(), make_story(), make_story()
    add(first, "approved"), add(first, "approved"), add(first, "held"), add(second, "rejected")
    add(third, "approved")
    assert approved_comment_counts([first.pk, second.pk]) == {first.pk: 2, second.pk: 0}
    assert approved_comment_counts([]) == {}


def test_threads_hold_approved_replies_under_approved_roots(story) -> None:
    root = add(story, "approved")
    reply = add(story, "approved", parent=root)
    add(story, "held", parent=root)
    hidden_root = add(story, "removed")
    add(story, "approved", parent=hidden_root)
    threads = approved_thread(story)
    assert [item.comment.pk for item in threads] == [root.pk]
    assert [c.pk for c in threads[0].replies] == [reply.pk]


def test_threads_are_oldest_first_with_what_the_block_shows(story) -> None:
    later, earlier = add(story, "approved"), add(story, "approved", days_ago=1)
    threads = approved_thread(story.pk)
    assert [item.comment.pk for item in threads] == [earlier.pk, later.pk]
    shown = threads[0].comment
    assert (shown.name, shown.text, shown.created_at, shown.parent_id) == (
        earlier.name, earlier.text, Comment.objects.get(pk=earlier.pk).created_at, None)
    assert shown.get_deferred_fields() >= {"email", "verdict", "status"}  # read only when asked for


def test_the_reported_queue_lists_open_reports_oldest_first(story, superuser) -> None:
    newer = add(story, "approved", reports=1)
    older = add(story, "approved", reports=2, days_ago=1)
    add(story, "removed", reports=1)
    add(story, "approved")
    assert list(queue(superuser, "reported")) == [older, newer]
    with pytest.raises(ValueError, match="unknown queue"):
        queue(superuser, "nonsense")


def test_daily_counts_per_rule_include_empty_days(story) -> None:
    add(story, "approved"), add(story, "rejected", codes=",all_caps,")
    add(story, "rejected", codes=",all_caps,spelling,")
    add(story, "approved", codes=",spelling,", days_ago=2), add(story, "held", codes=",insult,")
    today = timezone.localdate()
    series = daily_counts_by_rule(["all_caps", "spelling", "insult"], days=3, today=today)
    assert [d.day for d in series["*"]] == [today - timedelta(days=2), today - timedelta(days=1), today]
    assert (series["*"][-1].approved, series["*"][-1].rejected) == (1, 2)
    assert series["all_caps"][-1].rejected == 2 and series["spelling"][0].approved == 1
    assert sum(d.approved + d.rejected for d in series["insult"]) == 0
