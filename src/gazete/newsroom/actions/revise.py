"""Desk edits as actions: save a new text, restore a revision, apply or dismiss a held wire update.

Every change of the text is kept as a StoryRevision (the first also keeps the story as received),
and the story is marked ``has_desk_edits``, so the next wire update waits for review instead of
overwriting the editor's work.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.newsroom.actions.base import StoryAction
from gazete.newsroom.actors import Actor
from gazete.newsroom.invalidation import announce_on_commit
from gazete.newsroom.models import Story, StoryRevision, StoryVersion
from gazete.newsroom.permissions import EDIT_STORIES
from gazete.newsroom.refusal import Refusal
from gazete.newsroom.revisions import TEXT_FIELDS, StoryText, ensure_baseline, record_revision
from gazete.newsroom.services import authors_named, set_byline, tags_named


class EditStoryText(StoryAction["StoryRevision | None"]):
    """Save an editor's text as a new revision; the result is None (and nothing logged) when nothing changed."""

    permission = EDIT_STORIES
    code = "edited"
    copied = TEXT_FIELDS

    def __init__(self, story: Story, actor: Actor | Any, text: StoryText, *, note: str = "",
                 now: datetime | None = None) -> None:
        super().__init__(story, actor, now=now)
        self.text = text
        self.revision_note = note

    def check(self, story: Story) -> None:
        """A headline and some body text."""
        if not self.text.headline.strip():
            raise Refusal("headline_required", _("A story needs a headline."))
        if not self.text.body:
            raise Refusal("body_required", _("A story needs body text."))

    def change(self, story: Story) -> StoryRevision | None:
        """The story takes the text (a published story's update time moves); a revision keeps it."""
        current = StoryText.of(story)
        if current == self.text:
            return None
        text = self.text
        ensure_baseline(story, current)
        story.headline = text.headline.strip()
        story.standfirst = text.standfirst.strip()
        story.body = text.body
        story.section = text.section
        story.language = text.language
        story.source = text.source.strip()
        story.has_desk_edits = True
        if story.status in (Story.Status.PUBLISHED, Story.Status.WITHDRAWN):
            story.updated_at = self.now
        story.save()
        set_byline(story, authors_named(text.authors))
        story.tags.set(tags_named(text.tags))
        revision = record_revision(story, text, self.actor.db_user, self.revision_note)
        announce_on_commit(story, "edited")
        return revision

    def happened(self, result: StoryRevision | None) -> bool:
        """Only a save that changed something is logged."""
        return result is not None

    def note(self) -> str:
        """The editor's note on the save."""
        return self.revision_note


class RestoreRevision(EditStoryText):
    """Make a saved revision the story's text again (a new revision: the history is kept)."""

    code = "restored"

    def __init__(self, revision: StoryRevision, actor: Actor | Any, *, now: datetime | None = None) -> None:
        story = revision.story
        when = timezone.localtime(revision.created_at).strftime("%Y-%m-%d %H:%M")
        super().__init__(story, actor, StoryText.of_revision(revision, source=story.source),
                         note=f"Restored the revision of {when}", now=now)


def _check_pending(version: StoryVersion) -> None:
    """Only a wire update still held for review can be applied or dismissed."""
    if not StoryVersion.objects.filter(pk=version.pk, pending_review=True).exists():
        raise Refusal("not_pending", _("This wire update is no longer waiting for review."))


class ApplyWireUpdate(StoryAction[Story]):
    """Apply a wire update held for review: the story takes its text; older pending ones are settled.

    The editor's section, tags and language stay; the story stays marked as desk-edited, so later
    updates are offered for review as well. The change is recorded as a revision.
    """

    permission = EDIT_STORIES
    code = "applied wire update"
    copied = (*TEXT_FIELDS, "dateline_place", "dateline_agency")

    def __init__(self, version: StoryVersion, actor: Actor | Any, *, now: datetime | None = None) -> None:
        super().__init__(version.story, actor, now=now)
        self.version = version

    def check(self, story: Story) -> None:
        """The update is still held for review."""
        _check_pending(self.version)

    def change(self, story: Story) -> Story:
        """The version's text, datelines and credit; a revision keeps the result."""
        version = self.version
        ensure_baseline(story, StoryText.of(story))
        story.headline = version.headline or story.headline
        story.standfirst = version.standfirst
        story.body = list(version.body)
        story.dateline_place = version.dateline_place
        story.dateline_agency = version.dateline_agency
        story.source = version.source or story.source
        story.updated_at = self.now
        story.save()
        set_byline(story, authors_named(version.authors))
        story.versions.filter(pending_review=True, rank__lte=version.rank).update(pending_review=False)
        StoryVersion.objects.filter(pk=version.pk).update(pending_review=False)
        label = version.label or "original"
        record_revision(story, StoryText.of(story), self.actor.db_user, f"Applied the wire update {label}")
        announce_on_commit(story, "edited")
        return self.story

    def note(self) -> str:
        """The update's label."""
        return self.version.label


class DismissWireUpdate(StoryAction[None]):
    """Keep the desk's text and settle a wire update held for review (the version stays in history)."""

    permission = EDIT_STORIES
    code = "dismissed wire update"

    def __init__(self, version: StoryVersion, actor: Actor | Any, *, now: datetime | None = None) -> None:
        super().__init__(version.story, actor, now=now)
        self.version = version

    def check(self, story: Story) -> None:
        """The update is still held for review."""
        _check_pending(self.version)

    def change(self, story: Story) -> None:
        """The version is no longer pending."""
        StoryVersion.objects.filter(pk=self.version.pk).update(pending_review=False)

    def note(self) -> str:
        """The update's label."""
        return self.version.label
