"""Tests for gazete.comments.templatetags.comments_tags: report reasons in the page's language, comment times."""

from __future__ import annotations

from datetime import UTC, datetime

from django.utils import translation

from gazete.comments.rendering import comment_time_label
from gazete.comments.templatetags.comments_tags import comment_time, report_reasons


def test_report_reasons_are_in_the_language_asked_for_whatever_is_active() -> None:
    with translation.override("en"):
        turkish = dict(report_reasons("tr"))
    with translation.override("tr"):
        english = dict(report_reasons("en"))
    assert turkish["profanity"] == "Küfür" and turkish["belief_attack"] == "İnançlara saldırı"
    assert english["profanity"] == "Profanity" and english["spam"] == "Spam or advertising"
    assert list(turkish) == list(english) == ["profanity", "insult", "offensive", "belief_attack", "spam", "other"]


def test_comment_time_is_empty_for_no_time_and_reads_like_the_api_otherwise() -> None:
    moment = datetime(2026, 12, 3, 15, 40, tzinfo=UTC)
    with translation.override("tr"):
        assert comment_time(moment) == comment_time_label(moment) == "3 Aralık 2026 18:40"
    assert comment_time(None) == ""
