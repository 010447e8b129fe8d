"""Reuters: ``PITTSBURGH, May 2 (Reuters) -`` datelines, ``UPDATE 1-`` headlines, reporting credits."""

import re

from gazete.wireformats.agencies.profile import AgencyProfile, credit_dateline

PROFILE = AgencyProfile(
    code="REUTERS",
    names={"en": "Reuters"},
    credit="Reuters",
    markers=re.compile(r"reuters", re.IGNORECASE),
    aliases=("Reuters", "Thomson Reuters", "Reuters Staff"),
    dateline_patterns=(credit_dateline("Reuters"),),
)
