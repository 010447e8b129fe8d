"""The engine scored on the classifier's validation split: same rows as train.py, macro-F1, CLI.

The data set here is a tiny synthetic one written for gazete tests; the real split is used only
by the marked shared test.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from gazete.moderation.config import DEFAULT_CONFIG
from gazete.moderation.tools import validation
from gazete.moderation.tools.train import OFFENSEVAL_FILE, SEED, VALIDATION_SHARE, deduplicate, stratified_split
from gazete.moderation.tools.validation import (
    engine_flags,
    engine_macro_f1,
    main,
    model_saw_validation_rows,
    validation_rows,
)
from tests.moderation.tools.test_train import synthetic_offenseval


def _write_tsv(folder: Path) -> list:
    rows = synthetic_offenseval(200)
    path = folder / OFFENSEVAL_FILE
    path.parent.mkdir(parents=True)
    lines = ["id\ttweet\tsubtask_a"] + [
        f"{number}\t{row.text}\t{'OFF' if row.offensive else 'NOT'}" for number, row in enumerate(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return rows


def test_validation_rows_are_the_split_train_holds_out(tmp_path: Path) -> None:
    rows = _write_tsv(tmp_path)
    texts, labels = validation_rows(tmp_path)
    kept, _ = deduplicate(rows)
    all_labels = np.array([row.offensive for row in kept])
    _train, valid = stratified_split(all_labels, VALIDATION_SHARE, SEED)
    assert texts == [kept[index].text for index in valid]
    assert labels.tolist() == all_labels[valid].tolist()


def test_engine_flags_content_reasons_only() -> None:
    texts = ["Sen tam bir aptalsın.", "Savaşın bir an önce bitmesini diliyorum.", "BU KARAR ÇOK YANLIŞ"]
    config = replace(DEFAULT_CONFIG, use_classifier=False)
    assert engine_flags(texts, config).tolist() == [1, 0, 0]
    assert engine_macro_f1(texts, np.array([1, 0, 0]), config) == 1.0


def test_main_prints_both_scores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_tsv(tmp_path)
    assert main(["--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "rules only" in out and "rules + classifier" in out


def test_main_reports_missing_data(tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path)]) == 2


def test_model_saw_validation_rows_reads_the_meta(tmp_path: Path) -> None:
    meta = tmp_path / "classifier-meta.json"
    assert model_saw_validation_rows(meta) is False  # no file
    meta.write_text(json.dumps({"shipped_model": {"saw_validation_rows": True}}), "utf-8")
    assert model_saw_validation_rows(meta) is True
    meta.write_text(json.dumps({"shipped_model": {"saw_validation_rows": False}}), "utf-8")
    assert model_saw_validation_rows(meta) is False
    meta.write_text(json.dumps({"metrics": {}}), "utf-8")  # a model from before the refit
    assert model_saw_validation_rows(meta) is False


@pytest.mark.parametrize("saw", [True, False])
def test_main_warns_when_the_shipped_model_saw_the_validation_rows(
    saw: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(validation, "model_saw_validation_rows", lambda meta_file: saw)
    _write_tsv(tmp_path)
    assert main(["--data-dir", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert ("WARNING" in err and validation.HONEST_ENGINE_F1 in err) is saw
    assert err.count("WARNING") == int(saw)


@pytest.fixture
def chosen_classifier_reset():
    from gazete.moderation import scores

    yield
    scores._CHOSEN.clear()


def test_main_scores_with_the_classifier_of_model_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], chosen_classifier_reset: None
) -> None:
    from gazete.moderation.classifier import META_FILE, MODEL_FILE
    from gazete.moderation.scores import _shipped_classifier, get_classifier

    if _shipped_classifier() is None:
        pytest.skip("no classifier model shipped to copy")
    model_dir = tmp_path / "model-85"
    model_dir.mkdir()
    (model_dir / MODEL_FILE.name).write_bytes(MODEL_FILE.read_bytes())
    meta = json.loads(META_FILE.read_text("utf-8"))
    meta["shipped_model"] = {"saw_validation_rows": False}
    (model_dir / META_FILE.name).write_text(json.dumps(meta), "utf-8")
    _write_tsv(tmp_path)
    assert main(["--data-dir", str(tmp_path), "--model-dir", str(model_dir)]) == 0
    assert get_classifier() is not _shipped_classifier()
    assert get_classifier().meta["shipped_model"] == {"saw_validation_rows": False}
    assert "WARNING" not in capsys.readouterr().err


def test_main_reports_a_model_dir_without_a_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_tsv(tmp_path)
    assert main(["--data-dir", str(tmp_path), "--model-dir", str(tmp_path / "nothing")]) == 2
    assert "no classifier in" in capsys.readouterr().err
