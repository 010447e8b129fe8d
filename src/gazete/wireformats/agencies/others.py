"""Smaller profiles: EFE (``Madrid, 15 abr (EFE).-``), AAP (Australia) and ANA-MPA (Greece)."""

import re

from gazete.wireformats.agencies.profile import AgencyProfile, credit_dateline

EFE = AgencyProfile(
    code="EFE",
    names={"en": "EFE"},
    credit="EFE",
    markers=re.compile(r"\befe\.com\b|^EFE$|agencia efe|\bEFE\b"),
    aliases=("EFE", "Agencia EFE"),
    dateline_patterns=(credit_dateline("EFE"),),
)

AAP = AgencyProfile(
    code="AAP",
    names={"en": "AAP"},
    credit="AAP",
    markers=re.compile(r"\baap\.com\.au\b|^AAP$|australian associated press", re.IGNORECASE),
    aliases=("AAP", "Australian Associated Press"),
    dateline_patterns=(credit_dateline("AAP"),),
)

ANA_MPA = AgencyProfile(
    code="ANA-MPA",
    names={"en": "ANA-MPA"},
    credit="ANA-MPA",
    markers=re.compile(r"\bamna\.gr\b|ana-mpa|ΑΠΕ-ΜΠΕ", re.IGNORECASE),
    aliases=("ANA-MPA", "ΑΠΕ-ΜΠΕ", "ΑΠΕ"),
    dateline_patterns=(credit_dateline(r"ANA-MPA|ΑΠΕ-ΜΠΕ|ANA"),),
)
