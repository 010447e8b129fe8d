"""all_caps: comments written in capital letters (Turkish casing; acronyms and short comments allowed)."""

from __future__ import annotations

import re

from gazete.moderation.lexicons import ACRONYMS
from gazete.moderation.normalize import Token, has_turkish_letters, tr_capitalize, tr_lower, words
from gazete.moderation.rules.base import Comment, make_reason, span_of
from gazete.moderation.verdict import Reason, WordSuggestion

CODE = "all_caps"
_SENTENCE_START_RE = re.compile(r"(^|[.!?…]\s+)([^\W\d_])")


def _stem_lower(word: str) -> str:
    """Return the Turkish-lower-cased word without an apostrophe suffix."""
    return tr_lower(word.replace("’", "'").split("'", 1)[0])


def is_acronym(word: str, comment: Comment) -> bool:
    """Tell whether an upper-case word is an allowed acronym (known list or the article's own)."""
    stem = _stem_lower(word)
    return stem in ACRONYMS or stem in comment.context.acronyms or len(stem) == 1


def shouting_words(text: str, comment: Comment) -> list[Token]:
    """Return the words written wholly in capitals that are not acronyms."""
    return [
        token
        for token in words(text)
        if len(token.text) >= 2 and token.text.isupper() and not is_acronym(token.text, comment)
    ]


def _lowered(word: str, comment: Comment, ascii_text: bool) -> str:
    """Return a shouted word in normal case: an article name keeps its capital letter."""
    name = comment.context.name_by_lower.get(_stem_lower(word))
    # In ASCII-typed text a capital I may stand for ı or i; plain lower() keeps "i" and the
    # deasciifier restores ı where needed.
    lowered = word.lower() if ascii_text else tr_lower(word)
    if name:
        return name + lowered[len(name) :]
    return lowered


def word_suggestions(comment: Comment) -> tuple[WordSuggestion, ...]:
    """Return a lower-case replacement for every shouted word of the comment."""
    ascii_text = not has_turkish_letters(comment.text)
    return tuple(
        WordSuggestion(token.start, token.end, token.text, _lowered(token.text, comment, ascii_text))
        for token in shouting_words(comment.text, comment)
    )


def sentence_case(text: str, lang: str = "tr") -> str:
    """Capitalise the first letter of every sentence (Turkish casing for Turkish).

    >>> sentence_case("istanbul güzel. ve izmir de!")
    'İstanbul güzel. Ve izmir de!'
    """
    def upper(match: re.Match[str]) -> str:
        letter = match.group(2)
        return match.group(1) + (tr_capitalize(letter) if lang == "tr" else letter.upper())

    return _SENTENCE_START_RE.sub(upper, text)


def check(comment: Comment) -> Reason | None:
    """Flag a comment whose letters are mostly capitals outside acronyms."""
    letters = sum(map(str.isalpha, comment.text))
    if letters < comment.config.short_comment_length:
        return None
    # One letter is upper or lower case or neither (titlecase ǅ, letters without case), never both.
    alphabetic = "".join(filter(str.isalpha, comment.text))
    uppers = sum(map(str.isupper, alphabetic))
    lowers = sum(map(str.islower, alphabetic))
    config = comment.config
    if config.short_comment_length > 0 and uppers + lowers and uppers / (uppers + lowers) < config.caps_ratio:
        # Leaving acronyms' letters out only lowers the share of capitals below (while some letters are left, which
        # the length test below asks), and divisions round monotonically: most comments are told here, without
        # looking for acronyms among their words.
        return None
    acronym_letters = sum(
        sum(1 for ch in token.text if ch.isalpha())
        for token in comment.words
        if token.text.isupper() and is_acronym(token.text, comment)
    )
    upper = uppers - acronym_letters
    total = uppers + lowers - acronym_letters
    if total < comment.config.short_comment_length:
        return None
    ratio = upper / total
    if ratio < comment.config.caps_ratio:
        return None
    shouted = shouting_words(comment.text, comment)
    if not shouted:
        return None
    spans = tuple(span_of(comment.text, token) for token in shouted)
    return make_reason(CODE, ratio, spans, word_suggestions(comment))


def fix(text: str, comment: Comment) -> str:
    """Return ``text`` in sentence case with Turkish casing, keeping acronyms and article names."""
    ascii_text = not has_turkish_letters(text)
    pieces: list[str] = []
    cursor = 0
    for token in shouting_words(text, comment):
        pieces.append(text[cursor : token.start])
        pieces.append(_lowered(token.text, comment, ascii_text))
        cursor = token.end
    pieces.append(text[cursor:])
    return sentence_case("".join(pieces), comment.lang)
