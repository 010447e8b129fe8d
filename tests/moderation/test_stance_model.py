"""The learnt stance models: topics named by their cues, judging, saving and loading, the shipped model.

Texts are samples written for gazete tests (not in the training files). Tests of the shipped model skip without it.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from gazete.moderation.classifier import normalize_text
from gazete.moderation.scores import get_classifier
from gazete.moderation.stance_model import (
    STANCE_TOPICS,
    StanceModel,
    StanceTopic,
    load_stance_model,
    named_topics,
    read_stance_model,
)

PETS = StanceTopic("pets", r"\bkedi", ("group_hostility",), "offensive")
FAITH = StanceTopic("faith", r"\bdin\b", ("belief_attack",), "belief_attack")


def _model() -> StanceModel:
    """Two topics, three features: 9 leans hostile for pets, 4 clean for pets and hostile for faith."""
    return StanceModel(
        topics=(PETS, FAITH),
        rows=np.array([9, 4, 2]),
        coef=np.array([[3.0, 0.0], [-2.0, 2.0], [0.0, 0.0]]),
        intercept=np.array([-1.0, -0.5]),
        thresholds=(0.7, 0.6),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Onur yürüyüşü yine yasaklandı.", ["lgbt"]),
        ("Kadın çalışanlara eşit ücret verilsin.", ["women"]),
        ("Karadenizli dostlarımız geldi.", ["region"]),
        ("Cemevi de camiler kadar ibadethanedir.", ["belief"]),
        ("Suriyeli komşularımız dükkân açtı.", ["ethnic"]),
        ("Transfer döneminde üç oyuncu aldık.", []),
        ("Yarın hava yağmurlu olacak.", []),
    ],
)
def test_named_topics_follow_the_cues(text: str, expected: list[str]) -> None:
    assert [STANCE_TOPICS[i].name for i in named_topics(normalize_text(text))] == expected


def test_only_named_topics_are_judged_with_their_own_weights() -> None:
    model = _model()
    assert model.judge("bugün yağmur yağdı", np.array([9]), np.array([1.0])) == []
    (pets,) = model.judge("sokak kedileri", np.array([9, 4]), np.array([1.0, 0.5]))
    assert pets.topic == "pets" and pets.code == "offensive" and pets.threshold == 0.7
    assert pets.probability == pytest.approx(1 / (1 + math.exp(-(-1.0 + 3.0 - 1.0))))
    assert pets.hostile
    both = model.judge("kedi ve din", np.array([4]), np.array([1.0]))
    assert [(j.topic, j.hostile) for j in both] == [("pets", False), ("faith", True)]
    # a feature the model never saw changes nothing
    (unseen,) = model.judge("kedi", np.array([1_000_000]), np.array([1.0]))
    assert unseen.probability == pytest.approx(1 / (1 + math.exp(1.0)))


def test_a_model_needs_one_intercept_and_threshold_per_topic() -> None:
    with pytest.raises(ValueError, match="per topic"):
        StanceModel(
            topics=(PETS,), rows=np.array([1]), coef=np.array([[1.0]]), intercept=np.zeros(2), thresholds=(0.5,)
        )


def test_save_and_read_give_the_same_judgements(tmp_path: Path) -> None:
    model = _model()
    model.save(tmp_path / "m.npz", tmp_path / "m.json", {"metrics": {"note": "test"}})
    again = read_stance_model(tmp_path / "m.npz", tmp_path / "m.json")
    assert again.topics == model.topics and again.thresholds == model.thresholds
    assert again.meta["metrics"] == {"note": "test"}
    vector = (np.array([2, 4, 9]), np.array([0.3, 0.2, 0.9]))
    assert again.judge("kedi din", *vector) == model.judge("kedi din", *vector)


shipped = pytest.mark.skipif(load_stance_model() is None or get_classifier() is None, reason="no shipped stance model")


@shipped
def test_the_shipped_model_answers_for_the_cues_in_the_code() -> None:
    # a cue changed in the code without retraining would score comments the model never learnt from
    model = load_stance_model()
    assert model is not None
    assert model.topics == STANCE_TOPICS
    assert all(0.5 < threshold < 1.0 for threshold in model.thresholds)


@shipped
def test_the_shipped_model_tells_stance_from_mention() -> None:
    model, classifier = load_stance_model(), get_classifier()
    assert model is not None and classifier is not None

    def probability(text: str, topic: str) -> float:
        judged = {j.topic: j.probability for j in model.judge(normalize_text(text), *classifier.features(text))}
        return judged[topic]

    hostile = "Bu eşcinsellik denen hastalık çocuklarımıza bulaşmadan okullardan uzak tutulmalı."
    clean = "Eşcinsel bireylere yönelik nefret söylemi davasında mahkeme kararını açıkladı."
    assert probability(hostile, "lgbt") > probability(clean, "lgbt")
