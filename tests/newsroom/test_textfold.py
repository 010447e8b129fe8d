"""Tests for newsroom.textfold: Turkish-aware folding of text and queries for search."""

from __future__ import annotations

import doctest

import pytest

from gazete.newsroom import textfold
from gazete.newsroom.textfold import fold, fold_with_offsets


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


def test_offsets_of_text_that_folds_one_to_one_are_the_positions() -> None:
    folded, origin = fold_with_offsets("İSTANBUL ışık")
    assert folded == "istanbul isik"
    assert origin == list(range(13))


def test_a_combining_mark_is_dropped_and_the_offsets_still_point_back() -> None:
    folded, origin = fold_with_offsets("ße\u0301x")
    assert folded == "ssex"
    assert origin == [0, 0, 1, 3]


def test_doctests() -> None:
    assert doctest.testmod(textfold).failed == 0
