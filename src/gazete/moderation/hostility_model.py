"""The learnt hostility model: which kind of hostility a comment shows, over the classifier's features.

The rules of :mod:`gazete.moderation.hostility` find a target and a hostile act from structure; they
miss hostility said by implication ("Sinagogların yerini herkes biliyor."), by an idiom they lack, or
by a stereotype worded in a way nobody listed. This model is trained (by
:mod:`gazete.moderation.tools.train_hostility`, one command) on comments written for gazete by category —
threats, death wishes, calls to expel, group hostility, dehumanising talk, sexism, homophobia,
ableism, regional slurs, attacks on beliefs, insults — against clean comments about the same topics
(hard negatives: reporting hate, quoting the news, respectful disagreement) and a sample of the
OffensEval NOT tweets. It tells the engine:

* ``clean`` or one hostile label (``offensive``, ``belief_attack``, ``insult``: the policy codes);
* its probability that the comment is not clean.

It shares the shipped classifier's hashed TF-IDF features (:mod:`gazete.moderation.classifier`), so it
adds one sparse dot product per comment, and stores only the weights of features seen in training.
numpy only; nothing is unpickled.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from gazete.moderation.classifier import DATA_DIR

MODEL_FILE = DATA_DIR / "hostility-model.npz"
META_FILE = DATA_DIR / "hostility-meta.json"
CLEAN = "clean"
LABELS = (CLEAN, "offensive", "belief_attack", "insult")
"""``clean`` and the policy codes a judgement reports hostility under; a model's own labels may be finer, each naming
its kind after its code (``offensive:gender``; see :func:`code_of`)."""


@dataclass(frozen=True)
class HostilityJudgement:
    """What the hostility model says of one comment."""

    hostile: float
    """Probability that the comment is not clean."""
    code: str
    """The most likely hostile policy code (its labels' probabilities summed), whatever ``hostile`` is."""
    probabilities: dict[str, float]
    """The softmax summed per policy code (``clean`` first): a model's labels may be finer than the codes."""


def code_of(label: str) -> str:
    """Return the policy code a model label reports: a label may name a kind of hostility after its code.

    >>> code_of("offensive:gender"), code_of("insult")
    ('offensive', 'insult')
    """
    return label.partition(":")[0]


def row_positions(rows: np.ndarray) -> np.ndarray:
    """Return, for every feature index up to the largest of ``rows`` and one past it, its row's position or -1.

    One array lookup per feature instead of a binary search over the rows; indices beyond the rows are
    clipped onto the last slot, which is always -1. A repeated row keeps its first position.

    >>> row_positions(np.array([1, 3, 3])).tolist()
    [-1, 0, -1, 1, -1]
    """
    size = int(rows.max()) + 2 if rows.size else 1
    positions = np.full(size, -1, dtype=np.int32)
    positions[rows[::-1]] = np.arange(rows.size - 1, -1, -1, dtype=np.int32)
    return positions


class HostilityModel:
    """A multinomial linear model over a subset of the classifier's feature buckets."""

    def __init__(
        self,
        *,
        labels: Sequence[str],
        rows: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        threshold: float,
        meta: dict[str, object] | None = None,
    ) -> None:
        if list(labels)[:1] != [CLEAN]:
            raise ValueError("the first label of a hostility model must be 'clean'")
        order = np.argsort(np.asarray(rows, dtype=np.int64), kind="stable")
        self.labels = list(labels)
        self.rows = np.asarray(rows, dtype=np.int64)[order]
        # Stored as float16, and kept so (half the memory): read as float32, the values a fresh and a reloaded
        # model agree on.
        self.coef = np.asarray(coef, dtype=np.float16)[order]
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.threshold = float(threshold)
        self.meta = meta or {}
        self._codes = [code_of(label) for label in self.labels[1:]]
        self._position = row_positions(self.rows)
        # Each row of weights as one item (four float16): numpy copies such items faster than 2-D rows.
        self._coef_items = self.coef.view(np.dtype((np.void, self.coef.shape[1] * 2))).reshape(-1)

    def judge(self, indices: np.ndarray, values: np.ndarray) -> HostilityJudgement:
        """Return the judgement for one comment's feature vector (from ``Classifier.features``)."""
        logits = self.intercept.copy()
        if indices.size and self.rows.size:
            # mode="clip" reads indices beyond the rows from the last slot, which is always -1.
            positions = self._position.take(indices, mode="clip")
            hit = positions >= 0
            if hit.any():
                rows = self._coef_items.take(positions[hit]).view(np.float16).reshape(-1, self.coef.shape[1])
                weights = rows.astype(np.float32)
                logits = logits + values[hit] @ weights
        exp = np.exp(logits - logits.max())
        # Read as Python floats once (the same doubles): the few steps left cost less than numpy calls.
        probabilities: list[float] = (exp / exp.sum()).tolist()
        by_code = {CLEAN: probabilities[0]}
        for code, probability in zip(self._codes, probabilities[1:], strict=True):
            by_code[code] = by_code.get(code, 0.0) + probability
        hostile = [(probability, code) for code, probability in by_code.items() if code != CLEAN]
        # The first most likely code, as np.argmax would pick it.
        code = max(hostile, key=lambda pair: pair[0])[1]
        return HostilityJudgement(hostile=1.0 - probabilities[0], code=code, probabilities=by_code)

    def save(self, model_file: Path, meta_file: Path, extra_meta: dict[str, object] | None = None) -> None:
        """Write the model as a compressed ``.npz`` (float16 weights) plus a JSON description (no pickle).

        The arrays are laid out to compress (:func:`packed_arrays`); :func:`read_hostility_model` reads that layout
        and the plain one of earlier models.
        """
        model_file.parent.mkdir(parents=True, exist_ok=True)
        with model_file.open("wb") as handle:
            # Typed Any: numpy's stub reads a ** mapping as its allow_pickle flag.
            arrays: dict[str, Any] = dict(packed_arrays(self.rows, self.coef))
            arrays["intercept"] = self.intercept.astype(np.float64)
            np.savez_compressed(handle, **arrays)
        meta: dict[str, object] = dict(extra_meta or {})
        meta.update({"labels": self.labels, "threshold": self.threshold, "model_file": model_file.name})
        meta_file.write_text(json.dumps(meta, indent=2, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")


def packed_arrays(rows: np.ndarray, coef: np.ndarray) -> dict[str, np.ndarray]:
    """Return the arrays a model's rows and float16 weights are stored as: laid out to compress well.

    Sorted distinct rows become a bitmap over the feature indices (``rows_bitmap``, ``rows_span``: some 0.1 MB
    compressed where the indices took 1.1 MB), and the weights' high and low bytes are stored apart, per label
    (``coef_high``, ``coef_low``: the high bytes — sign, exponent — repeat and compress; mixed with the low ones
    they did not). Rows that repeat keep the plain layout. Lossless: :func:`unpacked_arrays` gives the same arrays.

    >>> packed = packed_arrays(np.array([1, 4]), np.array([[0.5, -1.0], [2.0, 0.25]], dtype=np.float16))
    >>> rows, coef = unpacked_arrays(packed)
    >>> rows.tolist(), coef.tolist()
    ([1, 4], [[0.5, -1.0], [2.0, 0.25]])
    """
    rows = np.asarray(rows, dtype=np.int64)
    weights = np.asarray(coef, dtype=np.float16)
    if rows.size == 0 or np.any(np.diff(rows) <= 0):
        return {"rows": rows.astype(np.int32), "coef": weights}
    span = int(rows[-1]) + 1
    present = np.zeros(span, dtype=bool)
    present[rows] = True
    bits = weights.view(np.uint16)
    return {
        "rows_bitmap": np.packbits(present),
        "rows_span": np.array([span], dtype=np.int64),
        "coef_high": np.ascontiguousarray((bits >> 8).astype(np.uint8).T),
        "coef_low": np.ascontiguousarray((bits & 0xFF).astype(np.uint8).T),
    }


def unpacked_arrays(arrays: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Return (rows, float16 weights) from a model file's arrays, in the packed layout or the plain one."""
    if "rows" in arrays:
        return arrays["rows"], arrays["coef"]
    span = int(arrays["rows_span"][0])
    rows = np.flatnonzero(np.unpackbits(arrays["rows_bitmap"], count=span))
    bits = (arrays["coef_high"].T.astype(np.uint16) << 8) | arrays["coef_low"].T.astype(np.uint16)
    return rows, np.ascontiguousarray(bits).view(np.float16)


def read_hostility_model(model_file: Path, meta_file: Path) -> HostilityModel:
    """Load a hostility model from its ``.npz`` arrays and JSON description (``allow_pickle=False``)."""
    meta = json.loads(meta_file.read_text("utf-8"))
    with np.load(model_file, allow_pickle=False) as arrays:
        loaded = {name: arrays[name] for name in arrays.files}
    rows, coef = unpacked_arrays(loaded)
    return HostilityModel(
        labels=meta["labels"],
        rows=rows,
        coef=coef,
        intercept=loaded["intercept"],
        threshold=float(meta["threshold"]),
        meta=meta,
    )


@functools.cache
def load_hostility_model() -> HostilityModel | None:
    """Return the shipped hostility model, loaded once per process; None when none is shipped."""
    if not (MODEL_FILE.is_file() and META_FILE.is_file()):
        return None
    return read_hostility_model(MODEL_FILE, META_FILE)
