"""Comment text with the engine's spans marked, for the moderators' screens."""

from __future__ import annotations

from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def highlighted(text: str, reasons: list[dict[str, Any]]) -> SafeString:
    """Return ``text`` escaped with each reason's spans wrapped in ``<mark data-code=...>``.

    Overlapping spans are merged into the first; spans outside the text are ignored.
    """
    marks: list[tuple[int, int, str]] = []
    for reason in reasons:
        for span in reason.get("spans", []):
            start, end = int(span["start"]), int(span["end"])
            if 0 <= start < end <= len(text):
                marks.append((start, end, str(reason.get("code", ""))))
    marks.sort()
    out: list[str] = []
    position = 0
    for start, end, code in marks:
        if start < position:
            continue
        out.append(escape(text[position:start]))
        out.append(f'<mark data-code="{escape(code)}" title="{escape(code)}">{escape(text[start:end])}</mark>')
        position = end
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece of text is escaped above
