"""What an agency profile says: how one agency names itself, prints datelines and signs its copy.

A profile is data, not code: the parsers ask the registry (``gazete.wireformats.agencies``) which
profile a payload belongs to, then use its patterns. Adding an agency is one small module that
builds an :class:`AgencyProfile` and lists it in the registry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A dateline place: starts with a letter (any script), runs to the agency's parenthesis.
PLACE = r"[^\W\d_][^()\n]{0,60}?"


@dataclass(frozen=True)
class AgencyProfile:
    """One agency: its code, the names it goes by, its dateline and sign-off habits.

    - ``code``: what ``WireStory.agency`` holds (``REUTERS``); ``credit``: what the dateline
      prints in parentheses (``Reuters``).
    - ``names``: the source line per language (``{"en": "Reuters"}``); ``"en"`` is the fallback.
    - ``markers``: matched against guids, providers, copyright holders and info sources.
    - ``aliases``: how the agency appears inside bylines (``dpa``, ``Associated Press``), never a person.
    - ``dateline_patterns``: regexes for the dateline at the start of the first paragraph, each with
      a ``place`` group; what they match is taken off the paragraph.
    - ``signoffs``: whole paragraphs that end a story and are no part of it (desk initials,
      reporting credits).
    - ``place_keeps_region``: the printed place keeps what follows its comma (AA prints
      ``GAZA, Palestine``); otherwise the place is the city alone (``BOISE, Idaho`` → ``BOISE``).
    """

    code: str
    names: dict[str, str]
    credit: str
    markers: re.Pattern[str]
    aliases: tuple[str, ...] = ()
    dateline_patterns: tuple[re.Pattern[str], ...] = ()
    signoffs: tuple[re.Pattern[str], ...] = ()
    place_keeps_region: bool = False
    vignette: re.Pattern[str] | None = None
    categories: dict[str, str] = field(default_factory=dict)

    def name(self, language: str | None = None) -> str:
        """Return the agency's name for the source line in a language (English when not known)."""
        return self.names.get(language or "en", self.names["en"])

    def match_dateline(self, paragraph: str) -> tuple[str, str] | None:
        """Return (place, rest of the paragraph) when the paragraph opens with this agency's dateline."""
        for pattern in self.dateline_patterns:
            match = pattern.match(paragraph)
            if match and _plausible_place(match.group("place") or ""):
                place = (match.group("place") or "").strip(" ,")
                if not self.place_keeps_region:
                    place = place.split(",")[0].strip()
                return place, paragraph[match.end():].lstrip()
        return None

    def is_signoff(self, paragraph: str) -> bool:
        """Tell whether a paragraph is a sign-off of this agency (desk initials, reporting credits)."""
        return any(pattern.match(paragraph) for pattern in self.signoffs)


def _plausible_place(place: str) -> bool:
    """Tell whether text before an agency credit is a place (``Rio de Janeiro``), not a sentence."""
    words = place.split(",")[0].split()
    if not words or len(words) > 4 or not words[0][:1].isupper():
        return False
    return sum(1 for word in words if not word[:1].isupper()) <= 1


def credit_dateline(credit: str) -> re.Pattern[str]:
    """Build the common dateline ``PLACE[, Region][, May 2] (Credit) -`` for a credit (a regex).

    >>> credit_dateline("Reuters").match("PITTSBURGH, May 2 (Reuters) - A steelmaker").group("place")
    'PITTSBURGH, May 2'
    """
    return re.compile(rf"^(?P<place>{PLACE})\s*\((?:{credit})\)\s*(?:\.?[-–—]+|:)\s*")


def credit_profile(
    credit: str,
    markers: re.Pattern[str],
    aliases: tuple[str, ...],
    *,
    dateline_credits: str | None = None,
    vignette: re.Pattern[str] | None = None,
) -> AgencyProfile:
    """Build the profile of an agency known by its credit alone: code, English name and dateline credit.

    ``dateline_credits`` is a regex of every credit its datelines print, when there are several
    (``ANA-MPA|ΑΠΕ-ΜΠΕ|ANA``); ``vignette`` is as in :class:`AgencyProfile`.

    >>> profile = credit_profile("EFE", re.compile("efe"), ("EFE",))
    >>> profile.code, profile.name("tr"), profile.match_dateline("Madrid (EFE).- Texto")
    ('EFE', 'EFE', ('Madrid', 'Texto'))
    """
    return AgencyProfile(
        code=credit,
        names={"en": credit},
        credit=credit,
        markers=markers,
        aliases=aliases,
        dateline_patterns=(credit_dateline(dateline_credits or credit),),
        vignette=vignette,
    )


def words(text: str) -> tuple[str, ...]:
    """Split a table written one entry per line into a tuple (for readable alias lists)."""
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())
