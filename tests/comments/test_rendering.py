"""Tests for gazete.comments.rendering: comment text is escaped and links are nofollow ugc."""

from __future__ import annotations

from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from django.utils import translation

from gazete.comments.rendering import comment_html, comment_time_label

# XSS payloads written for gazete tests; each must come out as inert text (also used by the browser test).
XSS_PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=1">',
    '"><svg onload=window.__xss=1>',
    "javascript:window.__xss=1",
    '<a href="javascript:window.__xss=1">tıkla</a>',
    "<iframe src=javascript:window.__xss=1></iframe>",
    'http://example.org/"onmouseover="window.__xss=1"x',
    "<details open ontoggle=window.__xss=1>",
    "&lt;script&gt;window.__xss=1&lt;/script&gt;",
    "www.example.org/<script>window.__xss=1</script>",
    "<style>@import 'javascript:window.__xss=1'</style>",
    "{{ 7*7 }} {% csrf_token %} ${alert(1)}",
]


class TagCollector(HTMLParser):
    """Collect (tag, attributes) of every start tag."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    collector = TagCollector()
    collector.feed(html)
    return collector.tags


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_payloads_come_out_as_text_with_only_safe_tags(payload: str) -> None:
    for tag, attrs in tags_of(str(comment_html(payload))):
        assert tag in {"p", "br", "a"}
        if tag == "a":
            assert set(attrs) == {"href", "rel"} and attrs["rel"] == "nofollow ugc noopener"
            assert attrs["href"].startswith(("http://", "https://", "mailto:"))
            assert '"' not in attrs["href"] and "<" not in attrs["href"]
        else:
            assert attrs == {}


def test_a_script_payload_is_shown_as_the_reader_wrote_it() -> None:
    assert str(comment_html("<script>x</script>")) == "<p>&lt;script&gt;x&lt;/script&gt;</p>"


def test_links_are_nofollow_ugc_and_text_keeps_its_lines() -> None:
    html = str(comment_html("Kaynak: https://example.org/haber?a=1&b=2\nİkinci satır"))
    assert '<a href="https://example.org/haber?a=1&amp;b=2" rel="nofollow ugc noopener">' in html
    assert "<br>" in html and "İkinci satır" in html


def test_entities_written_by_a_reader_stay_visible_as_written() -> None:
    assert "&amp;lt;b&amp;gt;" in str(comment_html("&lt;b&gt;"))


def test_a_comment_time_reads_in_the_site_time_zone_and_interface_language() -> None:
    moment = datetime(2026, 12, 3, 15, 40, 12, 123456, tzinfo=UTC)
    with translation.override("tr"):
        assert comment_time_label(moment) == "3 Aralık 2026 18:40"
    with translation.override("en"):
        assert comment_time_label(moment) == "3 December 2026 18:40"
