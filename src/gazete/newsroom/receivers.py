"""Keep the page cache and the search index in step with stories: signal receivers.

A story saved, withdrawn, deleted or given other authors is re-indexed for search at once, inside
the same transaction as the change (so the index never disagrees with the committed story), and
moves the content generation (every cached page is rebuilt on its next request) when the
transaction COMMITS: moving it earlier would let a reader's request render the old text and
cache it under the new generation. All the moves one transaction asks for are coalesced into one
cache write — a new wire story fires post_save, an authors change and story_changed, and three
cache writes per story were half the time of an ingest. Sections, authors, tags and corrections
renamed or removed move the generation too (their names are on cached pages).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from gazete.newsroom import search
from gazete.newsroom.cache import bump_generation
from gazete.newsroom.models import Author, Correction, Section, Story, Tag
from gazete.newsroom.signals import story_changed

_PENDING_ATTR = "_gazete_generation_bumps_pending"
_STORIES_ATTR = "_gazete_stories_changed_in_transaction"
_COMMITTED_ATTR = "_gazete_stories_just_committed"
_local = threading.local()


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


@contextmanager
def deferred_indexing() -> Iterator[None]:
    """Index each story changed inside the block once, at its (successful) end.

    Use it inside the transaction that changes the stories, so the index stays atomic with them:
    a new wire story is saved and given authors, and each of those would re-index it.
    """
    previous = getattr(_local, "deferred", None)
    deferred: dict[int, Story] = {}
    _local.deferred = deferred
    try:
        yield
    except BaseException:
        _local.deferred = previous
        raise
    _local.deferred = previous
    for story in deferred.values():
        _reindex(story)


def _bump_if_pending() -> None:
    """The first of a commit's callbacks moves the generation; the others find nothing pending."""
    connection = transaction.get_connection()
    if getattr(connection, _PENDING_ATTR, 0):
        setattr(connection, _PENDING_ATTR, 0)
        setattr(connection, _COMMITTED_ATTR, getattr(connection, _STORIES_ATTR, set()))
        setattr(connection, _STORIES_ATTR, set())
        _move_generation()


def schedule_generation_bump(story_id: int | None = None) -> None:
    """Move the content generation once the current transaction commits (at once outside one)."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _move_generation()
        return
    setattr(connection, _PENDING_ATTR, getattr(connection, _PENDING_ATTR, 0) + 1)
    if story_id is not None:
        stories = getattr(connection, _STORIES_ATTR, None)
        if stories is None:
            stories = set()
            setattr(connection, _STORIES_ATTR, stories)
        stories.add(story_id)
    transaction.on_commit(_bump_if_pending)


def _reindex(story: Story) -> None:
    deferred = getattr(_local, "deferred", None)
    if deferred is not None and story.pk is not None:
        deferred[story.pk] = story
        return
    if search.supported():
        search.index_story(story)


def story_saved(sender: type[Story], instance: Story, **kwargs: Any) -> None:
    """A story was created or saved: re-index it and invalidate pages on commit."""
    if kwargs.get("raw"):
        return
    _reindex(instance)
    schedule_generation_bump(instance.pk)


def story_deleted(sender: type[Story], instance: Story, **kwargs: Any) -> None:
    """A story was deleted: drop it from the index and invalidate pages on commit."""
    if search.supported():
        search.delete_entry(instance.pk)
    schedule_generation_bump()


def story_authors_changed(sender: type, instance: object, action: str, **kwargs: Any) -> None:
    """A story's authors changed (bylines are on pages and in the index)."""
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(instance, Story):
        _reindex(instance)
        schedule_generation_bump()


def story_tags_changed(sender: type, instance: object, action: str, **kwargs: Any) -> None:
    """A story's tags changed (related stories and tag pages show them)."""
    if action in {"post_add", "post_remove", "post_clear"}:
        schedule_generation_bump()


def on_story_changed(sender: type, story: Story, **kwargs: Any) -> None:
    """A service committed a story change: move the generation unless that commit already did."""
    just_committed: set[int] = getattr(transaction.get_connection(), _COMMITTED_ATTR, set())
    if story.pk in just_committed:
        just_committed.discard(story.pk)
        return
    schedule_generation_bump()


def names_changed(sender: type, **kwargs: Any) -> None:
    """A section, author, tag or correction changed: it may be on any cached page."""
    if not kwargs.get("raw"):
        schedule_generation_bump()


def connect() -> None:
    """Connect the receivers (idempotent: every connection has a dispatch_uid)."""
    post_save.connect(story_saved, sender=Story, dispatch_uid="newsroom-story-saved")
    post_delete.connect(story_deleted, sender=Story, dispatch_uid="newsroom-story-deleted")
    m2m_changed.connect(story_authors_changed, sender=Story.authors.through, dispatch_uid="newsroom-authors")
    m2m_changed.connect(story_tags_changed, sender=Story.tags.through, dispatch_uid="newsroom-tags")
    story_changed.connect(on_story_changed, sender=Story, dispatch_uid="newsroom-story-changed")
    for model in (Section, Author, Tag, Correction):
        post_save.connect(names_changed, sender=model, dispatch_uid=f"newsroom-{model.__name__}-saved")
        post_delete.connect(names_changed, sender=model, dispatch_uid=f"newsroom-{model.__name__}-deleted")
