"""Which stories are related to a story: shared tags, shared names in the headline, the same section.

Pure Python (no Django): the article page gathers candidates with a few indexed queries and this
module scores them. A *name* is a word of the headline that names someone or something: an
acronym (``PKK``, ``AFAD``), a token with digits and letters (``G-7``), or a capitalised word that is
not merely the start of a sentence. In a title-cased headline (``Turkey's President Marks…``) every
word is capitalised, so there, as for a headline's first word, a capitalised word counts only when
the story's own text also writes it capitalised in the middle of a sentence. Possessive and case
endings after an apostrophe are dropped (``Erdoğan'ın`` → ``Erdoğan``, ``Agency's`` → ``Agency``),
and words are compared folded (``İSTANBUL`` = ``istanbul``, see ``gazete.newsroom.textfold``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from gazete.newsroom.textfold import fold

TAG_WEIGHT = 3
NAME_WEIGHT = 2
SECTION_WEIGHT = 1
TITLE_CASE_SHARE = 0.6  # a headline whose later words are at least this capitalised is title-cased

# A word, with inner hyphens or dots (G-7, U.S) and an ending after an apostrophe (Erdoğan'ın, Turkey’s).
WORD_RE = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*(?:['’][^\W\d_]+)?")
SENTENCE_END_RE = re.compile(r"(?:[.:!?;\n]|\s[-–—])\s*$")  # also the dash after a dateline
APOSTROPHES = ("'", "’")


@dataclass(frozen=True)
class Candidate:
    """A story that might be related: what scoring needs to know about it."""

    story_id: int
    headline: str
    section_id: int | None
    shared_tags: int
    published_at: datetime | None


@dataclass(frozen=True)
class Word:
    """A word as written (ending dropped) and whether a sentence starts with it."""

    text: str
    starts_sentence: bool


def _stem(token: str) -> str:
    for mark in APOSTROPHES:
        token = token.split(mark, 1)[0]
    return token


def words(text: str) -> list[Word]:
    """The words of ``text`` with their endings after an apostrophe dropped, marking sentence starts."""
    found: list[Word] = []
    position = 0
    for match in WORD_RE.finditer(text):
        before = text[position:match.start()]
        starts = not found or bool(SENTENCE_END_RE.search(before))
        found.append(Word(_stem(match.group()), starts))
        position = match.end()
    return found


def _letters(token: str) -> str:
    return "".join(char for char in token if char.isalpha())


def _is_acronym(token: str) -> bool:
    letters = _letters(token)
    has_digit = any(char.isdigit() for char in token)
    return (len(letters) >= 2 and letters.isupper()) or (bool(letters) and has_digit)


def _is_capitalised(token: str) -> bool:
    return len(token) >= 2 and token[0].isupper() and any(char.isalpha() for char in token)


def _mid_sentence_capitals(text: str) -> set[str]:
    return {fold(word.text) for word in words(text) if not word.starts_sentence and _is_capitalised(word.text)}


def headline_names(headline: str, text: str = "") -> frozenset[str]:
    """The names in ``headline``, folded; ``text`` (standfirst and body) vouches for doubtful capitals.

    >>> sorted(headline_names("Erdoğan'ın G-7 zirvesi sonrası NATO açıklaması", "Cumhurbaşkanı Erdoğan dedi"))
    ['erdogan', 'g-7', 'nato']
    """
    headline_words = words(headline)
    later = [word for word in headline_words[1:] if _letters(word.text)]
    capitalised = sum(1 for word in later if _is_capitalised(word.text))
    title_case = len(later) >= 2 and capitalised / len(later) >= TITLE_CASE_SHARE
    vouched: set[str] | None = None
    names = set()
    for word in headline_words:
        token = word.text
        if _is_acronym(token):
            names.add(fold(token))
        elif _is_capitalised(token):
            if word.starts_sentence or title_case:
                if vouched is None:
                    vouched = _mid_sentence_capitals(text)
                if fold(token) not in vouched:
                    continue
            names.add(fold(token))
    return frozenset(names)


@lru_cache(maxsize=8192)
def headline_words(headline: str) -> frozenset[str]:
    """Every word of a headline of two characters or more, folded, endings dropped (remembered: the
    same headlines are candidates for every story around them)."""
    return frozenset(_stem(token) for token in WORD_RE.findall(fold(headline)) if len(_stem(token)) >= 2)


def score(names: frozenset[str], section_id: int | None, candidate: Candidate) -> int:
    """How related ``candidate`` is: shared tags weigh most, then shared names, then the section."""
    shared_names = len(names & headline_words(candidate.headline)) if names else 0
    same_section = section_id is not None and candidate.section_id == section_id
    return TAG_WEIGHT * candidate.shared_tags + NAME_WEIGHT * shared_names + SECTION_WEIGHT * same_section


def rank_related(names: frozenset[str], section_id: int | None, published_at: datetime | None,
                 candidates: Iterable[Candidate], count: int) -> list[int]:
    """The ids of the ``count`` most related candidates (score > 0), the closest in time first on a tie.

    A candidate given twice (found by a tag and by the section, say) counts once, with its most
    shared tags.
    """
    best: dict[int, Candidate] = {}
    for candidate in candidates:
        known = best.get(candidate.story_id)
        if known is None or candidate.shared_tags > known.shared_tags:
            best[candidate.story_id] = candidate

    def distance(candidate: Candidate) -> float:
        if published_at is None or candidate.published_at is None:
            return float("inf")
        return abs((candidate.published_at - published_at).total_seconds())

    scored = [(score(names, section_id, c), c) for c in best.values()]
    ranked = sorted((item for item in scored if item[0] > 0),
                    key=lambda item: (-item[0], distance(item[1]), -item[1].story_id))
    return [candidate.story_id for _, candidate in ranked[:count]]


def supporting_text(standfirst: str, paragraphs: Sequence[str], limit: int = 3) -> str:
    """The text that vouches for a headline's doubtful capitals: the standfirst and first paragraphs."""
    return "\n".join([standfirst, *paragraphs[:limit]])
