"""Tests for newsroom.matching: match keys, content hashes and slugs."""

from gazete.newsroom.matching import content_hash, match_key, normalise_text, story_slug
from tests.newsroom.factories import wire_story


def test_match_key_ignores_case_punctuation_and_author_order() -> None:
    a = match_key("Kremlin says G-7 guarantees", "ISTANBUL", ["B Name", "A Name"])
    b = match_key("kremlin says g 7 guarantees!", "istanbul", ["A Name", "B Name"])
    assert a == b
    assert a != match_key("Kremlin says G-7 guarantees", "MOSCOW", ["A Name", "B Name"])


def test_turkish_casing_is_normalised() -> None:
    assert normalise_text("İSTANBUL'DA IŞIK") == normalise_text("istanbul'da ışık")


def test_content_hash_changes_with_the_text_only() -> None:
    assert content_hash(wire_story()) == content_hash(wire_story())
    assert content_hash(wire_story()) != content_hash(wire_story(paragraphs=("Other.",)))


def test_slug_transliterates_turkish_letters() -> None:
    assert story_slug("Şırnak'ta ığdır çiçeği Ölü Güz") == "sirnakta-igdir-cicegi-olu-guz"
    assert story_slug("!!!") == "haber"
