"""Undo the disguises that hide words from the rules, keeping a map back to what was typed.

Commenters who know a filter hide words from it: zero-width spaces or soft hyphens between the
letters (``s\u200bi\u200bk``), styled letters (full-width ``ｓｉｋ``, mathematical bold ``𝐬𝐢𝐤``,
circled ``ⓢⓘⓚ``), overlay marks (``s̶i̶k̶``) and look-alike letters of another script in a Latin word
(Cyrillic ``ѕ`` and ``і`` in ``ѕіktir``). :func:`strip_disguises` returns the text every rule then
reads, and :meth:`Cleaned.original_span` turns a span found in it back into a span of the original,
so the marks a commenter sees fall on what they wrote.

What each step uses: Unicode's compatibility normalisation (NFKC) for styled letters; the ``regex``
package's grapheme clusters and character properties for invisible characters and stray marks; the
Unicode confusables table (``confusable_homoglyphs``) for look-alike letters, read only for words
that mix scripts and only when one is met.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

#: Anything the fast path cannot vouch for: invisible format characters, lone surrogates, combining
#: marks (after NFKC a mark on a Latin letter is decoration) and letters of the scripts whose
#: look-alikes pass for Latin.
_SUSPECT_RE = regex.compile(r"[\p{Cf}\p{Cs}\p{M}\p{Cyrillic}\p{Greek}\p{Armenian}\p{Cherokee}]")
_CLUSTER_RE = regex.compile(r"\X")
_LATIN_LETTER_RE = regex.compile(r"\p{Latin}")
_LOOKALIKE_SCRIPT_RE = regex.compile(r"[\p{Cyrillic}\p{Greek}\p{Armenian}\p{Cherokee}]")
_WORD_RE = regex.compile(r"\p{L}+")
_MARK_RE = regex.compile(r"\p{M}")
_FORMAT_RE = regex.compile(r"\p{Cf}")
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class Cleaned:
    """The text the rules read, with where each of its characters came from in the original."""

    text: str
    original: str
    starts: tuple[int, ...] = ()
    """For character ``i`` of ``text``, where the original characters it came from start."""
    ends: tuple[int, ...] = ()
    """For character ``i`` of ``text``, where the original characters it came from end."""

    @property
    def changed(self) -> bool:
        """Tell whether any disguise was taken off."""
        return self.text != self.original

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the span of the original that ``text[start:end]`` came from.

        >>> cleaned = strip_disguises("a s\u200bi\u200bk b")
        >>> cleaned.text, cleaned.original_span(2, 5)
        ('a sik b', (2, 7))
        """
        if not self.changed:
            return start, end
        if start >= end:
            point = self.starts[start] if start < len(self.starts) else len(self.original)
            return point, point
        return self.starts[start], self.ends[end - 1]


def strip_disguises(text: str) -> Cleaned:
    """Return ``text`` with its disguises taken off (see the module's docstring).

    Text that needs nothing (all ASCII, or NFKC-normal with no suspect character: nearly every
    Turkish comment) is returned as it is, without walking its characters.

    >>> strip_disguises("ｓｉｋｔｉｒ 𝐠𝐢𝐭").text
    'siktir git'
    >>> strip_disguises("ѕіktir").text, strip_disguises("Привет").text
    ('siktir', 'Привет')
    """
    if text.isascii() or (unicodedata.is_normalized("NFKC", text) and not _SUSPECT_RE.search(text)):
        return Cleaned(text, text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for cluster in _CLUSTER_RE.finditer(text):
        start, end = cluster.span()
        for char in _clean_cluster(cluster.group(), text, start, end):
            pieces.append(char)
            starts.append(start)
            ends.append(end)
    cleaned = _unmask_lookalikes("".join(pieces))
    return Cleaned(cleaned, text, tuple(starts), tuple(ends))


def _clean_cluster(cluster: str, text: str, start: int, end: int) -> str:
    """Return what one grapheme cluster reads as: styled forms plain, marks and invisibles off a letter."""
    if any("\ud800" <= char <= "\udfff" for char in cluster):
        return REPLACEMENT
    if _FORMAT_RE.fullmatch(cluster):
        # A lone invisible character: gone when it touches a letter or digit (hiding a word's shape),
        # kept among emoji and symbols, where joiners and tags build pictures.
        return "" if _touches_alphanumeric(text, start, end) else cluster
    plain = unicodedata.normalize("NFKC", cluster)
    first = plain[:1]
    if first.isdigit() or _LATIN_LETTER_RE.match(first):
        # NFKC has composed every mark that belongs to a letter (ç, ş, ğ, İ): what is left is decoration.
        plain = _FORMAT_RE.sub("", _MARK_RE.sub("", plain))
    return plain


def _touches_alphanumeric(text: str, start: int, end: int) -> bool:
    """Tell whether the nearest visible characters before or after ``text[start:end]`` are letters or digits."""
    before = start - 1
    while before >= 0 and _FORMAT_RE.match(text[before]):
        before -= 1
    after = end
    while after < len(text) and _FORMAT_RE.match(text[after]):
        after += 1
    return (before >= 0 and text[before].isalnum()) or (after < len(text) and text[after].isalnum())


def _unmask_lookalikes(text: str) -> str:
    """Replace look-alike letters of another script by Latin ones in words that mix scripts.

    ``ѕіktir`` (Cyrillic ѕ, і) becomes ``siktir``; a word all in one script (``Привет``, ``Αθήνα``) is
    left alone, and so is a mixed word with a letter that looks like no Latin letter.
    """
    if not _LOOKALIKE_SCRIPT_RE.search(text):
        return text

    def unmask(match: regex.Match[str]) -> str:
        word = match.group()
        if not (_LATIN_LETTER_RE.search(word) and _LOOKALIKE_SCRIPT_RE.search(word)):
            return word
        latin = [_latin_lookalike(char) if _LOOKALIKE_SCRIPT_RE.match(char) else char for char in word]
        return word if None in latin else "".join(latin)  # type: ignore[arg-type]

    return _WORD_RE.sub(unmask, text)


@lru_cache(maxsize=1024)
def _latin_lookalike(char: str) -> str | None:
    """Return the ASCII letter that ``char`` passes for (same case), or None.

    The confusables table is about looks, not letters: it gives ``l`` for Cyrillic ``І`` and ``ĸ``
    for ``к``. When the letter's own case has no ASCII look-alike of that case, the other case's
    look-alike is taken and turned back (``І`` → ``і`` → ``i`` → ``I``).
    """
    for candidate_case in (char, char.swapcase()):
        found = _confusable(candidate_case)
        if found and found.isascii() and found.isalpha() and candidate_case.isupper() == found.isupper():
            return found.upper() if char.isupper() else found.lower()
    return None


def _confusable(char: str) -> str | None:
    """Return the first one-character Latin look-alike of ``char`` in Unicode's confusables table."""
    from confusable_homoglyphs import confusables

    found = confusables.is_confusable(char, preferred_aliases=["latin"], greedy=True)
    if not found:
        return None
    return next((glyph["c"] for glyph in found[0]["homoglyphs"] if len(glyph["c"]) == 1), None)
