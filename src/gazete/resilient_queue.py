"""huey's Redis task queue, parking tasks in a local SQLite file while Redis does not answer.

Enqueueing a task (a picture to render, a source to poll, a flush to schedule) must never fail the
request or the command that asks for it because Redis is down. :class:`ResilientRedisStorage`
sends every call to Redis while it answers; when a call fails, it records the outage in a
:class:`~gazete.redis_outage.Breaker` and uses a SQLite file in the data directory instead
(``tasks-fallback.sqlite3``, durable at once): tasks enqueued or scheduled during the outage are
parked there, and task results and locks live there until Redis is back. The worker (``gazete
worker``) takes parked tasks before the ones in Redis, so a worker sharing the data directory
runs them during the outage; a process that parked tasks moves them into Redis with its first
successful call after the outage, so a worker on another machine gets them too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from huey import Huey
from huey.storage import RedisStorage, SqliteStorage
from redis import ConnectionPool

from gazete.redis_outage import REDIS_ERRORS, SOCKET_TIMEOUTS, Breaker

logger = logging.getLogger("gazete.redis")

T = TypeVar("T")


class ResilientRedisStorage(RedisStorage):
    """huey's RedisStorage that parks tasks, results and locks in a SQLite file during an outage."""

    def __init__(self, name: str = "huey", *, url: str, fallback_filename: str, **kwargs: Any) -> None:
        pool = ConnectionPool.from_url(url, **SOCKET_TIMEOUTS)
        super().__init__(name, connection_pool=pool, **kwargs)
        self.fallback = SqliteStorage(name=name, filename=fallback_filename)
        self.breaker = Breaker("task queue")
        # Tasks may be parked from an earlier outage (or another process of this data directory).
        self._parked = True

    # --- routing -------------------------------------------------------------------------------------

    def _redis_or_fallback(self, redis_call: Callable[[], T], fallback_call: Callable[[], T]) -> T:
        """Run ``redis_call`` while Redis answers, else (and when it fails now) ``fallback_call``."""
        if self._parked and self.breaker.available():
            self._move_parked_tasks()  # first, so that parked tasks keep their place in the queue
        if self.breaker.available():
            try:
                result = redis_call()
            except REDIS_ERRORS as exc:
                self.breaker.failed(exc)
            else:
                self.breaker.succeeded()
                return result
        return fallback_call()

    def _move_parked_tasks(self) -> None:
        """Move the tasks parked during an outage into Redis (oldest first), so any worker runs them.

        Each task leaves the file in the transaction that pushed it to Redis: a process killed in
        between leaves it in both (run twice, as huey may run any task), never in neither.
        """
        moved = 0
        try:
            while True:
                with self.fallback.db(commit=True) as cursor:
                    cursor.execute(
                        "SELECT id, data FROM task WHERE queue = ? ORDER BY priority DESC, id LIMIT 1",
                        (self.fallback.name,),
                    )
                    row = cursor.fetchone()
                    if row is None:
                        self._parked = False
                        return
                    RedisStorage.enqueue(self, bytes(row[1]))
                    cursor.execute("DELETE FROM task WHERE id = ?", (row[0],))
                moved += 1
        except REDIS_ERRORS as exc:  # the task stays in the file (rolled back), moved next time
            self.breaker.failed(exc)
        finally:
            if moved:
                logger.warning("moved %s task(s) parked during the Redis outage into the task queue", moved)

    # --- the queue ----------------------------------------------------------------------------------

    def enqueue(self, data: bytes, priority: int | None = None) -> None:
        """Queue a task in Redis, or park it in the SQLite file while Redis does not answer."""

        def park() -> None:
            self.fallback.enqueue(data, priority)
            self._parked = True

        self._redis_or_fallback(lambda: super(ResilientRedisStorage, self).enqueue(data, priority), park)

    def dequeue(self) -> bytes | None:
        """The next task: parked ones first, then Redis's (None while Redis does not answer)."""
        parked = self.fallback.dequeue()
        if parked is not None:
            return parked
        return self._redis_or_fallback(lambda: super(ResilientRedisStorage, self).dequeue(), lambda: None)

    def queue_size(self) -> int:
        """Tasks waiting, in Redis (when it answers) and parked."""
        waiting = self._redis_or_fallback(lambda: super(ResilientRedisStorage, self).queue_size(), lambda: 0)
        return int(waiting) + self.fallback.queue_size()

    def add_to_schedule(self, data: bytes, ts: datetime) -> None:
        """Schedule a task for ``ts`` in Redis, or in the SQLite file while Redis does not answer."""
        self._redis_or_fallback(
            lambda: super(ResilientRedisStorage, self).add_to_schedule(data, ts),
            lambda: self.fallback.add_to_schedule(data, ts),
        )

    def read_schedule(self, ts: datetime) -> list[bytes]:
        """Scheduled tasks due by ``ts``: those scheduled in the SQLite file and in Redis."""
        due = list(self.fallback.read_schedule(ts))
        return due + list(
            self._redis_or_fallback(lambda: super(ResilientRedisStorage, self).read_schedule(ts), lambda: [])
        )

    def schedule_size(self) -> int:
        """Tasks scheduled, in Redis (when it answers) and in the SQLite file."""
        scheduled = self._redis_or_fallback(lambda: super(ResilientRedisStorage, self).schedule_size(), lambda: 0)
        return int(scheduled) + self.fallback.schedule_size()

    # --- results and locks --------------------------------------------------------------------------

    def put_data(self, key: Any, value: Any, is_result: bool = False) -> None:
        """Store a result or a lock's value (in the SQLite file while Redis does not answer)."""
        self._redis_or_fallback(
            lambda: super(ResilientRedisStorage, self).put_data(key, value, is_result),
            lambda: self.fallback.put_data(key, value, is_result),
        )

    def peek_data(self, key: Any) -> Any:
        """A stored value, from Redis (or the SQLite file while Redis does not answer)."""
        return self._redis_or_fallback(
            lambda: super(ResilientRedisStorage, self).peek_data(key), lambda: self.fallback.peek_data(key)
        )

    def peek_many(self, keys: Any) -> dict:
        """Stored values of several keys (revocations), from Redis or the SQLite file."""
        return self._redis_or_fallback(
            lambda: super(ResilientRedisStorage, self).peek_many(keys), lambda: self.fallback.peek_many(keys)
        )

    def incr(self, key: Any, amount: int = 1) -> int:
        """Add to a counter (huey's task counters), in Redis or the SQLite file."""
        return self._redis_or_fallback(
            lambda: super(ResilientRedisStorage, self).incr(key, amount), lambda: self.fallback.incr(key, amount)
        )

    def delete_counter(self, key: Any) -> None:
        """Drop a counter in Redis and in the SQLite file."""
        self.fallback.delete_counter(key)
        self._redis_or_fallback(lambda: super(ResilientRedisStorage, self).delete_counter(key), lambda: None)

    def pop_data(self, key: Any) -> Any:
        """Take a stored value, from Redis (or the SQLite file while Redis does not answer)."""
        return self._redis_or_fallback(
            lambda: super(ResilientRedisStorage, self).pop_data(key), lambda: self.fallback.pop_data(key)
        )

    def has_data_for_key(self, key: Any) -> bool:
        """Whether a value is stored, in Redis (or the SQLite file while Redis does not answer)."""
        return self._redis_or_fallback(
            lambda: super(ResilientRedisStorage, self).has_data_for_key(key),
            lambda: self.fallback.has_data_for_key(key),
        )

    def put_if_empty(self, key: Any, value: Any, ttl: int | None = None) -> bool:
        """Take a lock (``lock_task``), in Redis (or the SQLite file, without ``ttl``, while Redis does not answer)."""
        return self._redis_or_fallback(
            lambda: super(ResilientRedisStorage, self).put_if_empty(key, value, ttl),
            lambda: self.fallback.put_if_empty(key, value),
        )

    def delete_data(self, key: Any) -> Any:
        """Drop a stored value (a released lock) in Redis and in the SQLite file."""
        self.fallback.delete_data(key)
        return self._redis_or_fallback(lambda: super(ResilientRedisStorage, self).delete_data(key), lambda: None)


class ResilientRedisHuey(Huey):
    """The worker's task queue on Redis, parking tasks in ``fallback_filename`` during an outage."""

    storage_class = ResilientRedisStorage


def fallback_path(data_dir: Path) -> Path:
    """Where tasks wait while Redis does not answer: a SQLite file in the data directory."""
    return data_dir / "tasks-fallback.sqlite3"
