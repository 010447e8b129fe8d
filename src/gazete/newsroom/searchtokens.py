"""Split text into search tokens and parse a reader's query: the rules both search backends share.

Text is folded first (``gazete.newsroom.textfold``), then cut into tokens, the same way for the
stories (indexing) and for the query, so that a query token matches exactly the words it names:

- a run of letters and digits is a token (``nato``, ``2026``, ``g7``);
- letters, a hyphen and digits are one token: ``G-7`` and ``G7`` are both ``g7``, ``F-16`` is
  ``f16``, ``COVID-19`` is ``covid19``; other hyphens separate words (``Kremlin-backed``);
- a Turkish suffix after an apostrophe is dropped: ``Erdoğan'ın`` is ``erdogan``, ``NATO'nun`` is
  ``nato``; after a single letter the apostrophe joins instead (``O'Brien`` is ``obrien``).

A query is its tokens, every one of which must be found, plus phrases in double quotes whose
tokens must stand side by side. Only the last token typed outside quotes may match as a prefix
(``Kreml`` finds ``Kremlin``), and only when it is at least three letters with no digit, so
``g`` does not find every word starting with g, nor ``G-7`` find ``G-77``. Pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from gazete.newsroom.textfold import fold

# A group of letter/digit runs joined by hyphens or apostrophes, cut into tokens by ``_tokens_of``.
_GROUP_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_PART_RE = re.compile(r"[^\W_]+|[-'’]")
MIN_PREFIX_CHARS = 3
MAX_QUERY_TOKENS = 8


@dataclass(frozen=True)
class Token:
    """One token of folded text and where it stands in that text (``end`` excludes suffixes)."""

    text: str
    start: int
    end: int


def _tokens_of(group: str, offset: int) -> Iterator[Token]:
    """Cut one hyphen/apostrophe group (``g-7'nin``, ``kremlin-backed``) into tokens."""
    text, start, end = "", offset, offset
    dropping_suffix = False
    parts = list(_PART_RE.finditer(group))
    for index, part in enumerate(parts):
        piece = part.group()
        if piece == "-":
            following = parts[index + 1].group() if index + 1 < len(parts) else ""
            if text and text.isalpha() and following.isdigit() and not dropping_suffix:
                continue  # letters-hyphen-digits: joined below
            if text:
                yield Token(text, start, end)
            text, dropping_suffix = "", False
        elif piece in "'’":
            if len(text) == 1 and text.isalpha():
                continue  # O'Brien: joined below
            dropping_suffix = True
        elif dropping_suffix:
            continue
        elif text:
            text, end = text + piece, offset + part.end()
        else:
            text, start, end = piece, offset + part.start(), offset + part.end()
    if text:
        yield Token(text, start, end)


def tokenize(folded: str) -> list[Token]:
    """The tokens of already folded text, with their offsets in it.

    >>> [t.text for t in tokenize(fold("Kremlin-backed G-7 talks; NATO'nun F-16'ları O'Brien'a"))]
    ['kremlin', 'backed', 'g7', 'talks', 'nato', 'f16', 'obrien']
    """
    tokens: list[Token] = []
    for group in _GROUP_RE.finditer(folded):
        if group.group().isalnum():
            tokens.append(Token(group.group(), group.start(), group.end()))
        else:
            tokens.extend(_tokens_of(group.group(), group.start()))
    return tokens


def index_tokens(text: str) -> list[str]:
    """Fold ``text`` and return its tokens in order (what the search index stores).

    The same tokens as ``tokenize``, without offsets, faster: most words are a plain run.
    """
    tokens: list[str] = []
    for group in _GROUP_RE.findall(fold(text)):
        if group.isalnum():
            tokens.append(group)
        else:
            tokens.extend(token.text for token in _tokens_of(group, 0))
    return tokens


def can_be_prefix(token: str) -> bool:
    """True when a last typed token may match longer words: letters only, at least three."""
    return token.isalpha() and len(token) >= MIN_PREFIX_CHARS


@dataclass(frozen=True)
class SearchQuery:
    """A parsed query: words that must all be found, quoted phrases, and whether the last is a prefix."""

    words: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()
    last_is_prefix: bool = False
    terms: tuple[str, ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)


def parse_query(query: str, limit: int = MAX_QUERY_TOKENS) -> SearchQuery:
    """Parse a reader's query into words, quoted phrases and the prefix rule (at most ``limit`` tokens).

    >>> q = parse_query('"Price cap" G-7 Kreml')
    >>> q.words, q.phrases, q.last_is_prefix
    (('g7', 'kreml'), (('price', 'cap'),), True)
    """
    folded = fold(query).replace("“", '"').replace("”", '"').replace("„", '"')
    words: list[str] = []
    phrases: list[tuple[str, ...]] = []
    terms: list[str] = []
    last_typed = ""
    for index, chunk in enumerate(folded.split('"')):
        quoted = index % 2 == 1
        tokens = [token.text for token in tokenize(chunk)][: max(0, limit - len(terms))]
        if not tokens:
            continue
        for token in tokens:
            if token not in terms:
                terms.append(token)
            if (not quoted or len(tokens) == 1) and token not in words:
                words.append(token)
        if quoted and len(tokens) > 1 and tuple(tokens) not in phrases:
            phrases.append(tuple(tokens))
        last_typed = "" if quoted else tokens[-1]
    last_is_prefix = (
        bool(words) and last_typed == words[-1] and can_be_prefix(last_typed)
        and not folded.rstrip().endswith('"')
    )
    return SearchQuery(tuple(words), tuple(phrases), last_is_prefix, tuple(terms))
