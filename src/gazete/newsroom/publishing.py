"""Publishing services of the desk: shortcuts to the story actions, desk edits, revisions, wire updates.

Publish, schedule, unpublish, withdraw, correct, lead and breaking are actions
(``gazete.newsroom.actions``): each checks permission and rules, writes the story's log and sends
one ``action_done``. The functions here take them for an actor (a named system actor unless one
is given) and are kept for code and tests that change stories directly. Every change sends
``gazete.newsroom.signals.story_changed`` after commit (``"published"``, ``"unpublished"``,
``"withdrawn"`` or ``"edited"``) so caches and feeds follow. Refusals are
:class:`~gazete.newsroom.refusal.Refusal` exceptions with a code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.newsroom.actions import (
    CorrectStory,
    PublishStory,
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
from gazete.newsroom.invalidation import announce_on_commit
from gazete.newsroom.models import Correction, Section, Story, StoryRevision, StoryVersion
from gazete.newsroom.provenance import is_placeholder_credit as is_placeholder_credit
from gazete.newsroom.provenance import provenance_problem as provenance_problem
from gazete.newsroom.refusal import Refusal
from gazete.newsroom.services import authors_named, tags_named


def _send_after_commit(story: Story, outcome: str) -> None:
    announce_on_commit(story, outcome)


def _locked(story: Story) -> Story:
    return Story.objects.select_for_update().get(pk=story.pk)


def _copy_back(saved: Story, story: Story, fields: Sequence[str]) -> Story:
    """Give the caller's instance the values just saved, so it does not go stale."""
    for name in fields:
        setattr(story, name, getattr(saved, name))
    return story


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


@dataclass(frozen=True)
class StoryText:
    """What an editor can change of a story's text and filing."""

    headline: str
    standfirst: str
    body: list[dict[str, str]]
    authors: list[str]
    section: Section | None
    tags: list[str]
    language: str
    source: str

    @classmethod
    def of(cls, story: Story) -> StoryText:
        """The story's current text and filing."""
        return cls(
            headline=story.headline,
            standfirst=story.standfirst,
            body=[{"type": b["type"], "text": b["text"]} for b in story.body],
            authors=[a.name for a in story.authors.all()],
            section=story.section,
            tags=[t.name for t in story.tags.all()],
            language=story.language,
            source=story.source,
        )

    @classmethod
    def of_revision(cls, revision: StoryRevision, *, source: str) -> StoryText:
        """The text a revision saved (the credit is not part of a revision, so it is passed in)."""
        slug = revision.section_slug
        section = Section.objects.filter(slug=slug).first() if slug else None
        return cls(
            headline=revision.headline,
            standfirst=revision.standfirst,
            body=list(revision.body),
            authors=list(revision.authors),
            section=section,
            tags=list(revision.tags),
            language=revision.language,
            source=source,
        )


_TEXT_FIELDS = (
    "headline", "standfirst", "body", "section", "language", "source", "has_desk_edits", "updated_at",
)


def _record_revision(story: Story, text: StoryText, editor: Any, note: str) -> StoryRevision:
    return StoryRevision.objects.create(
        story=story,
        editor=editor if getattr(editor, "pk", None) else None,
        headline=text.headline,
        standfirst=text.standfirst,
        body=text.body,
        authors=text.authors,
        section_slug=text.section.slug if text.section else "",
        tags=text.tags,
        language=text.language,
        note=note[:300],
    )


def _ensure_baseline(story: Story, current: StoryText) -> None:
    """Before the first desk save, keep the story as it came in, so it can be restored too."""
    if not story.revisions.exists():
        revision = _record_revision(story, current, None, "As received, before the first desk edit")
        StoryRevision.objects.filter(pk=revision.pk).update(created_at=story.updated_at or story.created_at)


def save_desk_edit(
    story: Story, text: StoryText, *, editor: Any = None, note: str = "", now: datetime | None = None,
) -> StoryRevision | None:
    """Save an editor's change as a new StoryRevision; return None when nothing changed.

    The story is marked ``has_desk_edits`` so the next wire update is offered for review
    instead of overwriting the editor's work.
    """
    if not text.headline.strip():
        raise Refusal("headline_required", _("A story needs a headline."))
    if not text.body:
        raise Refusal("body_required", _("A story needs body text."))
    now = now or timezone.now()
    with transaction.atomic():
        locked = _locked(story)
        current = StoryText.of(locked)
        if current == text:
            return None
        _ensure_baseline(locked, current)
        locked.headline = text.headline.strip()
        locked.standfirst = text.standfirst.strip()
        locked.body = text.body
        locked.section = text.section
        locked.language = text.language
        locked.source = text.source.strip()
        locked.has_desk_edits = True
        if locked.status in (Story.Status.PUBLISHED, Story.Status.WITHDRAWN):
            locked.updated_at = now
        locked.save()
        locked.authors.set(authors_named(text.authors))
        locked.tags.set(tags_named(text.tags))
        revision = _record_revision(locked, text, editor, note)
        _send_after_commit(locked, "edited")
    _copy_back(locked, story, _TEXT_FIELDS)
    return revision


def restore_revision(revision: StoryRevision, *, editor: Any = None) -> StoryRevision | None:
    """Make a saved revision the story's text again (recorded as a new revision, history kept)."""
    story = revision.story
    when = timezone.localtime(revision.created_at).strftime("%Y-%m-%d %H:%M")
    text = StoryText.of_revision(revision, source=story.source)
    return save_desk_edit(story, text, editor=editor, note=f"Restored the revision of {when}")


def pending_versions(story: Story) -> list[StoryVersion]:
    """Wire updates waiting for an editor's decision, oldest first."""
    return list(story.versions.filter(pending_review=True).order_by("rank", "received_at", "id"))


def apply_wire_version(version: StoryVersion, *, editor: Any = None, now: datetime | None = None) -> Story:
    """Apply a wire update held for review: the story takes its text; older pending ones are settled.

    The editor's section, tags and language stay; the story stays marked as desk-edited, so later
    updates are offered for review as well. The change is recorded as a revision.
    """
    now = now or timezone.now()
    with transaction.atomic():
        story = _locked(version.story)
        current = StoryText.of(story)
        _ensure_baseline(story, current)
        story.headline = version.headline or story.headline
        story.standfirst = version.standfirst
        story.body = list(version.body)
        story.dateline_place = version.dateline_place
        story.dateline_agency = version.dateline_agency
        story.source = version.source or story.source
        story.updated_at = now
        story.save()
        story.authors.set(authors_named(version.authors))
        story.versions.filter(pending_review=True, rank__lte=version.rank).update(pending_review=False)
        StoryVersion.objects.filter(pk=version.pk).update(pending_review=False)
        label = version.label or "original"
        _record_revision(story, StoryText.of(story), editor, f"Applied the wire update {label}")
        _send_after_commit(story, "edited")
    return _copy_back(story, version.story, [*_TEXT_FIELDS, "dateline_place", "dateline_agency"])


def dismiss_wire_version(version: StoryVersion) -> None:
    """Keep the desk's text and settle a wire update held for review (the version stays in history)."""
    StoryVersion.objects.filter(pk=version.pk).update(pending_review=False)


def add_correction(story: Story, text: str, *, editor: Any = None, actor: Actor | None = None,
                   now: datetime | None = None) -> Correction:
    """Add a correction note shown on the article (the :class:`CorrectStory` action)."""
    who = actor or (Actor.person(editor) if getattr(editor, "pk", None) else SYSTEM)
    return CorrectStory(story, who, text, now=now).execute()


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
