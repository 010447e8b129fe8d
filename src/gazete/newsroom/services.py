"""Business actions on stories, shared by the ingest command, the pollers, the desk and the API.

``upsert_story`` is the one way a parsed wire version becomes (or updates) a Story: it finds the
story the version belongs to (agency id, else the match key within 48 hours), keeps every
version for the update history, refreshes the reader-facing copy only from the newest version,
and treats a re-delivered identical payload as a no-op. It runs in one transaction, so a process
killed mid-batch leaves no half-written story.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from gazete.newsroom import audit
from gazete.newsroom.actors import WIRE
from gazete.newsroom.invalidation import announce_on_commit
from gazete.newsroom.matching import blocks_as_dicts, content_hash, match_key, story_slug
from gazete.newsroom.models import Author, Section, Story, StoryVersion, Tag
from gazete.newsroom.receivers import deferred_indexing
from gazete.wireformats.model import WireStory, agency_name

logger = logging.getLogger(__name__)

Outcome = Literal["new", "updated", "unchanged", "withdrawn"]
UPDATE_MATCH_WINDOW = timedelta(hours=48)


class StoryRejected(ValueError):
    """A wire version that cannot be stored (no headline, no body…); the caller quarantines it."""


@dataclass(frozen=True)
class UpsertResult:
    """What ``upsert_story`` did with one wire version."""

    outcome: Outcome
    story: Story
    version: StoryVersion | None


def authors_named(names: Sequence[str]) -> list[Author]:
    """The Author rows for byline names, created as needed (matched by their ASCII slug)."""
    return [
        Author.objects.get_or_create(slug=story_slug(name, max_length=130), defaults={"name": name})[0]
        for name in names
        if name.strip()
    ]


def set_byline(story: Story, authors: Sequence[Author]) -> None:
    """Link ``story`` to ``authors`` in byline order (pages read the byline in the order of the links).

    Django's ``add`` and ``set`` insert the links of several authors in the order of a set of ids,
    which is not the byline's once the ids are large (as on PostgreSQL, whose sequences never go back);
    so the links are made one by one, and only when the byline changed.
    """
    wanted = list(dict.fromkeys(authors))
    links = Story.authors.through.objects.filter(story=story).order_by("id")
    if list(links.values_list("author_id", flat=True)) == [author.pk for author in wanted]:
        return
    story.authors.clear()
    for author in wanted:
        story.authors.add(author)


def tags_named(names: Sequence[str]) -> list[Tag]:
    """The Tag rows for keywords, created as needed (matched by their ASCII slug)."""
    return [
        Tag.objects.get_or_create(slug=story_slug(name, max_length=90), defaults={"name": name})[0]
        for name in names
        if name.strip()
    ]


def _find_story(wire: WireStory, key: str, now: datetime) -> Story | None:
    agency = (wire.agency or "").upper()
    if wire.agency_id:
        return Story.objects.select_for_update().filter(agency=agency, agency_id=wire.agency_id).first()
    window_start = now - UPDATE_MATCH_WINDOW
    return (
        Story.objects.select_for_update()
        .filter(match_key=key, agency_id="", created_at__gte=window_start)
        .order_by("-created_at")
        .first()
    )


def _source_for(wire: WireStory) -> str:
    """The credit readers see: the agency's real name, never a template placeholder."""
    if wire.agency:
        return agency_name(wire.agency, wire.language or "en") or ""
    if wire.source and not wire.credit_placeholder:
        return wire.source
    return ""


def _apply_version(story: Story, wire: WireStory, source: str) -> None:
    story.headline = wire.headline or story.headline
    story.standfirst = wire.standfirst or ""
    story.dateline_place = wire.dateline.place or ""
    story.dateline_agency = wire.dateline.agency or ""
    story.body = blocks_as_dicts(wire.body)
    story.source = source
    story.kind = wire.kind or ""
    story.language = wire.language or story.language
    if wire.priority is not None:
        story.priority = wire.priority


def upsert_story(
    wire: WireStory,
    *,
    raw_payload: str = "",
    publish: bool = True,
    section: Section | None = None,
    is_sample: bool = False,
    now: datetime | None = None,
) -> UpsertResult:
    """Store one wire version: create the story, add a version to it, or do nothing if identical.

    ``publish`` is the publish rule of the source and section: True publishes a new story at once,
    False holds it as a draft for an editor. A story whose credit is missing or still a template
    placeholder is always held. Raises StoryRejected for a version with no headline or no body.
    """
    if not wire.headline or not wire.headline.strip():
        raise StoryRejected("no headline: a story needs a headline to be stored")
    if not wire.body and not wire.withdrawn:
        raise StoryRejected("no body text")
    now = now or timezone.now()
    key = match_key(wire.headline, wire.dateline.place, wire.authors)
    digest = content_hash(wire)
    source = _source_for(wire)
    try:
        with transaction.atomic(), deferred_indexing():
            result = _upsert_locked(wire, key, digest, source, raw_payload, publish, section, is_sample, now)
            _announce(result)
    except IntegrityError:
        # Another process stored the same version between our lookup and insert: read its result.
        with transaction.atomic(), deferred_indexing():
            result = _upsert_locked(wire, key, digest, source, raw_payload, publish, section, is_sample, now)
            _announce(result)
    return result


def _announce(result: UpsertResult) -> None:
    """Send story_changed after this transaction commits (with its one generation move)."""
    if result.outcome != "unchanged":
        announce_on_commit(result.story, result.outcome)


def _upsert_locked(
    wire: WireStory,
    key: str,
    digest: str,
    source: str,
    raw_payload: str,
    publish: bool,
    section: Section | None,
    is_sample: bool,
    now: datetime,
) -> UpsertResult:
    story = _find_story(wire, key, now)
    if story is not None and story.versions.filter(content_hash=digest).exists():
        return UpsertResult("unchanged", story, None)
    created = story is None
    if created:
        if wire.withdrawn:
            raise StoryRejected("a cancellation for a story we never received")
        story = Story(
            agency=(wire.agency or "").upper(),
            agency_id=wire.agency_id or "",
            match_key=key,
            slug=story_slug(wire.headline or ""),
            created_at=now,
            section=section,
            is_sample=is_sample,
        )
        _apply_version(story, wire, source)
        can_publish = publish and bool(source)
        story.status = Story.Status.PUBLISHED if can_publish else Story.Status.DRAFT
        # The agency's own time (first created / published) where the wire gives one, not the ingest time.
        story.published_at = wire.published_at or now
        if wire.embargoed_until is not None and wire.embargoed_until > now:
            # Held until the agency's embargo: scheduled for that moment (a held story stays a draft).
            story.published_at = wire.embargoed_until
            if can_publish:
                story.status = Story.Status.SCHEDULED
        story.save()
        if story.status == Story.Status.SCHEDULED:  # held by the publish rule until the agency's embargo
            audit.record(story, WIRE, "scheduled", _log_time(story.published_at))
        # A story published on arrival gets no entry: its first version says when (one more row per
        # story would cost ingest about 6% of its CPU time).
    assert story is not None
    newest = None if created else story.versions.order_by("-rank", "-received_at").first()
    version = StoryVersion.objects.create(
        story=story,
        label=wire.version or "",
        rank=wire.version_rank,
        headline=wire.headline or "",
        standfirst=wire.standfirst or "",
        authors=list(wire.authors),
        dateline_place=wire.dateline.place or "",
        dateline_agency=wire.dateline.agency or "",
        body=blocks_as_dicts(wire.body),
        source=source,
        format=wire.format,
        raw_payload=raw_payload,
        content_hash=digest,
        agency_updated_at=wire.updated_at,
        received_at=now,
    )
    if created:
        if wire.authors:
            set_byline(story, authors_named(wire.authors))
        if wire.keywords:
            story.tags.add(*tags_named(wire.keywords))
        return UpsertResult("new", story, version)
    if wire.withdrawn:
        story.status = Story.Status.WITHDRAWN
        story.withdrawn_reason = "Withdrawn by the agency"
        story.updated_at = now
        story.save(update_fields=["status", "withdrawn_reason", "updated_at"])
        audit.record(story, WIRE, "withdrawn", story.withdrawn_reason)
        return UpsertResult("withdrawn", story, version)
    is_newest = newest is None or version.rank >= newest.rank
    if is_newest and story.has_desk_edits:
        # An editor changed this story: the wire update is offered on the desk, not applied.
        version.pending_review = True
        version.save(update_fields=["pending_review"])
        return UpsertResult("updated", story, version)
    if is_newest:
        _apply_version(story, wire, source)
        story.updated_at = wire.updated_at or now
        _take_agency_time(story, wire)
        story.save()
        set_byline(story, authors_named(wire.authors))
        if wire.keywords:
            story.tags.add(*tags_named(wire.keywords))
    return UpsertResult("updated", story, version)


def _log_time(when: datetime | None) -> str:
    """A time as the story's log shows it."""
    return timezone.localtime(when).strftime("%Y-%m-%d %H:%M:%S") if when is not None else ""


def _take_agency_time(story: Story, wire: WireStory) -> None:
    """Show the agency's first-created time once a version gives it, if the story only had its ingest time."""
    ingest_time_only = story.published_at is not None and story.published_at == story.created_at
    if wire.published_at is not None and ingest_time_only and story.status != Story.Status.SCHEDULED:
        story.published_at = wire.published_at


def ensure_section(name: str, *, name_en: str = "", order: int = 100) -> Section:
    """Return the section called ``name``, creating it if needed."""
    slug = slugify(name.translate(str.maketrans("ıİ", "iI")))
    section, _ = Section.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name_en, "order": order})
    return section


def story_versions(story: Story) -> list[StoryVersion]:
    """Every version of a story, oldest first, for the update history."""
    return list(story.versions.order_by("rank", "received_at", "id"))
