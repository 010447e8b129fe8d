"""ANSA: ``(ANSA) - ROMA, 11 GIU -`` datelines (the credit first), ``di NAME`` bylines."""

import re

from gazete.wireformats.agencies.profile import AgencyProfile, credit_dateline

PROFILE = AgencyProfile(
    code="ANSA",
    names={"en": "ANSA"},
    credit="ANSA",
    markers=re.compile(r"ansa\.it|^ANSA$", re.IGNORECASE),
    aliases=("ANSA", "Redazione ANSA"),
    dateline_patterns=(
        re.compile(
            r"^\(ANSA\)\s*[-–—]\s*(?P<place>[^\W\d_][^,()\n]{0,40}),\s*"
            r"(?:\d{1,2}\s+[^\W\d_]{3,9}\.?|[^\W\d_]{3,9}\.?\s+\d{1,2})\s*[-–—]\s*"
        ),
        credit_dateline("ANSA"),
    ),
)
