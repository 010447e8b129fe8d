"""Tests for gazete.newsroom.readingtime: words counted as a reader reads them, minutes rounded up."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gazete.newsroom.readingtime import WORDS_PER_MINUTE, reading_minutes, word_count


def test_words_with_apostrophes_hyphens_and_decimals_count_once() -> None:
    assert word_count(["Erdoğan'ın G-7 açıklaması", "Dış ticaret açığı %33.2 daraldı."]) == 8
    assert word_count(["", "  ", "—"]) == 0


@pytest.mark.parametrize(("words", "minutes"), [(0, 1), (1, 1), (200, 1), (201, 2), (1000, 5), (1001, 6)])
def test_minutes_are_rounded_up_and_never_zero(words: int, minutes: int) -> None:
    assert reading_minutes([" ".join(["söz"] * words)]) == minutes


def test_the_pace_can_be_changed_but_must_be_positive() -> None:
    assert WORDS_PER_MINUTE == 200
    assert reading_minutes(["bir iki üç dört"], words_per_minute=2) == 2
    with pytest.raises(ValueError, match="words_per_minute must be positive"):
        reading_minutes(["bir"], words_per_minute=0)


def test_the_module_imports_no_django() -> None:
    code = ("import sys, gazete.newsroom.readingtime\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"
