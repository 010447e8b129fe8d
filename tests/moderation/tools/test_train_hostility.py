"""Training the hostility model: its inputs, the threshold rule, and a small deterministic training run.

Texts are samples written for gazete tests. The run needs scikit-learn (the ``train`` extra) and the
shipped classifier's features; it skips without them.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from gazete.moderation.hostility_model import code_of
from gazete.moderation.scores import get_classifier
from gazete.moderation.tools.train_hostility import (
    C_GRID,
    MODEL_LABELS,
    Row,
    read_written,
    threshold_for,
    train_hostility,
    writer_split,
)


def _write(folder: Path, records: list[dict[str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "writer-z.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")


def test_written_comments_map_categories_to_kinds_of_each_policy_code(tmp_path: Path) -> None:
    # spelling comments and those typed without Turkish letters are clean to the model; profanity is left to the
    # lexicon; an offence is learnt by its kind
    _write(
        tmp_path / "train",
        [
            {"id": "z-1", "category": "sexism", "text": "Kadınlar araba kullanamaz."},
            {"id": "z-2", "category": "clean", "text": "Yarın hava güzel olacak."},
            {"id": "z-3", "category": "spelling", "text": "Herkez bu kararı bekliyordu.", "errors": ["Herkez"]},
            {"id": "z-4", "category": "profanity", "text": "Bu ne biçim iş lan."},
            {"id": "z-5", "category": "masked_profanity", "text": "Ne ayak bu a.q."},
            {"id": "z-6", "category": "insult", "text": "Sen tam bir cahilsin."},
            {"id": "z-7", "category": "threat", "text": "Seni bulacağım, saklanamazsın."},
            {"id": "z-8", "category": "no_turkish_chars", "text": "kar yagdi okullar tatil mi acaba"},
        ],
    )
    rows = read_written(tmp_path / "train")
    assert [(row.label, row.category, row.source) for row in rows] == [
        ("offensive:gender", "sexism", "writer-z"),
        ("clean", "clean", "writer-z"),
        ("clean", "clean", "writer-z"),
        ("insult", "insult", "writer-z"),
        ("offensive:violence", "threat", "writer-z"),
        ("clean", "clean", "writer-z"),
    ]
    assert {code_of(label) for label in MODEL_LABELS} == {"clean", "offensive", "belief_attack", "insult"}


def test_evaluation_sets_and_unknown_categories_are_refused(tmp_path: Path) -> None:
    _write(tmp_path / "evaluation" / "dev", [{"id": "z-1", "category": "clean", "text": "İyi haber."}])
    with pytest.raises(ValueError, match="never trained on"):
        read_written(tmp_path / "evaluation" / "dev")
    _write(tmp_path / "train", [{"id": "z-1", "category": "spam", "text": "Tıklayın."}])
    with pytest.raises(ValueError, match="unknown category 'spam'"):
        read_written(tmp_path / "train")


def test_the_validation_split_holds_out_whole_writers() -> None:
    rows = [Row(f"yorum {i}", "clean", "clean", f"writer-{i % 10}") for i in range(200)]
    train, valid = writer_split(rows, 0.2, 7)
    held = {rows[i].source for i in valid}
    assert len(held) == 2
    assert held.isdisjoint(rows[i].source for i in train)
    assert sorted([*train, *valid]) == list(range(200))
    assert writer_split(rows, 0.2, 7)[1].tolist() == valid.tolist()  # seeded


def test_threshold_holds_at_most_the_allowed_share_of_clean_comments() -> None:
    clean = np.array([0.05, 0.1, 0.2, 0.9, 0.3, 0.15, 0.12, 0.11, 0.4, 0.2])
    assert threshold_for(clean, 0.1) == pytest.approx(0.4 + 1e-6)
    assert (clean >= threshold_for(clean, 0.1)).sum() == 1
    assert (clean >= threshold_for(clean, 0.0)).sum() == 0


@pytest.mark.skipif(get_classifier() is None, reason="no classifier model shipped (features come from it)")
def test_a_small_training_run_learns_the_labels() -> None:
    pytest.importorskip("sklearn")
    hostile = [
        "Göçmenlerin hepsi hırsız, bu ülkeden kovulmalılar.",
        "Mültecileri toplayıp sınırın öbür tarafına atın.",
        "Bu göçmenler fare gibi çoğalıyor, temizlenmeleri lazım.",
        "Sığınmacılar defolsun gitsin, hepsi suçlu.",
        "Göçmen dediğin pislik, mahalleyi kirletiyorlar.",
    ]
    clean = [
        "Göçmen çocuklar için açılan okul çok güzel bir adım.",
        "Mülteci ailelere yardım kampanyasına katıldım.",
        "Sığınmacıların hakları yasada açıkça yazıyor.",
        "Göç politikası üzerine sakin bir tartışma yapılmalı.",
        "Mahallemize yeni gelen aileyle tanıştık, çok nazik insanlar.",
    ]
    rows = [Row(text, "offensive:exclusion", "group_hostility", "z") for text in hostile * 2]
    rows += [Row(text, "clean", "clean", "z") for text in clean * 2]
    rows = [Row(f"{row.text} ({index})", row.label, row.category, row.source) for index, row in enumerate(rows)]
    classifier = get_classifier()
    model, metrics = train_hostility(rows, [], classifier, log=lambda _message: None)
    assert model.labels == list(MODEL_LABELS)
    assert metrics["c"] in C_GRID
    unseen_hostile = model.judge(*classifier.features("Göçmenler pislik, hepsini kovun."))
    unseen_clean = model.judge(*classifier.features("Okulda göçmen çocuklara yardım eden öğretmenlere teşekkürler."))
    assert unseen_hostile.hostile > unseen_clean.hostile
