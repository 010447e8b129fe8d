"""Tests for newsroom.searchtokens: the tokens both search backends index and the query syntax."""

from __future__ import annotations

import doctest

import pytest

from gazete.newsroom import searchtokens
from gazete.newsroom.searchtokens import can_be_prefix, index_tokens, parse_query, tokenize
from gazete.newsroom.textfold import fold


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("G-7 and G7", ["g7", "and", "g7"]),
        ("F-16'ları, COVID-19 ve S-400", ["f16", "covid19", "ve", "s400"]),
        ("G-77 bloc", ["g77", "bloc"]),
        ("Kremlin-backed NATO-standard", ["kremlin", "backed", "nato", "standard"]),
        ("2-1 yendi; 2025-2026 sezonu", ["2", "1", "yendi", "2025", "2026", "sezonu"]),
        ("Erdoğan'ın NATO’nun İstanbul'daki", ["erdogan", "nato", "istanbul"]),
        ("O'Brien d’Alema", ["obrien", "dalema"]),
        ("15 Temmuz'da", ["15", "temmuz"]),
        ("snake_case a--b", ["snake", "case", "a", "b"]),
        ("*** --- ''", []),
    ],
)
def test_text_is_cut_into_whole_tokens(text: str, tokens: list[str]) -> None:
    assert index_tokens(text) == tokens
    assert [token.text for token in tokenize(fold(text))] == tokens


def test_token_offsets_cover_the_word_without_its_suffix() -> None:
    folded = fold("Dün G-7'nin zirvesi")
    assert [(t.text, folded[t.start:t.end]) for t in tokenize(folded)] == [
        ("dun", "dun"), ("g7", "g-7"), ("zirvesi", "zirvesi"),
    ]


def test_only_a_word_of_three_letters_or_more_can_be_a_prefix() -> None:
    assert can_be_prefix("kre")
    assert not can_be_prefix("kr")
    assert not can_be_prefix("g7")
    assert not can_be_prefix("2026")


def test_every_word_must_match_and_only_the_last_typed_is_a_prefix() -> None:
    query = parse_query("soci architects")
    assert query.words == ("soci", "architects") and query.last_is_prefix
    assert not parse_query("G-7").last_is_prefix
    assert not parse_query("g").last_is_prefix
    assert not parse_query('kreml "price cap"').last_is_prefix
    assert not parse_query('kreml "').last_is_prefix


def test_quoted_words_are_phrases_and_typographic_quotes_count() -> None:
    query = parse_query("“Hava savunma” NATO")
    assert query.phrases == (("hava", "savunma"),)
    assert query.words == ("nato",)
    assert query.terms == ("hava", "savunma", "nato")
    assert parse_query('"nato"').words == ("nato",)
    assert parse_query('"15 temmuz').phrases == (("15", "temmuz"),)


def test_queries_are_folded_distinct_and_bounded() -> None:
    assert parse_query("  İstanbul, ISTANBUL; ışık!! ").words == ("istanbul", "isik")
    assert not parse_query("*** --- ")
    assert not parse_query('""')
    assert len(parse_query(" ".join(f"w{i}" for i in range(20))).terms) == searchtokens.MAX_QUERY_TOKENS


def test_doctests() -> None:
    assert doctest.testmod(searchtokens).failed == 0
