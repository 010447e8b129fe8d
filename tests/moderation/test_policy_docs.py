"""docs/moderation-policy.md stays in step with the code's rule table and configuration."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from gazete.moderation.config import ModerationConfig
from gazete.moderation.policy import POLICY_RULES, policy_text

DOC = Path(__file__).resolve().parents[2] / "docs" / "moderation-policy.md"


def _table_rows() -> list[list[str]]:
    text = DOC.read_text(encoding="utf-8")
    block = text.split("<!-- reason-codes:start", 1)[1].split("<!-- reason-codes:end", 1)[0]
    rows = [line for line in block.splitlines() if line.startswith("| `")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows]


def test_reason_code_table_matches_the_rules() -> None:
    rows = _table_rows()
    assert [row[0].strip("`") for row in rows] == [rule.code for rule in POLICY_RULES]
    for row, rule in zip(rows, POLICY_RULES, strict=True):
        assert row[1] == rule.policy_words_tr
        assert row[2] == f"{rule.message_tr} {rule.fix_hint_tr}"
        assert row[3] == f"{rule.message_en} {rule.fix_hint_en}"


def test_published_policy_texts_are_quoted() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert policy_text("tr") in text
    assert policy_text("en") in text


def test_every_setting_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(\w+)` \|", text, flags=re.M))
    settings = {field.name for field in dataclasses.fields(ModerationConfig)} - {"enabled"}
    assert settings <= documented
