"""Rules and classifier combined: topic bias removed, classifier only when no rule fired, its thresholds.

Texts are samples written for gazete tests. Tests that need the shipped model skip without it.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from gazete.moderation import ModerationConfig, moderate
from gazete.moderation.combine import classifier_code, classifier_reason, judged_words, tone_cues
from gazete.moderation.config import DEFAULT_CONFIG
from gazete.moderation.rules.base import Comment
from gazete.moderation.scores import ClassifierEvidence, classifier_evidence, get_classifier
from gazete.moderation.verdict import Reason

needs_model = pytest.mark.skipif(get_classifier() is None, reason="no classifier model shipped")


def _reason(
    text: str, probability: float, found: list[Reason] | None = None, config: ModerationConfig = DEFAULT_CONFIG,
    lang: str = "tr",
) -> Reason | None:
    comment = Comment(text=text, lang=lang, config=config)
    return classifier_reason(comment, found or [], ClassifierEvidence(probability, probability))


def _comment(text: str) -> Comment:
    return Comment(text=text, lang="tr", config=DEFAULT_CONFIG)


def test_classifier_alone_holds_for_review_from_its_threshold() -> None:
    assert _reason("Bu iş böyle olmaz artık", 0.49) is None
    reason = _reason("Bu iş böyle olmaz artık", 0.6)
    assert reason is not None and reason.severity == "review" and reason.code == "offensive"


def test_a_tone_cue_lowers_the_threshold() -> None:
    assert _reason("Bu iş böyle olmaz artık!", 0.4) is not None
    reason = _reason("Sen bu işi bilmezsin", 0.4)
    assert reason is not None and reason.code == "insult"
    assert [span.text for span in reason.spans] == ["Sen"]
    assert _reason("Bu iş böyle olmaz artık", 0.4) is None


def test_only_a_very_sure_classifier_rejects_alone() -> None:
    reason = _reason("Bu iş böyle olmaz", 0.98)
    assert reason is not None and reason.severity == "reject"
    never = replace(DEFAULT_CONFIG, classifier_reject_threshold=1.0)
    reason = _reason("Bu iş böyle olmaz", 0.98, config=never)
    assert reason is not None and reason.severity == "review"


def test_classifier_is_silent_when_a_content_rule_fired_or_for_english() -> None:
    rule_reason = Reason("insult", 0.6, severity="review")
    assert _reason("Bunu yapanlar aptal.", 0.99, [rule_reason]) is None
    assert _reason("This is wrong", 0.99, lang="en") is None
    note = Reason("spelling", 0.3, severity="note")
    assert _reason("Bu iş böyle olmaz", 0.6, [note]) is not None


def test_disabled_code_is_not_reported() -> None:
    config = replace(DEFAULT_CONFIG, enabled=frozenset({"profanity", "insult"}))
    assert _reason("Bu iş böyle olmaz", 0.9, config=config) is None


def test_reason_code_follows_the_comment() -> None:
    assert classifier_code(_comment("Camiler hakkında yazmışlar")) == "belief_attack"
    assert classifier_code(_comment("Bunların ne olduğunu biliriz")) == "offensive"
    assert classifier_code(_comment("Siz bunu anlamazsınız")) == "insult"
    assert [span.text for span in tone_cues(_comment("Bunlar hain ve alçak"))] == ["hain", "alçak"]


def test_config_orders_the_classifier_thresholds() -> None:
    from gazete.moderation.config import ConfigError

    with pytest.raises(ConfigError):
        ModerationConfig(classifier_cue_threshold=0.6, classifier_review_threshold=0.5)
    with pytest.raises(ConfigError):
        ModerationConfig(classifier_review_threshold=0.9, classifier_reject_threshold=0.8)


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Bence CHP ve AKP bu konuda uzlaşmalı.",
        "Ramazan'da oruç tutan Müslümanlar için iftar programı düzenlendi.",
        "Allah kahretsin, yine savaş haberi.",
    ],
)
def test_topic_bias_is_taken_out(text: str) -> None:
    evidence = classifier_evidence(text)
    assert evidence is not None
    assert evidence.probability >= 0.5 > evidence.unbiased
    assert moderate(text).decision == "approve"


@needs_model
def test_rules_only_switch_turns_the_classifier_off() -> None:
    text = "Bunu yazanlar mal."
    assert moderate(text).decision == "review"
    assert moderate(text, config=replace(DEFAULT_CONFIG, use_classifier=False)).decision == "approve"


@needs_model
def test_a_rule_review_is_not_raised_to_reject_by_a_sure_classifier() -> None:
    evidence = classifier_evidence("Bunu yapanlar aptal.")
    assert evidence is not None and evidence.unbiased >= DEFAULT_CONFIG.reject_threshold
    verdict = moderate("Bunu yapanlar aptal.")
    assert verdict.decision == "review" and verdict.codes == ("insult",)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Bu iş böyle olmaz", 4),
        ("👍👍 güzel", 1),
        ("@ahmet bak https://x.com/a/b çok güzel", 3),
        ("www.site.com", 0),
        ("Yunanca adı Αθήνα", 2),
    ],
)
def test_judged_words_leave_out_mentions_links_and_single_letters(text: str, count: int) -> None:
    assert judged_words(_comment(text)) == count


@pytest.mark.parametrize("text", ["Tebrikler!", "👍👍 güzel", "www.site.com", "Yuh", "@ahmet bak https://x.com/a/b"])
def test_short_comments_are_left_to_the_rules(text: str) -> None:
    assert _reason(text, 0.99) is None
    assert _reason(text, 0.99, config=replace(DEFAULT_CONFIG, classifier_min_words=0)) is not None


@needs_model
@pytest.mark.parametrize("text", ["Tebrikler!", "👍👍 güzel", "www.site.com", "Harika bir haber"])
def test_short_polite_comments_are_approved(text: str) -> None:
    assert moderate(text).decision == "approve"


def test_cleared_spans_are_the_words_the_rules_found_innocent() -> None:
    from gazete.moderation.combine import cleared_spans

    text = "Eşek arısı ve eski bir sikke, adı bilinmeyen biri buldu"
    found = [text[start:end] for start, end in cleared_spans(_comment(text))]
    assert found == ["Eşek", "sikke", "adı"]
    assert cleared_spans(_comment("Sen tam bir eşeksin")) == []
