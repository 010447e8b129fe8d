"""spelling: the tables, the mi/ki/de rules, context names, the note/reject threshold, correct words kept."""

from __future__ import annotations

from gazete.moderation.config import DEFAULT_CONFIG, ModerationConfig
from gazete.moderation.rules import spelling
from gazete.moderation.rules.base import Comment


def _found(text: str, lang: str = "tr") -> list[tuple[str, str]]:
    comment = Comment(text, lang, DEFAULT_CONFIG)
    return [(s.original, s.replacement) for s in spelling.find_misspellings(text, lang, comment)]


def test_table_words_and_phrases_keep_case() -> None:
    assert _found("Herkez birşey biliyor, bir çok kişi") == [
        ("Herkez", "Herkes"),
        ("birşey", "bir şey"),
        ("bir çok", "birçok"),
    ]


def test_particles_and_conjunctions() -> None:
    assert _found("bu doğrumu, diyorki bende katılıyorum") == [
        ("doğrumu", "doğru mu"),
        ("diyorki", "diyor ki"),
        ("bende", "ben de"),
    ]
    assert _found("belki şimdiki durum, bende para yok") == []


def test_english_table() -> None:
    assert _found("I definately recieved it", "en") == [("definately", "definitely"), ("recieved", "received")]


def test_threshold_note_versus_reject() -> None:
    long_text = "Bu haberi okudum ve çok düşündüm, ülkemiz için herkez biraz daha sorumluluk almalı."
    note = spelling.check(Comment(long_text, "tr", DEFAULT_CONFIG))
    assert note is not None and note.severity == "note"
    strict = ModerationConfig(spelling_min_errors=1, spelling_error_ratio=0.0)
    assert spelling.check(Comment(long_text, "tr", strict)).severity == "reject"


def test_correct_inflections_derivations_and_loanwords_are_not_flagged() -> None:
    # Words a surface-form dictionary (hunspell-tr) misses but that are correct Turkish: the rule
    # must not report them (docs/moderation-policy.md, "Spelling: what we tried").
    assert _found("Oynuyorum, fiyatlar artarken gülümsüyorlar; arabulucu bir hoca lazım.") == []
    assert _found("Sendikasızlaştırılan işçiler zor durumda, akşamları Spotify açıyorum.") == []

