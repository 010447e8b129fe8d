"""Server-rendered SVG charts for the moderators' numbers page (no JavaScript, no CDN)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from gazete.comments.selectors import DailyCounts

WIDTH = 760
ROW_HEIGHT = 96
LABEL_WIDTH = 150
TOP = 28
APPROVED_COLOUR = "#2e7d32"
REJECTED_COLOUR = "#c62828"


def rule_chart_svg(series: Mapping[str, Sequence[DailyCounts]], labels: Mapping[str, str]) -> str:
    """Return an SVG with one row per rule: approvals (green) and rejections (red) per day as bars.

    Each row is scaled to its own busiest day, whose count is written at the row's left. The
    chart's words are in the interface language.
    """
    approved_word, rejected_word = escape(pgettext("chart", "approved")), escape(pgettext("chart", "rejected"))
    title = escape(_("Approved and rejected comments per rule per day"))
    codes = list(series)
    days = len(next(iter(series.values()), []))
    height = TOP + ROW_HEIGHT * len(codes) + 24
    plot_width = WIDTH - LABEL_WIDTH - 10
    slot = plot_width / max(days, 1)
    bar = max(1.0, slot / 2 - 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
        f'height="{height}" role="img" aria-labelledby="chart-title" font-family="system-ui, sans-serif" '
        f'font-size="12">',
        f'<title id="chart-title">{title}</title>',
        f'<rect x="{LABEL_WIDTH}" y="6" width="12" height="12" fill="{APPROVED_COLOUR}"/>'
        f'<text x="{LABEL_WIDTH + 16}" y="16">{approved_word}</text>'
        f'<rect x="{LABEL_WIDTH + 90}" y="6" width="12" height="12" fill="{REJECTED_COLOUR}"/>'
        f'<text x="{LABEL_WIDTH + 106}" y="16">{rejected_word}</text>',
    ]
    for row, code in enumerate(codes):
        counts = series[code]
        top = TOP + row * ROW_HEIGHT
        base = top + ROW_HEIGHT - 22
        peak = max([max(c.approved, c.rejected) for c in counts] + [0])
        scale = (ROW_HEIGHT - 32) / max(peak, 1)
        label = escape(labels.get(code, code))
        parts.append(f'<text x="4" y="{top + 30}" font-weight="600">{label}</text>')
        peak_words = escape(_("max %(count)s/day") % {"count": peak})
        parts.append(f'<text x="4" y="{top + 46}" fill="#555">{peak_words}</text>')
        parts.append(f'<line x1="{LABEL_WIDTH}" y1="{base}" x2="{WIDTH - 10}" y2="{base}" stroke="#999"/>')
        for index, day in enumerate(counts):
            x = LABEL_WIDTH + index * slot
            for offset, value, colour, word in ((0, day.approved, APPROVED_COLOUR, approved_word),
                                                (bar + 1, day.rejected, REJECTED_COLOUR, rejected_word)):
                h = value * scale
                parts.append(
                    f'<rect x="{x + offset:.1f}" y="{base - h:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                    f'fill="{colour}"><title>{label} {day.day.isoformat()}: {value} {word}</title></rect>'
                )
            if row == len(codes) - 1 and (index % max(1, days // 7) == 0):
                parts.append(f'<text x="{x:.1f}" y="{base + 16}" fill="#555">{day.day.strftime("%d.%m")}</text>')
    parts.append("</svg>")
    return "".join(parts)
