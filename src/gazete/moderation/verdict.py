"""Frozen result types of the moderation engine: spans, word suggestions, reasons and the verdict."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Decision = Literal["approve", "reject", "review"]
Severity = Literal["reject", "review", "note"]
SUPPORTED_LANGS = ("tr", "en")


@dataclass(frozen=True)
class Span:
    """A slice ``text[start:end]`` of the comment that a reason points at."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class WordSuggestion:
    """A proposed replacement for ``original`` found at ``text[start:end]``."""

    start: int
    end: int
    original: str
    replacement: str


@dataclass(frozen=True)
class Reason:
    """Why a comment breaks (or may break) one policy rule, with where and how to fix it.

    ``severity`` says what the reason does to the decision: ``reject``, ``review`` (hold for a
    moderator) or ``note`` (a suggestion only; the comment can still be approved).
    """

    code: str
    score: float
    spans: tuple[Span, ...] = ()
    message_tr: str = ""
    message_en: str = ""
    suggestions: tuple[WordSuggestion, ...] = ()
    severity: Severity = "reject"

    def message(self, lang: str = "tr") -> str:
        """Return the plain-language message in ``lang`` (English for ``en``, Turkish otherwise)."""
        return self.message_en if lang == "en" else self.message_tr

    def to_json(self, lang: str = "tr") -> dict[str, Any]:
        """Return a JSON-ready dict of this reason with its message in ``lang``."""
        return {
            "code": self.code,
            "score": round(self.score, 4),
            "severity": self.severity,
            "spans": [[span.start, span.end] for span in self.spans],
            "message": self.message(lang),
        }


@dataclass(frozen=True)
class Verdict:
    """The engine's decision on one comment, with every reason and the fully fixed text."""

    decision: Decision
    reasons: tuple[Reason, ...] = ()
    suggestion: str | None = None
    lang: str = "tr"

    @property
    def codes(self) -> tuple[str, ...]:
        """Return the reason codes in report order."""
        return tuple(reason.code for reason in self.reasons)

    def reason(self, code: str) -> Reason | None:
        """Return the reason with ``code`` or None."""
        return next((reason for reason in self.reasons if reason.code == code), None)

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-ready dict: decision, reasons (code, score, spans, message), suggestion, lang."""
        return {
            "decision": self.decision,
            "reasons": [reason.to_json(self.lang) for reason in self.reasons],
            "suggestion": self.suggestion,
            "lang": self.lang,
        }


def decide(reasons: tuple[Reason, ...]) -> Decision:
    """Return the decision implied by the reasons' severities: any reject wins, then review."""
    severities = {reason.severity for reason in reasons}
    if "reject" in severities:
        return "reject"
    if "review" in severities:
        return "review"
    return "approve"
