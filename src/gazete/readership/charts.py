"""Server-side SVG bar chart of reads per day for the back office (no JavaScript, no CDN)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

WIDTH = 720
HEIGHT = 240
MARGIN_LEFT = 48
MARGIN_BOTTOM = 28
MARGIN_TOP = 12


def nice_ceiling(value: int) -> int:
    """The smallest 1, 2 or 5 × 10ⁿ at or above ``value`` (at least 1), for the y axis."""
    if value <= 1:
        return 1
    magnitude = 1
    while True:
        for step in (1, 2, 5):
            if step * magnitude >= value:
                return step * magnitude
        magnitude *= 10


def daily_reads_svg(days: Sequence[tuple[date, int]], *, title: str = "Reads per day") -> str:
    """An accessible SVG bar chart of (day, reads) pairs, oldest first."""
    top = nice_ceiling(max((reads for _day, reads in days), default=0))
    plot_w = WIDTH - MARGIN_LEFT - 8
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    slot = plot_w / max(len(days), 1)
    bar_w = max(slot * 0.8, 1.0)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="reads-chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="reads-chart-title">',
        f'<title id="reads-chart-title">{escape(title)}</title>',
    ]
    for fraction in (0.0, 0.5, 1.0):
        y = MARGIN_TOP + plot_h * (1 - fraction)
        parts.append(f'<line x1="{MARGIN_LEFT}" y1="{y:.1f}" x2="{WIDTH - 8}" y2="{y:.1f}" stroke="#ccc"/>')
        parts.append(f'<text x="{MARGIN_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">'
                     f'{round(top * fraction)}</text>')
    label_every = max(1, len(days) // 10)
    for i, (day, reads) in enumerate(days):
        h = plot_h * reads / top
        x = MARGIN_LEFT + i * slot + (slot - bar_w) / 2
        y = MARGIN_TOP + plot_h - h
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="#1f5f99">'
                     f'<title>{day.isoformat()}: {reads}</title></rect>')
        if i % label_every == 0:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{HEIGHT - 8}" text-anchor="middle" '
                         f'font-size="10">{day:%d.%m}</text>')
    parts.append("</svg>")
    return "".join(parts)
