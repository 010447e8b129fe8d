"""Pure command-line helpers: moderate JSON lines and format a verdict for people.

The ``gazete`` CLI wires these in; they take and return streams and values and never exit.
"""

from __future__ import annotations

import json
from typing import IO, Any

from gazete.moderation.config import ModerationConfig
from gazete.moderation.engine import moderate
from gazete.moderation.verdict import Verdict


def run_jsonl(stdin: IO[str], stdout: IO[str], config: ModerationConfig | None = None) -> tuple[int, int]:
    """Moderate ``{"id", "text"}`` lines from ``stdin``; write one verdict JSON line each to ``stdout``.

    Optional fields ``lang`` and ``context`` are passed on. A bad line gives
    ``{"id": ..., "error": "..."}`` instead of a verdict. Returns (verdicts, errors).
    """
    done = errors = 0
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        record: Any = None
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            _write(stdout, {"id": None, "line": number, "error": f"invalid JSON: {exc.msg}"})
            errors += 1
            continue
        record_id = record.get("id") if isinstance(record, dict) else None
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(text, str):
            _write(stdout, {"id": record_id, "line": number, "error": "missing or non-string 'text'"})
            errors += 1
            continue
        lang = record.get("lang") if isinstance(record.get("lang"), str) else None
        context = record.get("context") if isinstance(record.get("context"), str) else None
        verdict = moderate(text, lang=lang, context=context, config=config)
        _write(stdout, {"id": record_id, **verdict.to_json()})
        done += 1
    return done, errors


def _write(stdout: IO[str], payload: dict[str, Any]) -> None:
    """Write one JSON object as a line."""
    stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")


def format_human(verdict: Verdict) -> str:
    """Return a verdict as a few readable lines (decision, each reason with its words, suggestion)."""
    lines = [f"decision: {verdict.decision} (lang {verdict.lang})"]
    for reason in verdict.reasons:
        words = ", ".join(repr(span.text) for span in reason.spans[:8])
        lines.append(f"  - {reason.code} [{reason.severity}, {reason.score:.2f}] {reason.message(verdict.lang)}")
        if words:
            lines.append(f"      at: {words}")
    if verdict.suggestion is not None:
        lines.append(f"suggestion: {verdict.suggestion}")
    return "\n".join(lines)
