"""Tests for gazete.wireformats.evaluate: field comparison, format families and scoring a set."""

from __future__ import annotations

import json
from pathlib import Path

from gazete.wireformats.evaluate import accuracy_by, family_of, field_right, main, score_set

from .conftest import WIRE_FIXTURES

REPO = Path(__file__).resolve().parents[2]


def test_family_comes_from_the_file_name() -> None:
    assert family_of("g2-reuters.xml") == "newsml-g2"
    assert family_of("n12-afp.xml") == "newsml-1.2"
    assert family_of("ninjs3-dpa.json") == "ninjs"
    assert family_of("atom-efe.xml") == "atom"
    assert family_of("page.txt") == "other"


def test_fields_compare_without_case_and_first_paragraph_as_prefix() -> None:
    assert field_right("authors", ["Rebecca Boone"], ["REBECCA BOONE"])
    assert not field_right("authors", ["Rebecca Boone"], ["By Rebecca Boone"])
    assert field_right("first_paragraph", "The Senate on", "The Senate on Wednesday passed")
    assert not field_right("first_paragraph", "The Senate on", "WASHINGTON (AP) — The Senate on")
    assert field_right("dateline_place", None, None)
    assert not field_right("paragraphs", 3, 4)


def test_score_set_matches_by_guid_and_counts_a_missing_story_wrong(tmp_path: Path) -> None:
    source = WIRE_FIXTURES / "newsml" / "aa-text-20240612-v1.xml"
    (tmp_path / "g2-aa.xml").write_bytes(source.read_bytes())
    labels = {"g2-aa.xml": [
        {"guid": "aa:text:20240612:9000001", "headline": "Flood waters recede in mountain villages after heavy rain",
         "source": "Anadolu Agency", "paragraphs": 99},
        {"guid": "no-such-item", "headline": "Missing"},
    ]}
    (tmp_path / "expected.json").write_text(json.dumps(labels), encoding="utf-8")
    outcomes = score_set(tmp_path)
    verdicts = {(o.guid, o.field): o.right for o in outcomes}
    assert verdicts[("aa:text:20240612:9000001", "headline")] is True
    assert verdicts[("aa:text:20240612:9000001", "source")] is True
    assert verdicts[("aa:text:20240612:9000001", "paragraphs")] is False
    assert verdicts[("no-such-item", "headline")] is False
    assert accuracy_by(outcomes, "family")["newsml-g2"] == (2, 4)


def test_the_shipped_sets_are_complete_and_score(capsys) -> None:
    for name in ("dev", "holdout"):
        folder = REPO / "evaluation" / "wire" / name
        labels = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        assert all((folder / document).is_file() for document in labels)
    assert main([str(REPO / "evaluation" / "wire" / "dev"), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed["family"]) >= {"ALL", "newsml-g2", "newsml-1.2", "ninjs", "atom"}
