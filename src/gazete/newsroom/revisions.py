"""Desk revisions: the text an editor can change (StoryText) and the revisions that keep each save."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gazete.newsroom.models import Section, Story, StoryRevision, StoryVersion


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


# The story fields a desk save changes (given back to the caller's instance).
TEXT_FIELDS = (
    "headline", "standfirst", "body", "section", "language", "source", "has_desk_edits", "updated_at",
)


def record_revision(story: Story, text: StoryText, editor: Any, note: str) -> StoryRevision:
    """Keep ``text`` as a new revision of ``story`` by ``editor`` (a user, or None)."""
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


def ensure_baseline(story: Story, current: StoryText) -> None:
    """Before the first desk save, keep the story as it came in, so it can be restored too."""
    if not story.revisions.exists():
        revision = record_revision(story, current, None, "As received, before the first desk edit")
        StoryRevision.objects.filter(pk=revision.pk).update(created_at=story.updated_at or story.created_at)


def pending_versions(story: Story) -> list[StoryVersion]:
    """Wire updates waiting for an editor's decision, oldest first."""
    return list(story.versions.filter(pending_review=True).order_by("rank", "received_at", "id"))
