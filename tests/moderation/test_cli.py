"""Pure CLI helpers: JSON lines in and out, human format."""

from __future__ import annotations

import io
import json

from gazete.moderation import moderate
from gazete.moderation.cli import format_human, run_jsonl


def test_run_jsonl_writes_one_verdict_per_line_and_errors_for_bad_lines() -> None:
    stdin = io.StringIO(
        '{"id": 1, "text": "siktir git"}\n'
        "not json\n"
        '{"id": 3}\n'
        "\n"
        '{"id": "x", "text": "Güzel haber, teşekkürler.", "lang": "tr"}\n'
    )
    stdout = io.StringIO()
    assert run_jsonl(stdin, stdout) == (2, 2)
    lines = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert [line.get("id") for line in lines] == [1, None, 3, "x"]
    assert lines[0]["decision"] == "reject" and lines[0]["reasons"][0]["code"] == "profanity"
    assert "error" in lines[1] and "error" in lines[2]
    assert lines[3]["decision"] == "approve"


def test_format_human_names_reasons_words_and_suggestion() -> None:
    text = format_human(moderate("BU COK SACMA BIR KARAR"))
    assert text.startswith("decision: reject")
    assert "all_caps" in text and "no_turkish_chars" in text
    assert "suggestion: Bu çok saçma bir karar" in text
