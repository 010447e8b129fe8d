"""Agence France-Presse: ``Geneva (AFP) -`` datelines, ``Par`` bylines, desk initials (``nl/jm``) at the end."""

import re

from gazete.wireformats.agencies.profile import AgencyProfile, credit_dateline

PROFILE = AgencyProfile(
    code="AFP",
    names={"en": "Agence France-Presse", "fr": "Agence France-Presse"},
    credit="AFP",
    markers=re.compile(r"afp\.com|^AFP$|nprov:AFP|agence france", re.IGNORECASE),
    aliases=("AFP", "Agence France-Presse"),
    dateline_patterns=(credit_dateline("AFP"),),
    signoffs=(re.compile(r"^[a-z]{1,5}(?:-[a-z]{1,5})?(?:/[a-z]{1,5}(?:-[a-z]{1,5})?){1,6}$"),),
)
