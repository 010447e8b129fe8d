"""Living through a Redis outage: which errors mean "Redis is unreachable", and a per-process breaker.

When Redis stops answering, every call to it fails (at once when the port is closed, after the
socket timeout when the host is gone). A :class:`Breaker` remembers the failure for a moment, so the
calls of the next ``cooldown`` seconds skip Redis at once instead of each waiting for its own
error, logs one warning when an outage starts and one line when it ends, and tells the caller
when Redis is back (so it can tell other processes that what they cached may be stale).
"""

from __future__ import annotations

import logging
import threading
import time

import redis

logger = logging.getLogger("gazete.redis")

# What a call to an unreachable (or dying, or restarting) Redis raises.
REDIS_ERRORS: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
# Timeouts for every Redis client gazete makes: a host that vanished costs a second, not forever.
SOCKET_TIMEOUTS = {"socket_connect_timeout": 1.0, "socket_timeout": 2.0}


class Breaker:
    """Per-process memory of a Redis outage: open for ``cooldown`` seconds after each failure."""

    def __init__(self, name: str, cooldown: float = 1.0) -> None:
        self.name = name
        self.cooldown = cooldown
        self._open_until = 0.0
        self._down = False
        self._lock = threading.Lock()

    def available(self) -> bool:
        """False while a recent failure says Redis is down (then callers use their fallback at once)."""
        return time.monotonic() >= self._open_until

    def failed(self, exc: BaseException) -> None:
        """Record a failed call; the first failure of an outage is logged as a warning."""
        with self._lock:
            self._open_until = time.monotonic() + self.cooldown
            first = not self._down
            self._down = True
        if first:
            logger.warning("Redis unreachable for the %s (%s: %s): degrading until it answers again",
                           self.name, type(exc).__name__, exc)

    def succeeded(self) -> bool:
        """Record a successful call; True for the first success after an outage."""
        if not self._down:
            return False
        with self._lock:
            recovered, self._down = self._down, False
        if recovered:
            logger.warning("Redis answers again for the %s", self.name)
        return recovered

    @property
    def down(self) -> bool:
        """Whether the last call failed (and no call succeeded since)."""
        return self._down
