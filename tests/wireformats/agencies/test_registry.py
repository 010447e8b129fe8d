"""Tests for gazete.wireformats.agencies: matching payload markers, datelines and sign-offs to profiles."""

from __future__ import annotations

import pytest

from gazete.wireformats import agencies


@pytest.mark.parametrize(
    ("markers", "code"),
    [
        (["nprov:REUTERS"], "REUTERS"),
        (["", "urn:publicid:ap.org:abc"], "AP"),
        (["AFP"], "AFP"),
        (["urn:newsml:dpa.com:20090101:1"], "DPA"),
        (["urn:newsml:ansa.it:2024:1"], "ANSA"),
        (["STT"], "STT"),
        (["http://tt.se/media/text/1"], "TT"),
        (["urn:newsml:amna.gr:1"], "ANA-MPA"),
        (["aa:text:20240612:1"], "AA"),
        # The info source (first) wins over a distributor named later.
        (["AAP", "Superdesk"], "AAP"),
    ],
)
def test_identify(markers: list[str], code: str) -> None:
    profile = agencies.identify(markers)
    assert profile is not None and profile.code == code


def test_identify_unknown_gives_none() -> None:
    assert agencies.identify(["example.org", None, ""]) is None


@pytest.mark.parametrize(
    ("paragraph", "code", "place", "rest"),
    [
        ("PITTSBURGH, May 2 (Reuters) - A steelmaker said", "REUTERS", "PITTSBURGH", "A steelmaker said"),
        ("BOISE, Idaho (AP) — Voters chose", "AP", "BOISE", "Voters chose"),
        ("Geneva (AFP) - The number", "AFP", "Geneva", "The number"),
        ("Berlin (dpa/lbn) - Nach dem Streik", "DPA", "Berlin", "Nach dem Streik"),
        ("(ANSA) - ROMA, 11 GIU - A maggio", "ANSA", "ROMA", "A maggio"),
        ("(ANSA) - VENICE, JULY 5 - Venice's fee", "ANSA", "VENICE", "Venice's fee"),
        ("Madrid, 15 abr (EFE).- El Consejo", "EFE", "Madrid", "El Consejo"),
        ("ΘΕΣΣΑΛΟΝΙΚΗ (ΑΠΕ-ΜΠΕ) - Νέα γραμμή", "ANA-MPA", "ΘΕΣΣΑΛΟΝΙΚΗ", "Νέα γραμμή"),
    ],
)
def test_match_dateline(paragraph: str, code: str, place: str, rest: str) -> None:
    found = agencies.match_dateline(paragraph)
    assert found is not None
    assert (found[0].code, found[1], found[2]) == (code, place, rest)


def test_a_sentence_naming_an_agency_is_no_dateline() -> None:
    assert agencies.match_dateline("The minister told Reuters on Monday that talks would resume.") is None
    assert agencies.match_dateline("The minister said on Monday (AFP) - talks would resume") is None
    assert agencies.match_dateline("RIO DE JANEIRO (AP) — Police said") is not None
    assert agencies.match_dateline("Rio de Janeiro (AFP) - Police said") is not None


@pytest.mark.parametrize(
    ("paragraph", "code", "expected"),
    [
        ("(Reporting by Jane Marlow; Editing by Tom Hale)", None, True),
        ("Writing by Duncan Miriri", None, True),
        ("nl/jm/kjm", "AFP", True),
        ("nl/jm/kjm", None, False),
        ("___", "AP", True),
        ("Associated Press writer Luis Ortega contributed to this report.", "AP", True),
        ("The report was written by two officials.", None, False),
    ],
)
def test_signoffs(paragraph: str, code: str | None, expected: bool) -> None:
    assert agencies.is_signoff(paragraph, agencies.by_code(code)) is expected


def test_names_and_aliases() -> None:
    assert agencies.agency_name("AA", "tr") == "Anadolu Ajansı"
    assert agencies.agency_name("DPA", "de") == "dpa"
    assert agencies.agency_name("XYZ") == "XYZ"
    assert agencies.agency_name(None) is None
    assert agencies.is_agency_name("Associated  Press") and not agencies.is_agency_name("Jane Marlow")
