"""The read buffer: where counted reads wait, deduplicated, until a flush moves them to the database.

Two backends share one protocol: Redis when ``GAZETE_REDIS_URL`` is set (``buffer_redis``), else
a small SQLite file beside the database (``buffer_sqlite``), shared by every process of the
machine. Both keep three things:

* *seen* keys (visitor + story) that expire after the dedupe window;
* *pending* increments per (story, local day, UTC hour);
* *batches*: pending increments claimed by a flush, under a unique id, until the flush has
  recorded that id in the database together with the increments (then the batch is dropped);
* per network address and window, the visitors admitted from it and how many were new (the cap
  on new visitors per address, see ``admit_visitor``).

A *generation* number grows on every claim and every finish (and when stored counts change outside a
flush, see ``bump_generation``), so a reader can tell that pending increments moved into a batch, or
that the stored totals changed, while it was reading; processes also use it to know when their
cached copy of the stored totals is stale (see ``services.read_counts``). It starts at a random
value, so a buffer that is wiped and started again cannot repeat the numbers of the old one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from django.conf import settings


class BufferUnavailable(Exception):
    """The buffer's store does not answer (Redis down or restarting); the caller falls back."""


# (story id, local day "YYYY-MM-DD", UTC hour as hours since the epoch)
Bucket = tuple[int, str, int]


@dataclass(frozen=True)
class Batch:
    """Increments claimed by one flush, under an id that is unique for ever."""

    batch_id: str
    increments: dict[Bucket, int]

    @property
    def reads(self) -> int:
        """How many reads the batch holds."""
        return sum(self.increments.values())


@dataclass(frozen=True)
class BufferSnapshot:
    """Buffered reads of some stories, read in one go."""

    generation: int
    pending: dict[int, int] = field(default_factory=dict)  # story id -> reads not yet claimed
    batches: dict[str, dict[int, int]] = field(default_factory=dict)  # batch id -> story id -> reads


class ReadBuffer(Protocol):
    """What the services need from a buffer backend."""

    def record(self, story_id: int, day: str, hour: int, seen_key: str, alias_keys: Sequence[str],
               ttl_seconds: int) -> tuple[bool, BufferSnapshot]:
        """Add one read unless ``seen_key`` was seen within ``ttl_seconds``; mark aliases seen too.

        Returns whether the read counted and, taken atomically with it, the story's snapshot.
        """
        ...

    def snapshot(self, story_ids: Sequence[int]) -> BufferSnapshot:
        """The pending and claimed-but-unfinished reads of ``story_ids`` and the generation."""
        ...

    def admit_visitor(self, address: str, window: int, visitor_keys: Sequence[str], per_window: int,
                      window_seconds: int) -> bool:
        """Whether a visitor's reads from ``address`` may count in ``window`` (a window number).

        True when any of ``visitor_keys`` (the visitor's key and aliases) was admitted from the
        address in this window; else, atomically, admits them as one new visitor while fewer than
        ``per_window`` were, and refuses (False) once that many were.
        """
        ...

    def generation(self) -> int:
        """The current generation (changes when pending reads move into a batch or a batch is finished)."""
        ...

    def claim(self, batch_id: str) -> Batch | None:
        """Move every pending increment into a new batch ``batch_id``; None when nothing is pending."""
        ...

    def unfinished(self) -> list[Batch]:
        """Batches claimed but not finished (a flush crashed or is running right now)."""
        ...

    def finish(self, batch_id: str) -> None:
        """Drop a batch whose increments are recorded in the database (bumps the generation)."""
        ...

    def bump_generation(self) -> None:
        """Tell every process that stored totals changed (e.g. a seeded count)."""
        ...

    def purge_expired(self) -> int:
        """Forget expired seen keys (a no-op where the store expires them itself)."""
        ...


_buffers: dict[str, ReadBuffer] = {}


def get_buffer() -> ReadBuffer:
    """The buffer for the current settings: Redis when configured, else the SQLite file."""
    redis_url = getattr(settings, "GAZETE_REDIS_URL", None)
    cache_key = f"redis:{redis_url}" if redis_url else f"sqlite:{settings.DATA_DIR}"
    buffer = _buffers.get(cache_key)
    if buffer is None:
        if redis_url:
            from gazete.readership.buffer_redis import RedisReadBuffer

            buffer = RedisReadBuffer(redis_url)
        else:
            from gazete.readership.buffer_sqlite import SqliteReadBuffer

            buffer = SqliteReadBuffer(settings.DATA_DIR / "reads-buffer.sqlite3")
        _buffers[cache_key] = buffer
    return buffer
