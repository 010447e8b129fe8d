"""Comments for display: text to HTML (escaped, line breaks kept, links ``rel="nofollow ugc"``) and times."""

from __future__ import annotations

from datetime import datetime

import nh3
from django.utils import dateformat, timezone
from django.utils.html import linebreaks, urlize
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {"a", "p", "br"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
LINK_REL = "nofollow ugc noopener"


def comment_html(text: str) -> SafeString:
    """Return reader text as safe HTML: every character escaped, URLs turned into links that search
    engines do not follow, paragraphs and line breaks kept. nh3 cleans the result once more, so only
    ``<p>``, ``<br>`` and ``<a href>`` with an http(s) or mailto address can come out."""
    linked = urlize(text, trim_url_limit=60, nofollow=True, autoescape=True)
    html = linebreaks(linked, autoescape=False)
    cleaned = nh3.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, link_rel=LINK_REL,
                        url_schemes={"http", "https", "mailto"})
    return mark_safe(cleaned)  # noqa: S308 - escaped by urlize, then sanitised by nh3 just above


TIME_FORMAT = "j E Y H:i"


def comment_time_label(value: datetime) -> str:
    """Return when a comment was posted as readers see it (``3 Aralık 2026 18:40``): in the current
    time zone and interface language, the same for a server-rendered comment and one just posted."""
    return dateformat.format(timezone.localtime(value), TIME_FORMAT)
