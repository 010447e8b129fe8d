"""Tests for the small modules of gazete.comments: texts, visitors, highlight, charts, messages, labels."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import RequestFactory, override_settings
from django.utils import translation

from gazete.comments.charts import rule_chart_svg
from gazete.comments.highlight import highlighted
from gazete.comments.labels import LABELS, labels
from gazete.comments.messages import MESSAGES, message, reader_lang
from gazete.comments.selectors import DailyCounts
from gazete.comments.texts import article_text, fingerprint, normalised
from gazete.comments.visitors import hash_address, visitor_from_request


def test_fingerprints_ignore_case_spacing_and_punctuation() -> None:
    assert normalised("  İYİ   akşamlar!! ") == "iyi akşamlar"
    assert fingerprint("Iyi aksamlar.") != fingerprint("İyi akşamlar.")
    assert fingerprint("İyi akşamlar.") == fingerprint("iyi  AKŞAMLAR")


@pytest.mark.django_db
def test_article_text_joins_headline_standfirst_and_body(story) -> None:
    text = article_text(story)
    assert story.headline in text and "Dmitriy Peskov" in text


def test_visitors_are_hashed_and_forwarded_addresses_trusted_only_when_told() -> None:
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert visitor_from_request(request).hash == hash_address("10.0.0.1") != hash_address("203.0.113.7")
    assert "10.0.0.1" not in hash_address("10.0.0.1")
    with override_settings(GAZETE_TRUSTED_PROXIES=frozenset({"10.0.0.1"})):
        assert visitor_from_request(request).hash == hash_address("203.0.113.7")


def test_highlight_escapes_and_marks_spans() -> None:
    reasons = [{"code": "all_caps", "spans": [{"start": 0, "end": 3}, {"start": 1, "end": 2}, {"start": 9, "end": 99}]}]
    assert str(highlighted("<b> yazı", reasons)) == '<mark data-code="all_caps" title="all_caps">&lt;b&gt;</mark> yazı'


def test_the_chart_has_a_row_per_rule_and_escapes_labels() -> None:
    series = {"*": [DailyCounts(date(2026, 1, 1), 3, 1)], "all_caps": [DailyCounts(date(2026, 1, 1), 0, 2)]}
    with translation.override("en"):
        svg = rule_chart_svg(series, {"*": "<all>", "all_caps": "all_caps"})
    assert svg.startswith("<svg") and "&lt;all&gt;" in svg and "<all>" not in svg
    assert "all_caps 2026-01-01: 2 rejected" in svg
    with translation.override("tr"):  # the chart's words follow the interface language
        turkish = rule_chart_svg(series, {"*": "<all>", "all_caps": "all_caps"})
    assert "all_caps 2026-01-01: 2 reddedilen" in turkish and "en çok 2/gün" in turkish


def test_every_message_and_label_exists_in_both_languages() -> None:
    assert all(tr and en and tr != en for tr, en in MESSAGES.values())
    assert all(tr and en for tr, en in LABELS.values())
    assert message("too_long", "en", max_length=5, length=9).endswith("(yours has 9).")
    assert reader_lang("en-GB") == "en" and reader_lang(None) == "tr" and labels("en")["send"] == "Send"
