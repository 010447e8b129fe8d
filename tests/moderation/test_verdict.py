"""Verdict types: frozen, JSON shape, messages by language, decisions from severities."""

from __future__ import annotations

import dataclasses
import json

import pytest

from gazete.moderation.verdict import Reason, Span, Verdict, WordSuggestion, decide


def _reason(severity: str = "reject") -> Reason:
    return Reason(
        code="profanity",
        score=1.0,
        spans=(Span(0, 6, "siktir"),),
        message_tr="Yorumunuz küfür içeriyor.",
        message_en="Your comment contains profanity.",
        suggestions=(WordSuggestion(0, 6, "siktir", "s*****"),),
        severity=severity,  # type: ignore[arg-type]
    )


def test_to_json_shape_and_language() -> None:
    verdict = Verdict("reject", (_reason(),), "s***** git", "en")
    payload = verdict.to_json()
    assert payload == {
        "decision": "reject",
        "reasons": [
            {
                "code": "profanity",
                "score": 1.0,
                "severity": "reject",
                "spans": [[0, 6]],
                "message": "Your comment contains profanity.",
            }
        ],
        "suggestion": "s***** git",
        "lang": "en",
    }
    json.dumps(payload)


def test_message_defaults_to_turkish() -> None:
    reason = _reason()
    assert reason.message() == "Yorumunuz küfür içeriyor."
    assert reason.message("fr") == "Yorumunuz küfür içeriyor."
    assert Verdict("reject", (reason,)).to_json()["reasons"][0]["message"] == reason.message_tr


def test_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        _reason().score = 0.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("severities", "decision"),
    [((), "approve"), (("note",), "approve"), (("note", "review"), "review"), (("review", "reject"), "reject")],
)
def test_decide(severities: tuple[str, ...], decision: str) -> None:
    assert decide(tuple(_reason(s) for s in severities)) == decision


def test_codes_and_lookup() -> None:
    verdict = Verdict("reject", (_reason(),))
    assert verdict.codes == ("profanity",)
    assert verdict.reason("profanity") is not None
    assert verdict.reason("spelling") is None
