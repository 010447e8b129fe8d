"""Tests for gazete.comments.templatetags.comments_tags: the report reasons follow the page's language."""

from __future__ import annotations

from django.utils import translation

from gazete.comments.templatetags.comments_tags import report_reasons


def test_report_reasons_are_in_the_language_asked_for_whatever_is_active() -> None:
    with translation.override("en"):
        turkish = dict(report_reasons("tr"))
    with translation.override("tr"):
        english = dict(report_reasons("en"))
    assert turkish["profanity"] == "Küfür" and turkish["belief_attack"] == "İnançlara saldırı"
    assert english["profanity"] == "Profanity" and english["spam"] == "Spam or advertising"
    assert list(turkish) == list(english) == ["profanity", "insult", "offensive", "belief_attack", "spam", "other"]
