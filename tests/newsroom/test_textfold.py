"""Tests for newsroom.textfold: Turkish-aware folding of text and queries for search."""

from __future__ import annotations

import doctest

import pytest

from gazete.newsroom import textfold
from gazete.newsroom.textfold import fold, fold_with_offsets, query_terms


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("İSTANBUL", "istanbul"),
        ("IŞIK", "isik"),
        ("ışık", "isik"),
        ("Işıklı İzmir", "isikli izmir"),
        ("ÇĞÖŞÜ çğöşü", "cgosu cgosu"),
        ("Kremlin’s G-7", "kremlin’s g-7"),
        ("Straße", "strasse"),
    ],
)
def test_fold_meets_every_casing_and_accent(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_offsets_point_back_to_the_original_characters() -> None:
    folded, origin = fold_with_offsets("aß İ")
    assert folded == "ass i"
    assert origin == [0, 1, 1, 2, 3]


def test_query_terms_are_folded_distinct_and_bounded() -> None:
    assert query_terms("  İstanbul, ISTANBUL; ışık!! ") == ["istanbul", "isik"]
    assert query_terms("a_b") == ["a", "b"]
    assert query_terms("*** --- ") == []
    assert len(query_terms(" ".join(f"w{i}" for i in range(20)))) == 8


def test_doctests() -> None:
    assert doctest.testmod(textfold).failed == 0
