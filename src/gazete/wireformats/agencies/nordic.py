"""The Nordic agencies STT (Finland) and TT (Sweden): ``NAME/TT`` bylines, TT's ``Kultur TT`` vignette line."""

import re

from gazete.wireformats.agencies.profile import credit_profile

STT = credit_profile("STT", re.compile(r"\bstt\.fi\b|^STT$|stt-lehtikuva", re.IGNORECASE), ("STT", "STT-Lehtikuva"))

TT = credit_profile(
    "TT",
    re.compile(r"\btt\.se\b|^TT$|tidningarnas telegrambyr", re.IGNORECASE),
    ("TT", "TT Nyhetsbyrån"),
    # A plain-text TT body opens with the headline and a vignette line: "Kultur TT".
    vignette=re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+)?\s+TT$"),
)
