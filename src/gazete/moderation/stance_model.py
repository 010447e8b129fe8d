"""The learnt stance models: whether a comment that names a target (LGBT people, women, a faith …) is hostile to it.

The rules of :mod:`gazete.moderation.hostility` find a target and a hostile act from structure, and the hostility
model (:mod:`gazete.moderation.hostility_model`) learnt every kind of hostility at once against every kind of clean
comment. Both let through hostility said by implication about a target the comment does name: "bu hayat tarzı
çocuklara normal diye anlatılmasın", "o yörenin esnafı babasına faizle borç verir". A stance model is a binary
linear model per *topic*, trained (by :mod:`gazete.moderation.tools.train_stance`, one command) only on the written
comments that name that topic: the hostile ones of its categories against the clean ones that name it too (reporting,
defending, discussing). Among comments that name the same target, what separates hostility from discussion is the
stance, and a model that sees only those comments learns the stance rather than the topic.

A topic is found by its cue (:data:`STANCE_TOPICS`, a pattern over the normalised text); only the topics whose cue the
comment has are scored. The models share the shipped classifier's hashed TF-IDF features
(:mod:`gazete.moderation.classifier`): one sparse dot product per named topic. Each topic's threshold was chosen when
training, from the scores of comments by writers its model had not seen (a fixed share of clean comments held).
numpy only; nothing is unpickled.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from gazete.moderation.classifier import DATA_DIR
from gazete.moderation.hostility_model import packed_arrays, row_positions, unpacked_arrays

MODEL_FILE = DATA_DIR / "stance-model.npz"
META_FILE = DATA_DIR / "stance-meta.json"


@dataclass(frozen=True)
class StanceTopic:
    """A target the stance models know: how a comment names it, the categories hostile to it, the code reported."""

    name: str
    cue: str
    """Regular expression searched in the normalised (Turkish lower-case) text."""
    categories: tuple[str, ...]
    """Written categories whose comments that name the topic are its hostile examples."""
    code: str
    """The policy code a hold reports."""


STANCE_TOPICS: tuple[StanceTopic, ...] = (
    StanceTopic(
        "lgbt",
        r"eşcinsel|\blgbt|\bgey|\bgay|lezbiyen|\btrans(?:lar|ları|ların|lara|ı|seksüel\w*)?\b"
        r"|onur (?:yürüyüş|haft|ay)|cinsel (?:yönelim|tercih|kimlik)|biseksüel|homoseksüel|iki babas|iki annes"
        r"|gökkuşağı|travesti|\bhomo(?:lar|lu|luk)?\b|lubunya|\bkuir|\bqueer|lut kavm|fıtrat|\byönelim"
        r"|farklı kimlik|cinsiyet(?:siz| geçiş| değiştir|ini sorgula)|iki (?:adam|erkek|kız|kadın)\w* (?:öpüş|el ele)"
        r"|erkek erkeğe|kadın kadına",
        ("homophobia",),
        "offensive",
    ),
    StanceTopic(
        "women",
        r"\bkadın|\bkız(?:lar|ları|ların|ım|ımız|ın|a|ı)?\b|\bbayan|\bhanım|\bkarı(?:sı|lar)?\b|\banne",
        ("sexism",),
        "offensive",
    ),
    StanceTopic(
        "region",
        r"karadeniz|\blaz|doğulu|kürt|\bdoğu|güneydoğu|trakya|egeli|yozgat|kayseri|rize|trabzon|urfa|diyarbakır|antep"
        r"|sivas|konya|istanbullu|ankaralı|izmirli|köylü|taşralı|adanalı|mardin|hemşehri",
        ("regional_slur",),
        "offensive",
    ),
    StanceTopic(
        "belief",
        r"allah|\bdin\b|dini|dinin|müslüman|islam|hristiyan|hıristiyan|yahudi|ateist|alevi|sünni|cami|kilise|sinagog"
        r"|cemevi|peygamber|kuran|kur'an|namaz|oruç|imam|hoca|papaz|inanç|inan|tarikat|cemaat|diyanet|başörtü|türban"
        r"|deist|dindar",
        ("belief_attack",),
        "belief_attack",
    ),
    StanceTopic(
        "ethnic",
        r"suriyeli|afgan|göçmen|mülteci|sığınmacı|arap|ermeni|\brum\b|rumlar|yahudi|kürt|çingene|\broman(?:lar)?\b"
        r"|yabancı|pakistanlı|afrikalı|siyahi|\brus\b|ruslar|ukraynalı|iranlı|gürcü|yunan|israil",
        ("group_hostility", "expel_call", "dehumanising"),
        "offensive",
    ),
)
"""The topics, each with its cue. The cues are wide on purpose (``anne``, ``doğu``): the model, not the cue, decides."""


@dataclass(frozen=True)
class StanceJudgement:
    """What one topic's stance model says of a comment that names the topic."""

    topic: str
    probability: float
    """Probability that the comment is hostile to the topic."""
    threshold: float
    code: str

    @property
    def hostile(self) -> bool:
        """Tell whether the probability reaches the topic's threshold."""
        return self.probability >= self.threshold


def named_topics(normalized: str, topics: Sequence[StanceTopic] = STANCE_TOPICS) -> list[int]:
    """Return the positions (in ``topics``) of the topics whose cue the normalised text has.

    >>> [STANCE_TOPICS[i].name for i in named_topics("kadınlar da eşcinseller de bu ülkenin insanı")]
    ['lgbt', 'women']
    >>> named_topics("transfer haberleri")
    []
    """
    return [position for position, pattern in enumerate(_cue_patterns(tuple(topics))) if pattern.search(normalized)]


@functools.cache
def _cue_patterns(topics: tuple[StanceTopic, ...]) -> tuple[re.Pattern[str], ...]:
    """Compile the topics' cues once."""
    return tuple(re.compile(topic.cue) for topic in topics)


class StanceModel:
    """One binary linear model per topic over a subset of the classifier's feature buckets (weights side by side)."""

    def __init__(
        self,
        *,
        topics: Sequence[StanceTopic],
        rows: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        thresholds: Sequence[float],
        meta: dict[str, object] | None = None,
    ) -> None:
        coef = np.asarray(coef, dtype=np.float16).reshape(len(rows), len(topics))
        if len(intercept) != len(topics) or len(thresholds) != len(topics):
            raise ValueError("a stance model needs one intercept and one threshold per topic")
        order = np.argsort(np.asarray(rows, dtype=np.int64), kind="stable")
        self.topics = tuple(topics)
        self.rows = np.asarray(rows, dtype=np.int64)[order]
        self.coef = coef[order]
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.thresholds = tuple(float(threshold) for threshold in thresholds)
        self.meta = meta or {}
        self._position = row_positions(self.rows)

    def judge(self, normalized: str, indices: np.ndarray, values: np.ndarray) -> list[StanceJudgement]:
        """Return the judgement of every topic the comment names (its normalised text and feature vector)."""
        named = named_topics(normalized, self.topics)
        if not named:
            return []
        logits = self.intercept[named].copy()
        if indices.size and self.rows.size:
            # mode="clip" reads indices beyond the rows from the last slot, which is always -1.
            positions = self._position.take(indices, mode="clip")
            hit = positions >= 0
            if hit.any():
                weights = self.coef[positions[hit]][:, named].astype(np.float32)
                logits = logits + values[hit] @ weights
        return [
            StanceJudgement(
                topic=self.topics[position].name,
                probability=1.0 / (1.0 + math.exp(-float(logit))),
                threshold=self.thresholds[position],
                code=self.topics[position].code,
            )
            for position, logit in zip(named, logits.tolist(), strict=True)
        ]

    def save(self, model_file: Path, meta_file: Path, extra_meta: dict[str, object] | None = None) -> None:
        """Write the model as a compressed ``.npz`` (float16 weights, packed) plus a JSON description (no pickle)."""
        model_file.parent.mkdir(parents=True, exist_ok=True)
        with model_file.open("wb") as handle:
            # Typed Any: numpy's stub reads a ** mapping as its allow_pickle flag.
            arrays: dict[str, Any] = dict(packed_arrays(self.rows, self.coef))
            arrays["intercept"] = self.intercept
            np.savez_compressed(handle, **arrays)
        meta: dict[str, object] = dict(extra_meta or {})
        meta.update(
            {
                "topics": [
                    {"name": topic.name, "cue": topic.cue, "categories": list(topic.categories), "code": topic.code}
                    for topic in self.topics
                ],
                "thresholds": list(self.thresholds),
                "model_file": model_file.name,
            }
        )
        meta_file.write_text(json.dumps(meta, indent=2, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")


def read_stance_model(model_file: Path, meta_file: Path) -> StanceModel:
    """Load a stance model from its ``.npz`` arrays and JSON description (``allow_pickle=False``).

    The topics (their cues included) are read from the description: a model answers for the cues it was trained with.
    """
    meta = json.loads(meta_file.read_text("utf-8"))
    with np.load(model_file, allow_pickle=False) as arrays:
        loaded = {name: arrays[name] for name in arrays.files}
    rows, coef = unpacked_arrays(loaded)
    topics = [
        StanceTopic(topic["name"], topic["cue"], tuple(topic["categories"]), topic["code"]) for topic in meta["topics"]
    ]
    return StanceModel(
        topics=topics, rows=rows, coef=coef, intercept=loaded["intercept"], thresholds=meta["thresholds"], meta=meta
    )


@functools.cache
def load_stance_model() -> StanceModel | None:
    """Return the shipped stance model, loaded once per process; None when none is shipped."""
    if not (MODEL_FILE.is_file() and META_FILE.is_file()):
        return None
    return read_stance_model(MODEL_FILE, META_FILE)
