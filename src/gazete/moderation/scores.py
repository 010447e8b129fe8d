"""Access to the optional statistical classifier: loaded lazily, once per process, or skipped."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

logger = logging.getLogger(__name__)

CLASSIFIER_CODES = ("insult", "offensive", "belief_attack")


@lru_cache(maxsize=1)
def get_classifier() -> Any | None:
    """Return the trained classifier, or None when the module or its model file is missing."""
    try:
        from gazete.moderation.classifier import load_classifier
    except ImportError:
        return None
    return load_classifier()


def classifier_scores(text: str) -> dict[str, float] | None:
    """Return the classifier's 0..1 scores per content code, or None without a classifier."""
    classifier = get_classifier()
    if classifier is None:
        return None
    try:
        raw = classifier.scores(text)
    except Exception:
        logger.exception("moderation classifier failed; classifier reasons skipped")
        return None
    return {code: float(raw.get(code, 0.0)) for code in CLASSIFIER_CODES}
