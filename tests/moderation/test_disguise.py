"""Disguises taken off before the rules read a comment, with spans mapped back to what was typed."""

from __future__ import annotations

import doctest
import unicodedata

import pytest

from gazete.moderation import disguise
from gazete.moderation.disguise import strip_disguises


def test_doctests() -> None:
    assert doctest.testmod(disguise).failed == 0


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("s\u200bi\u200bk\u200bt\u200bi\u200br git", "siktir git"),  # zero-width spaces
        ("o\u00adro\u00adspu", "orospu"),  # soft hyphens
        ("s\u2060i\u2060k", "sik"),  # word joiners
        ("\ufeffsiktir", "siktir"),  # a byte-order mark before the word
        ("ｓｉｋｔｉｒ", "siktir"),  # full-width
        ("𝐬𝐢𝐤𝐭𝐢𝐫 𝘨𝘪𝘵", "siktir git"),  # mathematical bold and italic
        ("ⓢⓘⓚⓣⓘⓡ", "siktir"),  # circled letters
        ("s\u0336i\u0336k\u0336", "sik"),  # overlay marks
        ("m̷̢e̸r̵h̷a̶b̸a̷", "merhaba"),  # marks piled on letters
        ("\u0455\u0456ktir", "siktir"),  # Cyrillic ѕ, і in a Latin word
        ("\u043er\u043e\u0455\u0440u", "orospu"),  # Cyrillic о, ѕ, р
        ("\u0406STANBUL", "ISTANBUL"),  # Cyrillic capital І is a capital I, not the table's l
        ("\u043aahpe", "kahpe"),  # Cyrillic к: the table says ĸ, the capital К says K
    ],
)
def test_disguises_come_off(typed: str, read: str) -> None:
    assert strip_disguises(typed).text == read


@pytest.mark.parametrize(
    "text",
    [
        "Çok güzel bir haber, teşekkürler.",
        "plain ASCII text",
        "Ailece okuduk 👨\u200d👩\u200d👧 harika",  # joiners build the family emoji
        "Bayıldım ❤️",  # the variation selector of an emoji
        "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f bayrak",  # tag characters of a flag
        "Yunanca adı Αθήνα",  # a word wholly in its own script
        "Это очень плохая новость",
        "هذا خبر سيء",
        "Şişli'de İğneada'ya gidiyoruz",
    ],
)
def test_what_is_no_disguise_stays(text: str) -> None:
    cleaned = strip_disguises(text)
    assert cleaned.text == text
    assert not cleaned.changed


def test_turkish_letters_typed_as_letter_and_mark_are_composed() -> None:
    typed = unicodedata.normalize("NFD", "çalışkan öğrenci şöyle")
    assert strip_disguises(typed).text == "çalışkan öğrenci şöyle"


def test_a_lone_surrogate_becomes_the_replacement_character() -> None:
    assert strip_disguises("abc\udcff def").text == "abc\ufffd def"


def test_spans_map_back_to_the_typed_text() -> None:
    typed = "Sen s\u200bi\u200bk\u200bt\u200bi\u200br git ｓｉｋ"
    cleaned = strip_disguises(typed)
    assert cleaned.text == "Sen siktir git sik"
    start = cleaned.text.index("siktir")
    begin, end = cleaned.original_span(start, start + len("siktir"))
    assert typed[begin:end] == "s\u200bi\u200bk\u200bt\u200bi\u200br"
    begin, end = cleaned.original_span(15, 18)
    assert typed[begin:end] == "ｓｉｋ"
    assert cleaned.original_span(len(cleaned.text), len(cleaned.text)) == (len(typed), len(typed))


def test_an_expanded_character_maps_back_whole() -> None:
    cleaned = strip_disguises("ﬁnal")  # one ligature, two letters
    assert cleaned.text == "final"
    assert cleaned.original_span(0, 1) == (0, 1)
    assert cleaned.original_span(1, 5) == (0, 4)
