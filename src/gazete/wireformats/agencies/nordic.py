"""The Nordic agencies STT (Finland) and TT (Sweden): ``NAME/TT`` bylines, TT's ``Kultur TT`` vignette line."""

import re

from gazete.wireformats.agencies.profile import AgencyProfile, credit_dateline

STT = AgencyProfile(
    code="STT",
    names={"en": "STT"},
    credit="STT",
    markers=re.compile(r"\bstt\.fi\b|^STT$|stt-lehtikuva", re.IGNORECASE),
    aliases=("STT", "STT-Lehtikuva"),
    dateline_patterns=(credit_dateline("STT"),),
)

TT = AgencyProfile(
    code="TT",
    names={"en": "TT"},
    credit="TT",
    markers=re.compile(r"\btt\.se\b|^TT$|tidningarnas telegrambyr", re.IGNORECASE),
    aliases=("TT", "TT Nyhetsbyrån"),
    dateline_patterns=(credit_dateline("TT"),),
    # A plain-text TT body opens with the headline and a vignette line: "Kultur TT".
    vignette=re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+)?\s+TT$"),
)
