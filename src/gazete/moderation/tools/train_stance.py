"""Train the stance models shipped in ``gazete/moderation/data/`` (deterministic, one command).

Usage::

    gazete moderation train-stance --written training/moderation

Data: the JSON-lines files of comments written for gazete by category (``training/moderation/``; never the
evaluation sets, which the command refuses). For each topic of :data:`gazete.moderation.stance_model.STANCE_TOPICS`
only the comments whose normalised text has the topic's cue are used: those written for the topic's hostile
categories against the clean ones (spelling comments count as clean; other hostile categories are left out).

Per topic: features that occur in fewer than :data:`MIN_DOCUMENTS` of the topic's comments are dropped; a logistic
regression, classes balanced, with the topic's :data:`C_BY_TOPIC`, is scored on each writer's comments by a model
that never saw that writer (:data:`FOLDS` folds by writer); the threshold is the lowest score that holds at most
:data:`CLEAN_FALSE_RATE` of those clean comments. The model is then refitted on all the topic's comments, and the
refit ships with that threshold. Features are the shipped classifier's (:mod:`gazete.moderation.classifier`).
Needs scikit-learn and scipy.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from gazete.moderation.classifier import Classifier, normalize_text
from gazete.moderation.stance_model import META_FILE, MODEL_FILE, STANCE_TOPICS, StanceModel, StanceTopic, named_topics
from gazete.moderation.tools.train_hostility import (
    Row,
    deduplicated,
    feature_matrix,
    read_written,
    threshold_for,
    train_and_save,
)

SEED = 20261208
FOLDS = 5
MIN_DOCUMENTS = 3
CLEAN_FALSE_RATE = 0.005
"""Share of a topic's clean comments, scored by models that never saw their writer, its threshold may hold."""
C_BY_TOPIC = {"lgbt": 16.0, "women": 4.0, "region": 16.0, "belief": 4.0, "ethnic": 16.0}
"""Inverse regularisation per topic, chosen over 4 and 16 on the development sets (docs/moderation-policy.md)."""
DEFAULT_C = 4.0


def topic_rows(rows: Sequence[Row], position: int, topics: Sequence[StanceTopic] = STANCE_TOPICS) -> list[Row]:
    """Return the rows that name the topic at ``position`` and were written for its categories or as clean ones."""
    topic = topics[position]
    return [
        row
        for row in rows
        if (row.category in topic.categories or row.category == "clean")
        and position in named_topics(normalize_text(row.text), topics)
    ]


def fit(matrix, hostile: np.ndarray, c_value: float):  # -> LogisticRegression
    """Fit a binary logistic regression with balanced classes."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c_value, class_weight="balanced", max_iter=3000, random_state=SEED).fit(matrix, hostile)


def out_of_writer_scores(matrix, hostile: np.ndarray, writers: Sequence[str], c_value: float) -> np.ndarray:
    """Return each row's score by a model trained without its writer's rows (folds by writer)."""
    from sklearn.model_selection import GroupKFold

    scores = np.zeros(hostile.size)
    folds = min(FOLDS, len(set(writers)))
    if folds < 2:
        return fit(matrix, hostile, c_value).predict_proba(matrix)[:, 1]
    for train_at, score_at in GroupKFold(n_splits=folds).split(matrix, hostile, list(writers)):
        if len(set(hostile[train_at].tolist())) < 2:
            continue
        scores[score_at] = fit(matrix[train_at], hostile[train_at], c_value).predict_proba(matrix[score_at])[:, 1]
    return scores


def train_stance(
    rows: Sequence[Row],
    classifier: Classifier,
    log: Callable[[str], None] = lambda message: None,
    topics: Sequence[StanceTopic] = STANCE_TOPICS,
) -> tuple[StanceModel, dict[str, object]]:
    """Train one model per topic on ``rows`` (written comments); return the stance model and its metrics.

    BLAS runs on one thread, so a retrain gives the same model (as for the hostility model).
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        return _train_stance(rows, classifier, log, topics)


def _train_stance(
    rows: Sequence[Row],
    classifier: Classifier,
    log: Callable[[str], None],
    topics: Sequence[StanceTopic],
) -> tuple[StanceModel, dict[str, object]]:
    """:func:`train_stance` without the thread limit."""
    started = time.monotonic()
    rows = deduplicated(rows)
    weights: dict[int, np.ndarray] = {}
    intercepts, thresholds = [], []
    metrics: dict[str, object] = {}
    for position, topic in enumerate(topics):
        chosen = topic_rows(rows, position, topics)
        hostile = np.array([row.category != "clean" for row in chosen])
        if hostile.all() or not hostile.any():
            raise ValueError(f"topic {topic.name!r}: needs hostile and clean comments that name it")
        matrix = feature_matrix(classifier, [row.text for row in chosen]).tocsc()
        seen = np.flatnonzero(np.diff(matrix.indptr) >= MIN_DOCUMENTS)
        matrix = matrix[:, seen].tocsr()
        c_value = C_BY_TOPIC.get(topic.name, DEFAULT_C)
        scores = out_of_writer_scores(matrix, hostile, [row.source for row in chosen], c_value)
        threshold = threshold_for(scores[~hostile], CLEAN_FALSE_RATE)
        model = fit(matrix, hostile, c_value)
        weights[position] = np.zeros(classifier.idf.shape[0], dtype=np.float32)
        weights[position][seen] = model.coef_[0]
        intercepts.append(float(model.intercept_[0]))
        thresholds.append(threshold)
        metrics[topic.name] = {
            "comments": int(hostile.size),
            "hostile": int(hostile.sum()),
            "features": int(seen.size),
            "c": c_value,
            "threshold": round(threshold, 4),
            "out_of_writer_hostile_recall": round(float((scores[hostile] >= threshold).mean()), 3),
            "out_of_writer_clean_held": round(float((scores[~hostile] >= threshold).mean()), 4),
        }
        log(f"{topic.name}: {metrics[topic.name]}")
    stacked = np.stack([weights[position] for position in range(len(topics))], axis=1)
    kept = np.flatnonzero(np.any(stacked.astype(np.float16) != 0, axis=1))
    metrics["feature_rows"] = int(kept.size)
    metrics["train_seconds"] = round(time.monotonic() - started, 1)
    model = StanceModel(
        topics=topics, rows=kept, coef=stacked[kept], intercept=np.array(intercepts), thresholds=thresholds
    )
    return model, metrics


def train_stance_main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: retrain the shipped stance models and print their figures."""
    parser = argparse.ArgumentParser(prog="gazete moderation train-stance", description=__doc__.splitlines()[0])
    parser.add_argument("--written", type=Path, default=Path("training/moderation"), help="folder of written comments")
    parser.add_argument("--out", type=Path, default=MODEL_FILE.parent, help="output folder for the model files")
    args = parser.parse_args(argv)
    if not args.written.is_dir():
        sys.stderr.write(f"training data not found: {args.written}\n")
        return 2
    try:
        written = read_written(args.written)
        return train_and_save(
            lambda classifier, log: train_stance(written, classifier, log), args.out, MODEL_FILE, META_FILE
        )
    except ValueError as error:  # a malformed line, or a topic without hostile and clean comments naming it
        sys.stderr.write(f"cannot train the stance models: {error}\n")
        return 2


if __name__ == "__main__":
    raise SystemExit(train_stance_main())
