"""Full-text search of published stories: SQLite FTS5 embedded, PostgreSQL full text scaled out.

Both backends index *folded* text (see ``gazete.newsroom.textfold``), so Turkish casing and
readers typing without Turkish letters are handled the same way on both; matches are highlighted
here in Python on the original text, for the same reason (``ts_headline``/FTS5 ``highlight()``
would only see the folded copy).

- SQLite: the FTS5 virtual table ``newsroom_story_search`` (rowid = story id), ranked by bm25
  with the headline weighted highest; every query word is a prefix match.
- PostgreSQL: the table ``newsroom_story_search`` with a ``tsvector`` (GIN index) holding the
  folded words as they are (``simple``) plus their stems in the story's language (``turkish`` or
  ``english``); a query word matches as a prefix or by its Turkish or English stem; ranked by
  ``ts_rank``.

The index is kept in sync by ``gazete.newsroom.receivers`` (post_save, m2m_changed, post_delete
and story_changed); ``gazete manage search_reindex`` rebuilds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from gazete.newsroom.textfold import fold, fold_with_offsets, query_terms

# SQL below is built with f-strings only to insert this constant name (hence the S608 noqa marks);
# every value goes in as a query parameter.
TABLE = "newsroom_story_search"
# A search returns at most this many stories (readers do not page past it; it bounds the work).
MAX_RESULTS = 500
SNIPPET_WORDS = 32
STEM_CONFIGS = {"tr": "turkish", "en": "english"}


@dataclass(frozen=True)
class IndexEntry:
    """What the index holds of one story, folded."""

    story_id: int
    language: str
    headline: str
    standfirst: str
    body: str


def entry_for(
    story_id: int, language: str, headline: str, standfirst: str, body: Sequence[dict],
    authors: Iterable[str] = (), dateline: str = "",
) -> IndexEntry:
    """Build the folded index entry of a story from its fields (works with historical models too).

    The body column also holds the dateline place and the byline names, so ``istanbul`` finds
    a story filed from ``İSTANBUL`` and a reporter's name finds their stories.
    """
    body_text = " ".join(str(block.get("text", "")) for block in body)
    extra = " ".join([dateline, *authors])
    return IndexEntry(
        story_id=story_id,
        language=language,
        headline=fold(headline),
        standfirst=fold(standfirst),
        body=fold(f"{body_text} {extra}".strip()),
    )


def supported(conn: BaseDatabaseWrapper | None = None) -> bool:
    """True when the database has a full-text index gazete knows how to use."""
    return (conn or connection).vendor in {"sqlite", "postgresql"}


# --- schema (used by the migration) -------------------------------------------------------------

SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "headline, standfirst, body, tokenize = 'unicode61 remove_diacritics 2')"
)
POSTGRES_CREATE = [
    f"CREATE TABLE IF NOT EXISTS {TABLE} ("
    # No foreign key: a referencing table makes Django's test flush (TRUNCATE) fail on PostgreSQL;
    # the post_delete receiver removes a deleted story's row instead.
    " story_id bigint PRIMARY KEY,"
    " document tsvector NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_document ON {TABLE} USING GIN (document)",
]


def create_schema(conn: BaseDatabaseWrapper) -> None:
    """Create the search table for this database (no-op on databases without full text)."""
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            cursor.execute(SQLITE_CREATE)
        elif conn.vendor == "postgresql":
            for statement in POSTGRES_CREATE:
                cursor.execute(statement)


def drop_schema(conn: BaseDatabaseWrapper) -> None:
    """Drop the search table (reverse migration)."""
    if supported(conn):
        with conn.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")


# --- writing ------------------------------------------------------------------------------------


def write_entry(entry: IndexEntry, conn: BaseDatabaseWrapper | None = None) -> None:
    """Insert or replace one story's index entry."""
    conn = conn or connection
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            cursor.execute(f"DELETE FROM {TABLE} WHERE rowid = %s", [entry.story_id])  # noqa: S608
            cursor.execute(
                f"INSERT INTO {TABLE} (rowid, headline, standfirst, body) VALUES (%s, %s, %s, %s)",  # noqa: S608
                [entry.story_id, entry.headline, entry.standfirst, entry.body],
            )
        elif conn.vendor == "postgresql":
            everything = f"{entry.headline} {entry.standfirst} {entry.body}"
            cursor.execute(
                f"INSERT INTO {TABLE} (story_id, document) VALUES (%s,"  # noqa: S608
                " setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B')"
                " || to_tsvector('simple', %s) || to_tsvector(%s::regconfig, %s))"
                " ON CONFLICT (story_id) DO UPDATE SET document = EXCLUDED.document",
                [
                    entry.story_id, entry.headline, entry.standfirst, entry.body,
                    STEM_CONFIGS.get(entry.language, "simple"), everything,
                ],
            )


def delete_entry(story_id: int, conn: BaseDatabaseWrapper | None = None) -> None:
    """Remove one story from the index."""
    conn = conn or connection
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            cursor.execute(f"DELETE FROM {TABLE} WHERE rowid = %s", [story_id])  # noqa: S608
        elif conn.vendor == "postgresql":
            cursor.execute(f"DELETE FROM {TABLE} WHERE story_id = %s", [story_id])  # noqa: S608


def index_story(story: object) -> None:
    """Index (or re-index) a Story instance with its current text and authors."""
    authors = [a.name for a in story.authors.all()] if story.pk else []  # type: ignore[attr-defined]
    write_entry(
        entry_for(
            story.pk, story.language, story.headline, story.standfirst,  # type: ignore[attr-defined]
            story.body or [], authors, story.dateline_place,  # type: ignore[attr-defined]
        )
    )


def rebuild_index() -> int:
    """Re-index every story; return how many were indexed."""
    from gazete.newsroom.models import Story

    count = 0
    for story in Story.objects.prefetch_related("authors").iterator(chunk_size=200):
        index_story(story)
        count += 1
    return count


# --- querying -----------------------------------------------------------------------------------


def _sqlite_ids(terms: list[str], now: object) -> list[int]:
    match = " AND ".join(f'"{term}"*' for term in terms)
    sql = (
        f"SELECT s.rowid FROM {TABLE} AS s JOIN newsroom_story AS st ON st.id = s.rowid"  # noqa: S608
        f" WHERE {TABLE} MATCH %s AND st.status = 'published' AND st.published_at <= %s"
        f" ORDER BY bm25({TABLE}, 10.0, 4.0, 1.0), st.published_at DESC LIMIT {MAX_RESULTS}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [match, now])
        return [row[0] for row in cursor.fetchall()]


def _postgres_ids(terms: list[str], now: object) -> list[int]:
    term_query = (
        "(to_tsquery('simple', %s) || plainto_tsquery('turkish', %s) || plainto_tsquery('english', %s))"
    )
    query_sql = " && ".join([term_query] * len(terms))
    params: list[object] = []
    for term in terms:
        params += [f"{term}:*", term, term]
    sql = (
        f"SELECT s.story_id FROM {TABLE} AS s JOIN newsroom_story AS st ON st.id = s.story_id,"  # noqa: S608
        f" ({'SELECT ' + query_sql + ' AS q'}) AS query"
        " WHERE s.document @@ query.q AND st.status = 'published' AND st.published_at <= %s"
        f" ORDER BY ts_rank(s.document, query.q) DESC, st.published_at DESC LIMIT {MAX_RESULTS}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, now])
        return [row[0] for row in cursor.fetchall()]


def _fallback_ids(terms: list[str], now: object) -> list[int]:
    from gazete.newsroom.models import Story

    stories = Story.objects.published()
    for term in terms:
        stories = stories.filter(headline__icontains=term)
    return list(stories.values_list("id", flat=True)[:MAX_RESULTS])


def search_story_ids(query: str) -> list[int]:
    """Ids of the published stories matching every word of ``query``, best first."""
    terms = query_terms(query)
    if not terms:
        return []
    now = timezone.now()
    if connection.vendor == "sqlite":
        return _sqlite_ids(terms, now)
    if connection.vendor == "postgresql":
        return _postgres_ids(terms, now)
    return _fallback_ids(terms, now)


# --- highlighting -------------------------------------------------------------------------------


def _match_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` (original offsets) where a word starts with one of the folded ``terms``."""
    if not terms or not text:
        return []
    folded, origin = fold_with_offsets(text)
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(t) for t in terms) + r")[^\W_]*")
    spans = []
    for found in pattern.finditer(folded):
        start = origin[found.start()]
        end = origin[found.end() - 1] + 1
        spans.append((start, end))
    return spans


def highlight(text: str, terms: Sequence[str]) -> SafeString:
    """Escape ``text`` and wrap every word matching the query in ``<mark>``.

    >>> str(highlight("İSTANBUL <AA>", ["istanbul"]))
    '<mark>İSTANBUL</mark> &lt;AA&gt;'
    """
    pieces: list[str] = []
    position = 0
    for start, end in _match_spans(text, terms):
        pieces.append(escape(text[position:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def snippet(paragraphs: Sequence[str], terms: Sequence[str], words: int = SNIPPET_WORDS) -> SafeString:
    """A short highlighted excerpt around the first match in ``paragraphs`` (else their start)."""
    for text in paragraphs:
        spans = _match_spans(text, terms)
        if spans:
            word_starts = [m.start() for m in re.finditer(r"\S+", text[: spans[0][0]])]
            keep = words // 3
            excerpt_start = word_starts[-keep] if len(word_starts) >= keep else 0
            tail = text[excerpt_start:].split()
            excerpt = " ".join(tail[:words])
            prefix = "… " if excerpt_start > 0 else ""
            suffix = " …" if len(tail) > words else ""
            return mark_safe(f"{prefix}{highlight(excerpt, terms)}{suffix}")  # noqa: S308 - highlight escapes
    first = next((p for p in paragraphs if p), "")
    tail = first.split()
    return mark_safe(escape(" ".join(tail[:words])) + (" …" if len(tail) > words else ""))  # noqa: S308
