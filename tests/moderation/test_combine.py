"""Rules and classifier combined: topic bias removed, classifier only when no rule fired, its thresholds.

Texts are samples written for gazete tests. Tests that need the shipped model skip without it.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from gazete.moderation import ModerationConfig, moderate
from gazete.moderation.combine import (
    classifier_code,
    classifier_may_judge,
    classifier_reason,
    cleared_spans,
    judged_words,
    needs_classifier,
    rules_yield,
    tone_cues,
)
from gazete.moderation.config import DEFAULT_CONFIG, ConfigError
from gazete.moderation.hostility_model import HostilityJudgement
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


def test_a_mother_named_in_the_idiom_of_her_milk_is_cleared() -> None:
    from gazete.moderation.combine import cleared_spans

    text = "Bursumu veren vakfa ananın ak sütü gibi helal olsun."
    assert [text[start:end] for start, end in cleared_spans(_comment(text))] == ["ananın ak sütü"]


def _judgement(hostile: float, code: str = "offensive") -> HostilityJudgement:
    return HostilityJudgement(hostile=hostile, code=code, probabilities={"clean": 1.0 - hostile, code: hostile})


def _model_reason(
    text: str, hostile: float, code: str = "offensive", offensive: float = 0.5, **settings: object
) -> Reason | None:
    from gazete.moderation.combine import hostility_model_reason

    config = replace(DEFAULT_CONFIG, **settings)
    comment = Comment(text=text, lang="tr", config=config)
    return hostility_model_reason(comment, [], _judgement(hostile, code), ClassifierEvidence(offensive, offensive))


def test_the_blended_score_holds_for_review_from_its_threshold_under_the_models_code() -> None:
    text = "Bu mahalleye onlardan bir tane daha gelmesin."
    threshold = DEFAULT_CONFIG.hostility_model_threshold
    # (1 - share) × t + share × t = t: held; a little less hostile, or a classifier a little less sure, is not.
    assert _model_reason(text, threshold - 0.01, offensive=threshold) is None
    assert _model_reason(text, threshold, offensive=threshold - 0.1) is None
    reason = _model_reason(text, threshold, "belief_attack", offensive=threshold)
    assert reason is not None and reason.code == "belief_attack" and reason.severity == "review"
    assert reason.score == pytest.approx(threshold)
    assert _model_reason(text, 0.99, offensive=0.99, use_hostility_model=False) is None


def test_a_plainly_hostile_judgement_holds_whatever_the_classifier_says() -> None:
    assert _model_reason("Bu mahalleye onlardan bir tane daha gelmesin.", 0.7, offensive=0.0) is not None


def test_blended_score_weighs_the_classifier_by_its_share() -> None:
    from gazete.moderation.combine import blended_score

    share = DEFAULT_CONFIG.classifier_share
    assert blended_score(DEFAULT_CONFIG, 1.0, 0.0) == pytest.approx(1.0 - share)
    assert blended_score(replace(DEFAULT_CONFIG, classifier_share=0.5), 0.2, 0.6) == pytest.approx(0.4)


def test_hostility_model_asks_more_of_a_comment_that_condemns_or_reports() -> None:
    condemning = "Göçmenleri fare gibi gösteren karikatür utanç verici, kınıyorum."
    assert _model_reason(condemning, 0.6, offensive=0.6) is None
    assert _model_reason(condemning, 0.95, offensive=0.9) is not None


def test_hostility_model_is_silent_where_the_classifier_is() -> None:
    from gazete.moderation.combine import hostility_model_reason

    rule_reason = Reason("insult", 0.6, severity="review")
    comment = Comment(text="Bunu yapanlar aptal olmalı.", lang="tr", config=DEFAULT_CONFIG)
    assert hostility_model_reason(comment, [rule_reason], _judgement(0.99)) is None
    short = Comment(text="Defolun gidin", lang="tr", config=DEFAULT_CONFIG)
    assert hostility_model_reason(short, [], _judgement(0.99)) is None
    disabled = replace(DEFAULT_CONFIG, enabled=DEFAULT_CONFIG.enabled - {"offensive"})
    assert hostility_model_reason(Comment(text="Hepsi buradan gitsin artık.", lang="tr", config=disabled), [],
                                  _judgement(0.99)) is None


def test_with_a_judgement_the_classifier_alone_holds_only_cued_comments_and_still_rejects() -> None:
    plain = Comment(text="Bu iş böyle olmaz artık", lang="tr", config=DEFAULT_CONFIG)
    assert classifier_reason(plain, [], ClassifierEvidence(0.6, 0.6)) is not None
    assert classifier_reason(plain, [], ClassifierEvidence(0.6, 0.6), _judgement(0.1)) is None
    assert classifier_reason(plain, [], ClassifierEvidence(0.99, 0.99), _judgement(0.1)).severity == "reject"
    cued = Comment(text="Sen bu işi hiç bilmiyorsun artık", lang="tr", config=DEFAULT_CONFIG)
    assert classifier_reason(cued, [], ClassifierEvidence(0.6, 0.6), _judgement(0.1)) is not None


def test_config_bounds_the_hostility_model_settings() -> None:
    from gazete.moderation.config import ConfigError

    with pytest.raises(ConfigError):
        ModerationConfig(hostility_model_threshold=0.0)
    with pytest.raises(ConfigError):
        ModerationConfig(classifier_share=1.0)


def test_codes_the_hostility_model_defers_are_left_to_the_rules_and_classifier() -> None:
    text = "Bu mahalleye onlardan bir tane daha gelmesin."
    assert _model_reason(text, 0.95, "insult", offensive=0.9) is not None
    assert _model_reason(text, 0.95, "insult", offensive=0.9, hostility_model_defers=frozenset({"insult"})) is None
    defers = frozenset({"insult"})
    assert _model_reason(text, 0.95, "offensive", offensive=0.9, hostility_model_defers=defers) is not None


def test_classifier_may_judge_is_decided_once_per_comment() -> None:
    long_enough = Comment(text="Bu karar bence hiç doğru değil, yeniden düşünülmeli.", lang="tr", config=DEFAULT_CONFIG)
    assert long_enough.analysis.classifier_may_judge is None
    assert classifier_may_judge(long_enough) is True
    assert long_enough.analysis.classifier_may_judge is True
    assert needs_classifier(long_enough, ()) is True
    assert classifier_may_judge(Comment(text="Evet.", lang="tr", config=DEFAULT_CONFIG)) is False
    english = Comment(text="This decision is not right at all.", lang="en", config=DEFAULT_CONFIG)
    assert classifier_may_judge(english) is False
    switched_off = replace(DEFAULT_CONFIG, use_classifier=False)
    assert classifier_may_judge(Comment(text=long_enough.text, lang="tr", config=switched_off)) is False


@pytest.mark.parametrize(
    "text",
    ["Eşek sütü peyniri denedik, çok lezzetli.", "Sabaha kadar köpek gibi çalıştık, şimdi uyuyoruz."],
)
def test_an_animal_nobody_is_called_is_no_tone_cue_and_is_cleared(text: str) -> None:
    comment = Comment(text, "tr", DEFAULT_CONFIG)
    assert tone_cues(comment) == ()
    assert cleared_spans(comment)


@needs_model
def test_the_hostility_judgement_weighs_the_group_it_is_about_half() -> None:
    from gazete.moderation.combine import hostility_judgement
    from gazete.moderation.hostility_model import load_hostility_model
    from gazete.moderation.topics import mask_topics

    model = load_hostility_model()
    classifier = get_classifier()
    assert model is not None and classifier is not None
    # No quotes and no cleared words: the judgement is the mean of the model's on the whole text and on the
    # text without its group name, so the group neither carries the judgement nor vanishes from it.
    text = "Romanlar çalışmaz, çalar; mahallede kimse onlara güvenmez."
    masked = mask_topics(text)
    assert masked is not None
    whole = model.judge(*classifier.features(text)).hostile
    without = model.judge(*classifier.features(masked)).hostile
    assert without < whole
    judgement = hostility_judgement(_comment(text))
    assert judgement is not None
    assert judgement.hostile == pytest.approx((whole + without) / 2)


@needs_model
def test_the_hostility_rules_yield_to_a_learnt_model_sure_the_comment_is_clean() -> None:
    # A comment the rules misread and the shipped model is sure of (below 0.01); which comment that is depends on the
    # model and on the rules: session 15's retraining scores session 10's example ("Doğum sonrası depresyon gerçek
    # bir hastalık…") 0.02, just above the cut, and session 30's rules read the next one right ("Eşcinselliğin bir
    # hastalık olmadığını …": the illness denied), so the rules' "düşman" beside migrants is the misreading here.
    text = "Kaçak göçe karşı olmakla göçmenlere düşman olmak aynı şey değil, bu ayrım önemli."
    verdict = moderate(text)
    assert verdict.decision == "approve"
    assert [(reason.code, reason.severity) for reason in verdict.reasons] == [("offensive", "note")]
    never = replace(DEFAULT_CONFIG, hostility_rules_yield_below=0.0)
    assert moderate(text, config=never).decision == "reject"
    rules_only = replace(DEFAULT_CONFIG, use_hostility_model=False)
    assert moderate(text, config=rules_only).decision == "reject"


def test_hostile_comments_and_other_codes_never_yield() -> None:
    assert moderate("Suriyeliler bu ülkenin başına bela, hepsi sürülsün.").decision != "approve"
    comment = Comment("Bu haberi yazan aptal, anneler hastalık gibi.", "tr", DEFAULT_CONFIG)
    insult = Reason("insult", 0.9, severity="reject")
    offensive = Reason("offensive", 0.9, severity="reject")
    # an insult blocks too: nothing is turned into a note, whatever the model says
    assert rules_yield(comment, [insult, offensive]) == (insult, offensive)


def test_config_keeps_the_yield_below_the_model_threshold() -> None:
    with pytest.raises(ConfigError):
        ModerationConfig(hostility_rules_yield_below=0.6)


def test_a_curse_on_an_evil_is_no_tone_cue_and_is_cleared_for_the_models() -> None:
    comment = _comment("Kahrolsun bu susuzluk, bıktık artık.")
    assert tone_cues(comment) == ()
    assert (0, len("Kahrolsun")) in cleared_spans(comment)
    assert [span.text for span in tone_cues(_comment("Kahrolsun bu hükümet"))] == ["Kahrolsun"]


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("Domuz gribi aşısı için eczane kuyruğu sokağa taştı.", False),
        ("Domuz eti yiyen kafirler cehennemi boylayacak.", True),
    ],
)
def test_a_hostile_word_opening_a_harmless_set_phrase_is_no_tone_cue(text: str, cued: bool) -> None:
    assert bool(tone_cues(Comment(text, "tr", DEFAULT_CONFIG))) is cued


def _stance_model(probability: float, threshold: float = 0.8):  # -> StanceModel
    """A one-topic stance model (cue ``göçmen``) that gives every comment naming it ``probability``."""
    import math

    import numpy as np

    from gazete.moderation.stance_model import StanceModel, StanceTopic

    topic = StanceTopic("migrants", r"göçmen", ("group_hostility",), "offensive")
    logit = math.log(probability / (1.0 - probability))
    return StanceModel(
        topics=(topic,), rows=np.array([], dtype=np.int64), coef=np.zeros((0, 1)), intercept=np.array([logit]),
        thresholds=(threshold,),
    )


@needs_model
def test_a_stance_model_holds_a_comment_that_names_its_topic(monkeypatch: pytest.MonkeyPatch) -> None:
    from gazete.moderation import combine

    monkeypatch.setattr(combine, "cached_judgement", lambda _comment: _judgement(0.5))
    monkeypatch.setattr(combine, "load_stance_model", lambda: _stance_model(0.9))
    reason = combine.stance_reason(_comment("Mahallemize yeni göçmen aileler taşındı bu hafta."), [])
    assert reason is not None and reason.code == "offensive" and reason.severity == "review"
    assert reason.score == pytest.approx(0.9)
    assert combine.stance_reason(_comment("Mahallemize yeni aileler taşındı bu hafta."), []) is None  # no cue
    monkeypatch.setattr(combine, "load_stance_model", lambda: _stance_model(0.7))
    assert combine.stance_reason(_comment("Mahallemize yeni göçmen aileler taşındı bu hafta."), []) is None


@needs_model
def test_a_stance_model_asks_more_of_a_comment_that_condemns_or_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    from gazete.moderation import combine

    condemning = "Göçmenleri suçlu gösteren o paylaşımı kınıyorum, utanç verici."
    # threshold 0.8, raised 60 % of the way to 1 for a condemning comment: 0.92
    monkeypatch.setattr(combine, "cached_judgement", lambda _comment: _judgement(0.5))
    monkeypatch.setattr(combine, "load_stance_model", lambda: _stance_model(0.9))
    assert combine.stance_reason(_comment(condemning), []) is None
    monkeypatch.setattr(combine, "load_stance_model", lambda: _stance_model(0.95))
    assert combine.stance_reason(_comment(condemning), []) is not None


@needs_model
def test_a_stance_model_is_silent_where_the_classifier_is_and_when_switched_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gazete.moderation import combine

    monkeypatch.setattr(combine, "load_stance_model", lambda: _stance_model(0.99))
    text = "Mahallemize yeni göçmen aileler taşındı bu hafta."
    rule_reason = Reason("offensive", 0.9, severity="reject")
    assert combine.stance_reason(_comment(text), [rule_reason]) is None
    off = Comment(text=text, lang="tr", config=replace(DEFAULT_CONFIG, use_stance_model=False))
    assert combine.stance_reason(off, []) is None
    disabled = replace(DEFAULT_CONFIG, enabled=DEFAULT_CONFIG.enabled - {"offensive"})
    assert combine.stance_reason(Comment(text=text, lang="tr", config=disabled), []) is None


@needs_model
def test_the_shipped_stance_model_holds_implied_hostility_the_other_readers_pass() -> None:
    # sample written for this test: exclusion from work, with no listed phrase and no slur
    text = "Eşcinsellerin öğretmen olarak atanmaması için yönetmelik çıkmalı, velilerin kaygısı dikkate alınsın."
    held = moderate(text)
    without = moderate(text, config=replace(DEFAULT_CONFIG, use_stance_model=False))
    assert without.decision == "approve"
    assert held.decision == "review" and [reason.code for reason in held.reasons] == ["offensive"]


@needs_model
def test_a_stance_model_holds_only_where_the_hostility_model_leans_the_same_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gazete.moderation import combine

    monkeypatch.setattr(combine, "load_stance_model", lambda: _stance_model(0.99))
    comment = _comment("Mahallemize yeni göçmen aileler taşındı bu hafta.")
    monkeypatch.setattr(combine, "cached_judgement", lambda _comment: _judgement(0.05))
    assert combine.stance_reason(comment, []) is None
    monkeypatch.setattr(combine, "cached_judgement", lambda _comment: _judgement(0.3))
    assert combine.stance_reason(comment, []) is not None
    no_floor = Comment(text=comment.text, lang="tr", config=replace(DEFAULT_CONFIG, stance_hostility_floor=0.0))
    monkeypatch.setattr(combine, "cached_judgement", lambda _comment: _judgement(0.05))
    assert combine.stance_reason(no_floor, []) is not None
    with pytest.raises(ConfigError):
        replace(DEFAULT_CONFIG, stance_hostility_floor=1.5)
