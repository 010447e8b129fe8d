"""Shared rule helpers: article context, suggestions applied without overlaps, case kept."""

from __future__ import annotations

from gazete.moderation.rules.base import apply_suggestions, article_context, keep_case
from gazete.moderation.verdict import WordSuggestion


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
