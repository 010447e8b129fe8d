"""Training the stance models: which comments each topic learns from, and a small deterministic training run.

Texts are samples written for gazete tests. The run needs scikit-learn (the ``train`` extra) and the shipped
classifier's features; it skips without them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gazete.moderation.scores import get_classifier
from gazete.moderation.stance_model import StanceTopic
from gazete.moderation.tools.train_hostility import Row
from gazete.moderation.tools.train_stance import topic_rows, train_stance

PETS = StanceTopic("pets", r"\bkedi", ("group_hostility",), "offensive")
BIRDS = StanceTopic("birds", r"\bgüvercin", ("dehumanising",), "offensive")


def test_a_topic_learns_from_its_categories_and_clean_comments_that_name_it() -> None:
    rows = [
        Row("Kediler pis, hepsi toplatılsın.", "offensive:group", "group_hostility", "writer-a"),
        Row("Kediler mahallenin neşesi.", "clean", "clean", "writer-a"),
        Row("Havalar çok ısındı.", "clean", "clean", "writer-a"),  # names no topic
        Row("Kedi sevenler aptal.", "insult", "insult", "writer-b"),  # another category
        Row("Güvercinler fare gibi.", "offensive:dehumanising", "dehumanising", "writer-b"),  # another topic
    ]
    assert [row.text for row in topic_rows(rows, 0, (PETS, BIRDS))] == [
        "Kediler pis, hepsi toplatılsın.",
        "Kediler mahallenin neşesi.",
    ]


HOSTILE = [
    "Sokak kedileri mikrop yuvası, hepsi toplatılıp uzağa bırakılmalı.",
    "Kediler pis hayvanlar, mahallede bir tane bile istemiyoruz.",
    "Bu kediler yüzünden hastalık yayılıyor, belediye temizlesin artık.",
    "Kedileri besleyenler de en az onlar kadar pis, hepsini defedin.",
    "Kedi denen mahluk nankördür, sokaktan süpürülmeli.",
    "Şu kedileri bir kamyona doldurup götürseler de kurtulsak.",
]
CLEAN = [
    "Mahalledeki kediler için belediye kulübe yaptı, çok güzel olmuş.",
    "Kedileri kısırlaştırma kampanyası yarın başlıyor.",
    "Kedim veterinerde, aşısını yaptırdık.",
    "Sokak kedilerine mama bırakan komşumuza teşekkürler.",
    "Kediler kış aylarında sıcak bir köşe arar, kapınızı açık bırakın.",
    "Kedi maması fiyatları da arttı, barınaklar zorlanıyor.",
]


@pytest.mark.skipif(get_classifier() is None, reason="no shipped classifier")
def test_a_small_training_run_ranks_hostile_above_clean_and_is_deterministic() -> None:
    pytest.importorskip("sklearn")
    classifier = get_classifier()
    assert classifier is not None
    rows = [
        Row(text, "offensive:group", "group_hostility", f"writer-{i % 3}") for i, text in enumerate(HOSTILE)
    ] + [Row(text, "clean", "clean", f"writer-{i % 3}") for i, text in enumerate(CLEAN)]
    model, metrics = train_stance(rows, classifier, topics=(PETS,))
    again, _ = train_stance(rows, classifier, topics=(PETS,))
    assert metrics["pets"]["comments"] == 12 and metrics["pets"]["hostile"] == 6
    assert 0.0 < model.thresholds[0] <= 1.0 and model.thresholds == again.thresholds

    def probability(text: str) -> float:
        (judgement,) = model.judge(text.lower(), *classifier.features(text))
        return judgement.probability

    assert probability("Kediler pis, hepsi toplatılsın.") > probability("Kediler için kulübe yaptık.")
    assert probability("kediler") == pytest.approx(
        again.judge("kediler", *classifier.features("kediler"))[0].probability
    )


def test_a_topic_without_both_kinds_of_comment_is_an_error() -> None:
    classifier = get_classifier()
    if classifier is None:
        pytest.skip("no shipped classifier")
    pytest.importorskip("sklearn")
    rows = [Row(text, "clean", "clean", "writer-a") for text in CLEAN]
    with pytest.raises(ValueError, match="hostile and clean"):
        train_stance(rows, classifier, topics=(PETS,))


def test_the_command_says_why_it_cannot_train(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if get_classifier() is None:
        pytest.skip("no shipped classifier")
    pytest.importorskip("sklearn")
    from gazete.moderation.tools.train_stance import train_stance_main

    written = tmp_path / "written"
    written.mkdir()
    (written / "writer-t.jsonl").write_text(
        '{"id": "t-1", "category": "clean", "text": "Kadınlar için yeni kreş açıldı."}\n', "utf-8"
    )
    assert train_stance_main(["--written", str(written), "--out", str(tmp_path / "out")]) == 2
    assert "needs hostile and clean comments" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert train_stance_main(["--written", str(tmp_path / "missing")]) == 2
