"""Scoring the engine per rule on labelled files: JSONL with codes, OffensEval TSV, our case files."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from gazete.moderation.tools.rule_scores import evaluate


def test_evaluate_jsonl_with_codes(tmp_path: Path) -> None:
    data = tmp_path / "cases.jsonl"
    data.write_text(
        "\n".join(
            json.dumps(record, ensure_ascii=False)
            for record in [
                {"text": "siktir git", "codes": ["profanity"]},
                {"text": "Güzel bir haber.", "codes": []},
                {"text": "Sen tam bir aptalsın.", "codes": ["insult"]},
            ]
        ),
        encoding="utf-8",
    )
    out = io.StringIO()
    report = evaluate(data, out)
    assert report.items == 3
    assert report.rules["profanity"].f1() == 1.0
    assert report.offensive.tp == 2 and report.offensive.tn == 1
    assert report.macro_f1() == 1.0
    assert "macro-F1" in out.getvalue()


def test_evaluate_offenseval_tsv(tmp_path: Path) -> None:
    data = tmp_path / "sample.tsv"
    data.write_text(
        "id\ttweet\tsubtask_a\n1\tsiktir git\tOFF\n2\tgüzel bir gün\tNOT\n3\t\"tırnak\" var\tNOT\n",
        encoding="utf-8",
    )
    report = evaluate(data)
    assert report.items == 3
    assert report.offensive.tp == 1 and report.offensive.tn == 2


@pytest.mark.shared
def test_evaluate_on_offenseval_sample(shared_dir: Path, tmp_path: Path) -> None:
    source = shared_dir / "data" / "moderation" / "offenseval2020-tr" / "offenseval-tr-training-v1.tsv"
    head = source.read_text(encoding="utf-8").splitlines()[:301]
    sample = tmp_path / "head.tsv"
    sample.write_text("\n".join(head) + "\n", encoding="utf-8")
    report = evaluate(sample)
    assert report.items == 300
    assert report.offensive.precision() > 0.5


def test_evaluate_reads_case_files_with_headers_and_negatives(tmp_path: Path) -> None:
    data = tmp_path / "cases.jsonl"
    records = [
        {"about": "header line, written for gazete tests"},
        {"id": "a", "text": "Savaşın bir an önce bitmesini diliyorum.", "decision": "approve"},
        {"id": "b", "text": "Sen tam bir aptalsın.", "decision": "reject", "codes": ["insult"]},
        {"id": "c", "text": "You are an idiot.", "decision": "reject", "codes": ["insult"], "lang": "en"},
    ]
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    report = evaluate(data)
    assert report.items == 3
    assert report.rules["insult"].tp == 2 and report.rules["insult"].tn == 1
    assert report.offensive.tn == 1
