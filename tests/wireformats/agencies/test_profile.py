"""Agency profiles: the common dateline, plausible places, and profiles built from a credit alone."""

from __future__ import annotations

import doctest
import re

from gazete.wireformats.agencies import others, profile
from gazete.wireformats.agencies.profile import credit_profile


def test_doctests() -> None:
    assert doctest.testmod(profile).failed == 0


def test_a_credit_profile_uses_its_credit_as_code_name_and_dateline() -> None:
    built = credit_profile("STT", re.compile("stt"), ("STT",))
    assert (built.code, built.credit, built.name("fi"), built.aliases) == ("STT", "STT", "STT", ("STT",))
    assert built.match_dateline("HELSINKI (STT) - Hallitus") == ("HELSINKI", "Hallitus")
    assert built.match_dateline("HELSINKI (TT) - Regeringen") is None
    assert built.vignette is None and built.signoffs == ()


def test_several_dateline_credits_are_read_as_one_agency() -> None:
    assert others.ANA_MPA.match_dateline("ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση") == ("ΑΘΗΝΑ", "Η κυβέρνηση")
    assert others.ANA_MPA.match_dateline("ATHENS (ANA) - The government") == ("ATHENS", "The government")
    assert others.ANA_MPA.credit == "ANA-MPA"
