"""The read buffer on Redis (scale-out): SET NX EX dedupe keys and HINCRBY counters in Lua scripts.

Every key shares the hash tag ``{reads}`` so the scripts also work on a Redis cluster. Each beacon
is one script call: a hot story costs one hash-field increment in Redis, never a database row lock.
A flush claims the pending hashes by RENAMEing them to batch keys named after a unique batch id.

Every call raises :class:`BufferUnavailable` when Redis does not answer (and at once, without
trying, for a moment after a failure: ``gazete.redis_outage.Breaker``), so the services can fall
back to the database; the first success after an outage bumps the generation, so every process
re-reads stored totals that the fallback changed meanwhile.
"""

from __future__ import annotations

import functools
import os
import secrets
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

import redis

from gazete.readership.buffer import Batch, Bucket, BufferSnapshot, BufferUnavailable
from gazete.redis_outage import REDIS_ERRORS, SOCKET_TIMEOUTS, Breaker

F = TypeVar("F", bound=Callable[..., Any])

PREFIX = "gazete:{reads}:"
PENDING = PREFIX + "pending"  # hash "story:day:hour" -> reads
PENDING_TOTALS = PREFIX + "pending-totals"  # hash "story" -> reads (what readers add to the stored total)
GENERATION = PREFIX + "generation"
BATCHES = PREFIX + "batches"  # set of unfinished batch ids
_SNAPSHOT_CHUNK = 500

_RECORD = """
local counted = 0
local ttl = tonumber(ARGV[1])
if ttl <= 0 or redis.call('SET', KEYS[3], '1', 'NX', 'EX', ttl) then
  redis.call('HINCRBY', KEYS[1], ARGV[2], 1)
  redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
  counted = 1
end
if ttl > 0 then
  for i = 6, #KEYS do redis.call('SET', KEYS[i], '1', 'NX', 'EX', ttl) end
end
local out = {counted, redis.call('GET', KEYS[4]) or '0', redis.call('HGET', KEYS[2], ARGV[3]) or '0'}
for _, batch_id in ipairs(redis.call('SMEMBERS', KEYS[5])) do
  local n = redis.call('HGET', ARGV[4] .. 'batch:' .. batch_id .. ':totals', ARGV[3])
  if n then
    table.insert(out, batch_id)
    table.insert(out, n)
  end
end
return out
"""

_ADMIT = """
for i = 3, #ARGV do
  if redis.call('SISMEMBER', KEYS[1], ARGV[i]) == 1 then return 1 end
end
if tonumber(redis.call('GET', KEYS[2]) or '0') >= tonumber(ARGV[1]) then return 0 end
redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], ARGV[2])
for i = 3, #ARGV do redis.call('SADD', KEYS[1], ARGV[i]) end
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1
"""

_CLAIM = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('INCR', KEYS[3])
redis.call('RENAME', KEYS[1], KEYS[5])
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('RENAME', KEYS[2], KEYS[6]) end
redis.call('SADD', KEYS[4], ARGV[1])
return 1
"""

_SNAPSHOT = """
local out = {redis.call('GET', KEYS[1]) or '0', redis.call('HMGET', KEYS[2], unpack(ARGV, 2))}
for _, batch_id in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  table.insert(out, batch_id)
  table.insert(out, redis.call('HMGET', ARGV[1] .. 'batch:' .. batch_id .. ':totals', unpack(ARGV, 2)))
end
return out
"""


def batch_key(batch_id: str, part: str) -> str:
    """The Redis key of one part (``buckets`` or ``totals``) of a claimed batch."""
    return f"{PREFIX}batch:{batch_id}:{part}"


def seen_key(key: str) -> str:
    """The Redis key that remembers a visitor read a story."""
    return PREFIX + "seen:" + key


def _guarded(method: F) -> F:
    """Turn Redis errors into BufferUnavailable, skipping Redis while its breaker is open."""

    @functools.wraps(method)
    def wrapper(self: RedisReadBuffer, *args: Any, **kwargs: Any) -> Any:
        if not self.breaker.available():
            raise BufferUnavailable("Redis was unreachable a moment ago")
        try:
            result = method(self, *args, **kwargs)
        except REDIS_ERRORS as exc:
            self.breaker.failed(exc)
            raise BufferUnavailable(f"{type(exc).__name__}: {exc}") from exc
        if self.breaker.succeeded():
            try:  # stored totals changed during the outage: every process reads them again
                self.client.incr(GENERATION)
            except REDIS_ERRORS as exc:
                self.breaker.failed(exc)
        return result

    return wrapper  # type: ignore[return-value]


class RedisReadBuffer:
    """Read buffer in Redis; the client (and its connection pool) is made per process."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._client: redis.Redis | None = None
        self._pid = 0
        self._lock = threading.Lock()
        self.breaker = Breaker("read buffer")

    @property
    def client(self) -> redis.Redis:
        """A Redis client for this process (a forked child makes its own)."""
        if self._client is None or self._pid != os.getpid():
            with self._lock:
                if self._client is None or self._pid != os.getpid():
                    client = redis.Redis.from_url(self.url, decode_responses=True, health_check_interval=30,
                                                  **SOCKET_TIMEOUTS)
                    self._scripts = {
                        "record": client.register_script(_RECORD),
                        "claim": client.register_script(_CLAIM),
                        "admit": client.register_script(_ADMIT),
                        "snapshot": client.register_script(_SNAPSHOT),
                    }
                    # A random start, so a wiped Redis never repeats generations processes cached.
                    client.set(GENERATION, secrets.randbelow(2**48), nx=True)
                    self._client, self._pid = client, os.getpid()
        return self._client

    def _script(self, name: str):  # type: ignore[no-untyped-def]
        self.client  # noqa: B018 - makes sure the scripts are registered for this process
        return self._scripts[name]

    @_guarded
    def record(self, story_id: int, day: str, hour: int, seen_key_: str, alias_keys: Sequence[str],
               ttl_seconds: int) -> tuple[bool, BufferSnapshot]:
        """Add one read unless ``seen_key_`` was seen within ``ttl_seconds``; mark aliases seen too.

        One script call: also returns, atomically with the increment, the story's buffered reads.
        """
        keys = [PENDING, PENDING_TOTALS, seen_key(seen_key_), GENERATION, BATCHES,
                *(seen_key(a) for a in alias_keys)]
        args = [ttl_seconds, f"{story_id}:{day}:{hour}", story_id, PREFIX]
        out = self._script("record")(keys=keys, args=args)
        pending = int(out[2])
        batches = {out[i]: {story_id: int(out[i + 1])} for i in range(3, len(out), 2)}
        snapshot = BufferSnapshot(generation=int(out[1]), pending={story_id: pending} if pending else {},
                                  batches=batches)
        return int(out[0]) == 1, snapshot

    @_guarded
    def admit_visitor(self, address: str, window: int, visitor_keys: Sequence[str], per_window: int,
                      window_seconds: int) -> bool:
        """Whether a visitor's reads from ``address`` may count in ``window``: one script call."""
        keys = [f"{PREFIX}addr:{address}:{window}:known", f"{PREFIX}addr:{address}:{window}:new"]
        args = [per_window, 2 * window_seconds, *visitor_keys]
        return int(self._script("admit")(keys=keys, args=args)) == 1

    @_guarded
    def snapshot(self, story_ids: Sequence[int]) -> BufferSnapshot:
        """The pending and claimed-but-unfinished reads of ``story_ids`` and the generation."""
        ids = sorted({int(i) for i in story_ids})
        if not ids:
            return BufferSnapshot(generation=self.generation())
        pending: dict[int, int] = {}
        batches: dict[str, dict[int, int]] = {}
        generations = set()
        for start in range(0, len(ids), _SNAPSHOT_CHUNK):
            chunk = ids[start:start + _SNAPSHOT_CHUNK]
            out = self._script("snapshot")(keys=[GENERATION, PENDING_TOTALS, BATCHES], args=[PREFIX, *chunk])
            generations.add(int(out[0]))
            pending.update({sid: int(n) for sid, n in zip(chunk, out[1], strict=True) if n is not None})
            for i in range(2, len(out), 2):
                counts = {sid: int(n) for sid, n in zip(chunk, out[i + 1], strict=True) if n is not None}
                if counts:
                    batches.setdefault(out[i], {}).update(counts)
        # Chunks read at different generations are not one consistent view: report -1 so the
        # caller's generation check fails and it reads again.
        generation = generations.pop() if len(generations) == 1 else -1
        return BufferSnapshot(generation=generation, pending=pending, batches=batches)

    @_guarded
    def generation(self) -> int:
        """The current generation."""
        return int(self.client.get(GENERATION) or 0)

    def _text_hash(self, key: str) -> dict[str, str]:
        """A hash of the buffer, as text (the client decodes every answer: ``decode_responses``)."""
        return cast("dict[str, str]", self.client.hgetall(key))

    @_guarded
    def claim(self, batch_id: str) -> Batch | None:
        """Move every pending increment into a new batch ``batch_id``; None when nothing is pending."""
        keys = [PENDING, PENDING_TOTALS, GENERATION, BATCHES,
                batch_key(batch_id, "buckets"), batch_key(batch_id, "totals")]
        if not int(self._script("claim")(keys=keys, args=[batch_id])):
            return None
        return Batch(batch_id, _parse_buckets(self._text_hash(batch_key(batch_id, "buckets"))))

    @_guarded
    def unfinished(self) -> list[Batch]:
        """Batches claimed but not finished."""
        batches = []
        for batch_id in sorted(cast("set[str]", self.client.smembers(BATCHES))):
            increments = _parse_buckets(self._text_hash(batch_key(batch_id, "buckets")))
            batches.append(Batch(batch_id, increments))
        return batches

    @_guarded
    def finish(self, batch_id: str) -> None:
        """Drop a batch whose increments are recorded in the database (bumps the generation)."""
        pipe = self.client.pipeline(transaction=True)
        pipe.delete(batch_key(batch_id, "buckets"), batch_key(batch_id, "totals"))
        pipe.srem(BATCHES, batch_id)
        pipe.incr(GENERATION)
        pipe.execute()

    @_guarded
    def bump_generation(self) -> None:
        """Tell every process that stored totals changed."""
        self.client.incr(GENERATION)

    def purge_expired(self) -> int:
        """Redis expires seen keys by itself."""
        return 0

    def clear(self) -> None:
        """Forget everything under the readership prefix (tests only)."""
        keys = list(self.client.scan_iter(match=PREFIX.replace("{", "\\{").replace("}", "\\}") + "*"))
        if keys:
            self.client.delete(*keys)
        self.client.set(GENERATION, secrets.randbelow(2**48))


def _parse_buckets(raw: dict[str, str]) -> dict[Bucket, int]:
    increments: dict[Bucket, int] = {}
    for field, value in raw.items():
        story, day, hour = field.split(":")
        increments[(int(story), day, int(hour))] = int(value)
    return increments
