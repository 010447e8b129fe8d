"""belief_attack: a religion, belief or its followers next to hostile words, plus the classifier.

``Allah`` is common in everyday speech (``Allah razı olsun``, ``Allah kahretsin``); such idioms
never count as an attack on belief.
"""

from __future__ import annotations

from gazete.moderation.lexicons import ALLAH_IDIOMS, BELIEF_HOSTILE, BELIEF_TERMS, INSULT_WORDS
from gazete.moderation.rules.base import Comment, content_reason, word_range_spans
from gazete.moderation.rules.offensive import WINDOW, hostility_findings
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


def check(comment: Comment) -> Reason | None:
    """Flag hostile, insulting or profane words within a few words of a belief term."""
    keys = comment.word_keys
    profane_words = set()
    if "profanity" in comment.config.enabled:
        hits = find_profanity(comment.text, comment)
        profane_words = {i for i, w in enumerate(comment.words) if any(s <= w.start < e for s, e in hits)}
    ranges: list[tuple[int, int]] = []
    score = 0.0
    for index, key in enumerate(keys):
        if key not in BELIEF_TERMS or _is_allah_idiom(index, keys):
            continue
        lo, hi = max(0, index - WINDOW), min(len(keys), index + WINDOW + 1)
        for other in range(lo, hi):
            if other == index:
                continue
            if keys[other] in BELIEF_HOSTILE or other in profane_words:
                score = max(score, HOSTILE_SCORE)
            elif keys[other] in INSULT_WORDS:
                score = max(score, INSULT_SCORE)
            else:
                continue
            ranges.append((min(index, other), max(index, other)))
    for finding in hostility_findings(comment):
        if finding.code == CODE:
            score = max(score, finding.score)
            ranges.append((finding.first, finding.last))
    return content_reason(CODE, score, word_range_spans(comment, ranges), comment)
