"""Anadolu Agency (AA): ``ISTANBUL (AA) -`` datelines keep their region, ``Muhabir:`` bylines."""

import re

from gazete.wireformats.agencies.profile import AgencyProfile

PROFILE = AgencyProfile(
    code="AA",
    names={"en": "Anadolu Agency", "tr": "Anadolu Ajansı"},
    credit="AA",
    markers=re.compile(r"^(?:aa|urn:newsml:aa\.com\.tr)\b|anadolu|nprov:aa\b|\baa\.com\.tr|^aa:", re.IGNORECASE),
    aliases=("AA", "Anadolu Agency", "Anadolu Ajansı"),
    # AA datelines (reporters inside them, Turkish forms) are read by gazete.wireformats.datelines.
    place_keeps_region=True,
)
