"""The Associated Press: ``BOISE, Idaho (AP) —`` datelines, ``By NAME`` in capitals, ``___`` endings."""

import re

from gazete.wireformats.agencies.profile import AgencyProfile, credit_dateline

PROFILE = AgencyProfile(
    code="AP",
    names={"en": "Associated Press"},
    credit="AP",
    markers=re.compile(r"\bap\.org\b|^AP$|associated press", re.IGNORECASE),
    aliases=("AP", "The Associated Press", "Associated Press", "AP Writer", "Associated Press Writer"),
    dateline_patterns=(credit_dateline("AP"),),
    signoffs=(
        re.compile(r"^_{3,}$"),
        re.compile(r"^(?:The )?Associated Press (?:\w+ )?(?:writers?|reporters?|journalists?)\b.*\bcontributed\b",
                   re.IGNORECASE),
    ),
)
