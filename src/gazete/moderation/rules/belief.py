"""belief_attack: a religion, belief or its followers next to hostile words, plus the classifier.

``Allah`` is common in everyday speech (``Allah razı olsun``, ``Allah kahretsin``); such idioms
never count as an attack on belief.
"""

from __future__ import annotations

from gazete.moderation.lexicons import (
    ALLAH_IDIOMS,
    BELIEF_HOSTILE,
    BELIEF_TERMS,
)
from gazete.moderation.rules.base import Comment, content_reason, word_range_spans
from gazete.moderation.rules.insult import insult_base, spelt_as_insult, typed_words
from gazete.moderation.rules.offensive import WINDOW, hostility_findings, ordinary_as_typed
from gazete.moderation.rules.profanity import find_profanity
from gazete.moderation.verdict import Reason

CODE = "belief_attack"
HOSTILE_SCORE = 0.9
INSULT_SCORE = 0.85


def _is_allah_idiom(index: int, keys: list[str]) -> bool:
    """Tell whether the word at ``index`` is ``Allah`` inside an everyday idiom."""
    if not keys[index].startswith("allah") and not keys[index].startswith("tanri"):
        return False
    window = keys[max(0, index - WINDOW) : index + WINDOW + 1]
    return any(word in ALLAH_IDIOMS for word in window)


PRAYING = frozenset(["eden", "edenler", "edenleri", "edenlere", "edenlerin", "edip"])
"""Folded forms of ``et`` after ``dua``: those who pray (``dua eden salaklara``), believers as such."""


def _believers_named(index: int, keys: list[str]) -> bool:
    """Tell whether the word at ``index`` names a faith or its followers, ``dua`` before ``eden`` among them.

    >>> _believers_named(1, ["hala", "dua", "edenler"]), _believers_named(0, ["dua", "ettim"])
    (True, False)
    """
    following = keys[index + 1] if index + 1 < len(keys) else ""
    return keys[index] in BELIEF_TERMS or (keys[index] == "dua" and following in PRAYING)


OWN_SAYING = frozenset(["diyorum", "diyoruz", "derim", "deriz"])
"""Folded words by which the commenter says the quoted words themselves (``Ben diyorum``); not ``katılıyorum``,
which may agree with those who rejected them."""


def check(comment: Comment) -> Reason | None:
    """Flag hostile, insulting or profane words within a few words of a belief term."""
    keys = comment.word_keys
    profane_words = set()
    if "profanity" in comment.config.enabled:
        hits = find_profanity(comment.text, comment)
        if hits:  # most comments have none: no word to place among them
            profane_words = {i for i, w in enumerate(comment.words) if any(s <= w.start < e for s, e in hits)}
    ranges: list[tuple[int, int]] = []
    score = 0.0
    quoted = comment.quoted_words
    if quoted and not OWN_SAYING.isdisjoint(keys):
        quoted = frozenset()  # "'yobaz' diyen kim? Ben diyorum": the quoted words made the commenter's own
    for index in range(len(keys)):
        if not _believers_named(index, keys) or _is_allah_idiom(index, keys) or index in quoted:
            continue
        lo, hi = max(0, index - WINDOW), min(len(keys), index + WINDOW + 1)
        for other in range(lo, hi):
            if other == index or other in quoted:
                continue  # a quoted hostile word is someone else's ('"Menüde domuz yok" esprisi')
            if (keys[other] in BELIEF_HOSTILE and not ordinary_as_typed(comment, other)) or other in profane_words:
                score = max(score, HOSTILE_SCORE)
            elif (split := insult_base(keys[other])) is not None and spelt_as_insult(
                typed_words(comment)[other], split[0]
            ):
                score = max(score, INSULT_SCORE)  # "adı geçen Yahudi cemaati" names, "adi" insults
            else:
                continue
            ranges.append((min(index, other), max(index, other)))
    for finding in hostility_findings(comment):
        if finding.code == CODE:
            score = max(score, finding.score)
            ranges.append((finding.first, finding.last))
    return content_reason(CODE, score, word_range_spans(comment, ranges), comment)
