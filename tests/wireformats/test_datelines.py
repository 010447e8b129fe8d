"""Tests for gazete.wireformats.datelines: AA datelines in their English and Turkish forms."""

from __future__ import annotations

import pytest

from gazete.wireformats.datelines import (
    clean_place,
    match_credit_dateline,
    match_inline_dateline,
    match_place_alone,
    match_place_time_line,
)


@pytest.mark.parametrize(
    ("paragraph", "place", "rest_start"),
    [
        ("ISTANBUL (AA) - The Kremlin said on Wednesday", "ISTANBUL", "The Kremlin"),
        ("HAKKARI, Turkey (AA) – Three soldiers were injured", "HAKKARI, Turkey", "Three soldiers"),
        ("GAZA, Palestine (AA) – Israeli attacks on Gaza", "GAZA, Palestine", "Israeli attacks"),
        ("İSTANBUL (AA) - Borsa İstanbul'da BIST 100 endeksi", "İSTANBUL", "Borsa İstanbul'da"),
        ("ISLAMABAD (AA/APP) - The opening of a port", "ISLAMABAD", "The opening"),
        ("ANKARA, Nov. 14 (AA) - Security forces said", "ANKARA", "Security forces"),
        ("Istanbul (AA) - A portal printed the city in title case", "Istanbul", "A portal"),
    ],
)
def test_inline_dateline(paragraph: str, place: str, rest_start: str) -> None:
    dateline = match_inline_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (place, "AA")
    assert dateline.rest.startswith(rest_start)


def test_reporter_names_inside_a_turkish_dateline() -> None:
    dateline = match_inline_dateline("KAHRAMANMARAŞ (AA) - ALİ YILDIZ/ ZEYNEP ŞAHİN - Çadır kentte oyun alanı açıldı.")
    assert dateline is not None
    assert dateline.authors == ("ALİ YILDIZ", "ZEYNEP ŞAHİN")
    assert dateline.rest == "Çadır kentte oyun alanı açıldı."


def test_title_case_words_before_a_dash_are_not_a_lone_reporter() -> None:
    dateline = match_inline_dateline("İSTANBUL (AA) - Borsa İstanbul - günün ilk yarısında yükseldi.")
    assert dateline is not None
    assert dateline.authors == ()
    assert dateline.rest.startswith("Borsa İstanbul -")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Director Muhammad Abu Silmiya told Anadolu Agency (AA) - in a call - that it was bad.",
        "The ministry said on Saturday that six were neutralized.",
    ],
)
def test_no_inline_dateline(paragraph: str) -> None:
    assert match_inline_dateline(paragraph) is None


def test_bare_agency_mark_is_a_dateline_without_a_place() -> None:
    dateline = match_inline_dateline("(AA) - a bare mark without a place")
    assert dateline is not None
    assert (dateline.place, dateline.rest) == ("", "a bare mark without a place")


@pytest.mark.parametrize(
    ("paragraph", "place", "rest"),
    [
        ("12.03.2024 14:55 ANKARA (AA) - Köprü açıldı.", "ANKARA", "Köprü açıldı."),
        ("ANKARA (AA) - 14:55 - Köprü açıldı.", "ANKARA", "Köprü açıldı."),
        ("ISTANBUL, March 12, 2024 (AA) - Rates held.", "ISTANBUL", "Rates held."),
        ("LAHORE, Pakistan (AA/APP) – Solar park opens.", "LAHORE, Pakistan", "Solar park opens."),
    ],
)
def test_portal_dates_around_the_dateline_are_dropped(paragraph: str, place: str, rest: str) -> None:
    dateline = match_inline_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.rest) == (place, rest)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BİRLEŞMİŞ MİLLETLER", "BİRLEŞMİŞ MİLLETLER"),
        ("ANKARA", "ANKARA"),
        ("ASGARİ ÜCRET BELLİ OLDU", None),
        ("KAHRAMANMARAŞ'TA ÇADIR KENT KURULDU", None),
        ("ENFLASYON AÇIKLANDI", None),
    ],
)
def test_place_alone_is_not_an_all_caps_headline(line: str, expected: str | None) -> None:
    assert match_place_alone(line) == expected


def test_credit_dateline() -> None:
    assert match_credit_dateline("ANKARA-Anadolu Agency") == "ANKARA"
    assert match_credit_dateline("ISTANBUL – Anadolu Agency") == "ISTANBUL"
    assert match_credit_dateline("Anadolu Agency") is None


def test_place_time_line() -> None:
    assert match_place_time_line("KAHRAMANMARAŞ 15.02.2023, 20:12") == "KAHRAMANMARAŞ"
    assert match_place_time_line("HOME PAGE 23/04/2024 12:37") is None
    assert match_place_time_line("06.04.2020 22:12") is None


def test_place_alone() -> None:
    assert match_place_alone("BİRLEŞMİŞ MİLLETLER") == "BİRLEŞMİŞ MİLLETLER"
    assert match_place_alone("ANKARA") == "ANKARA"
    assert match_place_alone("WORLD") is None
    assert match_place_alone("SON DAKİKA") is None
    assert match_place_alone("Ankara") is None


def test_clean_place_drops_dates() -> None:
    assert clean_place("ANKARA, Nov. 14") == "ANKARA"
    assert clean_place("GAZA, Palestine") == "GAZA, Palestine"
