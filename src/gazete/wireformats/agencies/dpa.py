"""Deutsche Presse-Agentur: ``Berlin (dpa) -`` datelines (``dpa/lby`` too), ``Von NAME, dpa`` bylines."""

import re

from gazete.wireformats.agencies.profile import AgencyProfile, credit_dateline

PROFILE = AgencyProfile(
    code="DPA",
    names={"en": "dpa"},
    credit="dpa",
    markers=re.compile(r"\bdpa\.(?:com|de)\b|^dpa$|deutsche presse", re.IGNORECASE),
    aliases=("dpa", "Deutsche Presse-Agentur"),
    dateline_patterns=(credit_dateline(r"dpa(?:/[a-z]{2,4})?"),),
)
