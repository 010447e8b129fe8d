"""Fold text for search: Turkish-aware lower case, i/ı/İ/I made one letter, accents dropped.

Readers type ``istanbul`` for ``İSTANBUL``, ``isik`` or ``ışık`` for ``IŞIK``; Python's and the
databases' own lower-casing get Turkish wrong (``"I".lower()`` is ``i``, not ``ı``), so search
never relies on them: the indexed text and the query are both folded here. Pure Python.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Every form of the letter i meets in one ASCII ``i``; that loses the Turkish ı/i distinction,
# which is what a reader who types without Turkish letters (or in the wrong case) needs.
_I_FORMS = str.maketrans({"İ": "i", "I": "i", "ı": "i"})
TERM_RE = re.compile(r"[^\W_]+")


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """Fold one character: ``'Ş'`` → ``'s'``, ``'İ'`` → ``'i'``, ``'ﬁ'`` → ``'fi'``, ``'’'`` → ``'’'``."""
    char = char.translate(_I_FORMS)
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded.translate(_I_FORMS)


def fold(text: str) -> str:
    """Fold a whole text the way the search index and the queries are folded.

    >>> fold("İSTANBUL'da IŞIK şöleni")
    "istanbul'da isik soleni"
    """
    return "".join(fold_char(c) for c in text)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and say, for each folded character, which original character it came from."""
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), origin


def query_terms(query: str, limit: int = 8) -> list[str]:
    """The distinct folded words of a reader's query, in order, at most ``limit`` of them.

    >>> query_terms("Işık  İSTANBUL ışık!")
    ['isik', 'istanbul']
    """
    terms: list[str] = []
    for term in TERM_RE.findall(fold(query)):
        if term not in terms:
            terms.append(term)
    return terms[:limit]
