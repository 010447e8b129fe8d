"""spelling: misspellings from tables, conservative de/da, ki, mi rules and a morphology-aware word model.

A confident misspelling (one the tables or the word model can correct: ``herkez``, ``Türkiyede``,
``yarın ki``) means the comment is not approved as typed, with the one-click fix, unless the portal
sets ``spelling_blocks`` off ("note only"). Words no analysis accepts but nothing can correct reject only
from ``spelling_min_errors`` misspellings making up ``spelling_error_ratio`` of the words.
With ``use_morphology`` on (the default), lower-case Turkish words are also checked against the word
model of :mod:`gazete.moderation.spelling_model`: known misspellings and ASCII spellings get their
correction, other words no stem-and-suffix analysis accepts are reported without one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from gazete.moderation.language import english_confidence
from gazete.moderation.lexicons import (
    KI_CONJUNCTION_STEMS,
    MI_PREDICATES,
    MISSPELLINGS_EN,
    MISSPELLINGS_TR,
)
from gazete.moderation.normalize import Token, has_turkish_letters, tr_lower, words
from gazete.moderation.rules.base import Comment, apply_suggestions, keep_case, make_reason, span_of
from gazete.moderation.spelling_model import get_model
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
MODEL_MIN_LENGTH = 3
"""Shorter words are never checked against the word model (``ve``, ``bi``, ``dm``)."""
CIRCUMFLEX_FOLD = str.maketrans("âîû", "aiu")
FOREIGN_LETTERS = frozenset("qwx")
QUOTES = frozenset("\"'’‘”“`")
"""A word glued to a closing quote is a suffix of the quoted name (``"suçun şahsiliği"nden``)."""
ENGLISH_WORD_CONFIDENCE = 0.5
"""A word without Turkish letters that lingua finds at least this English is an English word, not a typo."""
JOINED_PARTICLES = ("da", "de", "ki", *QUESTION_PARTICLES)
"""Particles written apart from the word before them (``herkes de``, ``diyor ki``, ``gelecek mi``)."""
MIN_PARTICLE_STEM = 3
_SKIPPED_SPANS_RE = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:com|net|org|tr)\S*|[#@]\w+|\d+\S*", re.IGNORECASE)
"""URLs, hashtags, mentions, numbers with their suffixes: their letters are not words to check."""


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
    """Return a correction for every misspelled word or two-word phrase of ``text`` (memoised for the comment)."""
    if text != comment.text or lang != comment.lang:
        return _find_misspellings(text, lang, comment)
    found = comment.memo.get(CODE)
    if found is None:
        found = comment.memo[CODE] = _find_misspellings(text, lang, comment)
    return list(found)  # type: ignore[call-overload]


def _find_misspellings(text: str, lang: str, comment: Comment) -> list[WordSuggestion]:
    """Find the misspellings of :func:`find_misspellings` without the memo."""
    table = _table_for(lang)
    tokens = comment.words if text == comment.text else words(text)
    found: list[WordSuggestion] = []
    skip_next = False
    use_model = lang == "tr" and comment.config.use_morphology and has_turkish_letters(comment.text)
    skipped = _skipped_spans(text) if use_model else ()
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
        if lang == "tr" and comment.config.use_morphology:
            named = missing_apostrophe(token.text)
            if named is not None:
                found.append(WordSuggestion(token.start, token.end, token.text, named))
                continue
        if comment.is_known_name(token.text) and lower not in table:
            continue
        replacement = table.get(lower)
        if (
            replacement is None
            and lang == "tr"
            and following is not None
            and tr_lower(following.text) == "ki"
            and len(lower) >= LOCATIVE_KI_MIN
            and lower.endswith(("da", "de", "ta", "te"))
            and text[token.end : following.start].strip() == ""
        ):
            # ``Ukrayna'da ki savaş``, ``evde ki``: the adjectival -ki joins the locative.
            original = text[token.start : following.end]
            found.append(WordSuggestion(token.start, following.end, original, token.text + following.text))
            skip_next = True
            continue
        if replacement is None and lang == "tr":
            replacement = _joined_particle(lower) or _joined_ki(lower)
            if (
                replacement is None
                and lower in DE_PRONOUNS
                and following is not None
                and tr_lower(following.text) in DE_FOLLOWERS
            ):
                replacement = f"{lower[:-2]} {lower[-2:]}"
        if replacement is None and use_model:
            found_word = _model_misspelling(text, token, comment, skipped)
            if found_word is not None:
                found.append(found_word)
            continue
        if replacement is not None and replacement != lower:
            found.append(WordSuggestion(token.start, token.end, token.text, keep_case(token.text, replacement)))
    return found


NAME_SUFFIXES = frozenset(
    [
        "de", "da", "te", "ta", "den", "dan", "ten", "tan", "e", "a", "ye", "ya", "i", "ı", "u", "ü", "yi", "yı",
        "yu", "yü", "in", "ın", "un", "ün", "nin", "nın", "nun", "nün", "le", "la", "yle", "yla", "deki", "daki",
        "teki", "taki", "dekiler", "dakiler", "ye", "ya", "nde", "nda", "nden", "ndan", "ne", "na", "ni", "nı",
        "nu", "nü"
    ]
)
"""Case and other endings that follow a proper name after an apostrophe (``Türkiye'de``, ``Ankara'ya``)."""
MIN_NAME = 3
LOCATIVE_KI_MIN = 4


def missing_apostrophe(word: str) -> str | None:
    """Return ``Türkiye'de`` for ``Türkiyede``: a capitalised name whose ending is written without apostrophe.

    The name must be one of the word model's name stems and the rest a case ending; a word that is a
    name as a whole (``Adana``) is left alone.
    """
    if len(word) < MIN_NAME + 1 or not word[:1].isupper() or not word[1:].islower() or "'" in word or "’" in word:
        return None
    model = get_model()
    if model is None:
        return None
    lower = tr_lower(word)
    names = model.name_stems
    if lower in names or lower in model.common_stems:
        return None  # a name as a whole (``Adana``), or a common word capitalised (``Asgari``)
    for cut in range(MIN_NAME, len(lower)):
        if lower[:cut] in names and lower[cut:] in NAME_SUFFIXES:
            return f"{word[:cut]}'{word[cut:]}"
    return None


def _skipped_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of URLs, hashtags, mentions and numbers, whose letters are not checked."""
    return tuple(match.span() for match in _SKIPPED_SPANS_RE.finditer(text))


@lru_cache(maxsize=65536)
def _model_verdict(word: str) -> tuple[bool, str | None]:
    """Return (misspelled, correction) for a lower-case word of a comment typed with Turkish letters.

    Known misspellings and ASCII spellings (``gidiyorm``, ``cok``) come with their correction; other words
    count when no stem-and-suffix analysis accepts them and lingua does not find them English.
    """
    model = get_model()
    if model is None:
        return False, None
    correction = model.suggestion("noisy", word) or model.suggestion("ascii", word)
    if correction is None and model.accepts(word):
        return False, None
    if correction is None:
        correction = split_particle(word, model.accepts)
    if correction is None and not has_turkish_letters(word) and english_confidence(word) >= ENGLISH_WORD_CONFIDENCE:
        return False, None  # podcast, army, none: English words in a Turkish comment are not misspelled
    return True, correction


def split_particle(word: str, accepts: Callable[[str], bool]) -> str | None:
    """Return ``herkes de`` for ``herkesde``: a word no analysis accepts, ending in a particle after a real word.

    The particles written apart are ``de/da`` (also), ``ki`` and ``mi/mı/mu/mü``. Only words the word
    model rejects reach here, so ``evde`` (ev + locative) or ``dedede`` never split.

    >>> split_particle("hakkındada", {"hakkında"}.__contains__), split_particle("gelecekmi", {"gelecek"}.__contains__)
    ('hakkında da', 'gelecek mi')
    """
    for particle in JOINED_PARTICLES:
        stem = word[: -len(particle)]
        if word.endswith(particle) and len(stem) >= MIN_PARTICLE_STEM and accepts(stem):
            return f"{stem} {particle}"
    return None


def _model_misspelling(
    text: str, token: Token, comment: Comment, skipped: tuple[tuple[int, int], ...]
) -> WordSuggestion | None:
    """Return a finding for a word the word model rejects, or None (names and non-words are skipped).

    The caller has already skipped the article's names (``comment.is_known_name``).
    """
    word = token.text
    if (
        len(word) < MODEL_MIN_LENGTH
        or not word.islower()
        or "'" in word
        or "’" in word
        or not FOREIGN_LETTERS.isdisjoint(word)
        or any(start <= token.start < end for start, end in skipped)
        or text[token.start - 1 : token.start] in QUOTES
    ):
        return None
    lower = tr_lower(word).translate(CIRCUMFLEX_FOLD)
    misspelled, correction = _model_verdict(lower)
    if not misspelled:
        return None
    return WordSuggestion(token.start, token.end, word, keep_case(word, correction) if correction else word)


def check(comment: Comment) -> Reason | None:
    """Report misspellings; reject only above the configured count and ratio."""
    found = find_misspellings(comment.text, comment.lang, comment)
    if not found:
        return None
    total = max(1, len(comment.words))
    ratio = len(found) / total
    config = comment.config
    rejects = len(found) >= config.spelling_min_errors and ratio >= config.spelling_error_ratio
    # A confident misspelling (one with its correction) is not approved as typed: the policy says so.
    confident = any(item.replacement != item.original for item in found)
    rejects = rejects or (confident and config.spelling_blocks)
    spans = tuple(span_of(comment.text, item) for item in found)
    suggestions = tuple(item for item in found if item.replacement != item.original)
    return make_reason(CODE, min(1.0, ratio), spans, suggestions, "reject" if rejects else "note")


def fix(text: str, comment: Comment) -> str:
    """Return ``text`` with every misspelling from the tables corrected."""
    return apply_suggestions(text, find_misspellings(text, comment.lang, comment))
