"""Train the hostility model shipped in ``gazete/moderation/data/`` (deterministic, one command).

Usage::

    gazete moderation train-hostility --written training/moderation --data-dir ../shared/data/moderation

Data:

* ``--written``: JSON-lines files of comments written for gazete by category (``training/moderation/``;
  never the evaluation sets under ``evaluation/``, which the command refuses);
* from ``--data-dir``: a seeded sample of the OffensEval-2020 Turkish training split's NOT tweets (clean,
  for the breadth of ordinary language) and teamgzg's RACIST/SEXIST (``offensive``) and INSULT
  (``insult``) tweets. The official OffensEval test split is never read.

A fixed 80/20 split of the written comments by writer (a fifth of the writers' files held out whole) picks the
regularisation and the decision threshold: the lowest P(not clean) that holds at most ``--clean-false-rate`` of the
held-out writers' clean comments. The model is then refitted on all rows with those settings, and the refit ships.
Features are the shipped classifier's (:mod:`gazete.moderation.classifier`): train that one first.
Needs scikit-learn and scipy.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from gazete.moderation.classifier import META_FILE as CLASSIFIER_META_FILE
from gazete.moderation.classifier import Classifier, load_classifier, normalize_text
from gazete.moderation.hostility_model import CLEAN, META_FILE, MODEL_FILE, HostilityModel, code_of
from gazete.moderation.tools.train import (
    OFFENSEVAL_FILE,
    TEAMGZG_FILE,
    deduplicate,
    read_offenseval,
    read_teamgzg,
    sha256_of,
    stratified_split,
)
from gazete.moderation.tools.train import SEED as CLASSIFIER_SEED
from gazete.moderation.tools.train import VALIDATION_SHARE as CLASSIFIER_VALIDATION_SHARE

SEED = 20261203
VALIDATION_SHARE = 0.2
OFFENSEVAL_CLEAN_SAMPLE = 20000
OFFENSEVAL_OFF_SAMPLE = 5000
OUTSIDE_WEIGHT = 0.5
"""Weight of a tweet beside a written comment: tweets widen the vocabulary, the comments set the task."""
C_GRID = (8.0, 32.0, 128.0)
RECALL_TOLERANCE = 0.005
"""Recall on the held-out writers within which the stronger regularisation is preferred (about the noise of a split)."""
CLEAN_FALSE_RATE = 0.03
CURVE_CUTS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
PRUNE_BELOW = 2e-3
"""Rows whose largest absolute weight is below this are dropped from the shipped file (size)."""

#: Kind of offence each category of a written comment is learnt as: the model's labels are finer than the policy
#: codes (``offensive:gender``), so that one weight per word and label is not shared by threats and sexism alike.
OFFENCE_KIND = {
    "threat": "violence",
    "death_wish": "violence",
    "expel_call": "exclusion",
    "group_hostility": "exclusion",
    "dehumanising": "exclusion",
    "regional_slur": "exclusion",
    "sexism": "gender",
    "homophobia": "gender",
    "ableism": "ableism",
}
#: Category of a written comment -> the model's label (a policy code, ``offensive:<kind>``, or clean).
CATEGORY_LABEL = {
    **{category: f"offensive:{kind}" for category, kind in OFFENCE_KIND.items()},
    "belief_attack": "belief_attack",
    "insult": "insult",
    "clean": CLEAN,
}
MODEL_LABELS = (CLEAN, *sorted(set(CATEGORY_LABEL.values()) - {CLEAN}))
"""The model's classes, ``clean`` first; each reports the policy code before its colon (:func:`code_of`)."""
READ_AS_CLEAN = frozenset({"spelling", "no_turkish_chars"})
"""Categories whose comments are clean to this model: a misspelt comment, or one typed without Turkish letters, is
no hostile one (the spelling and Turkish-letter rules' job); they are read as ``clean`` and stratified with the
clean ones."""
NOT_LEARNT = frozenset({"profanity", "masked_profanity"})
"""Categories this model does not learn: the profanity lexicon and its disguise rules decide them, and an
insult label on a swear word would teach the model the word rather than the hostility."""
TEAMGZG_LABEL = {"GROUP": "offensive:exclusion", "INSULT": "insult"}
"""teamgzg category (as :func:`gazete.moderation.tools.train.read_teamgzg` maps it: RACIST and SEXIST are GROUP)
-> the model's label."""


@dataclass(frozen=True)
class Row:
    """One training text: its label, the category it was written for, where it comes from, its weight."""

    text: str
    label: str
    category: str
    source: str
    weight: float = 1.0


def read_written(folder: Path) -> list[Row]:
    """Read every ``*.jsonl`` of written comments in ``folder`` (``{"id", "category", "text"}`` per line).

    Spelling comments are read as clean ones (:data:`READ_AS_CLEAN`); profanity ones are skipped (:data:`NOT_LEARNT`).
    """
    if "evaluation" in folder.resolve().parts:
        raise ValueError(f"{folder}: the evaluation sets are never trained on")
    rows: list[Row] = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            category = record.get("category")
            if category in NOT_LEARNT and isinstance(record.get("text"), str):
                continue
            if category in READ_AS_CLEAN:
                category = "clean"
            if category not in CATEGORY_LABEL or not isinstance(record.get("text"), str):
                raise ValueError(f"{path}:{number}: unknown category {category!r} or no text")
            rows.append(Row(record["text"], CATEGORY_LABEL[category], category, path.stem))
    return rows


def read_outside(data_dir: Path, seed: int, off_sample: int = 0) -> list[Row]:
    """Return a NOT sample of the classifier's training part and teamgzg's group and insult tweets.

    ``off_sample`` OFF tweets of the same part are added as ``insult`` (most OffensEval offense is an
    insult or profanity aimed at someone).

    The NOT tweets come only from the part of OffensEval the classifier trains on (its 85 %), so the
    engine's score on the classifier's validation split (:mod:`gazete.moderation.tools.validation`) stays honest.
    """
    offenseval = read_offenseval(data_dir / OFFENSEVAL_FILE)
    teamgzg = read_teamgzg(data_dir / TEAMGZG_FILE)
    examples, _dropped = deduplicate([*offenseval, *teamgzg])
    tweets = [example for example in examples if example.source == "offenseval"]
    train_at, _valid_at = stratified_split(
        [example.offensive for example in tweets], CLASSIFIER_VALIDATION_SHARE, CLASSIFIER_SEED
    )
    clean = [tweets[index].text for index in train_at if not tweets[index].offensive]
    rng = np.random.default_rng(seed)
    chosen = sorted(rng.choice(len(clean), size=min(OFFENSEVAL_CLEAN_SAMPLE, len(clean)), replace=False))
    rows = [Row(clean[index], CLEAN, "offenseval_not", "offenseval", OUTSIDE_WEIGHT) for index in chosen]
    offensive = [tweets[index].text for index in train_at if tweets[index].offensive]
    if off_sample:
        chosen = sorted(rng.choice(len(offensive), size=min(off_sample, len(offensive)), replace=False))
        rows += [Row(offensive[index], "insult", "offenseval_off", "offenseval", OUTSIDE_WEIGHT) for index in chosen]
    for example in teamgzg:
        category = example.category or ""
        if category in TEAMGZG_LABEL:
            label = TEAMGZG_LABEL[category]
            rows.append(Row(example.text, label, f"teamgzg_{category.lower()}", "teamgzg", OUTSIDE_WEIGHT))
    return rows


def deduplicated(rows: Sequence[Row]) -> list[Row]:
    """Drop repeated texts (same normalised, case-folded text), keeping the first."""
    seen: set[str] = set()
    kept = []
    for row in rows:
        key = normalize_text(row.text).casefold()
        if key and key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


def writer_split(rows: Sequence[Row], share: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Return (train_indices, validation_indices) holding out about ``share`` of the writers whole, seeded.

    A writer is a row's ``source`` (its file). With fewer than two writers the split is stratified by category.

    >>> rows = [Row(f"t{i}", "clean", "clean", f"w{i % 5}") for i in range(10)]
    >>> train, valid = writer_split(rows, 0.2, 1)
    >>> len({rows[i].source for i in valid}), set(rows[i].source for i in valid) & {rows[i].source for i in train}
    (1, set())
    """
    sources = sorted({row.source for row in rows})
    if len(sources) < 2:
        categories = sorted({row.category for row in rows})
        return stratified_split([categories.index(row.category) for row in rows], share, seed)
    rng = np.random.default_rng(seed)
    held = {sources[i] for i in rng.permutation(len(sources))[: max(1, round(share * len(sources)))]}
    valid = np.array([i for i, row in enumerate(rows) if row.source in held], dtype=np.int64)
    train = np.array([i for i, row in enumerate(rows) if row.source not in held], dtype=np.int64)
    return train, valid


def feature_matrix(classifier: Classifier, texts: Sequence[str]):  # -> csr_matrix
    """Return the classifier's TF-IDF features of every text as a scipy CSR matrix."""
    from scipy import sparse

    n_features = classifier.idf.shape[0]
    indptr, indices, values = [0], [], []
    for text in texts:
        row_indices, row_values = classifier.features(text)
        indices.append(row_indices)
        values.append(row_values)
        indptr.append(indptr[-1] + row_indices.size)
    return sparse.csr_matrix(
        (np.concatenate(values), np.concatenate(indices), np.asarray(indptr)), shape=(len(texts), n_features)
    )


def fit(matrix, labels: np.ndarray, weights: np.ndarray, c_value: float):  # -> LogisticRegression
    """Fit a multinomial logistic regression, clean against hostile balanced half and half by weight.

    The hostile policy codes share their half equally, and a code's labels (``offensive:gender``, …) its share by
    their own weight. Balancing all labels equally instead gave clean a prior of one in four, so a comment that says
    nothing the model knows ("Bu ülke ileri gidiyor.") scored 0.93 hostile.
    """
    from sklearn.linear_model import LogisticRegression

    code = np.array([code_of(label) for label in MODEL_LABELS])
    totals = {name: weights[code[labels] == name].sum() for name in set(code)}
    hostile_codes = sorted(name for name in totals if name != CLEAN and totals[name] > 0)
    share = {name: 0.5 / len(hostile_codes) for name in hostile_codes}
    share[CLEAN] = 0.5 if hostile_codes else 1.0
    balance = np.array([share[code[label]] * weights.sum() / totals[code[label]] for label in labels])
    model = LogisticRegression(C=c_value, max_iter=3000, random_state=SEED)
    model.fit(matrix, labels, sample_weight=weights * balance)
    return model


def hostile_probability(model, matrix) -> np.ndarray:
    """Return 1 − P(clean) per row."""
    clean_at = list(model.classes_).index(MODEL_LABELS.index(CLEAN))
    return 1.0 - model.predict_proba(matrix)[:, clean_at]


def threshold_for(clean_scores: np.ndarray, false_rate: float) -> float:
    """Return the lowest threshold that flags at most ``false_rate`` of the clean scores."""
    allowed = int(np.floor(false_rate * clean_scores.size))
    ordered = np.sort(clean_scores)[::-1]
    return float(ordered[allowed] + 1e-6) if allowed < ordered.size else 0.5


def per_category_recall(rows: Sequence[Row], scores: np.ndarray, threshold: float) -> dict[str, float]:
    """Return the share of rows flagged (clean: the share NOT flagged) per written category."""
    result: dict[str, list[bool]] = {}
    for row, score in zip(rows, scores, strict=True):
        flagged = bool(score >= threshold)
        result.setdefault(row.category, []).append(flagged if row.label != CLEAN else not flagged)
    return {category: round(sum(hits) / len(hits), 3) for category, hits in sorted(result.items())}


ABSENT_LOGIT = -30.0
"""Intercept of a label no training row had: its probability stays nil."""


def full_weights(model) -> tuple[np.ndarray, np.ndarray]:
    """Return (coef of shape features × MODEL_LABELS, intercept per label) of a fitted model, in that order.

    A two-class fit has one weight vector (for the second class); it becomes two opposite halves, which give
    the same probabilities under softmax. Labels absent from training get no weights and a very low prior.
    """
    classes = [MODEL_LABELS[int(index)] for index in model.classes_]
    coef, intercept = model.coef_, model.intercept_
    if len(classes) == 2:
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    weights = np.zeros((coef.shape[1], len(MODEL_LABELS)))
    biases = np.full(len(MODEL_LABELS), ABSENT_LOGIT)
    for row, label in enumerate(classes):
        weights[:, MODEL_LABELS.index(label)] = coef[row]
        biases[MODEL_LABELS.index(label)] = intercept[row]
    return weights, biases


def to_model(model, threshold: float, meta: dict[str, object]) -> HostilityModel:
    """Turn a fitted sklearn model into a :class:`HostilityModel` keeping only features it weighs."""
    coef, intercept = full_weights(model)
    rows = np.flatnonzero(np.abs(coef).max(axis=1) >= PRUNE_BELOW)
    return HostilityModel(
        labels=MODEL_LABELS, rows=rows, coef=coef[rows], intercept=intercept, threshold=threshold, meta=meta
    )


def train_hostility(
    written: Sequence[Row], outside: Sequence[Row], classifier: Classifier, log: Callable[[str], None] = print
) -> tuple[HostilityModel, dict[str, object]]:
    """Choose C and threshold on the validation split, refit on all rows, return the model and metrics.

    BLAS runs on one thread: with several, sums come out in varying order and two runs of the same
    command gave different thresholds (0.741 and 0.677 at C=32).
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        return _train_hostility(written, outside, classifier, log)


def _train_hostility(
    written: Sequence[Row], outside: Sequence[Row], classifier: Classifier, log: Callable[[str], None]
) -> tuple[HostilityModel, dict[str, object]]:
    """:func:`train_hostility` under a one-thread BLAS."""
    started = time.monotonic()
    written = deduplicated(written)
    train_at, valid_at = writer_split(written, VALIDATION_SHARE, SEED)
    train_rows = [written[i] for i in train_at] + list(outside)
    valid_rows = [written[i] for i in valid_at]
    label_of = {label: index for index, label in enumerate(MODEL_LABELS)}
    x_train = feature_matrix(classifier, [row.text for row in train_rows])
    y_train = np.array([label_of[row.label] for row in train_rows])
    w_train = np.array([row.weight for row in train_rows])
    x_valid = feature_matrix(classifier, [row.text for row in valid_rows])
    valid_clean = np.array([row.label == CLEAN for row in valid_rows])
    results = []
    for c_value in C_GRID:
        fitted = fit(x_train, y_train, w_train, c_value)
        scores = hostile_probability(fitted, x_valid)
        threshold = threshold_for(scores[valid_clean], CLEAN_FALSE_RATE)
        recall = float((scores[~valid_clean] >= threshold).mean())
        log(f"C={c_value}: threshold {threshold:.3f}, hostile recall {recall:.3f} on validation")
        results.append((c_value, recall, threshold, fitted))
    # The strongest regularisation within RECALL_TOLERANCE of the best on writers the fit never saw, as the engine
    # meets them. A split of rows (until session 29) put every writer on both sides and so rewarded learning the
    # writers' own phrasing; weaker regularisation also gave a few words extreme weights there ("Bu ülke ileri
    # gidiyor." 0.92 hostile at C=32). On held-out writers (session 30) C=8, 32 and 128 found 0.957, 0.956, 0.958.
    best_recall = max(result[1] for result in results)
    c_value, recall, threshold, model = min(
        (result for result in results if result[1] >= best_recall - RECALL_TOLERANCE), key=lambda result: result[0]
    )
    valid_scores = hostile_probability(model, x_valid)
    by_category = per_category_recall(valid_rows, valid_scores, threshold)
    log(f"chose C={c_value}, threshold {threshold:.3f}; validation by category: {by_category}")
    curve = {
        f"{cut:.2f}": (
            round(float((valid_scores[valid_clean] >= cut).mean()), 3),
            round(float((valid_scores[~valid_clean] >= cut).mean()), 3),
        )
        for cut in CURVE_CUTS
    }
    log(f"validation (clean held, hostile found) by threshold: {curve}")
    everything = list(written) + list(outside)
    refit = fit(
        feature_matrix(classifier, [row.text for row in everything]),
        np.array([label_of[row.label] for row in everything]),
        np.array([row.weight for row in everything]),
        c_value,
    )
    metrics: dict[str, object] = {
        "c": c_value,
        "threshold": threshold,
        "validation_hostile_recall": round(recall, 3),
        "validation_by_category": by_category,
        "validation_curve": curve,
        "rows": dict(Counter(row.source for row in everything)),
        "labels": dict(Counter(row.label for row in everything)),
        "seed": SEED,
        "train_seconds": round(time.monotonic() - started, 1),
    }
    return to_model(refit, threshold, metrics), metrics


def train_hostility_main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: retrain the shipped hostility model and print its validation figures."""
    parser = argparse.ArgumentParser(prog="gazete moderation train-hostility", description=__doc__.splitlines()[0])
    parser.add_argument("--written", type=Path, default=Path("training/moderation"), help="folder of written comments")
    parser.add_argument(
        "--data-dir", type=Path, required=True, help="folder holding offenseval2020-tr/ and teamgzg-tr-categories/"
    )
    parser.add_argument("--out", type=Path, default=MODEL_FILE.parent, help="output folder for the model files")
    parser.add_argument(
        "--offenseval-off", type=int, default=OFFENSEVAL_OFF_SAMPLE, help="OFF tweets added as insults"
    )
    args = parser.parse_args(argv)
    needed = (args.data_dir / OFFENSEVAL_FILE, args.data_dir / TEAMGZG_FILE)
    missing = [str(path) for path in needed if not path.is_file()]
    if missing or not args.written.is_dir():
        sys.stderr.write(f"training data not found: {', '.join(missing) or args.written}\n")
        return 2
    outside = read_outside(args.data_dir, SEED, args.offenseval_off)
    written = read_written(args.written)
    return train_and_save(
        lambda classifier, log: train_hostility(written, outside, classifier, log), args.out, MODEL_FILE, META_FILE
    )


def train_and_save(
    train: Callable[[Classifier, Callable[[str], None]], tuple[Any, dict[str, object]]],
    out: Path,
    model_file: Path,
    meta_file: Path,
) -> int:
    """Train a model over the shipped classifier's features, then write it and its description into ``out``.

    The learnt models' commands end alike: ``train`` gets the classifier and a logger and returns the model (with
    ``save`` and ``rows``) and its metrics, to which the classifier description's digest is added. Returns the exit
    code (2 without a shipped classifier).
    """
    classifier = load_classifier()
    if classifier is None:
        sys.stderr.write("the shipped classifier is missing: train it first (gazete moderation train)\n")
        return 2

    def log(message: str) -> None:
        sys.stdout.write(message + "\n")
        sys.stdout.flush()

    model, metrics = train(classifier, log)
    metrics["classifier_meta_sha256"] = sha256_of(CLASSIFIER_META_FILE)
    model.save(out / model_file.name, out / meta_file.name, {"metrics": metrics})
    log(f"wrote {out / model_file.name} ({model.rows.size} feature rows) and {out / meta_file.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(train_hostility_main())
