"""The engine: decisions, suggestions with every fix, context names, robustness on any str."""

from __future__ import annotations

import pytest

from gazete.moderation import ModerationConfig, moderate
from gazete.moderation.config import DEFAULT_CONFIG
from gazete.moderation.engine import approves, find_reasons, read_comment
from gazete.moderation.rules.base import Comment


def test_clean_comment_is_approved_without_suggestion() -> None:
    verdict = moderate("Savaşın bir an önce bitmesini diliyorum.")
    assert verdict.decision == "approve"
    assert verdict.reasons == ()
    assert verdict.suggestion is None
    assert verdict.lang == "tr"


def test_suggestion_applies_every_fix() -> None:
    verdict = moderate("BU COK SACMA BIR KARAR, NATO HEMEN CEKILMELI")
    assert verdict.decision == "reject"
    assert {"all_caps", "no_turkish_chars"} <= set(verdict.codes)
    assert verdict.suggestion == "Bu çok saçma bir karar, NATO hemen çekilmeli"


def test_suggestion_corrects_spelling_after_restoring_letters() -> None:
    verdict = moderate("herkez biliyor, malesef bu karar cok yanlis")
    assert verdict.suggestion == "herkes biliyor, maalesef bu karar çok yanlış"


def test_a_suggestion_never_masks_profanity_and_is_itself_approved(kremlin_context: str) -> None:
    verdict = moderate("PESKOV SIKTIR GIT, HABERIN COK KOTU", context=kremlin_context)
    assert "profanity" in verdict.codes
    assert verdict.suggestion is not None
    assert "*" not in verdict.suggestion and "sik" not in verdict.suggestion.lower()
    assert verdict.suggestion.startswith("Peskov")
    assert moderate(verdict.suggestion, context=kremlin_context).decision == "approve"


def test_no_suggestion_for_what_a_comment_says() -> None:
    verdict = moderate("Sen tam bir aptalsın, Suriyelilerin hepsi gönderilsin.")
    assert verdict.decision == "reject"
    assert verdict.suggestion is None


def test_one_confident_typo_is_not_approved_as_typed_and_the_fix_is() -> None:
    verdict = moderate(
        "Bu haberi dün akşam okudum ve çok düşündüm, ülkemizin geleceği için herkez biraz daha "
        "sorumluluk almalı bence."
    )
    assert verdict.decision == "reject"
    reason = verdict.reason("spelling")
    assert reason is not None and reason.severity == "reject"
    assert verdict.suggestion is not None and "herkes" in verdict.suggestion
    assert moderate(verdict.suggestion).decision == "approve"


def test_english_comment_never_gets_no_turkish_chars() -> None:
    verdict = moderate("This is a balanced article about the summit and the sanctions.")
    assert verdict.lang == "en"
    assert "no_turkish_chars" not in verdict.codes


def test_forced_language_wins() -> None:
    assert moderate("bu cok sacma bir karar", lang="en").lang == "en"
    assert moderate("bu cok sacma bir karar", lang="tr-TR").lang == "tr"


def test_disabled_rules_do_not_run() -> None:
    config = ModerationConfig(enabled=frozenset({"profanity"}))
    verdict = moderate("BU COK SACMA BIR KARAR VE HERKEZ BILIYOR", config=config)
    assert verdict.decision == "approve"


def test_allowed_and_extra_banned_words() -> None:
    config = ModerationConfig(extra_banned_words=frozenset({"zırtapoz"}))
    assert moderate("Sen bir zırtapozsun", config=config).decision == "reject"
    # Without the extra word no rule fires (the classifier alone may still hold it: P(OFF) ≈ 0.38 with a cue).
    assert moderate("Sen bir zırtapozsun", config=ModerationConfig(use_classifier=False)).decision == "approve"
    assert "profanity" not in moderate("Sen bir zırtapozsun").codes


@pytest.mark.parametrize("text", ["", "   ", "12345", "👍👍", "\x00\ud800", "!!!???"])
def test_no_letters_is_rejected_as_empty(text: str) -> None:
    verdict = moderate(text)
    assert verdict.decision == "reject"
    assert verdict.codes == ("empty",)


@pytest.mark.parametrize(
    "text",
    ["a" * 20000, "ş" * 5000, "s" + "*" * 50, "İ̇i̇", "\u202eters", "a.b.c.d.e.f.g", "'''", "x\ud800y z", "ﬁ ß Σ"],
)
def test_never_raises_on_odd_strings(text: str) -> None:
    verdict = moderate(text)
    assert verdict.decision in {"approve", "reject", "review"}
    verdict.to_json()


def test_non_str_raises_type_error() -> None:
    with pytest.raises(TypeError):
        moderate(None)  # type: ignore[arg-type]


def test_caps_fix_also_restores_turkish_letters_hidden_by_capitals() -> None:
    verdict = moderate("HERKEZ BURAYA BAKSIN", lang="tr")
    assert verdict.decision == "reject"
    assert verdict.suggestion == "Herkes buraya baksın"


def test_spans_point_into_the_text_as_typed() -> None:
    typed = "Sen s\u200bi\u200bk\u200bt\u200bi\u200br git buradan"
    verdict = moderate(typed)
    assert verdict.decision == "reject"
    reason = verdict.reason("profanity")
    assert reason is not None
    assert [typed[span.start : span.end] for span in reason.spans] == [span.text for span in reason.spans]
    assert any("\u200b" in span.text for span in reason.spans)
    assert verdict.suggestion is None or "\u200b" not in verdict.suggestion


@pytest.mark.parametrize(
    ("typed", "marked"),
    [
        ("Hepiniz s🔥ktir olun", "s🔥ktir"),
        ("s. i. k. t. i. r git", "s. i. k. t. i. r"),
        ("o. r. o. s. p. u", "o. r. o. s. p. u"),
    ],
)
def test_a_picture_for_a_letter_and_letters_spaced_by_dot_and_space_are_profanity(typed: str, marked: str) -> None:
    verdict = moderate(typed)
    reason = verdict.reason("profanity")
    assert verdict.decision == "reject" and reason is not None
    assert marked in [span.text for span in reason.spans]


def test_a_lone_surrogate_reaches_the_classifier_cleanly(caplog: pytest.LogCaptureFixture) -> None:
    verdict = moderate("Bu haber \udcff hakkında söylenecek çok şey var.")
    assert verdict.decision in {"approve", "review", "reject"}
    assert "classifier failed" not in caplog.text


@pytest.mark.parametrize("severity", ["review", "reject", "note"])
def test_another_script_gets_the_configured_severity(severity: str) -> None:
    config = ModerationConfig(other_language_severity=severity)  # type: ignore[arg-type]
    verdict = moderate("Это очень плохая новость для всех нас", config=config)
    assert verdict.codes == ("other_language",)
    assert verdict.lang == "ru"
    assert verdict.decision == {"review": "review", "reject": "reject", "note": "approve"}[severity]
    assert "moderatör" in verdict.reasons[0].message("tr")


@pytest.mark.parametrize(
    "text",
    [
        "Savaşın bir an önce bitmesini diliyorum.",
        "BU COK SACMA BIR KARAR, NATO HEMEN CEKILMELI",
        "herkez biliyor, malesef bu karar cok yanlis",
        "Sen ne anlarsın bundan, tam bir aptalsın.",
        "12345 !!!",
        "Это очень плохая статья",
    ],
)
def test_approves_agrees_with_the_full_decision(text: str) -> None:
    assert approves(text, None, None, DEFAULT_CONFIG) == (moderate(text).decision == "approve")


def test_find_reasons_stops_at_the_first_reason_that_blocks() -> None:
    comment = read_comment("HERKEZ BILIYOR, MALESEF BU KARAR COK YANLIS", None, None, DEFAULT_CONFIG)
    assert isinstance(comment, Comment)
    every = find_reasons(comment)
    first = find_reasons(comment, until_blocked=True)
    assert len(every) > 1
    assert first == every[: len(first)]
    assert first[-1].severity != "note"
    assert all(reason.severity == "note" for reason in first[:-1])
