"""Language detection: Turkish letters, short-text heuristic, lingua for the rest."""

from __future__ import annotations

import doctest

import pytest

from gazete.moderation import language
from gazete.moderation.language import detect_language


def test_doctests() -> None:
    assert doctest.testmod(language).failed == 0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Peskov yine yalan söylüyor", "tr"),
        ("bu cok sacma bir karar, kimse inanmiyor artik", "tr"),
        ("The Kremlin spokesman said the statement was dangerous", "en"),
        ("this is true", "en"),
        ("NATO", "tr"),
        ("Great reporting, thank you.", "en"),
    ],
)
def test_detect(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_english_confidence_tells_english_words_from_turkish_typos() -> None:
    assert language.english_confidence("podcast") >= 0.5
    assert language.english_confidence("army") >= 0.5
    assert language.english_confidence("geliyom") < 0.5
    assert language.english_confidence("gidicez") < 0.5
