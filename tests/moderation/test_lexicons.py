"""Our word tables: lower-case, content tables folded, misspellings map to something different."""

from __future__ import annotations

from gazete.moderation import lexicons
from gazete.moderation.normalize import ascii_fold, tr_lower


def test_content_tables_are_folded_and_lower_case() -> None:
    for table in (lexicons.INSULT_WORDS, lexicons.GROUP_TERMS, lexicons.BELIEF_TERMS, lexicons.HOSTILE_ACTIONS):
        for word in table:
            assert word == ascii_fold(tr_lower(word)), word


def test_misspelling_tables_correct_to_a_different_spelling() -> None:
    for table in (lexicons.MISSPELLINGS_TR, lexicons.MISSPELLINGS_EN):
        for wrong, right in table.items():
            assert wrong != right
            assert wrong == wrong.lower()


def test_given_names_and_places_are_lower_case_words_and_no_given_name_opens_a_holiday() -> None:
    for table in (lexicons.FIRST_NAMES, lexicons.PLACES_ALSO_WORDS, lexicons.PROVINCES):
        for word in table:
            assert word == tr_lower(word) and word.isalpha(), word
    # Given names that open the names of holidays, nights and marches are left out (Zafer Bayramı, Kadir Gecesi).
    assert lexicons.FIRST_NAMES.isdisjoint({"zafer", "kadir", "ramazan", "kurban", "onur", "can", "deniz"})
