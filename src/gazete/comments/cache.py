"""The comment block under a story, rendered once per change: cached HTML per story, language and comment state.

The block (comments/_comments.html: the policy, the approved comments, the form without a token)
is the same for every reader of a story, so its HTML is kept in the shared cache. The key holds
every stamp that can change it:

- the newsroom's content generation (the story published, corrected, withdrawn: whether it takes
  comments);
- the story's comment stamp, moved after the commit of any change to one of its comments (a new
  comment stored, a moderator approving, rejecting or removing one, an edit or a delete in the
  admin);
- the policy stamp, moved when the comment policy is saved (its text and limits are in every block);
- the interface language (the policy's words follow it).

A stamp that is missing (a cache that was emptied) is created anew, so nothing stale can come
back. Entries expire after ``page_cache_seconds()`` like the newsroom's fragments (0 turns this
off). :func:`connect` wires the receivers; the app calls it when it is ready.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language

from gazete.comments.actions import CommentAction
from gazete.comments.models import Comment, CommentPolicy
from gazete.newsroom.cache import GENERATION_KEY, lasting_token, page_cache_seconds
from gazete.newsroom.signals import action_done

POLICY_STAMP_KEY = "comments:policy-stamp"


def story_stamp_key(story_id: int) -> str:
    """Cache key of the stamp that moves whenever one of the story's comments changes."""
    return f"comments:story-stamp:{story_id}"


def block_key(story_id: int) -> str:
    """Cache key of the story's rendered comment block as it is now, in the current language."""
    stamp_key = story_stamp_key(story_id)
    keys = (GENERATION_KEY, stamp_key, POLICY_STAMP_KEY)
    known = cache.get_many(keys)
    parts = [lasting_token(key, known) for key in keys] + [get_language() or ""]
    return f"comments:block:{story_id}:{':'.join(parts)}"


def cached_block(story_id: int, render: Callable[[], str]) -> str:
    """The story's comment block from the cache, or ``render()``-ed and kept."""
    seconds = page_cache_seconds()
    if seconds <= 0:
        return render()
    key = block_key(story_id)
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, seconds)
    return str(html)


def forget_story(story_id: int) -> None:
    """Drop the story's cached comment blocks (every language) by moving its stamp."""
    cache.set(story_stamp_key(story_id), uuid.uuid4().hex, timeout=None)


def forget_all() -> None:
    """Drop every cached comment block by moving the policy stamp."""
    cache.set(POLICY_STAMP_KEY, uuid.uuid4().hex, timeout=None)


def _comment_changed(sender: type[Comment], instance: Comment, **kwargs: Any) -> None:
    """A comment was saved or deleted: its story's block is dropped once the transaction commits."""
    transaction.on_commit(partial(forget_story, instance.story_id))


def _policy_changed(sender: type[CommentPolicy], **kwargs: Any) -> None:
    transaction.on_commit(forget_all)


def _moderated(sender: type, action: object, **kwargs: Any) -> None:
    """A moderator's decision (sent after its commit) changes the comment with an update(), not a save()."""
    if isinstance(action, CommentAction):
        forget_story(action.comment.story_id)


def connect() -> None:
    """Connect the receivers that drop cached blocks (idempotent: each has a dispatch uid)."""
    post_save.connect(_comment_changed, sender=Comment, dispatch_uid="comments.cache.saved")
    post_delete.connect(_comment_changed, sender=Comment, dispatch_uid="comments.cache.deleted")
    post_save.connect(_policy_changed, sender=CommentPolicy, dispatch_uid="comments.cache.policy")
    action_done.connect(_moderated, dispatch_uid="comments.cache.moderated")
