"""Split wire prefixes such as ``UPDATE 2 -`` or ``ANALYSIS –`` off a headline.

AA marks later versions of a story with ``UPDATE``/``UPDATE n`` and story kinds with
``ANALYSIS``/``INTERVIEW``/``OPINION`` before a hyphen or en-dash. The number belongs to the
prefix only when it comes *before* the dash: ``UPDATE – 2 more Palestinians`` is version
``UPDATE`` with a headline that starts with ``2``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DASHES = "-–—"

# Turkish AA desks write the same prefixes in Turkish; we store the English code.
VERSION_WORDS = {"UPDATE": "UPDATE", "GÜNCELLEME": "UPDATE"}
KIND_WORDS = {
    "ANALYSIS": "ANALYSIS",
    "INTERVIEW": "INTERVIEW",
    "OPINION": "OPINION",
    "ANALİZ": "ANALYSIS",
    "ANALIZ": "ANALYSIS",
    "RÖPORTAJ": "INTERVIEW",
    "GÖRÜŞ": "OPINION",
}

_WORD_ALTERNATION = "|".join(sorted({*VERSION_WORDS, *KIND_WORDS}, key=len, reverse=True))
_PREFIX_RE = re.compile(
    rf"^\s*(?P<word>{_WORD_ALTERNATION})(?:[ \t]+(?P<number>\d{{1,2}}))?[ \t]*(?P<dash>[{DASHES}:])[ \t]*(?=\S)",
    re.IGNORECASE,
)


def _canonical_word(word: str) -> str:
    """Upper-case a prefix word the English or the Turkish way, whichever is a known prefix."""
    for candidate in (word.replace("i", "İ").replace("ı", "I").upper(), word.upper()):
        if candidate in VERSION_WORDS or candidate in KIND_WORDS:
            return candidate
    return word.upper()


def _match_prefix(text: str) -> re.Match[str] | None:
    """Match a prefix written in capitals, or title-cased by a portal but still followed by a dash."""
    match = _PREFIX_RE.match(text)
    if not match:
        return None
    word = match.group("word")
    if word.isupper() or (word[:1].isupper() and match.group("dash") != ":"):
        return match
    return None


@dataclass(frozen=True)
class SplitHeadline:
    """A headline with its wire prefixes taken off."""

    headline: str
    version: str | None = None
    kind: str | None = None


def split_prefixes(text: str) -> SplitHeadline:
    """Take ``UPDATE [n] -`` and ``ANALYSIS -``-type prefixes (in any order) off a headline.

    >>> split_prefixes("UPDATE – 2 more Palestinians killed")
    SplitHeadline(headline='2 more Palestinians killed', version='UPDATE', kind=None)
    >>> split_prefixes("UPDATE 2 - ANALYSIS - Gas prices").version
    'UPDATE 2'
    """
    version: str | None = None
    kind: str | None = None
    rest = text.strip()
    while True:
        match = _match_prefix(rest)
        if not match:
            break
        word = match.group("word").upper().replace("İ", "İ")
        if word in VERSION_WORDS and version is None:
            version = VERSION_WORDS[word]
            if match.group("number") and match.group("number") != "1":
                version = f"{version} {int(match.group('number'))}"
        elif word in KIND_WORDS and kind is None and not match.group("number"):
            kind = KIND_WORDS[word]
        else:
            break
        rest = rest[match.end() :]
    return SplitHeadline(headline=rest.strip(), version=version, kind=kind)


def has_wire_prefix(text: str) -> bool:
    """Tell whether a line starts with a wire prefix (a sign that a new story starts there)."""
    return _match_prefix(text) is not None
