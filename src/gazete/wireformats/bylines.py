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


def _word_set(text: str) -> frozenset[str]:
    """Return the set of whitespace-separated words in a text (for readable word tables)."""
    return frozenset(text.split())


# ---- Bylines of every agency: "By", "Von", "Par", "Por", "di", "Av", "Muhabir:", Greek "Της"/"Του".

_LEAD_WORD_RE = re.compile(r"^(?:by|von|par|por|di|av|door|του|της|των)\s+(?=\S)", re.IGNORECASE)
_LEAD_LABEL_RE = re.compile(
    r"^(?:muhabir(?:ler)?|author|autor|auteur|autore|writer|reporter|text|texto|testo)\s*:\s*", re.IGNORECASE
)
_PERSON_SPLIT_RE = re.compile(
    r"\s*(?:[,;/&+]|\s(?:and|und|et|y|e|ja|och|og|ve|και)\s)\s*", re.IGNORECASE
)
# Words that make a name an organisation or a desk, never a person.
ORGANISATION_WORDS = _word_set(
    """university universität università université universidad universidade college school institute institut
    istituto instituto network staff desk newsroom redaktion redazione redacción rédaction toimitus redaktionen
    agency agence agencia agenzia ajansı press presse prensa news nachrichten notizie service services servisi
    team bureau büro ministry ministerium ministère ministerio inc ltd llc gmbh ag corp corporation foundation
    stiftung council department office association committee group society company center centre sports
    merkezi times post journal herald correspondents correspondent writers reporters editors"""
)
_NAME_PARTICLES = _word_set("de da do dos das del della di du van von der den ter te la le al el bin ibn y e zu af och")
_PERSON_WORD_RE = re.compile(r"^[^\W\d_][\w'’.\-]*$")


def _strip_trailing_agency(text: str, agency_names: frozenset[str]) -> str:
    """Take a trailing agency credit off a byline: ``NAME, dpa``, ``NAME/TT``, ``NAME Associated Press``."""
    changed = True
    while changed:
        changed = False
        folded = text.casefold()
        for alias in sorted(agency_names, key=len, reverse=True):
            if not folded.endswith(alias) or len(folded) == len(alias):
                continue
            head = text[: len(text) - len(alias)]
            separated = head.rstrip().endswith((",", "/", "-", "–", "—", "(", "|"))
            spaced = head.endswith((" ", "\u00a0")) and (len(alias) > 3 or " " in alias)
            if separated or spaced:
                text = head.rstrip(" ,/-–—(|\u00a0")
                changed = True
                break
    return text.strip(" )")


def is_organisation(name: str) -> bool:
    """Tell whether a name belongs to an organisation or a desk (``Michigan State University``)."""
    return any(word.casefold().strip(".,") in ORGANISATION_WORDS for word in name.split())


def looks_like_person(name: str) -> bool:
    """Tell whether a name can be a person's: one to five capitalised words (particles allowed)."""
    words = name.split()
    if not words or len(words) > 5 or not _PERSON_WORD_RE.match(words[0].strip(".")):
        return False
    return all(
        word.casefold() in _NAME_PARTICLES or (word[:1].isupper() and _PERSON_WORD_RE.match(word)) for word in words
    )


def _display_name(name: str) -> str:
    """Write words in capitals (AP's ``REBECCA BOONE``, AFP's ``Élodie MARCHAND``) as a name is written."""
    return " ".join(
        word.title() if word.isupper() and sum(char.isalpha() for char in word) > 1 else word for word in name.split()
    )


def persons_from_byline(text: str | None, agency_names: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Return the people a byline names: no ``By``/``Von``/``Par`` word, no agency, no organisation.

    >>> persons_from_byline("Von Christian Hollmann, dpa", frozenset({"dpa"}))
    ('Christian Hollmann',)
    >>> persons_from_byline("By SAM GARRETT, ANA LUIZ and Michigan State University")
    ('Sam Garrett', 'Ana Luiz')
    """
    if not text:
        return ()
    text = " ".join(text.split()).strip(" .*")
    for pattern in (_LEAD_LABEL_RE, _LEAD_WORD_RE):
        stripped = pattern.sub("", text, count=1)
        if stripped != text and len(stripped.split()) >= 2:
            text = stripped
    text = _strip_trailing_agency(text, agency_names)
    people: list[str] = []
    for part in _PERSON_SPLIT_RE.split(text):
        name = _NAME_PLACE_TAIL_RE.sub("", part.strip(" .*()"))
        name = _strip_trailing_agency(name, agency_names)
        if not name or name.casefold() in agency_names or is_organisation(name) or not looks_like_person(name):
            continue
        name = _display_name(name)
        if name not in people:
            people.append(name)
    return tuple(people)
