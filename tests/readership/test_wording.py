"""Tests for gazete.readership.wording: the read counter's sentence and its plural forms."""

from __future__ import annotations

import json

import pytest
from django.utils import translation

from gazete.readership.wording import counter_language, counter_wording, read_count_sentence


@pytest.mark.parametrize(("count", "language", "sentence"), [
    (0, "en", "This news has been read 0 times in total."),
    (1, "en", "This news has been read 1 time in total."),
    (2, "en", "This news has been read 2 times in total."),
    (1204, "en", "This news has been read 1204 times in total."),
    (0, "tr", "Bu haber toplam 0 kez okundu."),
    (1, "tr", "Bu haber toplam 1 kez okundu."),
    (5, "tr", "Bu haber toplam 5 kez okundu."),
])
def test_the_sentence_takes_the_plural_its_number_needs(count: int, language: str, sentence: str) -> None:
    assert read_count_sentence(count, language) == sentence


def test_the_story_language_decides_not_the_interface() -> None:
    with translation.override("en"):
        assert read_count_sentence(1, "tr") == "Bu haber toplam 1 kez okundu."
    with translation.override("tr"):
        assert read_count_sentence(1, "en") == "This news has been read 1 time in total."
    assert counter_language("en-GB") == "en" and counter_language("de") == "tr" and counter_language("") == "tr"


def test_the_wording_splits_around_the_number_and_carries_every_form() -> None:
    words = counter_wording(1, "en")
    assert (words.language, words.before, words.after) == ("en", "This news has been read ", " time in total.")
    assert json.loads(words.forms_json) == {
        "one": ["This news has been read ", " time in total."],
        "other": ["This news has been read ", " times in total."],
    }
    turkish = counter_wording(3, "tr")
    assert (turkish.before, turkish.after) == ("Bu haber toplam ", " kez okundu.")
    assert json.loads(turkish.forms_json)["one"] == ["Bu haber toplam ", " kez okundu."]
