"""Normalisation helpers: their doctests plus offset and casing guarantees."""

from __future__ import annotations

import doctest

import pytest

from gazete.moderation import normalize
from gazete.moderation.normalize import (
    ascii_fold,
    collapse_repeats,
    deleet,
    join_separated,
    match_tokens,
    matching_key,
    tr_lower,
    tr_upper,
    words,
)


def test_doctests() -> None:
    result = doctest.testmod(normalize)
    assert result.attempted >= 10
    assert result.failed == 0


@pytest.mark.parametrize(("upper", "lower"), [("IŞIK", "ışık"), ("İSTANBUL", "istanbul"), ("ÇİĞDEM", "çiğdem")])
def test_turkish_casing_round_trip(upper: str, lower: str) -> None:
    assert tr_lower(upper) == lower
    assert tr_upper(lower) == upper


def test_casing_is_length_preserving_even_for_odd_letters() -> None:
    text = "Straße İzmir ﬁle"
    assert len(tr_lower(text)) == len(text)
    assert len(tr_upper(text)) == len(text)


def test_ascii_fold_and_leet() -> None:
    assert ascii_fold("ığdır ÇÖŞ") == "igdir COS"
    assert deleet("@mk") == "amk"
    assert deleet("G7") == "Gt"
    assert deleet("1990") == "1990"


def test_repeats_and_separators() -> None:
    assert collapse_repeats("saaaat saat") == "sat saat"
    assert join_separated("s-i-k ve o.ç") == "sik ve oç"
    assert join_separated("a ve b") == "a ve b"
    assert join_separated("A q, yine zam") == "Aq, yine zam"  # two letters, q no Turkish one: the common amk
    assert join_separated("a Q&A session") == "a Q&A session"
    assert join_separated("s. i. k. t. i. r git") == "siktir git"  # a dot and a space after each letter
    assert join_separated("M. Kemal ve A. B. sınıfı") == "M. Kemal ve A. B. sınıfı"  # initials: fewer than three


def test_offsets_point_into_the_text() -> None:
    text = "Peskov'un o.r.o.s.p.u  s1kt1r!"
    for token in [*words(text), *match_tokens(text)]:
        assert text[token.start : token.end] == token.text
    assert matching_key("SİKTİİİR") == "siktir"


def test_an_exclamation_mark_between_letters_is_a_letter_and_at_the_end_is_not() -> None:
    assert [token.text for token in match_tokens("p!ç geldi! Tamam.")] == ["p!ç", "geldi", "Tamam"]
    assert matching_key("p!ç") == "piç"


def test_a_leet_word_may_open_with_a_digit_and_end_with_a_symbol_for_a_letter() -> None:
    tokens = [token.text for token in match_tokens("5!kt!r olun, 4n4n! s4t4y!m. G7! Harika! 2024!")]
    assert tokens == ["5!kt!r", "olun", "4n4n!", "s4t4y!m", "G7", "Harika"]
    assert matching_key("5!kt!r") == "siktir" and matching_key("4n4n!") == "anani"
    assert [token.text for token in match_tokens("5¡kt¡r olun")] == ["5¡kt¡r", "olun"]


def test_latin_letters_turkish_does_not_write_are_read_as_their_base_letter_for_matching() -> None:
    assert matching_key("ørøspu") == "orospu" and matching_key("amína") == "amina"
    assert matching_key("sïktir") == "siktir"
    assert matching_key("ØRØSPU") == "orospu" and matching_key("Ødegaard") == "odegaard"
    assert matching_key("Şükrü") == "şükrü" and matching_key("ılık") == "ılık" and matching_key("sîktir") == "sîktir"


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ('Sonunda "sağır mısın" dedim.', True),
        ("'Engelli misin' diye sordum, sustu.", True),
        ('Hemşireye "bekleyin" diye bağırdık.', True),
        ("Bakan 'hain' dedi.", False),
        ('"Gitsinler" diye yazan pankart vardı.', False),
    ],
)
def test_a_quotation_closed_by_the_speakers_own_saying_is_theirs(text: str, own: bool) -> None:
    end = normalize.quoted_spans(text)[0][1]
    assert normalize.speakers_own_quote(text, end) is own
