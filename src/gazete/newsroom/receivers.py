"""Keep the page cache and the search index in step with stories: signal receivers.

A story saved, withdrawn, deleted or given other authors is re-indexed for search at once, inside
the same transaction as the change (so the index never disagrees with the committed story), and
moves the content generation (every cached page is rebuilt on its next request) when the
transaction COMMITS: moving it earlier would let a reader's request render the old text and
cache it under the new generation. The moves one transaction asks for are coalesced into one
cache write by ``newsroom.invalidation``. Sections, authors, tags and corrections renamed or
removed move the generation too (their names are on cached pages).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db.models.signals import m2m_changed, post_delete, post_save

from gazete.newsroom import search
from gazete.newsroom.invalidation import invalidate_on_commit
from gazete.newsroom.models import Author, Correction, Section, Story, Tag
from gazete.newsroom.signals import story_changed

_local = threading.local()


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
    invalidate_on_commit()


def story_deleted(sender: type[Story], instance: Story, **kwargs: Any) -> None:
    """A story was deleted: drop it from the index and invalidate pages on commit."""
    if search.supported():
        search.delete_entry(instance.pk)
    invalidate_on_commit()


def story_authors_changed(sender: type, instance: object, action: str, **kwargs: Any) -> None:
    """A story's authors changed (bylines are on pages and in the index)."""
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(instance, Story):
        _reindex(instance)
        invalidate_on_commit()


def story_tags_changed(sender: type, instance: object, action: str, **kwargs: Any) -> None:
    """A story's tags changed (related stories and tag pages show them)."""
    if action in {"post_add", "post_remove", "post_clear"}:
        invalidate_on_commit()


def on_story_changed(sender: type, story: Story, **kwargs: Any) -> None:
    """A story changed: move the generation unless the commit that announced it already did."""
    if not kwargs.get("cache_invalidated"):
        invalidate_on_commit()


def names_changed(sender: type, **kwargs: Any) -> None:
    """A section, author, tag or correction changed: it may be on any cached page."""
    if not kwargs.get("raw"):
        invalidate_on_commit()


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
