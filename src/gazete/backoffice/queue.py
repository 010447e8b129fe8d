"""The incoming queue: wire stories held as drafts, newest first, with the desk's hold and spike."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet

from gazete.backoffice.models import QueueMark
from gazete.backoffice.queue_actions import HoldStory, ReleaseStory, SpikeStory
from gazete.newsroom.actors import SYSTEM, Actor, as_actor
from gazete.newsroom.models import Story

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


def _actor(user: Any) -> Actor:
    """The user acting on the desk, or the ``system`` actor when there is none (code, tests)."""
    return as_actor(user) if user is not None else SYSTEM


def hold(story: Story, user: Any = None) -> QueueMark:
    """Keep a wire draft waiting in the queue, marked as held (the HoldStory action)."""
    return HoldStory(story, _actor(user)).execute()


def spike(story: Story, user: Any = None) -> QueueMark:
    """Take a wire draft out of the incoming queue, kept (the SpikeStory action)."""
    return SpikeStory(story, _actor(user)).execute()


def release(story: Story, user: Any = None, action: str = "returned to the queue") -> None:
    """Clear a story's hold or spike mark (the ReleaseStory action, logged as ``action`` if there was one)."""
    ReleaseStory(story, _actor(user), action).execute()
