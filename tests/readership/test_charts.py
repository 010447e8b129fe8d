"""Tests for the SVG chart of reads per day."""

from __future__ import annotations

import re
from datetime import date, timedelta

from gazete.readership.charts import daily_reads_svg, nice_ceiling


def test_nice_ceiling() -> None:
    assert [nice_ceiling(v) for v in (0, 1, 3, 7, 10, 11, 180, 4999)] == [1, 1, 5, 10, 10, 20, 200, 5000]


def test_bars_scale_to_the_highest_day_and_text_is_escaped() -> None:
    start = date(2026, 3, 1)
    series = [(start + timedelta(days=i), n) for i, n in enumerate([0, 5, 10])]
    svg = daily_reads_svg(series, title="<b>Reads</b> & more")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "&lt;b&gt;Reads&lt;/b&gt; &amp; more" in svg
    assert svg.count("<rect") == 3
    assert "2026-03-03: 10</title>" in svg
    heights = [float(h) for h in re.findall(r'<rect [^>]*height="([0-9.]+)"', svg)]
    assert heights[0] == 0.0 and heights[2] == 2 * heights[1]


def test_an_empty_series_renders() -> None:
    assert daily_reads_svg([]).count("<rect") == 0
