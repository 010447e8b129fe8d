"""Read author names from byline lines: ``By A, B and C``, Turkish ``Muhabir: X``.

Desk credits such as ``*Writing by X`` or ``Editing by X`` are recognised so callers can drop them:
they name AA desk staff, not the story's authors.
"""

from __future__ import annotations

import re

_BY_RE = re.compile(r"^By[ \t]+(?P<names>\S.{0,150})$")
_MUHABIR_RE = re.compile(r"^(?:Muhabir|Muhabirler)[ \t]*:[ \t]*(?P<names>\S.{0,150})$", re.IGNORECASE)
# Another crew credit on the Muhabir line: "Muhabir: Ali Veli - Kamera: Ayşe Kaya", "... | Editör: X".
_OTHER_ROLE_TAIL_RE = re.compile(r"\s*(?:[-–—|,;]\s*)?\b[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:.*$")
# Desk and crew lines that name no author: "Editör: X", "Kamera: X", "Haber Merkezi", "News Desk".
_CREW_RE = re.compile(
    r"^(?:(?:Editör|Editor|Editörler|Kamera|Kameraman|Görüntü|Fotoğraflar|Çeviri|Çeviren|Yayına hazırlayan|"
    r"Hazırlayan|Derleyen|Grafik|Video)\s*:\s*\S.{0,100}|Haber Merkezi|News Desk|Dış Haberler Servisi|"
    r"Ekonomi Servisi|Spor Servisi)$",
    re.IGNORECASE,
)
_DESK_RE = re.compile(
    r"^\*?\s*(?:Writing|Written|Editing|Edited|Reporting|Additional reporting|Contributing|Contributed|"
    r"Compiled|Translated|Translation)"
    r"\s+by\b.*$",
    re.IGNORECASE,
)
# AA's own site prints "Name Surname   |12.07.2023 - Update : 12.07.2023" under the standfirst.
_AA_SITE_AUTHOR_RE = re.compile(
    r"^(?P<names>[^|\d]{3,150}?)\s*\|\s*\d{1,2}\.\d{1,2}\.\d{4}(?:\s+\d{1,2}:\d{2})?"
    r"(?:\s*-\s*(?:Update|Updated|Güncelleme)\s*:?\s*\d{1,2}\.\d{1,2}\.\d{4}(?:\s+\d{1,2}:\d{2})?)?\s*$",
    re.IGNORECASE,
)
_SPLIT_RE = re.compile(r"\s*(?:,\s*and\s+|,|\band\b|&|\bve\b|/|;)\s*")
_NAME_RE = re.compile(r"^[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,4}$")
# "By Omar Haddad in Beirut", "By Ali Veli from Ankara": the place is not part of the name.
_NAME_PLACE_TAIL_RE = re.compile(r"\s+(?:in|from)\s+[A-ZÇĞİÖŞÜ][^\s,]*(?:[ ,]+[A-ZÇĞİÖŞÜ][^\s,]*){0,3}$")


def split_names(names: str) -> tuple[str, ...]:
    """Split ``A, B and C`` (or Turkish ``A ve B``) into names.

    >>> split_names("Ali Veli, Ayşe Kaya and John Smith")
    ('Ali Veli', 'Ayşe Kaya', 'John Smith')
    """
    names = _NAME_PLACE_TAIL_RE.sub("", names.strip(" .*"))
    parts = [_NAME_PLACE_TAIL_RE.sub("", part.strip(" .*")) for part in _SPLIT_RE.split(names)]
    return tuple(part for part in parts if part)


def _names_if_plausible(names: str) -> tuple[str, ...] | None:
    """Return the names when every one looks like a person's name (capitalised, at most 5 words)."""
    found = split_names(names)
    if not found or not all(_NAME_RE.match(name) and name[0].isupper() for name in found):
        return None
    return found


def match_by_line(line: str) -> tuple[str, ...] | None:
    """Return the authors of an English ``By ...`` line, else ``None``."""
    match = _BY_RE.match(line.strip())
    return _names_if_plausible(match.group("names")) if match else None


def match_muhabir_line(line: str) -> tuple[str, ...] | None:
    """Return the authors of a Turkish ``Muhabir: ...`` line, else ``None``."""
    match = _MUHABIR_RE.match(line.strip())
    return _names_if_plausible(_OTHER_ROLE_TAIL_RE.sub("", match.group("names"))) if match else None


def match_dated_author_line(line: str) -> tuple[str, ...] | None:
    """Return the authors of AA's ``Name Surname |12.07.2023 - Update : 12.07.2023`` line, else ``None``.

    >>> match_dated_author_line("Burc Eruygur   |12.07.2023 - Update : 12.07.2023")
    ('Burc Eruygur',)
    """
    match = _AA_SITE_AUTHOR_RE.match(line.strip())
    return _names_if_plausible(match.group("names")) if match else None


def is_desk_credit(line: str) -> bool:
    """Tell whether a line is a desk credit (``*Writing by X``), which names no author."""
    text = line.strip()
    return bool(_DESK_RE.match(text) or _CREW_RE.match(text))
