"""no_turkish_chars: Turkish comments typed without ç, ğ, ı, ö, ş, ü (found by deasciification)."""

from __future__ import annotations

from gazete.moderation.deasciify import deasciify
from gazete.moderation.normalize import TURKISH_LETTERS, words
from gazete.moderation.rules.base import Comment, make_reason, span_of
from gazete.moderation.rules.caps import is_acronym
from gazete.moderation.verdict import Reason, WordSuggestion

CODE = "no_turkish_chars"

TYPED_WITH_TURKISH_LETTERS = 12
"""A comment with at least one Turkish letter per this many letters was typed on a Turkish
keyboard: it is not checked (and the deasciifier, the slowest step, is skipped)."""


CIRCUMFLEX_LETTERS = frozenset("âîûÂÎÛ")
"""Only a Turkish keyboard (or a careful writer) types nikâh, imkânsız: a sure sign of Turkish
letters, and the deasciifier does not know these words, so it must never touch them."""


WORDS_WITH_TURKISH_LETTERS = 2
"""A comment with Turkish letters in this many different words was typed with them: a word or two the
deasciifier would change is a spelling matter (``Surp``, a proper name; ``ayin``, a rite), not a comment
typed without Turkish characters."""


def _looks_typed_with_turkish_letters(text: str) -> bool:
    """Tell whether ``text`` holds Turkish letters at a normal Turkish density, in several words, or a circumflex."""
    # Set operations and map over the characters: the same counts without a Python step per character.
    if not CIRCUMFLEX_LETTERS.isdisjoint(text):
        return True
    if sum(1 for word in text.split() if not TURKISH_LETTERS.isdisjoint(word)) >= WORDS_WITH_TURKISH_LETTERS:
        return True
    letters = sum(map(str.isalpha, text))
    special = sum(map(TURKISH_LETTERS.__contains__, text))
    return special * TYPED_WITH_TURKISH_LETTERS >= letters


def word_suggestions(text: str, restored: str, comment: Comment) -> list[WordSuggestion]:
    """Return the words the deasciifier changes, skipping article names and acronyms."""
    suggestions = []
    for token in words(text):
        replacement = restored[token.start : token.end]
        if replacement == token.text or comment.is_known_name(token.text):
            continue
        if not CIRCUMFLEX_LETTERS.isdisjoint(token.text):
            continue  # hikâyesi is already right; the deasciifier would make it hikâyeşi
        if token.text.isupper() and is_acronym(token.text, comment):
            continue
        suggestions.append(WordSuggestion(token.start, token.end, token.text, replacement))
    return suggestions


def check(comment: Comment) -> Reason | None:
    """Flag a Turkish comment whose deasciified form differs in enough words."""
    if comment.lang != "tr" or _looks_typed_with_turkish_letters(comment.text):
        return None
    restored = comment.deasciified
    if restored is None or restored == comment.text:
        return None
    suggestions = word_suggestions(comment.text, restored, comment)
    total = len(comment.words)
    if not total:
        return None
    ratio = len(suggestions) / total
    config = comment.config
    if len(suggestions) < config.ascii_min_changed_words or ratio < config.ascii_changed_ratio:
        return None
    spans = tuple(span_of(comment.text, item) for item in suggestions)
    return make_reason(CODE, min(1.0, 0.5 + ratio), spans, tuple(suggestions))


def fix(text: str, comment: Comment) -> str:
    """Return ``text`` with Turkish letters restored, article names and acronyms left as typed."""
    # The comment's own text (no earlier fix changed it) was restored already, for the check.
    restored = comment.deasciified if text == comment.text else deasciify(text)
    if restored is None:
        return text
    pieces = list(text)
    for item in word_suggestions(text, restored, comment):
        pieces[item.start : item.end] = item.replacement
    return "".join(pieces)
