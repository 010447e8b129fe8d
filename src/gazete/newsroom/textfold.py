"""Fold text for search: Turkish-aware lower case, i/ı/İ/I made one letter, accents dropped.

Readers type ``istanbul`` for ``İSTANBUL``, ``isik`` or ``ışık`` for ``IŞIK``; Python's and the
databases' own lower-casing get Turkish wrong (``"I".lower()`` is ``i``, not ``ı``), so search
never relies on them: the indexed text and the query are both folded here. Pure Python.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Every form of the letter i meets in one ASCII ``i``; that loses the Turkish ı/i distinction,
# which is what a reader who types without Turkish letters (or in the wrong case) needs.
_I_FORMS = str.maketrans({"İ": "i", "I": "i", "ı": "i"})


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """Fold one character: ``'Ş'`` → ``'s'``, ``'İ'`` → ``'i'``, ``'ﬁ'`` → ``'fi'``, ``'’'`` → ``'’'``."""
    char = char.translate(_I_FORMS)
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded.translate(_I_FORMS)


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that learns each character's folding on first sight."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Fold a whole text the way the search index and the queries are folded.

    >>> fold("İSTANBUL'da IŞIK şöleni")
    "istanbul'da isik soleni"
    """
    return text.translate(_FOLD_TABLE)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and say, for each folded character, which original character it came from."""
    if all(len(_FOLD_TABLE[ord(char)]) == 1 for char in set(text)):
        return fold(text), list(range(len(text)))
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), origin
