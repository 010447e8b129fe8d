"""Tests of gazete.moderation.tools.train: data readers, split, metrics and deterministic training.

All texts here are samples written for gazete tests (a tiny synthetic data set), not real data.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from gazete.moderation.classifier import BlockSpec, read_classifier
from gazete.moderation.tools.train import (
    OFFENSEVAL_FILE,
    TEAMGZG_FILE,
    Example,
    TrainConfig,
    best_threshold,
    deduplicate,
    macro_f1,
    parse_block,
    read_offenseval,
    read_teamgzg,
    stratified_split,
    train_and_save,
    train_classifier,
    train_main,
)

SMALL_BLOCKS = (
    BlockSpec("char", "char_wb", False, 1, 4, 2**12),
    BlockSpec("word", "word", False, 1, 2, 2**10),
    BlockSpec("prefix5", "prefix5", True, 1, 2, 2**10),
)

# Vocabulary for the synthetic data set, written for gazete tests.
_NEUTRAL_WORDS = [
    "haber", "güzel", "bugün", "maç", "hava", "park", "belediye", "okul", "teşekkürler", "yarın"
]
_OFFENSIVE_WORDS = ["aptal", "salak", "gerizekalı", "şerefsiz", "alçak", "mal"]
_GROUP_WORDS = ["göçmenler", "kadınlar", "yabancılar"]


def synthetic_offenseval(count: int = 240, seed: int = 7) -> list[Example]:
    """A made-up OFF/NOT data set: offensive texts contain an insult word."""
    rng = random.Random(seed)
    rows = []
    for number in range(count):
        words = rng.sample(_NEUTRAL_WORDS, 4)
        offensive = number % 4 == 0
        if offensive:
            words.insert(rng.randrange(5), rng.choice(_OFFENSIVE_WORDS))
        rows.append(Example(f"{' '.join(words)} {number}", int(offensive), "offenseval"))
    return rows


def synthetic_teamgzg(seed: int = 11) -> list[Example]:
    """A made-up category set with INSULT, GROUP, PROFANITY and OTHER rows."""
    rng = random.Random(seed)
    rows = []
    for number in range(20):
        tail = " ".join(rng.sample(_NEUTRAL_WORDS, 2))
        insult = f"sen {rng.choice(_OFFENSIVE_WORDS)} birisin {tail} {number}"
        rows.append(Example(insult, 1, "teamgzg", "INSULT"))
        rows.append(Example(f"{rng.choice(_GROUP_WORDS)} hepsi pis {tail} {number}", 1, "teamgzg", "GROUP"))
        rows.append(Example(f"lan amk {tail} {number}", 1, "teamgzg", "PROFANITY"))
        rows.append(Example(f"{tail} çok hoş {number}", 0, "teamgzg", "OTHER"))
    return rows


def small_config() -> TrainConfig:
    return TrainConfig(blocks=SMALL_BLOCKS, validation_share=0.25)


def test_read_offenseval_splits_on_tabs_without_quoting(tmp_path: Path) -> None:
    path = tmp_path / "data.tsv"
    path.write_text(
        'id\ttweet\tsubtask_a\n1\t"tırnak" açılır ama kapanmaz\tNOT\n2\t@USER "sen bir\tOFF\n\n', "utf-8"
    )
    rows = read_offenseval(path)
    assert [(row.text, row.offensive) for row in rows] == [
        ('"tırnak" açılır ama kapanmaz', 0),
        ('@USER "sen bir', 1),
    ]


def test_read_offenseval_rejects_a_malformed_line(tmp_path: Path) -> None:
    path = tmp_path / "data.tsv"
    path.write_text("id\ttweet\tsubtask_a\n1\tiki alan\n", "utf-8")
    with pytest.raises(ValueError, match="3 tab-separated"):
        read_offenseval(path)


def test_read_teamgzg_handles_multiline_quoted_fields(tmp_path: Path) -> None:
    path = tmp_path / "combined.csv"
    path.write_text(
        'text,label,source_file\n"birinci satır\nikinci, satır",RACIST,data1.csv\nselam,OTHER,data6.csv\n',
        "utf-8",
    )
    rows = read_teamgzg(path)
    assert [(row.text, row.category, row.offensive) for row in rows] == [
        ("birinci satır\nikinci, satır", "GROUP", 1),
        ("selam", "OTHER", 0),
    ]


def test_deduplicate_ignores_case_and_drops_conflicting_labels() -> None:
    rows = [
        Example("Aynı Metin", 0, "offenseval"),
        Example("aynı metin", 0, "offenseval"),
        Example("çelişkili", 1, "offenseval"),
        Example("ÇELİŞKİLİ", 0, "offenseval"),
        Example("tek", 1, "offenseval"),
    ]
    kept, dropped = deduplicate(rows)
    assert [row.text for row in kept] == ["Aynı Metin", "tek"]
    assert dropped == 3


def test_stratified_split_is_fixed_disjoint_and_stratified() -> None:
    labels = np.array([1] * 200 + [0] * 800)
    train, valid = stratified_split(labels, 0.15, seed=3)
    again_train, again_valid = stratified_split(labels, 0.15, seed=3)
    assert np.array_equal(train, again_train) and np.array_equal(valid, again_valid)
    assert not set(train) & set(valid)
    assert len(train) + len(valid) == 1000
    assert labels[valid].sum() == 30 and len(valid) == 150


def test_macro_f1_matches_a_hand_computed_value() -> None:
    labels = np.array([1, 1, 0, 0, 0, 0])
    predicted = np.array([1, 0, 0, 0, 0, 1])
    # OFF: tp=1 fp=1 fn=1 -> 0.5 ; NOT: tp=3 fp=1 fn=1 -> 0.75
    assert macro_f1(labels, predicted) == pytest.approx(0.625)
    cut, best = best_threshold(labels, np.array([0.9, 0.8, 0.1, 0.2, 0.3, 0.4]))
    assert best == pytest.approx(1.0) and 0.4 < cut <= 0.8


def test_training_is_deterministic() -> None:
    first = train_classifier(synthetic_offenseval(), synthetic_teamgzg(), small_config()).classifier
    second = train_classifier(synthetic_offenseval(), synthetic_teamgzg(), small_config()).classifier
    for name in ("idf", "tfidf_coef", "nb_coef", "nb_ratio", "category_rows", "category_coef"):
        assert np.array_equal(getattr(first, name), getattr(second, name)), name
    assert (first.platt_a, first.platt_b, first.decision_threshold) == (
        second.platt_a,
        second.platt_b,
        second.decision_threshold,
    )


def test_training_learns_the_synthetic_signal() -> None:
    result = train_classifier(synthetic_offenseval(), synthetic_teamgzg(), small_config())
    assert result.metrics["macro_f1_ensemble_tuned"] >= 0.9
    classifier = result.classifier
    assert classifier.offensive_probability("haber güzel salak park") > classifier.offensive_probability(
        "haber güzel bugün park"
    )
    categories = classifier.category_probabilities("göçmenler hepsi pis")
    assert max(categories, key=categories.__getitem__) == "GROUP"


def test_training_needs_both_labels() -> None:
    rows = [Example(f"metin {number}", 0, "offenseval") for number in range(20)]
    with pytest.raises(ValueError, match="both OFF and NOT"):
        train_classifier(rows, synthetic_teamgzg(), small_config())


def _write_data_dir(root: Path) -> Path:
    (root / OFFENSEVAL_FILE).parent.mkdir(parents=True)
    (root / TEAMGZG_FILE).parent.mkdir(parents=True)
    lines = ["id\ttweet\tsubtask_a"]
    for number, row in enumerate(synthetic_offenseval()):
        lines.append(f"{number}\t{row.text}\t{'OFF' if row.offensive else 'NOT'}")
    (root / OFFENSEVAL_FILE).write_text("\n".join(lines) + "\n", "utf-8")
    reverse = {"INSULT": "INSULT", "GROUP": "RACIST", "PROFANITY": "PROFANITY", "OTHER": "OTHER"}
    csv_lines = ["text,label,source_file"]
    csv_lines += [f'"{row.text}",{reverse[str(row.category)]},x.csv' for row in synthetic_teamgzg()]
    (root / TEAMGZG_FILE).write_text("\n".join(csv_lines) + "\n", "utf-8")
    return root


def test_saved_model_reloads_with_identical_scores(tmp_path: Path) -> None:
    data_dir = _write_data_dir(tmp_path / "data")
    result = train_and_save(data_dir, tmp_path / "out", small_config())
    out = tmp_path / "out"
    loaded = read_classifier(out / "classifier-model.npz", out / "classifier-meta.json")
    for text in ["haber güzel salak park", "yarın hava güzel", "sen aptal birisin"]:
        assert loaded.scores(text) == pytest.approx(result.classifier.scores(text), abs=1e-9)
    assert loaded.meta["training_data"][str(OFFENSEVAL_FILE)]["sha256"]
    assert "metrics" in loaded.meta


def test_train_main_reports_missing_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert train_main(["--data-dir", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    assert "training data not found" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_refit_ships_a_model_fitted_on_all_rows_with_the_85_model_calibration() -> None:
    refit = train_classifier(synthetic_offenseval(), synthetic_teamgzg(), small_config())
    only_train = train_classifier(
        synthetic_offenseval(), synthetic_teamgzg(), replace(small_config(), refit=False)
    )
    # Platt parameters, threshold and validation metrics come from the 85 % model in both runs.
    assert (refit.classifier.platt_a, refit.classifier.platt_b, refit.classifier.decision_threshold) == (
        only_train.classifier.platt_a,
        only_train.classifier.platt_b,
        only_train.classifier.decision_threshold,
    )
    same_metrics = ("macro_f1_ensemble_tuned", "macro_f1_ensemble_split_half", "brier_validation")
    assert [refit.metrics[key] for key in same_metrics] == [only_train.metrics[key] for key in same_metrics]
    # The members, IDF and NB ratios differ: the refit saw the validation rows too.
    assert not np.array_equal(refit.classifier.tfidf_coef, only_train.classifier.tfidf_coef)
    assert not np.array_equal(refit.classifier.idf, only_train.classifier.idf)
    assert not np.array_equal(refit.classifier.nb_ratio, only_train.classifier.nb_ratio)
    total = refit.metrics["train_rows"] + refit.metrics["validation_rows"]
    assert refit.shipped_model["saw_validation_rows"] is True and refit.shipped_model["rows"] == total
    assert only_train.shipped_model["saw_validation_rows"] is False
    assert only_train.shipped_model["rows"] == only_train.metrics["train_rows"]
    assert refit.classifier.offensive_probability("haber güzel salak park") > refit.classifier.offensive_probability(
        "haber güzel bugün park"
    )


def test_saved_meta_says_which_rows_the_shipped_model_saw(tmp_path: Path) -> None:
    data_dir = _write_data_dir(tmp_path / "data")
    train_and_save(data_dir, tmp_path / "refit", small_config())
    train_and_save(data_dir, tmp_path / "only", replace(small_config(), refit=False))
    refit = json.loads((tmp_path / "refit" / "classifier-meta.json").read_text("utf-8"))
    only = json.loads((tmp_path / "only" / "classifier-meta.json").read_text("utf-8"))
    assert refit["shipped_model"]["saw_validation_rows"] is True
    assert only["shipped_model"]["saw_validation_rows"] is False
    assert "85 %" in refit["metrics_model"]
    assert refit["decision_threshold"] == only["decision_threshold"] == refit["metrics"]["decision_threshold"]


def test_parse_block_reads_an_extra_block_spec() -> None:
    block = parse_block("charf:char_wb:fold:2:6:20")
    assert block == BlockSpec("charf", "char_wb", True, 2, 6, 2**20)
    assert parse_block("w:word:plain:1:3:18").fold is False
    with pytest.raises(Exception, match="NAME:KIND"):
        parse_block("charf:char_wb:yes:2:6:20")


def test_inner_calibration_never_reads_the_validation_rows() -> None:
    config = replace(small_config(), refit=False, calibrate_inner=True)
    rows = synthetic_offenseval()  # all distinct: de-duplication keeps every row, in order
    result = train_classifier(rows, synthetic_teamgzg(), config)
    _train, valid = stratified_split([row.offensive for row in rows], config.validation_share, config.seed)
    # Other validation texts must not move Platt or the threshold: both come from the train rows alone.
    changed = list(rows)
    for index in valid:
        changed[index] = replace(rows[index], text=rows[index].text + " yarın okul")
    again = train_classifier(changed, synthetic_teamgzg(), config)
    assert (again.classifier.platt_a, again.classifier.platt_b, again.classifier.decision_threshold) == (
        result.classifier.platt_a,
        result.classifier.platt_b,
        result.classifier.decision_threshold,
    )
    assert "inner split" in str(result.shipped_model["platt_and_threshold_from"])
    assert result.metrics["macro_f1_ensemble_tuned"] >= 0.9


def test_extra_blocks_keep_the_default_blocks_features() -> None:
    extra = (*SMALL_BLOCKS, BlockSpec("charf", "char_wb", True, 2, 4, 2**10))
    base = train_classifier(synthetic_offenseval(), synthetic_teamgzg(), small_config()).classifier
    more_config = replace(small_config(), blocks=extra)
    more = train_classifier(synthetic_offenseval(), synthetic_teamgzg(), more_config).classifier
    indices, values = base.features("sen aptal birisin")
    more_indices, more_values = more.features("sen aptal birisin")
    first = more_indices < base.idf.shape[0]
    # The models that read the classifier's features (the hostility model) see the same vector in the old blocks.
    assert np.array_equal(more_indices[first], indices)
    assert np.allclose(more_values[first], values)
    assert (more_indices >= base.idf.shape[0]).any()
