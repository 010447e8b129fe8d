"""Load the bundled sample stories (written by us, marked as samples) through upsert_story.

Pictures are not the newsroom's: after the stories are stored, ``samples_loaded`` lets the media
app draw the samples' pictures, and ``samples_removed`` lets it delete them again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import resources

from django.utils import timezone

from gazete.newsroom.models import Story
from gazete.newsroom.services import ensure_section, upsert_story
from gazete.newsroom.signals import samples_loaded, samples_removed
from gazete.wireformats.model import Block, Dateline, WireStory

SAMPLE_AGENCY = "AA"


@dataclass(frozen=True)
class SampleLoad:
    """How many sample stories, versions and pictures were stored by one load."""

    stories: int
    versions: int
    pictures: int = 0


def _counted(responses: list[tuple[object, object]]) -> int:
    """The sum of what the receivers of a samples signal answered (how many pictures each handled)."""
    return sum(answer for _, answer in responses if isinstance(answer, int))


def _sample_data() -> dict:
    text = resources.files("gazete.newsroom").joinpath("samples/sample_stories.json").read_text("utf-8")
    return json.loads(text)


def _wire(story: dict, version: dict, published: datetime) -> WireStory:
    return WireStory(
        format="sample",
        headline=version["headline"],
        body=tuple(Block(kind, text) for kind, text in version["body"]),  # type: ignore[arg-type]
        language=story["language"],
        agency=SAMPLE_AGENCY,
        agency_id=story["id"],
        version=version.get("version"),
        kind=version.get("kind"),
        standfirst=version.get("standfirst"),
        authors=tuple(version.get("authors", ())),
        dateline=Dateline(place=version.get("place"), agency=SAMPLE_AGENCY),
        published_at=published,
    )


def load_sample_stories(now: datetime | None = None, *, pictures: bool = False) -> SampleLoad:
    """Store every sample story and its versions; running it again changes nothing.

    With ``pictures`` the media app draws a sample picture for each story (``samples_loaded``);
    ``gazete manage load_samples`` asks for them unless given ``--no-pictures``.
    """
    now = now or timezone.now()
    data = _sample_data()
    sections = {
        s["name"]: ensure_section(s["name"], name_en=s.get("name_en", ""), order=s.get("order", 100))
        for s in data["sections"]
    }
    stored = versions = 0
    sample_ids = []
    for story in data["stories"]:
        sample_ids.append(story["id"])
        published = now - timedelta(hours=story["hours_ago"])
        for version in story["versions"]:
            received = published + timedelta(hours=version.get("hours_after", 0))
            result = upsert_story(
                _wire(story, version, published),
                section=sections[story["section"]],
                is_sample=True,
                now=min(received, now),
            )
            if result.outcome != "unchanged":
                versions += 1
                stored += result.outcome == "new"
                updates = {"is_lead": story.get("lead", False)}
                if story.get("breaking_hours"):
                    updates["breaking_until"] = now + timedelta(hours=story["breaking_hours"])
                Story.objects.filter(pk=result.story.pk).update(**updates)
    by_id = {s.agency_id: s for s in Story.objects.filter(is_sample=True, agency=SAMPLE_AGENCY,
                                                         agency_id__in=sample_ids)}
    stories = [by_id[agency_id] for agency_id in sample_ids if agency_id in by_id]
    responses = samples_loaded.send(sender=SampleLoad, stories=stories, pictures=pictures)
    return SampleLoad(stories=stored, versions=versions, pictures=_counted(responses))


def remove_sample_stories() -> int:
    """Delete every story marked as a sample (with its versions, comments and pictures); return how many."""
    removed = 0
    for story in Story.objects.filter(is_sample=True):
        story.delete()  # one by one, so the receivers update the search index and the caches
        removed += 1
    samples_removed.send(sender=SampleLoad)
    return removed
