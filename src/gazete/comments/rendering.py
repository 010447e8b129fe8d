"""Comment text to HTML: plain text escaped, line breaks kept, links marked ``rel="nofollow ugc"``."""

from __future__ import annotations

import nh3
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
