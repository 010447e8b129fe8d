"""Tests for gazete.backoffice.labels and its template filters: stored codes in the interface language."""

from __future__ import annotations

import pytest
from django.utils import translation

from gazete.backoffice.labels import LOG_ACTIONS, log_action_label, queue_state_label, role_label
from gazete.backoffice.queue import QUEUE_STATES
from gazete.backoffice.roles import ROLES


@pytest.mark.parametrize("language", ["en", "tr"])
def test_english_codes_read_as_themselves_and_every_code_has_turkish(language: str) -> None:
    with translation.override(language):
        for code in LOG_ACTIONS:
            assert (log_action_label(code) == code) == (language == "en"), code
        assert all((queue_state_label(s) == s) == (language == "en") for s in QUEUE_STATES)
        assert all((role_label(r) == r) == (language == "en") for r in ROLES)


def test_turkish_words_and_unknown_codes() -> None:
    with translation.override("tr"):
        assert log_action_label("spiked") == "arşive kaldırıldı"
        assert log_action_label("lead") == "manşete alındı"
        assert queue_state_label("held") == "bekletiliyor"
        assert role_label("editor") == "editör"
        assert log_action_label("something else") == "something else" and role_label(None) == ""

