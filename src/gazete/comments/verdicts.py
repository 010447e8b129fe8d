"""The engine's verdict as stored with a comment and as shown to readers (messages in their language)."""

from __future__ import annotations

from typing import Any

from gazete.moderation.verdict import Reason, Verdict


def reason_record(reason: Reason) -> dict[str, Any]:
    """Return everything about one reason, in both languages, for storage with the comment."""
    return {
        "code": reason.code,
        "score": round(float(reason.score), 4),
        "severity": getattr(reason, "severity", "reject"),
        "spans": [{"start": s.start, "end": s.end, "text": s.text} for s in reason.spans],
        "suggestions": [
            {"start": w.start, "end": w.end, "original": w.original, "replacement": w.replacement}
            for w in getattr(reason, "suggestions", ())
        ],
        "message_tr": reason.message("tr"),
        "message_en": reason.message("en"),
    }


def verdict_record(verdict: Verdict) -> dict[str, Any]:
    """Return the whole verdict as a JSON-ready dict for storage (``Comment.verdict``)."""
    return {
        "decision": verdict.decision,
        "lang": verdict.lang,
        "suggestion": verdict.suggestion,
        "reasons": [reason_record(reason) for reason in verdict.reasons],
    }


def reasons_for_reader(record: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    """Return a stored verdict's reasons as readers see them: code, message in ``lang``, spans."""
    key = "message_en" if lang == "en" else "message_tr"
    return [
        {
            "code": reason["code"],
            "severity": reason.get("severity", "reject"),
            "message": reason.get(key, ""),
            "spans": reason.get("spans", []),
            "suggestions": reason.get("suggestions", []),
        }
        for reason in record.get("reasons", [])
    ]


def codes_field(verdict: Verdict) -> str:
    """Return the reason codes as stored in ``Comment.codes`` (``,code,code,``; empty when none)."""
    codes = [reason.code for reason in verdict.reasons]
    return f",{','.join(codes)}," if codes else ""
