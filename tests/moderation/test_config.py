"""ModerationConfig: defaults, validation at start-up, thresholds."""

from __future__ import annotations

import pytest

from gazete.moderation.config import DEFAULT_CONFIG, ConfigError, ModerationConfig
from gazete.moderation.policy import ALL_CODES


def test_defaults_enable_every_rule() -> None:
    assert DEFAULT_CONFIG.enabled == ALL_CODES
    assert DEFAULT_CONFIG.review_threshold < DEFAULT_CONFIG.reject_threshold


def test_unknown_code_fails_loudly() -> None:
    with pytest.raises(ConfigError, match="unknown"):
        ModerationConfig(enabled=frozenset({"profanity", "rudeness"}))


def test_thresholds_out_of_order_fail() -> None:
    with pytest.raises(ConfigError):
        ModerationConfig(review_threshold=0.9, reject_threshold=0.5)


def test_severity_for() -> None:
    assert DEFAULT_CONFIG.severity_for(0.95) == "reject"
    assert DEFAULT_CONFIG.severity_for(0.6) == "review"
    assert DEFAULT_CONFIG.severity_for(0.1) is None


def test_word_sets_are_lower_cased() -> None:
    config = ModerationConfig(allowed_words=frozenset({"Peskov"}), extra_banned_words=frozenset({"Zibidi"}))
    assert config.allowed_words == {"peskov"}
    assert config.extra_banned_words == {"zibidi"}


def test_the_spelling_word_model_is_on_by_default() -> None:
    assert DEFAULT_CONFIG.use_morphology is True
    assert ModerationConfig(use_morphology=False).use_morphology is False


def test_other_language_severity_is_checked() -> None:
    assert ModerationConfig(other_language_severity="reject").other_language_severity == "reject"
    with pytest.raises(ConfigError):
        ModerationConfig(other_language_severity="approve")  # type: ignore[arg-type]
