"""The optional classifier: absent or present, the scores come back as a dict or None."""

from __future__ import annotations

from gazete.moderation.scores import CLASSIFIER_CODES, classifier_scores, get_classifier


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
