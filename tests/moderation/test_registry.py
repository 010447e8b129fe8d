"""The rule registry: one spec per policy code, in the policy's order, with languages, checks and fixes."""

from __future__ import annotations

from gazete.moderation.config import DEFAULT_CONFIG
from gazete.moderation.policy import CONTENT_CODES, POLICY_RULES
from gazete.moderation.registry import FIX_ORDER, FIXABLE_CODES, MEANING_CODES, RULES, SPECS_BY_CODE
from gazete.moderation.rules.base import Comment


def test_the_registry_lists_every_policy_code_once_in_the_policy_order() -> None:
    assert [spec.code for spec in RULES] == [rule.code for rule in POLICY_RULES]
    assert set(SPECS_BY_CODE) == {rule.code for rule in POLICY_RULES}
    assert all(spec.policy.code == spec.code for spec in RULES)


def test_fixes_run_capitals_then_dropped_words_then_letters_then_spelling() -> None:
    assert [spec.code for spec in FIX_ORDER] == ["all_caps", "profanity", "no_turkish_chars", "spelling"]
    assert {"all_caps", "profanity", "no_turkish_chars", "spelling"} == FIXABLE_CODES
    assert [spec.code for spec in FIX_ORDER if spec.fixes_unflagged] == ["spelling"]


def test_rules_about_meaning_have_no_fix_and_are_content_rules() -> None:
    assert {"insult", "offensive", "belief_attack"} == MEANING_CODES
    assert MEANING_CODES < CONTENT_CODES
    assert all(SPECS_BY_CODE[code].fix is None for code in MEANING_CODES)


def test_only_the_turkish_letters_rule_is_turkish_only() -> None:
    turkish_only = [spec.code for spec in RULES if spec.languages == {"tr"}]
    assert turkish_only == ["no_turkish_chars"]
    assert all(spec.languages == {"tr", "en"} for spec in RULES if spec.code != "no_turkish_chars")
    assert SPECS_BY_CODE["all_caps"].then_fixes == ("no_turkish_chars",)


def test_each_spec_checks_and_fixes_through_its_rule_module() -> None:
    comment = Comment(text="BU COK SACMA BIR KARAR", lang="tr", config=DEFAULT_CONFIG)
    found = {spec.code for spec in RULES if spec.check(comment) is not None}
    assert {"all_caps", "no_turkish_chars"} <= found
    lowered = SPECS_BY_CODE["all_caps"].fix
    assert lowered is not None and lowered(comment.text, comment) == "Bu cok sacma bir karar"
