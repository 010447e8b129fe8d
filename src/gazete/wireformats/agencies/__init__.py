"""The agency registry: every agency profile, and how a payload is matched to one.

A parser collects its payload's markers (guid, provider, copyright holder, info source, feed
title) and asks :func:`identify`; the first paragraph's dateline can name the agency too
(:func:`match_dateline`). Profiles are listed in :data:`PROFILES`; adding an agency is one module
building an :class:`AgencyProfile` plus one line here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gazete.wireformats.agencies import aa, afp, ansa, ap, dpa, nordic, others, reuters
from gazete.wireformats.agencies.profile import AgencyProfile

PROFILES: tuple[AgencyProfile, ...] = (
    aa.PROFILE,
    reuters.PROFILE,
    ap.PROFILE,
    afp.PROFILE,
    dpa.PROFILE,
    ansa.PROFILE,
    nordic.STT,
    nordic.TT,
    others.EFE,
    others.AAP,
    others.ANA_MPA,
)
_BY_CODE = {profile.code: profile for profile in PROFILES}

# Sign-offs any agency may end a story with: "(Reporting by X; Editing by Y)", "Writing by X".
GENERIC_SIGNOFFS = (
    re.compile(
        r"^\(?\s*(?:Reporting|Writing|Written|Editing|Edited|Additional reporting|Compiled|Translated|Translation)"
        r"\b[^()]{0,200}\bby\b[^()]{0,300}\)?\.?$",
        re.IGNORECASE,
    ),
)

# Everything an agency is called: such a name in a byline is the source, never a person.
AGENCY_ALIASES: frozenset[str] = frozenset(
    alias.casefold() for profile in PROFILES for alias in (*profile.aliases, *profile.names.values(), profile.credit)
)


def by_code(code: str | None) -> AgencyProfile | None:
    """Return the profile of an agency code (``REUTERS``, ``AA``), or None."""
    return _BY_CODE.get(code.upper()) if code else None


def identify(markers: Iterable[str | None]) -> AgencyProfile | None:
    """Return the profile of the first marker any profile recognises (markers in order of trust)."""
    for marker in markers:
        text = (marker or "").strip()
        if not text:
            continue
        for profile in PROFILES:
            if profile.markers.search(text):
                return profile
    return None


def match_dateline(paragraph: str, preferred: AgencyProfile | None = None) -> tuple[AgencyProfile, str, str] | None:
    """Find another agency's dateline at the start of a paragraph: (profile, place, rest).

    The preferred profile is tried first; AA datelines are left to ``gazete.wireformats.datelines``.
    """
    ordered = ([preferred] if preferred else []) + [p for p in PROFILES if p is not preferred]
    for profile in ordered:
        found = profile.match_dateline(paragraph)
        if found:
            return profile, found[0], found[1]
    return None


def is_signoff(paragraph: str, profile: AgencyProfile | None) -> bool:
    """Tell whether a paragraph is a sign-off (the agency's own, or any agency's reporting credits)."""
    text = paragraph.strip()
    if any(pattern.match(text) for pattern in GENERIC_SIGNOFFS):
        return True
    return profile is not None and profile.is_signoff(text)


def is_agency_name(text: str) -> bool:
    """Tell whether a name is an agency's (``dpa``, ``Associated Press``), not a person's."""
    return " ".join(text.split()).casefold() in AGENCY_ALIASES


def agency_name(code: str | None, language: str = "en") -> str | None:
    """Return an agency's real name for a code (``AA`` → ``Anadolu Agency``); unknown codes as given."""
    profile = by_code(code)
    if profile is None:
        return code or None
    return profile.name(language)


__all__ = [
    "PROFILES",
    "AgencyProfile",
    "agency_name",
    "by_code",
    "identify",
    "is_agency_name",
    "is_signoff",
    "match_dateline",
]
