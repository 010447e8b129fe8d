"""What the article page reads from the database, each in one written SQL statement.

An uncached article ran fourteen ORM queries, and composing and compiling each cost ~0.2–0.5 ms
of CPU, several times running it (an empty corrections query: ~0.36 ms composed, ~0.02 ms run).
These statements return the same rows in the same order as the ORM queries they replaced
(tests/newsroom/test_story_reads.py compares them), as model instances built by
``gazete.newsroom.written_sql``. Only table and column names and constants are written into the
text; every value is a parameter.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import connection
from django.utils import timezone

from gazete.newsroom.models import Author, Correction, Section, Story, StoryVersion, Tag
from gazete.newsroom.written_sql import columns, instances, placeholders, rows


def published_sql(alias: str = "s") -> tuple[str, list[Any]]:
    """SQL and parameters of :meth:`Story.objects.published` for a stories table aliased ``alias``."""
    return f"{alias}.status = %s AND {alias}.published_at <= %s", [
        str(Story.Status.PUBLISHED), connection.ops.adapt_datetimefield_value(timezone.now())
    ]


def _stories_with_section(where: str, params: list[Any], *, leave_out: tuple[str, ...] = ()) -> list[Story]:
    """The stories ``where`` chooses, each with its section read in the same row (a left join)."""
    story_columns, section_columns = columns(Story, leave_out), columns(Section)
    sql = (f"SELECT {story_columns.select('s')}, {section_columns.select('c')} "  # noqa: S608
           f"FROM {Story._meta.db_table} s LEFT OUTER JOIN {Section._meta.db_table} c ON c.id = s.section_id "
           f"WHERE {where}")
    stories = []
    for row in rows(sql, params):
        story = story_columns.instance(row[:story_columns.count])
        section_row = row[story_columns.count:]
        if section_row[0] is not None:  # the section's id (its first column)
            story.section = section_columns.instance(section_row)
        stories.append(story)
    return stories


def visible_story(pk: int) -> Story | None:
    """The story a reader may open (published and due, or withdrawn), its section read with it."""
    published, params = published_sql()
    found = _stories_with_section(f"s.id = %s AND (({published}) OR s.status = %s)",
                                  [pk, *params, str(Story.Status.WITHDRAWN)])
    return found[0] if found else None


def published_cards(ids: Iterable[int]) -> dict[int, Story]:
    """The published stories among ``ids`` by id, as story cards show them (section read, body left out)."""
    wanted = list(ids)
    if not wanted:
        return {}
    published, params = published_sql()
    marks = placeholders(len(wanted))
    found = _stories_with_section(f"s.id IN ({marks}) AND {published}", [*wanted, *params], leave_out=("body",))
    return {story.pk: story for story in found}


def byline(story_id: int) -> list[Author]:
    """The story's authors in the agency's order (the order of their links)."""
    links = Story.authors.through._meta.db_table
    sql = (f"SELECT {columns(Author).select('a')} FROM {Author._meta.db_table} a "  # noqa: S608
           f"INNER JOIN {links} l ON l.author_id = a.id WHERE l.story_id = %s ORDER BY l.id ASC")
    return instances(columns(Author), sql, [story_id])


def story_tags(story_id: int) -> list[Tag]:
    """The tags the story is filed under, by name (``Tag``'s ordering)."""
    links = Story.tags.through._meta.db_table
    sql = (f"SELECT {columns(Tag).select('t')} FROM {Tag._meta.db_table} t "  # noqa: S608
           f"INNER JOIN {links} l ON t.id = l.tag_id WHERE l.story_id = %s ORDER BY t.name ASC")
    return instances(columns(Tag), sql, [story_id])


def shown_versions(story_id: int) -> list[StoryVersion]:
    """The story's versions readers see (not held for the desk), oldest first; the raw payload left out."""
    shown = columns(StoryVersion, ("raw_payload",))
    sql = (f"SELECT {shown.select('v')} FROM {StoryVersion._meta.db_table} v "  # noqa: S608
           "WHERE v.story_id = %s AND v.pending_review = %s ORDER BY v.rank ASC, v.received_at ASC, v.id ASC")
    return instances(shown, sql, [story_id, False])


def corrections(story_id: int) -> list[Correction]:
    """The story's correction notes, oldest first."""
    sql = (f"SELECT {columns(Correction).select('c')} FROM {Correction._meta.db_table} c "  # noqa: S608
           "WHERE c.story_id = %s ORDER BY c.created_at ASC, c.id ASC")
    return instances(columns(Correction), sql, [story_id])


def stories_among(ids_sql: str, params: list[Any], only: tuple[str, ...]) -> list[Story]:
    """The stories whose ids ``ids_sql`` chooses, with the fields in ``only`` (the rest deferred), in no order."""
    read = columns(Story, only=only)
    sql = f"SELECT {read.select('s')} FROM {Story._meta.db_table} s WHERE s.id IN ({ids_sql})"  # noqa: S608
    return instances(read, sql, params)


def menu_sections() -> list[Section]:
    """Every section, in the menu's order (``Section``'s ordering: order, then name)."""
    sql = (f"SELECT {columns(Section).select('c')} FROM {Section._meta.db_table} c "  # noqa: S608
           f"ORDER BY c.{connection.ops.quote_name('order')} ASC, c.name ASC")
    return instances(columns(Section), sql)


def breaking_stories(limit: int) -> list[Story]:
    """Up to ``limit`` stories in the breaking-news bar now (id, slug, headline, language), newest first.

    Published, breaking until later than now, and slot holders (``StoryQuerySet.slot_holders``: a
    sample story only while no real story is published).
    """
    published, params = published_sql("s")
    real_published, real_params = published_sql("r")
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    table = Story._meta.db_table
    shown = columns(Story, only=("id", "slug", "headline", "language"))
    sql = (f"SELECT {shown.select('s')} FROM {table} s "  # noqa: S608
           f"WHERE {published} AND s.breaking_until > %s AND (s.is_sample = %s OR NOT EXISTS "
           f"(SELECT 1 FROM {table} r WHERE {real_published} AND r.is_sample = %s)) "
           f"ORDER BY s.published_at DESC, s.id DESC LIMIT {int(limit)}")
    return instances(shown, sql, [*params, now, False, *real_params, False])
