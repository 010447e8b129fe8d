"""Access to the optional statistical classifier: loaded lazily, once per process, or skipped."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from gazete.moderation.topics import mask_topics

logger = logging.getLogger(__name__)

CLASSIFIER_CODES = ("insult", "offensive", "belief_attack")
_UNSEEN_SCRIPT_WORD_RE = regex.compile(r"(?<!\S)(?=\S*\p{L})(?!\S*\p{Latin})\S+\s*")
"""A word with letters but not one Latin letter (``Αθήνα``, ``Москва``), with the space after it."""
_NON_LATIN_LETTER_RE = regex.compile(r"(?=\p{L})\P{Latin}")
"""A letter of another script: without one, no word can be all in other scripts."""
_LATIN_RANGE_END = "\u0250"
"""Where the Latin letters of Turkish and its neighbours end (Basic Latin to Latin Extended-B)."""
_NON_LATIN_BEFORE_END = frozenset(char for char in map(chr, range(0x250)) if _NON_LATIN_LETTER_RE.match(char))
"""The letters before :data:`_LATIN_RANGE_END` that are of another script (the micro sign µ)."""


@dataclass(frozen=True)
class ClassifierEvidence:
    """What the classifier says about one comment, with its topic bias taken out."""

    probability: float
    """P(OFF) of the comment as written."""
    unbiased: float
    """The lowest of ``probability``, P(OFF) of the comment with topic words masked (see
    :mod:`gazete.moderation.topics`) and P(OFF) with Turkish letters restored; equal to
    ``probability`` when there is no such variant."""


_CHOSEN: dict[str, Any] = {}
"""The classifier :func:`use_classifier` put in place of the shipped one, under ``"model"``."""


@lru_cache(maxsize=1)
def _shipped_classifier() -> Any | None:
    """Return the shipped classifier, or None when the module or its model file is missing."""
    try:
        from gazete.moderation.classifier import load_classifier
    except ImportError:
        return None
    return load_classifier()


def get_classifier() -> Any | None:
    """Return the classifier the engine uses: the shipped one unless :func:`use_classifier` chose another."""
    return _CHOSEN["model"] if "model" in _CHOSEN else _shipped_classifier()


def use_classifier(classifier: Any | None) -> None:
    """Make the engine use ``classifier`` (None: no classifier) in this process, in place of the shipped one.

    For measuring a model that is not shipped (``validation --model-dir``); the server never calls it.
    """
    _CHOSEN["model"] = classifier


def classifier_scores(text: str) -> dict[str, float] | None:
    """Return the classifier's raw 0..1 scores per content code, or None without a classifier."""
    classifier = get_classifier()
    if classifier is None:
        return None
    try:
        raw = classifier.scores(text)
    except Exception:
        logger.exception("moderation classifier failed; classifier reasons skipped")
        return None
    return {code: float(raw.get(code, 0.0)) for code in CLASSIFIER_CODES}


def without_unseen_scripts(text: str) -> str:
    """Return ``text`` without its words in scripts the classifier never learnt (no Latin letter in them).

    14 of the 31,756 training tweets have such a word, so the model knows nothing of them, and their
    hashed character n-grams only meet the weights of unrelated n-grams: ``Yunanca adı Αθήνα.`` scored
    P(OFF) 0.79 against 0.46 for ``Yunanca adı Atina.``.

    >>> without_unseen_scripts("Yunanca adı Αθήνα, güzel şehir 👍")
    'Yunanca adı güzel şehir 👍'
    """
    if text.isascii() or (max(text) < _LATIN_RANGE_END and _NON_LATIN_BEFORE_END.isdisjoint(text)):
        return text  # nearly every comment: no letter of another script, told without a regex search
    if _NON_LATIN_LETTER_RE.search(text) is None:
        return text  # one scan instead of a look-ahead at every word
    return _UNSEEN_SCRIPT_WORD_RE.sub("", text)


def classifier_evidence(
    text: str,
    floor: float = 0.0,
    restored: str | None = None,
    cleared: Callable[[], str | None] | None = None,
) -> ClassifierEvidence | None:
    """Return P(OFF) of ``text`` as written and without its topic words, or None without a classifier.

    ``restored`` is the text with its Turkish letters restored, for a comment typed without them: its
    score counts too, so ``siki calisin`` (sıkı çalışın) is not read as profanity. ``cleared`` gives the
    text without the words the rules found innocent though they look hostile (``sikke``, ``eşek arısı``)
    and without quoted words, or None when there are none; it is called only when needed, and its score
    counts too. When P(OFF)
    is already below ``floor`` the variants are not scored (the lower score can only be lower still)
    and ``unbiased`` equals ``probability``.
    """
    classifier = get_classifier()
    if classifier is None:
        return None
    text = without_unseen_scripts(text)
    try:
        probability = float(classifier.offensive_probability(text))
        masked = mask_topics(text) if probability >= floor else None
        unbiased = probability
        if masked is not None and probability >= floor:
            unbiased = min(unbiased, float(classifier.offensive_probability(masked)))
        for variant in (lambda: restored, cleared or (lambda: None)):
            found = variant() if unbiased >= floor else None
            if found is not None and (found := without_unseen_scripts(found)) != text:
                unbiased = min(unbiased, float(classifier.offensive_probability(found)))
    except Exception:
        # A broken model must not stop moderation: the rules still decide, and the log says why.
        logger.exception("moderation classifier failed; classifier reasons skipped")
        return None
    return ClassifierEvidence(probability, unbiased)
