"""Tests for gazete.wireformats.html_blocks: nh3 sanitising and HTML → blocks."""

from __future__ import annotations

from gazete.wireformats.html_blocks import html_to_blocks, html_to_text, sanitise_html
from gazete.wireformats.model import Block


def test_sanitise_removes_scripts_and_handlers() -> None:
    cleaned = sanitise_html('<p onclick="x()">Hi<script>alert(1)</script><img src=x onerror=y></p>')
    assert "script" not in cleaned and "onclick" not in cleaned and "onerror" not in cleaned
    assert "Hi" in cleaned


def test_blocks_from_html() -> None:
    html = (
        "<p>First <b>para</b>\n  wrapped.<br/>Second line.</p><h2>A subhead</h2><p>- Dash subhead</p>"
        "<blockquote>A quote</blockquote><div><p>Nested.</p></div><ul><li>Item.</li></ul>Loose tail."
    )
    assert html_to_blocks(html) == (
        Block("paragraph", "First para wrapped."),
        Block("paragraph", "Second line."),
        Block("subhead", "A subhead"),
        Block("subhead", "Dash subhead"),
        Block("quote", "A quote"),
        Block("paragraph", "Nested."),
        Block("paragraph", "Item."),
        Block("paragraph", "Loose tail."),
    )


def test_plain_text_body() -> None:
    assert html_to_blocks("One.\n\nTwo.") == (Block("paragraph", "One."), Block("paragraph", "Two."))


def test_empty_and_script_only() -> None:
    assert html_to_blocks("") == ()
    assert html_to_blocks("<script>alert(1)</script>") == ()


def test_html_to_text() -> None:
    assert html_to_text("<p>A <i>b</i></p><p>C &amp; D</p>") == "A b C & D"
