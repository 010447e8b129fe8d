"""The time-decayed "trending" score: recent reads weigh more, halving every few hours."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

HALF_LIFE_HOURS = 6.0
WINDOW_HOURS = 48


def decay_weight(age_hours: float, half_life_hours: float = HALF_LIFE_HOURS) -> float:
    """The weight of reads ``age_hours`` old: 1 now, 1/2 after one half-life, 1/4 after two…"""
    return 0.5 ** (max(age_hours, 0.0) / half_life_hours)


def trending_scores(hourly: Iterable[tuple[int, datetime, int]], now: datetime,
                    half_life_hours: float = HALF_LIFE_HOURS) -> dict[int, float]:
    """Score stories from (story id, hour start, reads in that hour) rows.

    Reads of an hour are taken to happen in the middle of it (or, for the current hour, in the
    middle of the part already past), so a story read steadily scores the same all hour long.
    """
    scores: dict[int, float] = {}
    for story_id, hour_start, reads in hourly:
        elapsed = (now - hour_start).total_seconds() / 3600.0
        age = elapsed / 2 if elapsed < 1.0 else elapsed - 0.5
        scores[story_id] = scores.get(story_id, 0.0) + reads * decay_weight(age, half_life_hours)
    return scores
