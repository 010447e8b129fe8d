"""The optional classifier: absent or present, the scores come back as a dict or None."""

from __future__ import annotations

from gazete.moderation.scores import CLASSIFIER_CODES, classifier_scores, get_classifier, without_unseen_scripts


def test_scores_shape_matches_whether_a_model_is_installed() -> None:
    scores = classifier_scores("Bu haber çok güzel olmuş.")
    if get_classifier() is None:
        assert scores is None
    else:
        assert scores is not None
        assert set(scores) == set(CLASSIFIER_CODES)
        assert all(0.0 <= value <= 1.0 for value in scores.values())


def test_evidence_masks_topic_words_only_above_the_floor() -> None:
    from gazete.moderation.scores import classifier_evidence

    text = "Bence CHP ve AKP bu konuda uzlaşmalı."
    evidence = classifier_evidence(text)
    if get_classifier() is None:
        assert evidence is None
        return
    assert evidence is not None and evidence.unbiased <= evidence.probability
    skipped = classifier_evidence(text, floor=1.0)
    assert skipped is not None and skipped.unbiased == skipped.probability == evidence.probability


def test_words_in_unseen_scripts_are_left_out() -> None:
    assert without_unseen_scripts("Yunanca adı Αθήνα, güzel şehir 👍 2024") == "Yunanca adı güzel şehir 👍 2024"
    assert without_unseen_scripts("Москва") == ""
    assert without_unseen_scripts("Peskov'un açıklaması") == "Peskov'un açıklaması"


def test_a_word_in_an_unseen_script_does_not_move_the_score() -> None:
    from gazete.moderation.scores import classifier_evidence

    with_greek = classifier_evidence("Atina'nın Yunanca adı Αθήνα, güzel bir şehir.")
    without = classifier_evidence("Atina'nın Yunanca adı güzel bir şehir.")
    if get_classifier() is None:
        assert with_greek is None and without is None
        return
    assert with_greek == without
