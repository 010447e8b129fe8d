"""The engine on our labelled case files: ≥95 % decisions right, every expected reason reported."""

from __future__ import annotations

import pytest

from gazete.moderation import moderate
from tests.moderation.conftest import Case, case_params, load_cases

MIN_DECISION_ACCURACY = 0.95


def _verdict(case: Case):
    return moderate(case.text, lang=case.lang, context=case.context)


@pytest.mark.parametrize("case", case_params())
def test_case(case: Case) -> None:
    verdict = _verdict(case)
    assert verdict.decision == case.decision, (verdict.codes, verdict.suggestion)
    for code in case.codes:
        assert code in verdict.codes, f"expected reason {code} missing: {verdict.codes}"
    for code in case.absent:
        assert code not in verdict.codes, f"false positive {code}: {verdict.codes}"


def test_decision_accuracy_and_expected_reasons() -> None:
    cases = [case for case in load_cases() if not case.xfail]
    assert len(cases) >= 100
    verdicts = [_verdict(case) for case in cases]
    right = sum(1 for case, verdict in zip(cases, verdicts, strict=True) if verdict.decision == case.decision)
    assert right / len(cases) >= MIN_DECISION_ACCURACY, f"{right}/{len(cases)} decisions right"
    missing = [
        (case.id, code)
        for case, verdict in zip(cases, verdicts, strict=True)
        for code in case.codes
        if code not in verdict.codes
    ]
    assert missing == []


def test_case_files_cover_every_rule_with_positives_and_negatives() -> None:
    from gazete.moderation.policy import ALL_CODES

    cases = load_cases()
    positives = {code for case in cases if not case.xfail for code in case.codes}
    negatives = {code for case in cases for code in case.absent}
    assert positives >= ALL_CODES
    assert negatives >= ALL_CODES
    assert any(case.xfail for case in cases)
