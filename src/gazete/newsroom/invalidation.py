"""Move the content generation once per committed transaction: the per-transaction collector.

Every change that is on a cached page (a story saved, its bylines or tags, a section renamed, a
story published or set as lead) asks for the generation to move when its transaction commits.
All the asks of one transaction share one :class:`_Collector`: each ask registers its own
``transaction.on_commit`` callback (so Django drops the asks of a savepoint rolled back), and the
first callback of the commit that runs moves the generation once; the others find it done. A new
wire story fires post_save, an authors change and ``story_changed``: one cache write, not three.

``story_changed`` events a service announces go through the same collector
(:func:`announce_on_commit`) and are sent after that one move with ``cache_invalidated=True``, so
the receiver knows this commit already invalidated. Nothing outlives the commit: a collector
that has run is never reused, and one left by a rollback carries no asks (they were callbacks).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

from django.db import transaction

from gazete.newsroom.cache import bump_generation
from gazete.newsroom.models import Story
from gazete.newsroom.signals import story_changed

_COLLECTOR_ATTR = "_gazete_invalidation_collector"
_local = threading.local()


class _Collector:
    """The invalidation asks of one transaction: the generation moves once, at its commit."""

    def __init__(self) -> None:
        self.moved = False

    def run(self, story: Story | None = None, outcome: str = "") -> None:
        """One ask's on_commit callback: move the generation if no earlier one did, then announce."""
        if not self.moved:
            self.moved = True
            _move_generation()
        if story is not None:
            story_changed.send(sender=Story, story=story, outcome=outcome, cache_invalidated=True)


def _collector() -> _Collector:
    """The collector of the current transaction (a new one once the last has run at a commit)."""
    connection = transaction.get_connection()
    collector: _Collector | None = getattr(connection, _COLLECTOR_ATTR, None)
    if collector is None or collector.moved:
        collector = _Collector()
        setattr(connection, _COLLECTOR_ATTR, collector)
    return collector


def invalidate_on_commit() -> None:
    """Move the content generation once the current transaction commits (at once outside one)."""
    if not transaction.get_connection().in_atomic_block:
        _move_generation()
        return
    transaction.on_commit(_collector().run)


def announce_on_commit(story: Story, outcome: str) -> None:
    """Send ``story_changed`` for ``story`` after commit, once this transaction's generation move is done."""
    if not transaction.get_connection().in_atomic_block:
        _move_generation()
        story_changed.send(sender=Story, story=story, outcome=outcome, cache_invalidated=True)
        return
    transaction.on_commit(partial(_collector().run, story, outcome))


@contextmanager
def batched_invalidation(max_delay: float = 1.0) -> Iterator[None]:
    """Coalesce generation moves inside the block: at most one per ``max_delay`` seconds, one at exit.

    A batch ingest of thousands of stories would otherwise write the shared cache once per story;
    readers still see new stories within ``max_delay`` seconds.
    """
    state = {"pending": False, "last": time.monotonic(), "max_delay": max_delay}
    previous = getattr(_local, "batch", None)
    _local.batch = state
    try:
        yield
    finally:
        _local.batch = previous
        if state["pending"]:
            _move_generation()


def _move_generation() -> None:
    batch = getattr(_local, "batch", None)
    if batch is None:
        bump_generation()
        return
    now = time.monotonic()
    if now - batch["last"] >= batch["max_delay"]:
        bump_generation()
        batch["last"], batch["pending"] = now, False
    else:
        batch["pending"] = True
