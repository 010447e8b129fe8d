"""Tests for the comments_policy management command: it prints the policy and changes it."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from gazete.comments.policy import current_policy

pytestmark = pytest.mark.django_db


def _run(*args: str) -> dict:
    out = StringIO()
    call_command("comments_policy", *args, stdout=out)
    return json.loads(out.getvalue())


def test_it_prints_the_policy_with_both_texts() -> None:
    summary = _run()
    assert summary["other_language"] == "review"
    assert summary["policy_text_tr"].startswith("UYARI")
    assert summary["policy_text_en"].startswith("WARNING")


def test_it_changes_limits_rules_and_the_other_language_setting() -> None:
    summary = _run("--disable", "spelling", "--daily-cap", "5", "--other-language", "reject")
    assert "spelling" not in summary["enabled_codes"] and summary["daily_cap"] == 5
    assert summary["other_language"] == "reject"
    assert current_policy().other_language == "reject"


def test_unknown_rule_codes_fail_loudly() -> None:
    with pytest.raises(CommandError, match="unknown rule codes"):
        _run("--enable", "no-such-rule")
