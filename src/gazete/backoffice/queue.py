"""The incoming queue: wire stories held as drafts, newest first, with the desk's hold and spike."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.backoffice.models import QueueMark
from gazete.newsroom import audit
from gazete.newsroom.actors import as_actor
from gazete.newsroom.models import Story, StoryLogEntry
from gazete.newsroom.refusal import Refusal

NEW, HELD, SPIKED = "new", "held", "spiked"
QUEUE_STATES = (NEW, HELD, SPIKED)
NO_SOURCE = "-"


@dataclass(frozen=True)
class QueueFilter:
    """What the editor narrowed the queue to; empty strings mean "any"."""

    source: str = ""
    section: str = ""
    language: str = ""
    priority: str = ""
    state: str = ""

    @classmethod
    def from_query(cls, params: Any) -> QueueFilter:
        """Read the filter from a request's GET parameters (unknown values are ignored)."""
        state = params.get("state", "")
        priority = params.get("priority", "")
        return cls(
            source=params.get("source", "")[:120],
            section=params.get("section", "")[:80],
            language=params.get("language", "")[:8],
            priority=priority if priority.isdigit() else "",
            state=state if state in QUEUE_STATES else "",
        )


def incoming_queue(flt: QueueFilter | None = None) -> QuerySet[Story]:
    """Wire drafts, newest first, narrowed by source, section, language, priority and queue state.

    Spiked stories leave the queue (they are kept, and listed with ``state="spiked"``).
    """
    flt = flt or QueueFilter()
    stories = (
        Story.objects.filter(status=Story.Status.DRAFT)
        .select_related("section", "queue_mark")
        .annotate(
            version_count=Count("versions", distinct=True),
            pending_count=Count("versions", filter=Q(versions__pending_review=True), distinct=True),
        )
        .order_by("-created_at", "-id")
    )
    if flt.state == SPIKED:
        stories = stories.filter(queue_mark__state=QueueMark.State.SPIKED)
    elif flt.state == HELD:
        stories = stories.filter(queue_mark__state=QueueMark.State.HELD)
    elif flt.state == NEW:
        stories = stories.filter(queue_mark__isnull=True)
    else:
        stories = stories.exclude(queue_mark__state=QueueMark.State.SPIKED)
    if flt.source == NO_SOURCE:
        stories = stories.filter(source="")
    elif flt.source:
        stories = stories.filter(source=flt.source)
    if flt.section:
        stories = stories.filter(section__slug=flt.section)
    if flt.language:
        stories = stories.filter(language=flt.language)
    if flt.priority:
        stories = stories.filter(priority=int(flt.priority))
    return stories


def queue_choices() -> dict[str, list[str]]:
    """The distinct sources, languages and priorities of the drafts, for the filter menus."""
    drafts = Story.objects.filter(status=Story.Status.DRAFT)
    return {
        "sources": sorted(set(drafts.values_list("source", flat=True))),
        "languages": sorted(set(drafts.values_list("language", flat=True))),
        "priorities": sorted({p for p in drafts.values_list("priority", flat=True) if p is not None}),
    }


def log_action(story: Story, user: Any, action: str, note: str = "") -> StoryLogEntry:
    """Record a desk action in the story's log (``user`` a user, or an Actor)."""
    return audit.record(story, as_actor(user), action, note)


def _mark(story: Story, state: str, user: Any) -> QueueMark:
    with transaction.atomic():
        mark, _created = QueueMark.objects.update_or_create(
            story=story,
            defaults={"state": state, "changed_by": user if getattr(user, "pk", None) else None,
                      "changed_at": timezone.now()},
        )
        log_action(story, user, state)
    return mark


def hold(story: Story, user: Any = None) -> QueueMark:
    """Keep a wire draft waiting in the queue, marked as held by the desk."""
    if story.status != Story.Status.DRAFT:
        raise Refusal("not_a_draft", _("only a draft can be held in the incoming queue"))
    return _mark(story, HELD, user)


def spike(story: Story, user: Any = None) -> QueueMark:
    """Take a wire draft out of the incoming queue without publishing it; it is kept, never deleted."""
    if story.status != Story.Status.DRAFT:
        raise Refusal("not_a_draft", _("only a draft can be spiked"))
    return _mark(story, SPIKED, user)


def release(story: Story, user: Any = None, action: str = "returned to the queue") -> None:
    """Clear a story's hold or spike mark (when it is published, or brought back to the queue)."""
    deleted, _ = QueueMark.objects.filter(story=story).delete()
    if deleted:
        log_action(story, user, action)
