"""Recognise AA datelines: ``ISTANBUL (AA) -``, ``GAZA, Palestine (AA) –``, ``ANKARA-Anadolu Agency``.

Also the Turkish forms: reporter names inside the dateline (``KAHRAMANMARAŞ (AA) - AD SOYAD/ AD
SOYAD -``), a place written alone on its own line (``BİRLEŞMİŞ MİLLETLER``) and a portal's place and
time line (``KAHRAMANMARAŞ 15.02.2023, 20:12``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _word_set(text: str) -> frozenset[str]:
    """Return the set of whitespace-separated words in a text (for readable word tables)."""
    return frozenset(text.split())


UPPER = "A-ZÇĞİÖŞÜÂÊÎÔÛÉÈÁÀÓÍÚ"
LOWER = "a-zçğıöşüâêîôûéèáàóíú"
DASH = "[-–—]"

MONTHS = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"|(?:Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)"
)
_DATE_IN_PLACE_RE = re.compile(
    rf"\s*,?\s*(?:(?:{MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+(?:{MONTHS})(?:\s+\d{{4}})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*$",
    re.IGNORECASE,
)

# Agencies printed in the dateline parentheses that mean "Anadolu Agency".
AA_CREDITS = re.compile(r"^(?:AA(?:\s*/\s*[A-Z]{2,8})*|Anadolu Agency|Anadolu Ajansı)$")

# A portal's date and/or time printed before or right after the dateline: "12.03.2024 14:55 ANKARA (AA) -".
_STAMP = r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:\s*[,-]?\s*\d{1,2}[:.]\d{2})?|\d{1,2}:\d{2})"
_INLINE_RE = re.compile(
    rf"^(?:{_STAMP}\s*[-–—|,]?\s*)?(?P<place>[{UPPER}][^()\n]{{0,80}}?)?\s*"
    rf"\((?P<agency>AA(?:\s*/\s*[A-Z]{{2,8}})*|Anadolu Agency|Anadolu Ajansı)\)"
    rf"\s*(?:{DASH}+\s*|:\s*|(?=[{UPPER}\"“'])|$)"
)
_STAMP_AFTER_RE = re.compile(rf"^{_STAMP}\s*{DASH}\s*")
_CREDIT_LINE_RE = re.compile(
    rf"^(?P<place>[{UPPER}][{UPPER}'’ .\-]{{1,40}}?)\s*{DASH}\s*(?:Anadolu Agency|Anadolu Ajansı)\s*$"
)
_PLACE_TIME_RE = re.compile(
    rf"^(?P<place>[{UPPER}][{UPPER}'’ \-]{{1,40}}?)\s+\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}"
    r"(?:\s*[,-]?\s*\d{1,2}[:.]\d{2}(?::\d{2})?)?\s*$"
)
_PLACE_ALONE_RE = re.compile(rf"^[{UPPER}][{UPPER}'’\-]*(?:[ ,/]+[{UPPER}][{UPPER}'’\-]*){{0,3}}$")
_NAME_WORD = rf"[{UPPER}][{UPPER}{LOWER}'’.\-]*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
_REPORTERS_RE = re.compile(rf"^(?P<names>{_NAME}(?:\s*[/,]\s*{_NAME})*)\s*{DASH}\s+")
_SPLIT_NAMES_RE = re.compile(r"\s*[/,]\s*")
# Past, progressive and future endings of Turkish verbs, written in capitals (``OLDU``, ``BAŞLIYOR``).
_VERB_ENDING_RE = re.compile(r"^.{3,}(?:DI|Dİ|DU|DÜ|TI|Tİ|TU|TÜ|YOR|ACAK|ECEK|MIŞ|MİŞ|MUŞ|MÜŞ|DILAR|DİLER)$")

# Words that are section labels or navigation, never a dateline place when alone on a line.
NOT_PLACES = _word_set(
    """WORLD TURKEY TÜRKİYE ECONOMY POLITICS SPORT SPORTS CULTURE HEALTH SCIENCE TECHNOLOGY EUROPE
    AMERICAS ASIA AFRICA MIDDLE EAST ENERGY LIFE NEWS HOME MENU SEARCH VIDEO PHOTO GALLERY LATEST
    DÜNYA GÜNDEM EKONOMİ SPOR POLİTİKA SİYASET YAŞAM SAĞLIK KÜLTÜR SANAT TEKNOLOJİ MAGAZİN EĞİTİM
    ASAYİŞ YEREL BÖLGE GÜNCEL HABER HABERLER ANA SAYFA VİDEO FOTO GALERİ SON DAKİKA YAZARLAR
    PAGE CONTACT ABOUT ANADOLU AGENCY AJANSI AA KAYNAK SOURCE UYARI"""
)


@dataclass(frozen=True)
class InlineDateline:
    """A dateline found at the start of a paragraph, and the text after it."""

    place: str
    agency: str
    authors: tuple[str, ...]
    rest: str


def clean_place(place: str) -> str:
    """Drop a trailing date and stray punctuation from a dateline place."""
    place = _DATE_IN_PLACE_RE.sub("", place.strip())
    return place.strip(" ,-–—")


def _plausible_place(place: str) -> bool:
    """Tell whether text before ``(AA)`` looks like a place, not a sentence that mentions AA."""
    words = place.split()
    if not words or len(words) > 7:
        return False
    head = place.split(",")[0]
    letters = [char for char in head if char.isalpha()]
    if not letters:
        return False
    if sum(char.isupper() for char in letters) >= 0.6 * len(letters):
        return True
    # A portal may print "Istanbul (AA) -": accept up to three capitalised words.
    head_words = head.split()
    return len(head_words) <= 3 and all(word[:1].isupper() for word in head_words)


def match_inline_dateline(paragraph: str) -> InlineDateline | None:
    """Find ``PLACE (AA) -`` (and Turkish reporter names after it) at the start of a paragraph.

    >>> match_inline_dateline("HAKKARI, Turkey (AA) – Three soldiers were injured.").place
    'HAKKARI, Turkey'
    >>> match_inline_dateline("KAHRAMANMARAŞ (AA) - ALİ VELİ/ AYŞE KAYA - Depremde...").authors
    ('ALİ VELİ', 'AYŞE KAYA')
    """
    match = _INLINE_RE.match(paragraph)
    if not match:
        return None
    place = match.group("place") or ""
    if place and not _plausible_place(place):
        return None
    rest = _STAMP_AFTER_RE.sub("", paragraph[match.end() :].lstrip(), count=1)
    authors: tuple[str, ...] = ()
    reporters = _REPORTERS_RE.match(rest)
    if reporters and len(reporters.group("names")) <= 120 and len(rest) > reporters.end():
        names = tuple(name for name in _SPLIT_NAMES_RE.split(reporters.group("names")) if name)
        # One name alone must be in capitals, or "Borsa İstanbul - ..." would pass for a reporter.
        if len(names) > 1 or names[0].isupper():
            authors = names
            rest = rest[reporters.end() :].lstrip()
    return InlineDateline(place=clean_place(place), agency="AA", authors=authors, rest=rest)


def match_credit_dateline(line: str) -> str | None:
    """Return the place of an ``ANKARA-Anadolu Agency`` credit line, else ``None``."""
    match = _CREDIT_LINE_RE.match(line.strip())
    return clean_place(match.group("place")) if match else None


def match_place_time_line(line: str) -> str | None:
    """Return the place of a portal's ``KAHRAMANMARAŞ 15.02.2023, 20:12`` line, else ``None``."""
    match = _PLACE_TIME_RE.match(line.strip())
    if not match:
        return None
    place = clean_place(match.group("place"))
    return None if _is_label(place) else place


def match_place_alone(line: str) -> str | None:
    """Return a capitalised place written alone on its line (``BİRLEŞMİŞ MİLLETLER``), else ``None``.

    An all-caps headline (``ASGARİ ÜCRET BELLİ OLDU``) is not a place: places have at most three
    words, carry no case suffix after an apostrophe and do not end in a Turkish verb ending.
    """
    text = line.strip()
    if len(text) > 40 or not _PLACE_ALONE_RE.match(text) or _is_label(text):
        return None
    words = re.split(r"[\s,/]+", text)
    if len(words) > 3 or "'" in text or "’" in text or _VERB_ENDING_RE.search(words[-1]):
        return None
    return text


def _is_label(text: str) -> bool:
    """Tell whether capitalised text is a section or navigation label rather than a place."""
    words = re.split(r"[\s,/]+", text.strip())
    return all(word in NOT_PLACES for word in words if word)
