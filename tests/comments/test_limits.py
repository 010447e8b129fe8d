"""Tests for gazete.comments.limits: the per-visitor counters in the Django cache."""

from __future__ import annotations

import time

from gazete.comments import limits


def test_the_interval_is_claimed_once_and_counts_down() -> None:
    assert limits.seconds_to_wait("v1", 30) == 0
    assert limits.claim_interval("v1", 30)
    assert not limits.claim_interval("v1", 30)
    assert 29 <= limits.seconds_to_wait("v1", 30) <= 30
    assert limits.seconds_to_wait("v1", 30, now=time.time() + 20) <= 10
    assert limits.seconds_to_wait("v2", 30) == 0


def test_a_zero_interval_never_limits() -> None:
    assert limits.claim_interval("v1", 0) and limits.claim_interval("v1", 0)
    assert limits.seconds_to_wait("v1", 0) == 0


def test_submissions_are_counted_per_day() -> None:
    assert limits.comments_today("v1") == 0
    assert [limits.count_submission("v1") for _ in range(3)] == [1, 2, 3]
    assert limits.comments_today("v1") == 3 and limits.comments_today("v2") == 0


def test_prechecks_are_capped_per_minute() -> None:
    allowed = [limits.allow_check("v1", per_minute=5) for _ in range(7)]
    assert allowed[:5] == [True] * 5 and allowed[-1] is False
