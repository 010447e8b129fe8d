"""offensive: threats, death wishes and dehumanising talk about groups, plus the classifier."""

from __future__ import annotations

from gazete.moderation.lexicons import DEHUMANISING, GROUP_ANAPHORA, GROUP_TERMS, HOSTILE_ACTIONS, THREAT_PHRASES
from gazete.moderation.rules.base import Comment, by_first_word, content_reason, word_keys
from gazete.moderation.verdict import Reason, Span

CODE = "offensive"
THREAT_SCORE = 0.95
GROUP_HOSTILITY_SCORE = 0.9
WINDOW = 4


THREATS_BY_FIRST_WORD = by_first_word(THREAT_PHRASES)


def find_threats(keys: list[str]) -> list[tuple[int, int]]:
    """Return (first, last) word indexes of every threat phrase (phrases looked up by their first word)."""
    found = []
    for index, key in enumerate(keys):
        for phrase in THREATS_BY_FIRST_WORD.get(key, ()):
            size = len(phrase)
            if tuple(keys[index : index + size]) == phrase:
                found.append((index, index + size - 1))
    return found


def find_group_hostility(keys: list[str], terms: frozenset[str], hostile: frozenset[str]) -> list[tuple[int, int]]:
    """Return (first, last) word indexes where a term and a hostile word stand within the window."""
    found = []
    for index, key in enumerate(keys):
        if key not in terms:
            continue
        lo, hi = max(0, index - WINDOW), min(len(keys), index + WINDOW + 1)
        for other in range(lo, hi):
            if other != index and keys[other] in hostile:
                found.append((min(index, other), max(index, other)))
    return found


def _spans(comment: Comment, ranges: list[tuple[int, int]]) -> tuple[Span, ...]:
    """Return the text spans covering word-index ranges."""
    spans = {
        Span(comment.words[a].start, comment.words[b].end, comment.text[comment.words[a].start : comment.words[b].end])
        for a, b in ranges
    }
    return tuple(sorted(spans, key=lambda span: span.start))


def check(comment: Comment) -> Reason | None:
    """Flag threats and group hostility; the classifier's offensive score can raise the score."""
    keys = word_keys(comment)
    threats = find_threats(keys)
    # Once a group is named, "hepsi", "bunlar", "onları" point back at it ("Suriyeliler … hepsi sürülsün").
    terms = GROUP_TERMS | GROUP_ANAPHORA if not GROUP_TERMS.isdisjoint(keys) else GROUP_TERMS
    hostility = find_group_hostility(keys, terms, DEHUMANISING | HOSTILE_ACTIONS)
    score = THREAT_SCORE if threats else GROUP_HOSTILITY_SCORE if hostility else 0.0
    return content_reason(CODE, score, _spans(comment, threats + hostility), comment)
