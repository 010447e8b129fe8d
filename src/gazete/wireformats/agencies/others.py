"""Smaller profiles: EFE (``Madrid, 15 abr (EFE).-``), AAP (Australia) and ANA-MPA (Greece)."""

import re

from gazete.wireformats.agencies.profile import credit_profile

EFE = credit_profile("EFE", re.compile(r"\befe\.com\b|^EFE$|agencia efe|\bEFE\b"), ("EFE", "Agencia EFE"))

AAP = credit_profile(
    "AAP",
    re.compile(r"\baap\.com\.au\b|^AAP$|australian associated press", re.IGNORECASE),
    ("AAP", "Australian Associated Press"),
)

ANA_MPA = credit_profile(
    "ANA-MPA",
    re.compile(r"\bamna\.gr\b|ana-mpa|ΑΠΕ-ΜΠΕ", re.IGNORECASE),
    ("ANA-MPA", "ΑΠΕ-ΜΠΕ", "ΑΠΕ"),
    dateline_credits=r"ANA-MPA|ΑΠΕ-ΜΠΕ|ANA",
)
