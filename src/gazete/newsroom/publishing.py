"""Publishing services of the desk: shortcuts to the story actions, and the sections' order.

Publish, schedule, unpublish, withdraw, correct, lead and breaking, desk edits, restoring a
revision and applying or dismissing a wire update are actions (``gazete.newsroom.actions``):
each checks permission and rules, writes the story's log and sends one ``action_done``. The
functions here take them for an actor (the ``system`` actor unless an actor or an editor is
given) and are kept for code and tests that change stories directly. Every change readers can see
also sends ``gazete.newsroom.signals.story_changed`` after commit (``"published"``,
``"unpublished"``, ``"withdrawn"`` or ``"edited"``) so caches and feeds follow. Refusals are
:class:`~gazete.newsroom.refusal.Refusal` exceptions with a code.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django.db import transaction

from gazete.newsroom.actions import (
    ApplyWireUpdate,
    CorrectStory,
    DismissWireUpdate,
    EditStoryText,
    PublishStory,
    RestoreRevision,
    ScheduleStory,
    SetBreaking,
    SetLead,
    UnpublishStory,
    WithdrawStory,
)
from gazete.newsroom.actions import (
    publish_due_stories as publish_due_stories,
)
from gazete.newsroom.actors import SYSTEM, Actor
from gazete.newsroom.models import Correction, Section, Story, StoryRevision, StoryVersion
from gazete.newsroom.provenance import is_placeholder_credit as is_placeholder_credit
from gazete.newsroom.provenance import provenance_problem as provenance_problem
from gazete.newsroom.publish_checks import publish_problem as publish_problem
from gazete.newsroom.refusal import Refusal as Refusal
from gazete.newsroom.revisions import StoryText as StoryText
from gazete.newsroom.revisions import pending_versions as pending_versions


def _actor(editor: Any) -> Actor:
    """The ``system`` actor (code calling these shortcuts), credited to ``editor`` when one is given.

    The shortcuts do not check the editor's role (the caller answers for that); the log records
    both the editor and that code acted. An Actor passes through as it is, and is checked.
    """
    if isinstance(editor, Actor):
        return editor
    return Actor(user=editor, system=SYSTEM.system, via=SYSTEM.via) if getattr(editor, "pk", None) else SYSTEM


def publish_now(story: Story, *, actor: Actor = SYSTEM, now: datetime | None = None) -> Story:
    """Publish a story at once (the :class:`PublishStory` action)."""
    return PublishStory(story, actor, now=now).execute()


def schedule(story: Story, when: datetime, *, actor: Actor = SYSTEM, now: datetime | None = None) -> Story:
    """Schedule a story for ``when`` (the :class:`ScheduleStory` action)."""
    return ScheduleStory(story, actor, when, now=now).execute()


def unpublish(story: Story, *, actor: Actor = SYSTEM) -> Story:
    """Take a story off the site, back to draft (the :class:`UnpublishStory` action)."""
    return UnpublishStory(story, actor).execute()


def withdraw(story: Story, reason: str, *, actor: Actor = SYSTEM, now: datetime | None = None) -> Story:
    """Withdraw a published story with a reason readers see (the :class:`WithdrawStory` action)."""
    return WithdrawStory(story, actor, reason, now=now).execute()


def save_desk_edit(
    story: Story, text: StoryText, *, editor: Any = None, note: str = "", now: datetime | None = None,
) -> StoryRevision | None:
    """Save an editor's change as a new revision (the :class:`EditStoryText` action); None when nothing changed."""
    return EditStoryText(story, _actor(editor), text, note=note, now=now).execute()


def restore_revision(revision: StoryRevision, *, editor: Any = None) -> StoryRevision | None:
    """Make a saved revision the story's text again (the :class:`RestoreRevision` action)."""
    return RestoreRevision(revision, _actor(editor)).execute()


def apply_wire_version(version: StoryVersion, *, editor: Any = None, now: datetime | None = None) -> Story:
    """Apply a wire update held for review (the :class:`ApplyWireUpdate` action)."""
    return ApplyWireUpdate(version, _actor(editor), now=now).execute()


def dismiss_wire_version(version: StoryVersion, *, editor: Any = None) -> None:
    """Keep the desk's text and settle a wire update held for review (the :class:`DismissWireUpdate` action)."""
    DismissWireUpdate(version, _actor(editor)).execute()


def add_correction(story: Story, text: str, *, editor: Any = None, actor: Actor | None = None,
                   now: datetime | None = None) -> Correction:
    """Add a correction note shown on the article (the :class:`CorrectStory` action)."""
    return CorrectStory(story, actor or _actor(editor), text, now=now).execute()


def set_lead(story: Story, is_lead: bool, *, actor: Actor = SYSTEM) -> Story:
    """Put a published story among the lead stories (manşet) or take it off (the :class:`SetLead` action)."""
    return SetLead(story, actor, is_lead).execute()


def set_breaking(story: Story, until: datetime | None, *, actor: Actor = SYSTEM,
                 now: datetime | None = None) -> Story:
    """Show a story in the breaking-news bar until ``until`` (the :class:`SetBreaking` action)."""
    return SetBreaking(story, actor, until, now=now).execute()


def reorder_sections(order: Sequence[tuple[Section, int]]) -> None:
    """Set the menu order of sections (lower first)."""
    with transaction.atomic():
        for section, position in order:
            if section.order != position:
                section.order = position
                section.save(update_fields=["order"])  # post_save lets page caches follow the menu
