"""Tests for gazete.moderation.morphology: noun stems with their endings, verbs with voice, negation, mood, person."""

from __future__ import annotations

import pytest

from gazete.moderation.morphology import StemTable, VerbTable, softened

NOUNS = StemTable(["kürt", "laz", "köpek", "suriyeli", "kadın"])
VERBS = VerbTable(["gönder", "öl", "öldür", "kır", "as", "kal", "git", "gid", "bul", "gör", "bırak", "affet", "yak"])


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("kürtlerin", "kürt"),
        ("köpeğe", "köpek"),
        ("köpekler", "köpek"),
        ("suriyelilerden", "suriyeli"),
        ("kadınların", "kadın"),
        ("lazlar", "laz"),
        ("lazım", None),
        ("kürtçe", "kürt"),
        ("kadıköy", None),
    ],
)
def test_noun_forms_find_their_stem(word: str, stem: str | None) -> None:
    assert NOUNS.stem_of(word) == stem


def test_softened_stems() -> None:
    assert softened("köpek") == "köpeğ"
    assert softened("kitap") == "kitab"
    assert softened("at") == "at"


@pytest.mark.parametrize(
    ("word", "stem", "passive", "negated", "mood", "person"),
    [
        ("gönderilsin", "gönder", True, False, "optative", "3"),
        ("gönderilmemeli", "gönder", True, True, "necessitative", ""),
        ("gönderildi", "gönder", True, False, "past", ""),
        ("göndereceğiz", "gönder", False, False, "future", "1"),
        ("gönderelim", "gönder", False, False, "optative", "1"),
        ("ölsünler", "öl", False, False, "optative", "3"),
        ("öldürün", "öldür", False, False, "imperative", "2"),
        ("kırarım", "kır", False, False, "aorist", "1"),
        ("kırardım", "kır", False, False, "past_conditional", "1"),
        ("asılsın", "as", True, False, "optative", "3"),
        ("yakılın", "yak", True, False, "imperative", "2"),
        ("kalmasın", "kal", False, True, "optative", "3"),
        ("gidin", "gid", False, False, "imperative", "2"),
        ("bulacağız", "bul", False, False, "future", "1"),
        ("görürsün", "gör", False, False, "aorist", "2"),
        ("ölseydi", "öl", False, False, "conditional", ""),
        ("bırakıp", "bırak", False, False, "converb", ""),
        ("gönderilip", "gönder", True, False, "converb", ""),
        # the negative aorist carries its negation in the ending
        ("bırakmayız", "bırak", False, True, "aorist", "1"),
        ("kırmam", "kır", False, True, "aorist", "1"),
        ("affetmezler", "affet", False, True, "aorist", "3"),
    ],
)
def test_verb_forms_are_read(word: str, stem: str, passive: bool, negated: bool, mood: str, person: str) -> None:
    reading = VERBS.read(word)
    assert reading is not None
    assert (reading.stem, reading.passive, reading.negated, reading.mood, reading.person) == (
        stem,
        passive,
        negated,
        mood,
        person,
    )


# "yakınınız" (your relative) is no passive of "yak": after a consonant but l the passive is -ıl ("yakılın")
@pytest.mark.parametrize("word", ["ölüm", "asıl", "kalem", "bulut", "gönderi", "yakınınız"])
def test_words_that_only_begin_like_a_verb_are_not_read(word: str) -> None:
    assert VERBS.read(word) is None


def test_calls_and_first_person_intent() -> None:
    assert VERBS.read("gönderilsin").calls
    assert not VERBS.read("gönderildi").calls
    assert VERBS.read("kırarım").first_person_intent
    assert not VERBS.read("kırar").first_person_intent


def test_first_letters_gate_gives_the_same_stems_as_the_full_lookup() -> None:
    # The gate (no stem begins like the word: None at once) must never hide a stem the full lookup finds.
    from gazete.moderation.hostility import BELIEF_TABLE, DEHUMANISING_TABLE, GROUP_TABLES, TRAIT_TABLE

    tables = [*GROUP_TABLES.values(), BELIEF_TABLE, DEHUMANISING_TABLE, TRAIT_TABLE, NOUNS]
    endings = ["", "ler", "lerin", "a", "e", "ı", "ım", "dan", "lığı", "ca", "xyz"]
    words = {stem + ending for table in tables for stem in table._stems for ending in endings}
    words |= {"lazım", "kadıköy", "a", "", "bugün", "çok", "güzel", "haber", "yorum", "k"}
    found = 0
    for table in tables:
        for word in words:
            assert table.stem_of(word) == table._lookup(word), word
            assert (word in table) == (table._lookup(word) is not None), word
            found += table._lookup(word) is not None
    assert found > 1000  # the comparison covered many words that are forms of a stem


def test_an_empty_table_finds_nothing() -> None:
    assert StemTable([]).stem_of("kürt") is None
    assert "kürt" not in StemTable([])


def test_words_a_table_is_told_are_other_words_are_no_forms_of_its_stems() -> None:
    table = StemTable(["ajan"], other_words=("ajans",))
    assert table.stem_of("ajansının") is None
    assert table.stem_of("ajanların") == "ajan"


def test_the_possessive_buffer_s_follows_only_a_vowel_final_stem() -> None:
    table = StemTable(["ajan", "kedi", "hain"])
    assert table.stem_of("ajansının") is None  # the agency's, not a spy's
    assert table.stem_of("ajanı") == "ajan"
    assert table.stem_of("kedisine") == "kedi"
    assert table.stem_of("hainsin") == "hain"  # the copula keeps its s
