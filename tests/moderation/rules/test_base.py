"""Shared rule helpers: article context, word keys, shared analyses, spans, suggestions without overlaps, case."""

from __future__ import annotations

from gazete.moderation.config import DEFAULT_CONFIG
from gazete.moderation.rules import insult, offensive, profanity, spelling
from gazete.moderation.rules.base import (
    Comment,
    SharedAnalysis,
    apply_suggestions,
    article_context,
    keep_case,
    word_key,
    word_range_spans,
)
from gazete.moderation.verdict import Span, WordSuggestion


def test_article_context_collects_names_and_acronyms(kremlin_context: str) -> None:
    context = article_context(kremlin_context)
    assert {"peskov", "vilnius", "stryker"} <= context.words
    assert {"nato"} <= context.acronyms
    assert context.name_by_lower["peskov"] == "Peskov"


def test_apply_suggestions_skips_overlaps() -> None:
    text = "herkez birşey"
    result = apply_suggestions(
        text,
        [
            WordSuggestion(0, 6, "herkez", "herkes"),
            WordSuggestion(2, 8, "x", "y"),
            WordSuggestion(7, 13, "birşey", "bir şey"),
        ],
    )
    assert result == "herkes bir şey"


def test_keep_case() -> None:
    assert keep_case("Herkez", "herkes") == "Herkes"
    assert keep_case("HERKEZ", "herkes") == "HERKES"
    assert keep_case("herkez", "herkes") == "herkes"


def test_by_first_word_groups_phrases_in_order() -> None:
    from gazete.moderation.rules.base import by_first_word

    grouped = by_first_word([("seni", "bulacağım"), ("geber",), ("seni", "öldürürüm")])
    assert grouped == {"seni": (("seni", "bulacağım"), ("seni", "öldürürüm")), "geber": (("geber",),)}


def test_word_keys_are_the_folded_lower_case_words_in_order() -> None:
    comment = Comment(text="Müslümanlar İSTANBUL'da", lang="tr", config=DEFAULT_CONFIG)
    assert comment.word_keys == ["muslumanlar", "istanbulda"]
    assert comment.word_keys == [word_key(token.text, "tr") for token in comment.words]
    assert comment.word_keys is comment.word_keys  # computed once


def test_a_new_comment_has_an_empty_shared_analysis() -> None:
    comment = Comment(text="siktir git", lang="tr", config=DEFAULT_CONFIG)
    assert comment.analysis == SharedAnalysis()
    assert Comment(text="siktir git", lang="tr", config=DEFAULT_CONFIG).analysis is not comment.analysis


def test_rules_keep_what_they_find_for_the_comment_and_reuse_it() -> None:
    comment = Comment(text="Sen tam bir salaksın, siktir git herkez", lang="tr", config=DEFAULT_CONFIG)
    hits = profanity.find_profanity(comment.text, comment)
    assert hits and comment.analysis.profanity is hits
    assert profanity.find_profanity(comment.text, comment) is hits
    spelling.find_misspellings(comment.text, "tr", comment)
    assert comment.analysis.misspellings is not None
    assert any(item.original == "herkez" for item in comment.analysis.misspellings)
    keys = insult.joined_keys(comment)
    assert comment.analysis.insult_keys is keys and insult.joined_keys(comment) is keys
    offensive.hostility_findings(comment)
    assert comment.analysis.hostility is not None


def test_another_text_is_analysed_afresh_and_not_kept() -> None:
    comment = Comment(text="Güzel bir haber", lang="tr", config=DEFAULT_CONFIG)
    assert profanity.find_profanity("siktir git", comment) == [(0, 6)]
    assert comment.analysis.profanity is None


def test_word_range_spans_drop_repeats_and_sort_by_start_then_end() -> None:
    comment = Comment(text="bir iki üç dört", lang="tr", config=DEFAULT_CONFIG)
    spans = word_range_spans(comment, [(1, 3), (0, 1), (1, 2), (0, 1)])
    assert spans == (Span(0, 7, "bir iki"), Span(4, 10, "iki üç"), Span(4, 15, "iki üç dört"))


def test_a_quotation_of_the_commenters_own_words_is_not_reported_speech() -> None:
    own = Comment("Arkadaşıma 'engelli misin' diye sordum.", "tr", DEFAULT_CONFIG)
    reported = Comment("Bakan muhalefete 'hain' dedi.", "tr", DEFAULT_CONFIG)
    assert own.quoted_words == frozenset()
    assert reported.quoted_words == frozenset({2})
