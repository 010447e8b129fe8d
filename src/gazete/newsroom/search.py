"""Full-text search of published stories: SQLite FTS5 embedded, PostgreSQL full text scaled out.

Both backends index the same tokens (``gazete.newsroom.searchtokens``: folded text, ``G-7`` kept
whole as ``g7``, Turkish suffixes after an apostrophe dropped) and answer a query the same way:

- every word of the query must be found, as a whole word; quoted phrases word for word, side by
  side; only the last word typed may match longer words (``Kreml`` finds ``Kremlin``);
- results come in tiers, each searched in turn until ``MAX_RESULTS`` are found: the query's words
  side by side as typed (a phrase), then all of them anywhere, then the same two with the last word
  as a prefix, and (PostgreSQL only) Turkish or English stems (``exported`` finds ``exports``);
- within a tier, stories whose headline holds the match come first, then those whose standfirst
  does, then the rest, each group newest first.

Each pass asks the index for its newest matches only (``ORDER BY rowid DESC LIMIT n`` on FTS5,
which walks the index backwards and stops), and the passes run as one SQL statement read only until
enough stories are found, so a word found in most stories costs no more than a rare one.
Matches are highlighted here in Python on the original text with the same tokens.

- SQLite: the FTS5 virtual table ``newsroom_story_search`` (rowid = story id) with the tokens of
  the headline, standfirst and body (with dateline place and byline) as three columns, and
  ``newsroom_story_search_head`` with the headline and standfirst alone, for the headline passes.
- PostgreSQL: the table ``newsroom_story_search`` with ``document``, a ``tsvector`` of the same
  tokens with their positions (headline weighted A, standfirst B), ``head``, the same for the
  headline and standfirst alone, and ``stems``, the tokens stemmed in the story's language
  (``turkish`` or ``english``), each with a GIN index.

The index is kept in sync by ``gazete.newsroom.receivers`` (post_save, m2m_changed, post_delete
and story_changed); ``gazete manage search_reindex`` rebuilds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from gazete.newsroom.searchtokens import SearchQuery, can_be_prefix, index_tokens, parse_query, tokenize
from gazete.newsroom.textfold import fold, fold_with_offsets

# SQL below is built with f-strings only to insert constant names and numbers (hence the S608
# exemptions marked on those lines); every value goes in as a query parameter.
TABLE = "newsroom_story_search"
HEAD_TABLE = "newsroom_story_search_head"  # SQLite only
# A search returns at most this many stories (readers do not page past it; it bounds the work).
MAX_RESULTS = 500
SNIPPET_WORDS = 32
STEM_CONFIGS = {"tr": "turkish", "en": "english"}
# The parts of a story searched in turn within a tier: FTS5 column, PostgreSQL weight.
PLACES = (("headline", "A"), ("standfirst", "B"), (None, None))
# PostgreSQL keeps at most 256 positions of a lexeme and numbers positions up to 16383.
PG_MAX_POSITIONS = 255
PG_MAX_POSITION = 16383


@dataclass(frozen=True)
class IndexEntry:
    """What the index holds of one story: the tokens of its headline, standfirst and body."""

    story_id: int
    language: str
    headline: tuple[str, ...]
    standfirst: tuple[str, ...]
    body: tuple[str, ...]


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(index_tokens(text))


def entry_for(
    story_id: int, language: str, headline: str, standfirst: str, body: Sequence[dict],
    authors: Iterable[str] = (), dateline: str = "",
) -> IndexEntry:
    """Build the index entry of a story from its fields (works with historical models too).

    The body part also holds the dateline place and the byline names, so ``istanbul`` finds
    a story filed from ``İSTANBUL`` and a reporter's name finds their stories.
    """
    body_text = " ".join(str(block.get("text", "")) for block in body)
    return IndexEntry(
        story_id=story_id,
        language=language,
        headline=_tokens(headline),
        standfirst=_tokens(standfirst),
        body=_tokens(" ".join([body_text, dateline, *authors])),
    )


def supported(conn: BaseDatabaseWrapper | None = None) -> bool:
    """True when the database has a full-text index gazete knows how to use."""
    return (conn or connection).vendor in {"sqlite", "postgresql"}


# --- schema (used by the migrations) ------------------------------------------------------------

# Columns hold tokens already folded and cut by searchtokens, separated by spaces; unicode61 only
# splits them at the spaces. No bm25 is computed, so no column sizes are kept.
SQLITE_CREATE = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "headline, standfirst, body, tokenize = 'unicode61 remove_diacritics 0', columnsize = 0)",
    # Headline and standfirst again, on their own: a common word's list of stories here is short,
    # so "in the headline" is answered without walking every story that has the word in its body.
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {HEAD_TABLE} USING fts5("
    "headline, standfirst, tokenize = 'unicode61 remove_diacritics 0', columnsize = 0)",
]
POSTGRES_CREATE = [
    f"CREATE TABLE IF NOT EXISTS {TABLE} ("
    # No foreign key: a referencing table makes Django's test flush (TRUNCATE) fail on PostgreSQL;
    # the post_delete receiver removes a deleted story's row instead.
    " story_id bigint PRIMARY KEY,"
    " document tsvector NOT NULL,"
    # Headline and standfirst again, on their own: small enough to stay in the row, so checking
    # a weight or a phrase there reads no large value (see HEAD_TABLE on SQLite).
    " head tsvector NOT NULL,"
    " stems tsvector NOT NULL)",
    *(f"CREATE INDEX IF NOT EXISTS {TABLE}_{column} ON {TABLE} USING GIN ({column})"
      for column in ("document", "head", "stems")),
]


def create_schema(conn: BaseDatabaseWrapper) -> None:
    """Create the search table for this database (no-op on databases without full text)."""
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            for statement in SQLITE_CREATE:
                cursor.execute(statement)
        elif conn.vendor == "postgresql":
            for statement in POSTGRES_CREATE:
                cursor.execute(statement)


def drop_schema(conn: BaseDatabaseWrapper) -> None:
    """Drop the search table (reverse migration)."""
    if supported(conn):
        with conn.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")
            cursor.execute(f"DROP TABLE IF EXISTS {HEAD_TABLE}")


# --- writing ------------------------------------------------------------------------------------


def tsvector_literal(entry: IndexEntry, with_body: bool = True) -> str:
    """The PostgreSQL ``tsvector`` of an entry's tokens, positions and weights, as text to cast.

    Parts are numbered one after another with a gap, so no phrase spans two parts.

    >>> entry = IndexEntry(1, "en", ("nato", "summit"), ("nato",), ("g7",))
    >>> tsvector_literal(entry), tsvector_literal(entry, with_body=False)
    ("'nato':1A,4B 'summit':2A 'g7':6", "'nato':1A,4B 'summit':2A")
    """
    positions: dict[str, list[str]] = {}
    position = 0
    parts = ((entry.headline, "A"), (entry.standfirst, "B"), (entry.body if with_body else (), ""))
    for tokens, weight in parts:
        for token in tokens:
            position += 1
            places = positions.setdefault(token, [])
            if len(places) < PG_MAX_POSITIONS:
                places.append(f"{min(position, PG_MAX_POSITION)}{weight}")
        position += 1
    return " ".join(f"'{token}':{','.join(places)}" for token, places in positions.items())


def write_entry(entry: IndexEntry, conn: BaseDatabaseWrapper | None = None) -> None:
    """Insert or replace one story's index entry."""
    conn = conn or connection
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            headline, standfirst = " ".join(entry.headline), " ".join(entry.standfirst)
            for table in (TABLE, HEAD_TABLE):
                cursor.execute(f"DELETE FROM {table} WHERE rowid = %s", [entry.story_id])  # noqa: S608
            cursor.execute(
                f"INSERT INTO {TABLE} (rowid, headline, standfirst, body) VALUES (%s, %s, %s, %s)",  # noqa: S608
                [entry.story_id, headline, standfirst, " ".join(entry.body)],
            )
            cursor.execute(
                f"INSERT INTO {HEAD_TABLE} (rowid, headline, standfirst) VALUES (%s, %s, %s)",  # noqa: S608
                [entry.story_id, headline, standfirst],
            )
        elif conn.vendor == "postgresql":
            cursor.execute(
                f"INSERT INTO {TABLE} (story_id, document, head, stems)"  # noqa: S608
                " VALUES (%s, %s::tsvector, %s::tsvector, to_tsvector(%s::regconfig, %s))"
                " ON CONFLICT (story_id) DO UPDATE SET document = EXCLUDED.document, head = EXCLUDED.head,"
                " stems = EXCLUDED.stems",
                [
                    entry.story_id, tsvector_literal(entry), tsvector_literal(entry, with_body=False),
                    STEM_CONFIGS.get(entry.language, "simple"),
                    " ".join((*entry.headline, *entry.standfirst, *entry.body)),
                ],
            )


def delete_entry(story_id: int, conn: BaseDatabaseWrapper | None = None) -> None:
    """Remove one story from the index."""
    conn = conn or connection
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            for table in (TABLE, HEAD_TABLE):
                cursor.execute(f"DELETE FROM {table} WHERE rowid = %s", [story_id])  # noqa: S608
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


def rebuild_index(conn: BaseDatabaseWrapper | None = None, stories: object = None) -> int:
    """Re-index every story; return how many were indexed.

    ``stories`` is a queryset of Story (a historical model's in a migration); by default, all.
    """
    if stories is None:
        from gazete.newsroom.models import Story

        stories = Story.objects.all()
    count = 0
    for story in stories.prefetch_related("authors").iterator(chunk_size=500):  # type: ignore[attr-defined]
        entry = entry_for(
            story.pk, story.language, story.headline, story.standfirst, story.body or [],
            [a.name for a in story.authors.all()], story.dateline_place,
        )
        write_entry(entry, conn)
        count += 1
    tidy(conn)
    return count


def tidy(conn: BaseDatabaseWrapper | None = None) -> None:
    """Make a freshly filled index fast to query: merge FTS5's segments, or on PostgreSQL move the
    GIN indexes' pending entries into the index and refresh the planner's statistics.

    Without it, PostgreSQL right after a rebuild estimates a GIN scan at many times its cost and
    reads every row instead (a rare word took 400 ms instead of 0.2 ms at 20,000 stories).
    """
    conn = conn or connection
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            for table in (TABLE, HEAD_TABLE):
                cursor.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")  # noqa: S608
        elif conn.vendor == "postgresql":
            for column in ("document", "head", "stems"):
                cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [f"{TABLE}_{column}"])
            cursor.execute(f"ANALYZE {TABLE}")


# --- querying -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tier:
    """One pass over the index: the query's words side by side or anywhere, the last one a prefix or not."""

    side_by_side: bool
    last_is_prefix: bool


def tiers(query: SearchQuery) -> list[Tier]:
    """The passes a query makes, best matches first (a phrase pass only for two words or more).

    >>> [(t.side_by_side, t.last_is_prefix) for t in tiers(parse_query("15 temmuz"))]
    [(True, False), (False, False), (True, True), (False, True)]
    >>> [(t.side_by_side, t.last_is_prefix) for t in tiers(parse_query("g-7"))]
    [(False, False)]
    """
    side_by_side = [True, False] if len(query.words) > 1 else [False]
    prefixes = [False, True] if query.last_is_prefix else [False]
    return [Tier(phrase, prefix) for prefix in prefixes for phrase in side_by_side]


def fts5_expression(query: SearchQuery, tier: Tier, column: str | None) -> str:
    """The FTS5 MATCH expression of one pass, limited to ``column`` when one is named.

    >>> fts5_expression(parse_query('kremlin "price cap" g-7'), Tier(False, False), "headline")
    'headline : ("kremlin" AND "g7" AND "price cap")'
    >>> fts5_expression(parse_query("15 temmuz"), Tier(True, True), None)
    '("15 temmuz"*)'
    """
    star = "*" if tier.last_is_prefix else ""
    parts: list[str] = []
    if query.words and tier.side_by_side:
        parts.append(f'"{" ".join(query.words)}"{star}')
    elif query.words:
        parts.extend(f'"{word}"' for word in query.words[:-1])
        parts.append(f'"{query.words[-1]}"{star}')
    parts.extend(f'"{" ".join(phrase)}"' for phrase in query.phrases)
    expression = f"({' AND '.join(parts)})"
    return f"{column} : {expression}" if column else expression


def tsquery_literal(query: SearchQuery, tier: Tier, weight: str | None) -> str:
    """The PostgreSQL ``tsquery`` of one pass, limited to lexemes of ``weight`` when one is named.

    >>> tsquery_literal(parse_query('kremlin "price cap" g-7'), Tier(False, False), "A")
    "'kremlin':A & 'g7':A & ('price':A <-> 'cap':A)"
    >>> tsquery_literal(parse_query("15 temmuz"), Tier(True, True), None)
    "('15' <-> 'temmuz':*)"
    """
    mark = f":{weight}" if weight else ""
    prefix_mark = f":*{weight or ''}"

    def phrase(words: Sequence[str], last_is_prefix: bool = False) -> str:
        lexemes = [f"'{w}'{mark}" for w in words[:-1]] + [f"'{words[-1]}'{prefix_mark if last_is_prefix else mark}"]
        return "(" + " <-> ".join(lexemes) + ")"

    parts: list[str] = []
    if query.words and tier.side_by_side:
        parts.append(phrase(query.words, tier.last_is_prefix))
    elif query.words:
        parts.extend(f"'{word}'{mark}" for word in query.words[:-1])
        parts.append(f"'{query.words[-1]}'{prefix_mark if tier.last_is_prefix else mark}")
    parts.extend(phrase(p) for p in query.phrases)
    return " & ".join(parts)


Arm = tuple[str, list[object]]


def _sqlite_arms(query: SearchQuery, now: datetime) -> list[Arm]:
    # CROSS JOIN keeps the index as the outer loop: it walks matches newest-stored first and stops
    # at the LIMIT, looking each one up in the story table by primary key. The date is read as a
    # number (julianday): a timestamp column would be parsed into a datetime in Python, row by row.
    sql = (
        "SELECT s.rowid, julianday(st.published_at), %s FROM {table} AS s CROSS JOIN newsroom_story AS st"  # noqa: S608
        " WHERE {table} MATCH %s AND st.id = s.rowid AND st.status = 'published' AND st.published_at <= %s"
        f" ORDER BY s.rowid DESC LIMIT {MAX_RESULTS}"
    )
    passes = [(tier, column) for tier in tiers(query) for column, _ in PLACES]
    return [
        (sql.format(table=HEAD_TABLE if column else TABLE), [n, fts5_expression(query, tier, column), now])
        for n, (tier, column) in enumerate(passes)
    ]


def _postgres_arms(query: SearchQuery, now: datetime) -> list[Arm]:
    sql = (
        f"SELECT s.story_id, st.published_at, %s FROM {TABLE} AS s"  # noqa: S608
        " JOIN newsroom_story AS st ON st.id = s.story_id"
        " WHERE s.{column} @@ {tsquery} AND st.status = 'published' AND st.published_at <= %s"
        f" ORDER BY st.published_at DESC LIMIT {MAX_RESULTS}"
    )
    passes = [(tier, weight) for tier in tiers(query) for _, weight in PLACES]
    arms: list[Arm] = [
        (
            sql.format(column="head" if weight else "document", tsquery="%s::tsquery"),
            [n, tsquery_literal(query, tier, weight), now],
        )
        for n, (tier, weight) in enumerate(passes)
    ]
    if query.words and not query.phrases and all(can_be_prefix(word) for word in query.words):
        # Stems last: each word by its Turkish or its English stem; never for a short word, a
        # number or a compound (the Turkish stemmer cuts some words down to one letter).
        stems = " && ".join(
            ["(plainto_tsquery('turkish', %s) || plainto_tsquery('english', %s))"] * len(query.words)
        )
        params = [w for word in query.words for w in (word, word)]
        arms.append((sql.format(column="stems", tsquery=f"({stems})"), [len(passes), *params, now]))
    return arms


def _fallback_ids(query: SearchQuery, now: datetime) -> list[int]:
    from gazete.newsroom.models import Story

    stories = Story.objects.filter(status=Story.Status.PUBLISHED, published_at__lte=now)
    for term in query.terms:
        stories = stories.filter(headline__icontains=term)
    return list(stories.order_by("-published_at").values_list("id", flat=True)[:MAX_RESULTS])


def _ranked(rows: Iterable[tuple[int, datetime | float, int]]) -> list[int]:
    """Story ids from rows of (id, published_at, pass) in pass order: each pass newest first, no repeats.

    Reading stops at the first pass boundary with ``MAX_RESULTS`` found, so on SQLite the later
    passes are never run. Every pass fetches ``MAX_RESULTS`` rows: at most as many as were found
    before can repeat, so that is always enough to fill the rest.
    """
    ranked: dict[int, None] = {}
    batch: list[tuple[int, datetime | float]] = []
    current = None

    def take() -> None:
        for story_id, _ in sorted(batch, key=lambda row: row[1], reverse=True):
            ranked.setdefault(story_id, None)
        batch.clear()

    for story_id, published_at, number in rows:
        if number != current:
            take()
            if len(ranked) >= MAX_RESULTS:
                break
            current = number
        batch.append((story_id, published_at))
    take()
    return list(ranked)[:MAX_RESULTS]


def search_story_ids(query: str | SearchQuery) -> list[int]:
    """Ids of the published stories matching ``query``, best first, at most ``MAX_RESULTS`` (one SQL query)."""
    parsed = parse_query(query) if isinstance(query, str) else query
    if not parsed:
        return []
    now = timezone.now()
    if connection.vendor == "sqlite":
        arms = _sqlite_arms(parsed, now)
    elif connection.vendor == "postgresql":
        arms = _postgres_arms(parsed, now)
    else:
        return _fallback_ids(parsed, now)
    sql = " UNION ALL ".join(f"SELECT * FROM ({arm}) AS pass{n}" for n, (arm, _) in enumerate(arms))  # noqa: S608 - arms are built above from constants
    # A chunked cursor is server-side on PostgreSQL: rows arrive in batches as they are read, so
    # the passes after the one that fills the results are never run there either.
    with connection.chunked_cursor() as cursor:
        cursor.execute(sql, [value for _, params in arms for value in params])
        return _ranked(cursor)


# --- highlighting -------------------------------------------------------------------------------


# Characters a token may join across (G-7 is g7, O'Brien is obrien): removed for the quick test.
_JOINERS = str.maketrans("", "", "-'’")


def _match_spans(text: str, terms: Sequence[str], prefix: str = "") -> list[tuple[int, int]]:
    """Spans of ``text`` (original offsets) of the tokens equal to a folded term or starting with ``prefix``."""
    if not (terms or prefix) or not text:
        return []
    quick = fold(text).translate(_JOINERS)
    if not any(term in quick for term in (*terms, prefix) if term):
        return []  # no term even as a substring: no need to cut the text into tokens
    folded, origin = fold_with_offsets(text)
    wanted = set(terms)
    return [
        (origin[token.start], origin[token.end - 1] + 1)
        for token in tokenize(folded)
        if token.text in wanted or (prefix and token.text.startswith(prefix))
    ]


def highlight(text: str, terms: Sequence[str], prefix: str = "") -> SafeString:
    """Escape ``text`` and wrap every word the query matched in ``<mark>``.

    >>> str(highlight("İSTANBUL <AA>, G-7'nin Kremlin'e", ["istanbul", "g7"], prefix="kreml"))
    '<mark>İSTANBUL</mark> &lt;AA&gt;, <mark>G-7</mark>&#x27;nin <mark>Kremlin</mark>&#x27;e'
    """
    pieces: list[str] = []
    position = 0
    for start, end in _match_spans(text, terms, prefix):
        pieces.append(escape(text[position:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def snippet(
    paragraphs: Sequence[str], terms: Sequence[str], words: int = SNIPPET_WORDS, prefix: str = "",
) -> SafeString:
    """A short highlighted excerpt around the first match in ``paragraphs`` (else their start)."""
    for text in paragraphs:
        spans = _match_spans(text, terms, prefix)
        if spans:
            word_starts = [m.start() for m in re.finditer(r"\S+", text[: spans[0][0]])]
            keep = words // 3
            excerpt_start = word_starts[-keep] if len(word_starts) >= keep else 0
            tail = text[excerpt_start:].split()
            excerpt = " ".join(tail[:words])
            lead = "… " if excerpt_start > 0 else ""
            suffix = " …" if len(tail) > words else ""
            return mark_safe(f"{lead}{highlight(excerpt, terms, prefix)}{suffix}")  # noqa: S308 - highlight escapes
    first = next((p for p in paragraphs if p), "")
    tail = first.split()
    return mark_safe(escape(" ".join(tail[:words])) + (" …" if len(tail) > words else ""))  # noqa: S308
