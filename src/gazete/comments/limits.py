"""Per-visitor rate limits kept in the Django cache (Redis when scaled out, shared by every worker)."""

from __future__ import annotations

import math
import time
from datetime import date

from django.core.cache import cache
from django.utils import timezone

DAY_SECONDS = 24 * 60 * 60


def _interval_key(visitor_hash: str) -> str:
    return f"comments:last:{visitor_hash}"


def _day_key(visitor_hash: str, day: date) -> str:
    return f"comments:day:{day.isoformat()}:{visitor_hash}"


def seconds_to_wait(visitor_hash: str, interval: int, now: float | None = None) -> int:
    """Return how many seconds the visitor must still wait before commenting again (0: may comment)."""
    if interval <= 0:
        return 0
    last = cache.get(_interval_key(visitor_hash))
    if last is None:
        return 0
    remaining = interval - ((time.time() if now is None else now) - float(last))
    return max(0, math.ceil(remaining))


def claim_interval(visitor_hash: str, interval: int) -> bool:
    """Start the visitor's waiting interval; False when another request claimed it first."""
    if interval <= 0:
        return True
    return cache.add(_interval_key(visitor_hash), time.time(), timeout=interval)


def comments_today(visitor_hash: str) -> int:
    """Return how many submissions the visitor made today (site time zone)."""
    return int(cache.get(_day_key(visitor_hash, timezone.localdate()), 0))


def count_submission(visitor_hash: str) -> int:
    """Count one more submission today and return the new total."""
    key = _day_key(visitor_hash, timezone.localdate())
    cache.add(key, 0, timeout=2 * DAY_SECONDS)
    try:
        return cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=2 * DAY_SECONDS)
        return 1


def allow_check(visitor_hash: str, per_minute: int = 60) -> bool:
    """Allow at most ``per_minute`` pre-checks a minute per visitor (a fixed one-minute window)."""
    key = f"comments:checks:{int(time.time() // 60)}:{visitor_hash}"
    cache.add(key, 0, timeout=120)
    try:
        return cache.incr(key) <= per_minute
    except ValueError:
        cache.set(key, 1, timeout=120)
        return True
