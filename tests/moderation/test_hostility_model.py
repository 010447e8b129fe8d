"""The learnt hostility model: judging a feature vector, saving and loading, the shipped model on new text.

Texts are samples written for gazete tests (not in the training files). Tests of the shipped model skip
without it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from gazete.moderation.hostility_model import (
    LABELS,
    HostilityModel,
    load_hostility_model,
    packed_arrays,
    read_hostility_model,
    row_positions,
    unpacked_arrays,
)
from gazete.moderation.scores import get_classifier


def _model() -> HostilityModel:
    """A three-feature model: feature 7 says belief attack, feature 3 says clean, feature 11 insult."""
    coef = np.zeros((3, len(LABELS)))
    coef[0, 0] = 4.0  # row for feature 3 -> clean
    coef[1, 2] = 4.0  # row for feature 7 -> belief_attack
    coef[2, 3] = 4.0  # row for feature 11 -> insult
    return HostilityModel(
        labels=LABELS, rows=np.array([7, 3, 11]), coef=coef[[1, 0, 2]], intercept=np.zeros(len(LABELS)), threshold=0.6
    )


def test_judge_names_the_most_likely_hostile_code() -> None:
    model = _model()
    # rows were given unsorted (7, 3, 11) with their coefficients: the model sorts both together.
    judgement = model.judge(np.array([7]), np.array([1.0]))
    assert judgement.code == "belief_attack"
    assert judgement.hostile > 0.9
    clean = model.judge(np.array([3, 5]), np.array([1.0, 1.0]))
    assert clean.hostile < 0.1
    assert sum(clean.probabilities.values()) == pytest.approx(1.0)


def test_finer_labels_report_their_policy_code_with_probabilities_summed() -> None:
    labels = ("clean", "belief_attack", "offensive:gender", "offensive:violence")
    coef = np.zeros((2, len(labels)))
    coef[0, 1] = 1.0  # feature 4 -> belief_attack
    coef[0, 2] = 0.8  # feature 4 -> offensive:gender, a little less
    coef[0, 3] = 0.8  # ... and offensive:violence: together offensive outweighs belief_attack
    coef[1, 0] = 5.0  # feature 9 -> clean
    model = HostilityModel(labels=labels, rows=np.array([4, 9]), coef=coef, intercept=np.zeros(4), threshold=0.5)
    judgement = model.judge(np.array([4]), np.array([3.0]))
    assert judgement.code == "offensive"
    assert set(judgement.probabilities) == {"clean", "belief_attack", "offensive"}
    assert sum(judgement.probabilities.values()) == pytest.approx(1.0)
    assert judgement.hostile == pytest.approx(1.0 - judgement.probabilities["clean"])


def test_unseen_features_leave_the_prior() -> None:
    judgement = _model().judge(np.array([1, 2, 99]), np.array([1.0, 1.0, 1.0]))
    assert judgement.hostile == pytest.approx(0.75)
    assert _model().judge(np.empty(0, dtype=np.int64), np.empty(0)).hostile == pytest.approx(0.75)


def test_first_label_must_be_clean() -> None:
    with pytest.raises(ValueError, match="clean"):
        HostilityModel(
            labels=("offensive", "clean"), rows=np.array([1]), coef=np.zeros((1, 2)), intercept=np.zeros(2),
            threshold=0.5,
        )


def test_save_and_read_agree(tmp_path: Path) -> None:
    model = _model()
    model.save(tmp_path / "m.npz", tmp_path / "m.json", {"metrics": {"c": 2.0}})
    loaded = read_hostility_model(tmp_path / "m.npz", tmp_path / "m.json")
    assert loaded.threshold == 0.6 and loaded.meta["metrics"] == {"c": 2.0}
    features = (np.array([3, 7, 11]), np.array([0.2, 0.5, 0.3]))
    assert loaded.judge(*features) == model.judge(*features)


def test_the_packed_layout_reads_back_the_same_rows_and_weights_and_the_plain_one_still_reads() -> None:
    rng = np.random.default_rng(3)
    rows = np.sort(rng.choice(5000, size=300, replace=False))
    coef = rng.normal(size=(300, 4)).astype(np.float16)
    packed = packed_arrays(rows, coef)
    assert set(packed) == {"rows_bitmap", "rows_span", "coef_high", "coef_low"}
    unpacked_rows, unpacked_coef = unpacked_arrays(packed)
    assert unpacked_rows.tolist() == rows.tolist()
    assert unpacked_coef.view(np.uint16).tolist() == coef.view(np.uint16).tolist()
    plain = {"rows": rows.astype(np.int32), "coef": coef}
    assert unpacked_arrays(plain)[0].tolist() == rows.tolist()
    assert set(packed_arrays(np.array([4, 4]), coef[:2])) == {"rows", "coef"}  # a repeated row: plain layout


def test_the_shipped_models_together_fit_the_size_limit() -> None:
    from gazete.moderation.classifier import MODEL_FILE as CLASSIFIER_FILE
    from gazete.moderation.hostility_model import MODEL_FILE
    from gazete.moderation.stance_model import MODEL_FILE as STANCE_FILE

    files = [path for path in (CLASSIFIER_FILE, MODEL_FILE, STANCE_FILE) if path.is_file()]
    assert sum(path.stat().st_size for path in files) <= 20_000_000  # the limit: models of 20 MB at most


shipped = pytest.mark.skipif(
    load_hostility_model() is None or get_classifier() is None, reason="no hostility model shipped"
)


@shipped
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bu köye bir tane daha mülteci yerleşirse evlerini başlarına yakarız, ona göre.", "offensive"),
        ("İbadet edenlerin hepsi beyinsiz koyun sürüsü, kitapları da masal.", "belief_attack"),
    ],
)
def test_shipped_model_finds_hostility_in_new_words(text: str, code: str) -> None:
    model, classifier = load_hostility_model(), get_classifier()
    assert model is not None and classifier is not None
    judgement = model.judge(*classifier.features(text))
    assert judgement.hostile >= model.threshold
    assert judgement.code == code


@shipped
@pytest.mark.parametrize(
    "text",
    [
        "Belediyenin mülteci aileler için açtığı dil kursu çok iyi bir fikir, gönüllü olmak isterim.",
        "Cuma namazından sonra cami avlusunda aşure dağıtıldı, emeği geçenlere teşekkürler.",
        "Hakemin verdiği penaltı bence yanlıştı ama maçı hak ederek kazandık.",
    ],
)
def test_shipped_model_lets_ordinary_comments_about_the_same_topics_through(text: str) -> None:
    model, classifier = load_hostility_model(), get_classifier()
    assert model is not None and classifier is not None
    assert model.judge(*classifier.features(text)).hostile < model.threshold


def test_row_positions_agree_with_a_binary_search() -> None:
    rng = np.random.default_rng(13)
    rows = np.unique(rng.integers(0, 5000, size=800))
    indices = np.unique(rng.integers(0, 7000, size=600))
    positions = row_positions(rows)[np.minimum(indices, rows.max() + 1)]
    searched = np.minimum(np.searchsorted(rows, indices), rows.size - 1)
    expected = np.where(rows[searched] == indices, searched, -1)
    assert positions.tolist() == expected.tolist()
    assert (positions >= 0).sum() > 50  # many hits and many misses were compared
    assert row_positions(np.array([], dtype=np.int64)).tolist() == [-1]
