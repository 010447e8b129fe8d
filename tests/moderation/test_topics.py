"""Topic words (parties, politicians, religions, peoples) are found and masked for the classifier.

Texts are samples written for gazete tests.
"""

from __future__ import annotations

import pytest

from gazete.moderation.normalize import Token, words
from gazete.moderation.topics import is_topic_text, is_topic_word, mask_topics


@pytest.mark.parametrize("word", ["CHP'nin", "AKP'liler", "Müslümanlar", "musluman", "Hristiyanların", "Kürtler",
                                  "Erdoğan'ın", "camide", "Ramazan'da", "rus", "Yahudi"])
def test_topic_words_are_found_with_suffixes_and_ascii_spelling(word: str) -> None:
    assert is_topic_word(words(word)[0])


@pytest.mark.parametrize("word", ["kurtarıldı", "dinlemek", "Rusça", "haber", "Ankara", "aptal"])
def test_ordinary_words_are_not_topic_words(word: str) -> None:
    assert not is_topic_word(words(word)[0])


def test_mask_removes_names_with_their_suffixes() -> None:
    assert mask_topics("Bence CHP'nin ve AKP'nin önerisi makul.") == "Bence  ve  önerisi makul."


def test_mask_keeps_hostile_words() -> None:
    assert mask_topics("Müslümanlar terörist, hepsi aynı.") == " terörist, hepsi aynı."


def test_allah_idioms_go_with_allah_unless_someone_is_addressed() -> None:
    assert mask_topics("Allah kahretsin, yine savaş haberi.") == " , yine savaş haberi."
    masked = mask_topics("Allah kahretsin seni")
    assert masked is not None and "kahretsin" in masked
    masked = mask_topics("Allah belanı versin")
    assert masked is not None and "belanı versin" in masked


def test_no_topic_words_gives_none() -> None:
    assert mask_topics("Yarın hava güzel olacak.") is None
    assert mask_topics("") is None


@pytest.mark.parametrize(
    ("word", "topic"),
    [("CHP'nin", True), ("Müslümanlar", True), ("musluman", True), ("Kürtler", True), ("yarın", False)],
)
def test_topic_words_are_read_from_the_word_alone(word: str, topic: bool) -> None:
    assert is_topic_text(word) is topic
    assert is_topic_word(Token(7, 7 + len(word), word)) is topic
