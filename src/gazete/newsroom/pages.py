"""What each reader page shows, computed lazily: a cached fragment never runs these queries.

Views build these objects and hand them to templates; the templates read them only inside
``{% cache %}`` fragments, so when a fragment is cached nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from gazete.newsroom import pictures, readingtime, relatedness, seo, story_reads, written_sql
from gazete.newsroom.diffing import BlockChange, diff_blocks, word_diff
from gazete.newsroom.models import Author, Correction, Story, StoryVersion, Tag
from gazete.newsroom.pictures import PageImage
from gazete.newsroom.story_reads import published_sql

RELATED_COUNT = 4
RELATED_TAG_LINKS = 80  # tag links read on each side of the story
RELATED_IN_SECTION = 4  # candidates of the same section on each side of the story in time
RELATED_BY_TIME = 100  # candidates of any section on each side in time, for shared names
HOME_LATEST = 20
HOME_LEADS = 5


def card_stories() -> QuerySet[Story]:
    """Published stories with what a story card shows (the section), newest first."""
    return Story.objects.published().select_related("section").defer("body")


@dataclass(frozen=True)
class StoryCard:
    """One story in a list (home lead slots, section, tag and author pages) with its lead picture, if any."""

    story: Story
    image: PageImage | None


class StoryCards:
    """The cards of a list of stories, their pictures found in one go on first use (lazy, for cached fragments)."""

    def __init__(self, stories: Iterable[Story]) -> None:
        self._stories = stories

    @cached_property
    def cards(self) -> list[StoryCard]:
        """Every story with its lead picture (one query for all the pictures)."""
        stories = list(self._stories)
        images = pictures.lead_images(stories)
        return [StoryCard(story, images.get(story.pk)) for story in stories]

    def __iter__(self) -> Iterator[StoryCard]:
        return iter(self.cards)

    def __len__(self) -> int:
        return len(self.cards)

    def __bool__(self) -> bool:
        return bool(self.cards)


@dataclass(frozen=True)
class HistoryEntry:
    """One version of a story in its update history, with what changed since the one before."""

    version: StoryVersion
    headline_before: str | None
    changes: list[dict[str, Any]]


def _change_view(change: BlockChange) -> dict[str, Any]:
    view: dict[str, Any] = {"kind": change.kind, "before": change.before, "after": change.after}
    if change.kind == "changed" and change.before is not None and change.after is not None:
        view["runs"] = word_diff(change.before, change.after)
    return view


def candidate_ids_sql(story: Story, tag_ids: list[int]) -> tuple[str, list[Any]]:
    """SQL and parameters choosing the ids of ``story``'s related candidates (see ``StoryPage``).

    The ids of stories linked to one of ``tag_ids`` by the ``RELATED_TAG_LINKS`` tag links nearest
    the story on either side by id, and of the published stories nearest in time on either side:
    ``RELATED_BY_TIME`` of any section, ``RELATED_IN_SECTION`` of the story's own. Only table
    names and these constants are written into the text; every value is a parameter.
    """
    stories, links = Story._meta.db_table, Story.tags.through._meta.db_table
    adapt = connection.ops.adapt_datetimefield_value
    chosen: list[str] = []
    params: list[Any] = []
    if tag_ids:
        marks = written_sql.placeholders(len(tag_ids))
        tag_sides = []
        for compare, order in (("<", "DESC"), (">", "ASC")):
            tag_sides.append(f"l.id IN (SELECT n.id FROM {links} n WHERE n.tag_id IN ({marks}) "  # noqa: S608
                             f"AND n.story_id {compare} %s ORDER BY n.story_id {order} LIMIT {RELATED_TAG_LINKS})")
            params += [*tag_ids, story.pk]
        chosen.append(f"id IN (SELECT l.story_id FROM {links} l WHERE {' OR '.join(tag_sides)})")  # noqa: S608
    published, published_params = published_sql()
    published, published_params = f"{published} AND NOT (s.id = %s)", [*published_params, story.pk]
    around: list[tuple[str, list[Any], int]] = [("", [], RELATED_BY_TIME)]
    if story.section_id is not None:
        around.append((" AND s.section_id = %s", [story.section_id], RELATED_IN_SECTION))
    when = story.published_at
    for section, section_params, reach in around:
        sides: list[tuple[str, list[Any], str]] = [("", [], "DESC")]
        if when is not None:
            at = [adapt(when)]
            sides = [(" AND s.published_at <= %s", at, "DESC"), (" AND s.published_at > %s", at, "ASC")]
        for time_filter, time_params, order in sides:
            chosen.append(f"id IN (SELECT s.id FROM {stories} s WHERE {published}{section}{time_filter} "  # noqa: S608
                          f"ORDER BY s.published_at {order}, s.id {order} LIMIT {reach})")
            params += [*published_params, *section_params, *time_params]
    return f"SELECT id FROM {stories} WHERE {' OR '.join(chosen)}", params  # noqa: S608


def neighbour_ids_sql(story: Story) -> tuple[str, list[Any]]:
    """SQL and parameters choosing the ids of the published stories just before and just after
    ``story`` (published) in its section, ordered by publication time then id.

    Written rather than composed with the ORM: two composed queries cost ~1.7 ms of CPU a render,
    this one ~0.6 ms. Only the table name is written into the text; every value is a parameter.
    """
    when = connection.ops.adapt_datetimefield_value(story.published_at)
    section = "s.section_id IS NULL" if story.section_id is None else "s.section_id = %s"
    section_params = [] if story.section_id is None else [story.section_id]
    published, published_params = published_sql()
    published, published_params = f"{published} AND {section}", [*published_params, *section_params]
    sides, params = [], []
    for compare, order in (("<", "DESC"), (">", "ASC")):
        sides.append(f"id IN (SELECT s.id FROM {Story._meta.db_table} s WHERE {published} "  # noqa: S608
                     f"AND (s.published_at {compare} %s OR (s.published_at = %s AND s.id {compare} %s)) "
                     f"ORDER BY s.published_at {order}, s.id {order} LIMIT 1)")
        params += [*published_params, when, when, story.pk]
    return f"SELECT id FROM {Story._meta.db_table} WHERE {' OR '.join(sides)}", params  # noqa: S608


class StoryPage:
    """Everything the article page shows around the story itself."""

    def __init__(self, story: Story, language: str) -> None:
        self.story = story
        self.language = language

    @cached_property
    def authors(self) -> list[Author]:
        """The byline, in order of the agency's byline."""
        return story_reads.byline(self.story.pk)

    @cached_property
    def blocks(self) -> list[dict[str, Any]]:
        """The body blocks; the first paragraph carries the dateline (``ISTANBUL (AA) -``)."""
        blocks = []
        dateline_due = bool(self.story.dateline_place)
        for block in self.story.body or []:
            kind = block.get("type", "paragraph")
            entry = {"type": kind, "text": block.get("text", ""), "dateline": False}
            if dateline_due and kind == "paragraph":
                entry["dateline"] = True
                dateline_due = False
            blocks.append(entry)
        return blocks

    @cached_property
    def reading_minutes(self) -> int:
        """Minutes it takes to read the standfirst and the body (``gazete.newsroom.readingtime``)."""
        return readingtime.reading_minutes([self.story.standfirst, *(block["text"] for block in self.blocks)])

    @cached_property
    def share_url(self) -> str:
        """The story's full address, for sharing and for the printed page."""
        return seo.absolute_url(self.story.get_absolute_url())

    @cached_property
    def dateline(self) -> str:
        """``ISTANBUL (AA)``: the place and the agency code, as the agency prints it."""
        place, agency = self.story.dateline_place, self.story.dateline_agency
        return f"{place} ({agency})" if place and agency else place

    @cached_property
    def corrections(self) -> list[Correction]:
        """The story's correction notes, oldest first."""
        return story_reads.corrections(self.story.pk)

    @cached_property
    def tags(self) -> list[Tag]:
        """The tags the story is filed under."""
        return story_reads.story_tags(self.story.pk)

    @cached_property
    def versions(self) -> list[StoryVersion]:
        """The published versions, oldest first (wire updates held for the desk are left out)."""
        return story_reads.shown_versions(self.story.pk)

    @cached_property
    def history(self) -> list[HistoryEntry]:
        """Each later version with the differences from the one before it (empty for one version)."""
        entries = []
        for older, newer in pairwise(self.versions):
            headline_before = older.headline if older.headline != newer.headline else None
            changes = [_change_view(c) for c in diff_blocks(older.body, newer.body)]
            entries.append(HistoryEntry(newer, headline_before, changes))
        return entries

    @cached_property
    def first_version(self) -> StoryVersion | None:
        """The version first received."""
        return self.versions[0] if self.versions else None

    @cached_property
    def version_label(self) -> str:
        """The label of the version readers see (``UPDATE 2``), or empty for an original."""
        return self.versions[-1].label if self.versions else ""

    @cached_property
    def _neighbours(self) -> tuple[Story | None, Story | None]:
        """The stories published just before and just after this one in its section, in one query."""
        when = self.story.published_at
        if when is None:
            return None, None
        found = story_reads.stories_among(*neighbour_ids_sql(self.story),
                                          only=("id", "slug", "headline", "language", "published_at"))
        earlier = [s for s in found if s.published_at is not None and (s.published_at, s.pk) < (when, self.story.pk)]
        later = [s for s in found if s not in earlier]
        return (earlier[0] if earlier else None), (later[0] if later else None)

    @property
    def previous_story(self) -> Story | None:
        """The story published just before this one in its section (None for the first)."""
        return self._neighbours[0]

    @property
    def next_story(self) -> Story | None:
        """The story published just after this one in its section (None for the latest)."""
        return self._neighbours[1]

    @cached_property
    def names(self) -> frozenset[str]:
        """The names in the headline (folded), vouched for by the standfirst and first paragraphs."""
        paragraphs = [block["text"] for block in self.blocks if block["type"] == "paragraph"]
        text = relatedness.supporting_text(self.story.standfirst, paragraphs)
        return relatedness.headline_names(self.story.headline, text)

    def _related_candidates(self) -> list[relatedness.Candidate]:
        """Stories that might be related, in one query of indexed subqueries: those sharing a tag
        (the tag links of the nearest stories on either side by id, the order of arrival, so a tag on
        half the archive costs no more than a rare one), and the nearest in time, in the section and
        overall (whose headlines may share a name).

        The query is written in SQL (``candidate_ids_sql`` chooses the ids): built with the ORM, its
        four to six subqueries took ~2 ms of CPU to compose and compile on every uncached article,
        ten times the query itself, and the count of shared tags another ~0.3 ms."""
        story = self.story
        tag_ids = [t.pk for t in self.tags]
        ids_sql, ids_params = candidate_ids_sql(story, tag_ids)
        shared, shared_params = "0", []
        if tag_ids:
            links, marks = Story.tags.through._meta.db_table, written_sql.placeholders(len(tag_ids))
            shared = f"(SELECT COUNT(*) FROM {links} t WHERE t.story_id = s.id AND t.tag_id IN ({marks}))"  # noqa: S608
            shared_params = tag_ids
        # Published is checked below, not here: here it would lead SQLite to scan every published
        # story instead of looking the few chosen ids up.
        sql = (f"SELECT s.id, s.headline, s.section_id, s.published_at, s.status, {shared} "  # noqa: S608
               f"FROM {Story._meta.db_table} s WHERE s.id IN ({ids_sql})")
        now, published = timezone.now(), Story._meta.get_field("published_at")
        candidates = []
        for pk, headline, section_id, published_at, status, shared_tags in written_sql.rows(
                sql, [*shared_params, *ids_params]):
            published_at = written_sql.read_value(published, published_at)
            if status == Story.Status.PUBLISHED and published_at is not None and published_at <= now:
                candidates.append(relatedness.Candidate(story_id=pk, headline=headline, section_id=section_id,
                                                        shared_tags=shared_tags, published_at=published_at))
        return candidates

    @cached_property
    def related(self) -> list[Story]:
        """Up to four related stories: shared tags weigh most, then names shared in the headline, then
        the section; the closest in time first among equals (``gazete.newsroom.relatedness``)."""
        ids = relatedness.rank_related(self.names, self.story.section_id, self.story.published_at,
                                       self._related_candidates(), RELATED_COUNT)
        cards = story_reads.published_cards(ids)
        return [cards[pk] for pk in ids if pk in cards]

    @cached_property
    def lead_image(self) -> PageImage | None:
        """The story's lead picture (from the media app, through ``newsroom.pictures``); None when withdrawn."""
        if self.story.status == Story.Status.WITHDRAWN:
            return None  # an agency's withdrawal covers its pictures too
        return pictures.lead_image(self.story)

    @cached_property
    def json_ld(self) -> str:
        """The ``NewsArticle`` JSON-LD script element (its ``image``: the lead picture's social file)."""
        return seo.json_ld(seo.news_article(self.story, self.authors, self.language, self.lead_image))

    @cached_property
    def social_tags(self) -> str:
        """OpenGraph and Twitter card tags."""
        story = self.story
        extra = [
            ("article:published_time", seo.iso_datetime(story.published_at) if story.published_at else ""),
            ("article:modified_time", seo.iso_datetime(story.updated_at or story.published_at or story.created_at)),
            ("article:section", seo.section_name(story.section, self.language)),
        ]
        extra += [("article:author", seo.absolute_url(a.get_absolute_url())) for a in self.authors]
        extra += [("article:tag", t.name) for t in self.tags]
        return seo.social_tags(
            title=story.headline, description=story.standfirst, url=seo.absolute_url(story.get_absolute_url()),
            language=story.language, kind="article", extra=extra, image=self.lead_image,
        )


class HomePage:
    """The front page: lead stories (manşet), the latest news, and what crawlers read of it."""

    def __init__(self, language: str | None = None) -> None:
        self.language = language or settings.LANGUAGE_CODE

    @cached_property
    def description(self) -> str:
        """The page's description, in the interface language."""
        return gettext("The latest news on %(site_name)s") % {"site_name": settings.SITE_NAME}

    @cached_property
    def json_ld(self) -> str:
        """The ``WebSite`` (with a ``SearchAction``) and ``Organization`` JSON-LD script element."""
        return seo.json_ld(seo.home_graph(self.language))

    @cached_property
    def social_tags(self) -> str:
        """OpenGraph and Twitter card tags of the front page."""
        return seo.social_tags(
            title=settings.SITE_NAME, description=self.description,
            url=seo.absolute_url(reverse("newsroom:home")), language=self.language,
        )

    @cached_property
    def leads(self) -> list[Story]:
        """The lead stories, newest first; the samples step aside once a real story is published."""
        return list(card_stories().filter(is_lead=True).slot_holders()[:HOME_LEADS])

    @cached_property
    def lead_cards(self) -> StoryCards:
        """The lead stories with their pictures."""
        return StoryCards(self.leads)

    @cached_property
    def latest(self) -> list[Story]:
        """The latest stories that are not leads."""
        lead_ids = [s.pk for s in self.leads]
        return list(card_stories().exclude(pk__in=lead_ids)[:HOME_LATEST])
