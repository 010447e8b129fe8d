"""Tests for gazete.moderation.tools.evaluate: reading labelled sets, scoring by category, and the dev-set floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gazete.moderation.tools.evaluate import main, read_sets, score, summarise

DEV = Path(__file__).resolve().parents[3] / "evaluation" / "moderation" / "dev"


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_scores_by_category(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "set.jsonl",
        [
            {"id": "a", "category": "clean", "text": "Haber için teşekkürler.", "decision": "approve"},
            {"id": "b", "category": "profanity", "text": "Siktir git.", "decision": "no", "codes": ["profanity"]},
            {"id": "c", "category": "profanity", "text": "Güzel bir gün.", "decision": "no", "codes": ["profanity"]},
        ],
    )
    table = summarise(score(read_sets([path])))
    assert table["clean"]["decisions_right"] == 1
    expected = {"n": 2, "decisions_right": 1, "decision_rate": 0.5, "reasons_right": 1, "reason_rate": 0.5}
    assert table["profanity"] == expected
    assert table["ALL"]["n"] == 3


def test_a_bad_line_names_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:1"):
        read_sets([path])


def test_the_command_prints_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    row = {"id": "a", "category": "clean", "text": "Teşekkürler.", "decision": "approve"}
    path = _write(tmp_path / "s.jsonl", [row])
    assert main([str(path), "--misses"]) == 0
    assert "clean" in capsys.readouterr().out


def test_the_frozen_development_set_keeps_its_floor() -> None:
    """A regression guard on the dev set (the holdout set is never tested here: it is scored at the end)."""
    table = summarise(score(read_sets([DEV])))
    assert table["ALL"]["n"] >= 600
    assert table["clean"]["decision_rate"] >= 0.95
    assert table["ALL"]["decision_rate"] >= 0.9
    hostile = [name for name in table if name not in ("ALL", "clean", "spelling")]
    for category in hostile:
        assert table[category]["decision_rate"] >= 0.8, category
