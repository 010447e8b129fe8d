"""Tests for gazete.wireformats.bylines: By-lines, Muhabir lines and desk credits."""

from __future__ import annotations

import pytest

from gazete.wireformats.agencies import AGENCY_ALIASES
from gazete.wireformats.bylines import (
    is_desk_credit,
    is_organisation,
    looks_like_person,
    match_by_line,
    match_dated_author_line,
    match_muhabir_line,
    persons_from_byline,
    split_names,
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Burc Eruygur", ("Burc Eruygur",)),
        ("By Mehmet Aslan and Sara Lee", ("Mehmet Aslan", "Sara Lee")),
        ("By Ayse Demir, John Carter and Elif Kaya", ("Ayse Demir", "John Carter", "Elif Kaya")),
        ("By Ayse Demir, John Carter, and Elif Kaya", ("Ayse Demir", "John Carter", "Elif Kaya")),
        ("By the end of the day, prices fell", None),
        ("Byzantine art on show", None),
    ],
)
def test_match_by_line(line: str, names: tuple[str, ...] | None) -> None:
    assert match_by_line(line) == names


def test_match_muhabir_line() -> None:
    assert match_muhabir_line("Muhabir: Betül Yürük") == ("Betül Yürük",)
    assert match_muhabir_line("Muhabir: Ali Veli ve Ayşe Kaya") == ("Ali Veli", "Ayşe Kaya")
    assert match_muhabir_line("Kaynak: AA") is None


@pytest.mark.parametrize(
    "line",
    [
        "*Writing by Ikram Kouachi",
        "*Writing by",
        "Editing by Jane Doe",
        "*Contributed by Burak Tan in Ankara",
        "Editör: Ali Veli",
        "Kamera: Ayşe Kaya",
        "Haber Merkezi",
    ],
)
def test_desk_credits(line: str) -> None:
    assert is_desk_credit(line)


def test_split_names_on_slashes() -> None:
    assert split_names("ALİ YILDIZ/ ZEYNEP ŞAHİN") == ("ALİ YILDIZ", "ZEYNEP ŞAHİN")


def test_aa_site_author_line_with_dates() -> None:
    assert match_dated_author_line("Burc Eruygur   |12.07.2023 - Update : 12.07.2023") == ("Burc Eruygur",)
    assert match_dated_author_line("Betül Yürük |18.09.2018 - Güncelleme : 18.09.2018") == ("Betül Yürük",)
    assert match_dated_author_line("Prices rose 5% |12.07.2023") is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Omar Haddad in Beirut", ("Omar Haddad",)),
        ("By Ali Veli and Ayse Kaya in Ankara, Turkey", ("Ali Veli", "Ayse Kaya")),
        ("By Ali Inan", ("Ali Inan",)),
    ],
)
def test_by_line_drops_the_place_after_in(line: str, names: tuple[str, ...]) -> None:
    assert match_by_line(line) == names


def test_muhabir_line_drops_other_crew_credits() -> None:
    assert match_muhabir_line("Muhabir: Ali Veli - Kamera: Ayşe Kaya") == ("Ali Veli",)
    assert match_muhabir_line("Muhabir: Burak Şen / Derya Koç") == ("Burak Şen", "Derya Koç")
    assert match_muhabir_line("Muhabir: Ayşe Yılmaz, Mehmet Kara") == ("Ayşe Yılmaz", "Mehmet Kara")


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("Von Christian Hollmann, dpa", ("Christian Hollmann",)),
        ("Von Sophie Brandt und Felix Maier, dpa", ("Sophie Brandt", "Felix Maier")),
        ("By MARY CLAYTON and PETER WONG Associated Press", ("Mary Clayton", "Peter Wong")),
        ("By SAM GARRETT, ANA LUIZ and Michigan State University", ("Sam Garrett", "Ana Luiz")),
        ("Par Élodie MARCHAND", ("Élodie Marchand",)),
        ("Por José Ángel Núñez", ("José Ángel Núñez",)),
        ("di Francesca Greco", ("Francesca Greco",)),
        ("Muhabir: Emre Kaya", ("Emre Kaya",)),
        ("Karin Holm/TT", ("Karin Holm",)),
        ("Της Μαρίας Παππά", ("Μαρίας Παππά",)),
        ("Di Maio", ("Di Maio",)),
        ("Sports Network", ()),
        ("Reuters Staff", ()),
        ("dpa", ()),
        ("mir", ()),
        ("", ()),
        (None, ()),
    ],
)
def test_persons_from_byline(byline: str | None, people: tuple[str, ...]) -> None:
    assert persons_from_byline(byline, AGENCY_ALIASES) == people


def test_organisations_and_people() -> None:
    assert is_organisation("Michigan State University") and is_organisation("Redazione Economia")
    assert not is_organisation("Jane Marlow")
    assert looks_like_person("Rio de la Vega") and not looks_like_person("the desk said so")
