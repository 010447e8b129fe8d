"""Tests for the trending score: reads halve in weight every half-life."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from gazete.readership.trending import HALF_LIFE_HOURS, decay_weight, trending_scores

NOW = datetime(2026, 3, 1, 12, 30, tzinfo=UTC)


def test_weights_halve_every_half_life() -> None:
    assert decay_weight(0) == 1.0
    assert decay_weight(HALF_LIFE_HOURS) == pytest.approx(0.5)
    assert decay_weight(2 * HALF_LIFE_HOURS) == pytest.approx(0.25)
    assert decay_weight(-3) == 1.0


def test_recent_reads_outrank_more_older_reads() -> None:
    this_hour = NOW.replace(minute=0)
    rows = [(1, this_hour, 10), (2, this_hour - timedelta(hours=24), 100),
            (3, this_hour - timedelta(hours=2), 10)]
    scores = trending_scores(rows, NOW)
    assert scores[1] > scores[3] > 0
    assert scores[1] > scores[2]  # 10 now beat 100 a day ago (four half-lives: 100/16 ≈ 6)
    assert scores[1] == pytest.approx(10 * decay_weight(0.25))
