"""Tests for gazete.wireformats.pagetimes: the publication time printed on portal pages."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from gazete.wireformats.pagetext import parse_page_text
from gazete.wireformats.pagetimes import find_page_time, match_page_time


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("KAHRAMANMARAŞ 15.02.2023, 20:12", datetime(2023, 2, 15, 17, 12, tzinfo=UTC)),
        ("12.03.2024 14:55 ANKARA (AA) - Text", datetime(2024, 3, 12, 11, 55, tzinfo=UTC)),
        ("Yayınlanma: 16 Aralık 2017 - 14:25 | Güncelleme: 16 Aralık 2017 - 15:30",
         datetime(2017, 12, 16, 11, 25, tzinfo=UTC)),
        ("Published 3 July 2024 09:05", datetime(2024, 7, 3, 6, 5, tzinfo=UTC)),
        ("Burc Eruygur   |12.07.2023 - Update : 12.07.2023", None),
        ("31.02.2024 10:00", None),
        ("The 2024 budget passed 12 to 3.", None),
    ],
)
def test_match_page_time(line: str, expected: datetime | None) -> None:
    assert match_page_time(line) == expected


def test_only_the_first_lines_are_searched() -> None:
    text = "\n".join(["Headline"] + ["Paragraph."] * 30 + ["12.03.2024 14:55"])
    assert find_page_time(text) is None


def test_page_text_story_carries_the_printed_time() -> None:
    story = parse_page_text(
        "Kütüphane haftası başladı\n\nANKARA 12.03.2024 14:55\n\n"
        "ANKARA (AA) - Kütüphane haftası dolayısıyla etkinlikler düzenlendi.\n\nKaynak: AA\n"
    )
    assert story.published_at == datetime(2024, 3, 12, 11, 55, tzinfo=UTC)
