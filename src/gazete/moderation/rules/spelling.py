"""spelling: misspellings from a table (Turkish and English) and conservative de/da, ki, mi rules.

One misspelling in a long comment is a suggestion (severity ``note``); the comment is rejected
only from ``spelling_min_errors`` misspellings making up ``spelling_error_ratio`` of its words.
With ``use_morphology`` on, words zemberek's morphology cannot analyse also count (slow to load).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from gazete.moderation.lexicons import (
    KI_CONJUNCTION_STEMS,
    MI_PREDICATES,
    MISSPELLINGS_EN,
    MISSPELLINGS_TR,
)
from gazete.moderation.normalize import Token, tr_lower, words
from gazete.moderation.rules.base import Comment, apply_suggestions, keep_case, make_reason, span_of
from gazete.moderation.verdict import Reason, WordSuggestion

CODE = "spelling"
QUESTION_PARTICLES = ("mı", "mi", "mu", "mü")
KI_JOINED_CORRECTLY = frozenset([
    "belki", "sanki", "çünkü", "halbuki", "mademki", "oysaki", "meğerki", "illaki", "şimdiki",
])
DE_PRONOUNS = frozenset(["bende", "sende", "onda", "bizde", "sizde", "onlarda"])
DE_FOLLOWERS = frozenset(
    [
        "öyle", "aynı", "katılıyorum", "düşünüyorum", "istiyorum", "biliyorum", "inanıyorum", "merak",
        "gittim", "geldim",
    ]
)
MORPHOLOGY_MIN_LENGTH = 4


def _table_for(lang: str) -> dict[str, str]:
    """Return the misspellings table of ``lang``."""
    return MISSPELLINGS_EN if lang == "en" else MISSPELLINGS_TR


def _joined_particle(lower: str) -> str | None:
    """Return ``var mı`` for ``varmı`` when the stem is a common predicate, else None."""
    for particle in QUESTION_PARTICLES:
        stem = lower[: -len(particle)]
        if lower.endswith(particle) and stem in MI_PREDICATES:
            return f"{stem} {particle}"
    return None


def _joined_ki(lower: str) -> str | None:
    """Return ``diyor ki`` for ``diyorki``: a conjunction ``ki`` after a finite verb is separate."""
    if not lower.endswith("ki") or lower in KI_JOINED_CORRECTLY:
        return None
    stem = lower[:-2]
    if len(stem) >= 5 and stem.endswith(KI_CONJUNCTION_STEMS):
        return f"{stem} ki"
    return None


def find_misspellings(text: str, lang: str, comment: Comment) -> list[WordSuggestion]:
    """Return a correction for every misspelled word or two-word phrase of ``text``."""
    table = _table_for(lang)
    tokens = words(text)
    found: list[WordSuggestion] = []
    skip_next = False
    for index, token in enumerate(tokens):
        if skip_next:
            skip_next = False
            continue
        lower = tr_lower(token.text) if lang == "tr" else token.text.lower()
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and text[token.end : following.start].strip() == "":
            pair = f"{lower} {tr_lower(following.text) if lang == 'tr' else following.text.lower()}"
            if pair in table:
                original = text[token.start : following.end]
                found.append(WordSuggestion(token.start, following.end, original, keep_case(original, table[pair])))
                skip_next = True
                continue
        if comment.is_known_name(token.text) and lower not in table:
            continue
        replacement = table.get(lower)
        if replacement is None and lang == "tr":
            replacement = _joined_particle(lower) or _joined_ki(lower)
            if (
                replacement is None
                and lower in DE_PRONOUNS
                and following is not None
                and tr_lower(following.text) in DE_FOLLOWERS
            ):
                replacement = f"{lower[:-2]} {lower[-2:]}"
        if replacement is None and lang == "tr" and comment.config.use_morphology:
            if _is_unknown_word(token, comment):
                found.append(WordSuggestion(token.start, token.end, token.text, token.text))
            continue
        if replacement is not None and replacement != lower:
            found.append(WordSuggestion(token.start, token.end, token.text, keep_case(token.text, replacement)))
    return found


@lru_cache(maxsize=1)
def _morphology() -> Any:
    """Load zemberek's TurkishMorphology once (about 7 s and 200 MB; only with use_morphology)."""
    from gazete.moderation.deasciify import _import_deasciifier

    _import_deasciifier()  # imports the zemberek package with the root logger restored
    from zemberek import TurkishMorphology

    return TurkishMorphology.create_with_defaults()


@lru_cache(maxsize=65536)
def _analysable(word: str) -> bool:
    """Tell whether zemberek's morphology finds any analysis of ``word``."""
    return bool(_morphology().analyze(word).analysis_results)


def _is_unknown_word(token: Token, comment: Comment) -> bool:
    """Tell whether a lower-case Turkish word is unknown to the morphology (names are never)."""
    text = token.text
    if len(text) < MORPHOLOGY_MIN_LENGTH or not text.islower() or comment.is_known_name(text):
        return False
    return not _analysable(tr_lower(text))


def check(comment: Comment) -> Reason | None:
    """Report misspellings; reject only above the configured count and ratio."""
    found = find_misspellings(comment.text, comment.lang, comment)
    if not found:
        return None
    total = max(1, len(comment.words))
    ratio = len(found) / total
    config = comment.config
    rejects = len(found) >= config.spelling_min_errors and ratio >= config.spelling_error_ratio
    spans = tuple(span_of(comment.text, item) for item in found)
    suggestions = tuple(item for item in found if item.replacement != item.original)
    return make_reason(CODE, min(1.0, ratio), spans, suggestions, "reject" if rejects else "note")


def fix(text: str, comment: Comment) -> str:
    """Return ``text`` with every misspelling from the tables corrected."""
    return apply_suggestions(text, find_misspellings(text, comment.lang, comment))
