"""Publishing services of the desk: publish, schedule, unpublish, withdraw, edit, restore, correct.

Every service changes one story in one transaction and, after commit, sends
``gazete.newsroom.signals.story_changed`` with outcome ``"published"``, ``"unpublished"``,
``"withdrawn"`` or ``"edited"`` so caches and feeds follow. The provenance guard lives here too:
a story whose credit is missing or still a template placeholder (``Source of News``) is never
published; the service raises :class:`PublishRefused` with a reason the desk shows the editor.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from gazete.newsroom.invalidation import announce_on_commit
from gazete.newsroom.models import Correction, Section, Story, StoryRevision, StoryVersion
from gazete.newsroom.services import authors_named, tags_named
from gazete.wireformats.chrome import PLACEHOLDER_SOURCES

logger = logging.getLogger(__name__)

# Credit prefixes an editor or a feed may leave in front of the name ("Kaynak: Source of News").
_CREDIT_LABELS = ("kaynak", "source", "credit")


class PublishRefused(ValueError):
    """A publishing action the rules forbid; ``reason`` says why in words the desk can show."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _send_after_commit(story: Story, outcome: str) -> None:
    announce_on_commit(story, outcome)


def is_placeholder_credit(source: str) -> bool:
    """Tell whether a credit line is a template placeholder (``Source of News``, ``Kaynak: Kaynak``)."""
    value = " ".join(source.split()).strip(" .:").lower()
    for label in _CREDIT_LABELS:
        if value.startswith(label + ":"):
            value = value[len(label) + 1:].strip(" .:")
            break
    return value in PLACEHOLDER_SOURCES


def provenance_problem(story: Story) -> str | None:
    """Return why ``story`` may not be published for want of a real credit, or None when it may."""
    source = (story.source or "").strip()
    if not source:
        return "The story has no source credit; set the real source (e.g. Anadolu Ajansı) before publishing."
    if is_placeholder_credit(source):
        return (f"The story's credit is a template placeholder ({source!r}), not the real source; "
                "set the real source before publishing.")
    return None


def _check_provenance(story: Story) -> None:
    problem = provenance_problem(story)
    if problem:
        raise PublishRefused(problem)


def _locked(story: Story) -> Story:
    return Story.objects.select_for_update().get(pk=story.pk)


def _copy_back(saved: Story, story: Story, fields: Sequence[str]) -> Story:
    """Give the caller's instance the values just saved, so it does not go stale."""
    for name in fields:
        setattr(story, name, getattr(saved, name))
    return story


def publish_now(story: Story, *, now: datetime | None = None) -> Story:
    """Publish a story at once (from draft, scheduled or unpublished); refuses without a real credit."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = _locked(story)
        _check_provenance(locked)
        if locked.status == Story.Status.PUBLISHED and locked.published_at and locked.published_at <= now:
            raise PublishRefused("The story is already published.")
        locked.status = Story.Status.PUBLISHED
        locked.published_at = now
        locked.withdrawn_reason = ""
        fields = ["status", "published_at", "withdrawn_reason"]
        locked.save(update_fields=fields)
        _send_after_commit(locked, "published")
    return _copy_back(locked, story, fields)


def schedule(story: Story, when: datetime, *, now: datetime | None = None) -> Story:
    """Schedule a story to be published at ``when`` (in the future) by the worker's periodic task."""
    now = now or timezone.now()
    if when <= now:
        raise PublishRefused("The scheduled time has already passed; choose a later time or publish now.")
    with transaction.atomic():
        locked = _locked(story)
        _check_provenance(locked)
        if locked.status == Story.Status.PUBLISHED:
            raise PublishRefused("The story is already published; unpublish it first to schedule it.")
        locked.status = Story.Status.SCHEDULED
        locked.published_at = when
        locked.save(update_fields=["status", "published_at"])
    return _copy_back(locked, story, ["status", "published_at"])


def publish_due_stories(*, now: datetime | None = None) -> list[Story]:
    """Publish every scheduled story whose time has come; return the stories published.

    Safe to run from several workers at once: each story is re-read under a row lock, so it is
    published exactly once. A due story that has lost its credit meanwhile goes back to draft.
    """
    now = now or timezone.now()
    due = list(
        Story.objects.filter(status=Story.Status.SCHEDULED, published_at__lte=now)
        .order_by("published_at", "id")
        .values_list("pk", flat=True)
    )
    published: list[Story] = []
    for pk in due:
        with transaction.atomic():
            story = (
                Story.objects.select_for_update()
                .filter(pk=pk, status=Story.Status.SCHEDULED, published_at__lte=now)
                .first()
            )
            if story is None:
                continue
            problem = provenance_problem(story)
            if problem:
                logger.warning("scheduled story %s not published: %s", story.pk, problem)
                story.status = Story.Status.DRAFT
                story.save(update_fields=["status"])
                continue
            story.status = Story.Status.PUBLISHED
            story.save(update_fields=["status"])
            _send_after_commit(story, "published")
        published.append(story)
    return published


def unpublish(story: Story) -> Story:
    """Take a published or scheduled story off the site, back to draft (nothing is deleted)."""
    with transaction.atomic():
        locked = _locked(story)
        if locked.status not in (Story.Status.PUBLISHED, Story.Status.SCHEDULED):
            raise PublishRefused("Only a published or scheduled story can be unpublished.")
        was_public = locked.status == Story.Status.PUBLISHED
        locked.status = Story.Status.DRAFT
        locked.is_lead = False
        locked.breaking_until = None
        fields = ["status", "is_lead", "breaking_until"]
        locked.save(update_fields=fields)
        if was_public:
            _send_after_commit(locked, "unpublished")
    return _copy_back(locked, story, fields)


def withdraw(story: Story, reason: str, *, now: datetime | None = None) -> Story:
    """Withdraw a published story with a reason readers see (the page stays, saying it was withdrawn)."""
    reason = " ".join(reason.split())
    if not reason:
        raise PublishRefused("A withdrawal needs a reason readers can read.")
    with transaction.atomic():
        locked = _locked(story)
        if locked.status != Story.Status.PUBLISHED:
            # A withdrawn story's page stays up saying so; a story readers never saw is spiked instead.
            raise PublishRefused("Only a published story can be withdrawn; spike or keep a draft instead.")
        locked.status = Story.Status.WITHDRAWN
        locked.withdrawn_reason = reason
        locked.is_lead = False
        locked.breaking_until = None
        locked.updated_at = now or timezone.now()
        fields = ["status", "withdrawn_reason", "is_lead", "breaking_until", "updated_at"]
        locked.save(update_fields=fields)
        _send_after_commit(locked, "withdrawn")
    return _copy_back(locked, story, fields)


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
        raise PublishRefused("A story needs a headline.")
    if not text.body:
        raise PublishRefused("A story needs body text.")
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


def add_correction(story: Story, text: str, *, editor: Any = None, now: datetime | None = None) -> Correction:
    """Add a correction note shown on the article with its time."""
    text = text.strip()
    if not text:
        raise PublishRefused("A correction needs its text.")
    now = now or timezone.now()
    with transaction.atomic():
        correction = Correction.objects.create(
            story=story, text=text, created_at=now,
            created_by=editor if getattr(editor, "pk", None) else None,
        )
        Story.objects.filter(pk=story.pk).update(updated_at=now)
        story.updated_at = now
        _send_after_commit(story, "edited")
    return correction


def set_lead(story: Story, is_lead: bool) -> Story:
    """Put a published story among the home page's lead stories (manşet) or take it off."""
    if is_lead and story.status != Story.Status.PUBLISHED:
        raise PublishRefused("Only a published story can be a lead story.")
    with transaction.atomic():
        Story.objects.filter(pk=story.pk).update(is_lead=is_lead)
        story.is_lead = is_lead
        _send_after_commit(story, "edited")
    return story


def set_breaking(story: Story, until: datetime | None, *, now: datetime | None = None) -> Story:
    """Show a published story in the breaking-news bar until ``until`` (None takes it off)."""
    now = now or timezone.now()
    if until is not None:
        if story.status != Story.Status.PUBLISHED:
            raise PublishRefused("Only a published story can be breaking news.")
        if until <= now:
            raise PublishRefused("The breaking-news expiry must be in the future.")
    with transaction.atomic():
        Story.objects.filter(pk=story.pk).update(breaking_until=until)
        story.breaking_until = until
        _send_after_commit(story, "edited")
    return story


def reorder_sections(order: Sequence[tuple[Section, int]]) -> None:
    """Set the menu order of sections (lower first)."""
    with transaction.atomic():
        for section, position in order:
            if section.order != position:
                section.order = position
                section.save(update_fields=["order"])  # post_save lets page caches follow the menu
