"""What the article page reads from the database, each in one written SQL statement run through ``raw()``.

An uncached article ran fourteen ORM queries, and composing and compiling each cost ~0.2–0.5 ms
of CPU, several times running it (an empty corrections query: ~0.36 ms composed, ~0.06 ms as
``raw()``). These statements return the same rows in the same order as the ORM queries they
replace (tests/newsroom/test_story_reads.py compares them). Only table and column names and
constants are written into the text; every value is a parameter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from django.db import connection
from django.db.models import Model
from django.utils import timezone

from gazete.newsroom.models import Author, Correction, Section, Story, StoryVersion, Tag

SECTION_PREFIX = "section__"
"""Section columns joined to a story's row are named ``section__<column>``."""


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def columns(model: type[Model], alias: str, *, leave_out: tuple[str, ...] = (), prefix: str = "") -> str:
    """``alias.col, …`` for each concrete column of ``model`` (named ``prefix + col`` when a prefix is given)."""
    names = [f.column for f in model._meta.concrete_fields if f.name not in leave_out]
    if prefix:
        return ", ".join(f"{alias}.{_quote(c)} AS {_quote(prefix + c)}" for c in names)
    return ", ".join(f"{alias}.{_quote(c)}" for c in names)


def published_sql(alias: str = "s") -> tuple[str, list[Any]]:
    """SQL and parameters of :meth:`Story.objects.published` for a stories table aliased ``alias``."""
    return f"{alias}.status = %s AND {alias}.published_at <= %s", [
        str(Story.Status.PUBLISHED), connection.ops.adapt_datetimefield_value(timezone.now())
    ]


def _attach_section(story: Story) -> Story:
    """Move the ``section__*`` columns read with ``story`` into its section (none when the id is null)."""
    fields = Section._meta.concrete_fields
    values = [story.__dict__.pop(SECTION_PREFIX + f.column) for f in fields]
    if values[fields.index(Section._meta.pk)] is not None:
        story.section = Section.from_db(connection.alias, [f.attname for f in fields], values)
    return story


def _stories_with_section(where: str, params: list[Any], *, leave_out: tuple[str, ...] = ()) -> list[Story]:
    stories, sections = Story._meta.db_table, Section._meta.db_table
    sql = (f"SELECT {columns(Story, 's', leave_out=leave_out)}, "  # noqa: S608
           f"{columns(Section, 'c', prefix=SECTION_PREFIX)} "
           f"FROM {stories} s LEFT OUTER JOIN {sections} c ON c.id = s.section_id WHERE {where}")
    return [_attach_section(story) for story in Story.objects.raw(sql, params)]


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
    marks = ", ".join(["%s"] * len(wanted))
    found = _stories_with_section(f"s.id IN ({marks}) AND {published}", [*wanted, *params], leave_out=("body",))
    return {story.pk: story for story in found}


def byline(story_id: int) -> list[Author]:
    """The story's authors in the agency's order (the order of their links)."""
    links = Story.authors.through._meta.db_table
    sql = (f"SELECT {columns(Author, 'a')} FROM {Author._meta.db_table} a "  # noqa: S608
           f"INNER JOIN {links} l ON l.author_id = a.id WHERE l.story_id = %s ORDER BY l.id ASC")
    return list(Author.objects.raw(sql, [story_id]))


def story_tags(story_id: int) -> list[Tag]:
    """The tags the story is filed under, by name (``Tag``'s ordering)."""
    links = Story.tags.through._meta.db_table
    sql = (f"SELECT {columns(Tag, 't')} FROM {Tag._meta.db_table} t "  # noqa: S608
           f"INNER JOIN {links} l ON t.id = l.tag_id WHERE l.story_id = %s ORDER BY t.name ASC")
    return list(Tag.objects.raw(sql, [story_id]))


def shown_versions(story_id: int) -> list[StoryVersion]:
    """The story's versions readers see (not held for the desk), oldest first; the raw payload left out."""
    sql = (f"SELECT {columns(StoryVersion, 'v', leave_out=('raw_payload',))} "  # noqa: S608
           f"FROM {StoryVersion._meta.db_table} v WHERE v.story_id = %s AND v.pending_review = %s "
           "ORDER BY v.rank ASC, v.received_at ASC, v.id ASC")
    return list(StoryVersion.objects.raw(sql, [story_id, False]))


def corrections(story_id: int) -> list[Correction]:
    """The story's correction notes, oldest first."""
    sql = (f"SELECT {columns(Correction, 'c')} FROM {Correction._meta.db_table} c "  # noqa: S608
           "WHERE c.story_id = %s ORDER BY c.created_at ASC, c.id ASC")
    return list(Correction.objects.raw(sql, [story_id]))


def stories_among(ids_sql: str, params: list[Any], fields: tuple[str, ...]) -> list[Story]:
    """The stories whose ids ``ids_sql`` chooses, with ``fields`` read (the rest deferred), in no order."""
    names = ", ".join(f"s.{_quote(Story._meta.get_field(f).column)}" for f in fields)
    sql = f"SELECT {names} FROM {Story._meta.db_table} s WHERE s.id IN ({ids_sql})"  # noqa: S608
    return list(Story.objects.raw(sql, params))


def menu_sections() -> list[Section]:
    """Every section, in the menu's order (``Section``'s ordering: order, then name)."""
    sql = (f"SELECT {columns(Section, 'c')} FROM {Section._meta.db_table} c "  # noqa: S608
           f"ORDER BY c.{_quote('order')} ASC, c.name ASC")
    return list(Section.objects.raw(sql))


def breaking_stories(limit: int) -> list[Story]:
    """Up to ``limit`` stories in the breaking-news bar now (id, slug, headline, language), newest first.

    Published, breaking until later than now, and slot holders (``StoryQuerySet.slot_holders``: a
    sample story only while no real story is published).
    """
    published, params = published_sql("s")
    real_published, real_params = published_sql("r")
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    table = Story._meta.db_table
    sql = (f"SELECT s.id, s.slug, s.headline, s.language FROM {table} s "  # noqa: S608
           f"WHERE {published} AND s.breaking_until > %s AND (s.is_sample = %s OR NOT EXISTS "
           f"(SELECT 1 FROM {table} r WHERE {real_published} AND r.is_sample = %s)) "
           f"ORDER BY s.published_at DESC, s.id DESC LIMIT {int(limit)}")
    return list(Story.objects.raw(sql, [*params, now, False, *real_params, False]))


@cache
def _datetime_converters(vendor: str) -> list[Callable[..., Any]]:
    col = Story._meta.get_field("published_at").cached_col  # type: ignore[attr-defined]
    return [*connection.ops.get_db_converters(col), *col.field.get_db_converters(connection)]


def read_datetime(value: Any) -> Any:
    """A datetime column's value as the ORM would return it (SQLite hands text back, PostgreSQL a datetime)."""
    col = Story._meta.get_field("published_at").cached_col  # type: ignore[attr-defined]
    for convert in _datetime_converters(connection.vendor):
        value = convert(value, col, connection)
    return value
