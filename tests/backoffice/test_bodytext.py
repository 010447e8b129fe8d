"""Tests for backoffice.bodytext: the textarea format reads and writes body blocks without loss."""

from __future__ import annotations

import pytest

from gazete.backoffice.bodytext import blocks_to_text, text_to_blocks


def p(text: str) -> dict[str, str]:
    return {"type": "paragraph", "text": text}


def test_paragraphs_subheads_and_quotes_are_read() -> None:
    text = "ANKARA - First paragraph\nwraps here.\n\n- A subhead\n\n> A quote\n> on two lines\n\nLast."
    assert text_to_blocks(text) == [
        p("ANKARA - First paragraph wraps here."),
        {"type": "subhead", "text": "A subhead"},
        {"type": "quote", "text": "A quote on two lines"},
        p("Last."),
    ]


def test_a_subhead_line_directly_above_a_paragraph_is_its_own_block() -> None:
    assert text_to_blocks("- Heading\nText under it.") == [
        {"type": "subhead", "text": "Heading"}, p("Text under it.")]


def test_windows_line_endings_and_blank_noise_are_ignored() -> None:
    assert text_to_blocks("\r\n\r\nOne.\r\n\r\n\r\nTwo.\r\n  \r\n") == [p("One."), p("Two.")]


@pytest.mark.parametrize("blocks", [
    [p("Plain."), {"type": "subhead", "text": "Sub"}, {"type": "quote", "text": "Said so."}],
    [p("- 5 degrees overnight"), p("> not a quote"), p("\\ backslash first"), p("-")],
    [{"type": "quote", "text": "One"}, {"type": "quote", "text": "Two"}],
])
def test_blocks_survive_a_round_trip(blocks: list[dict[str, str]]) -> None:
    assert text_to_blocks(blocks_to_text(blocks)) == blocks


def test_empty_text_gives_no_blocks() -> None:
    assert text_to_blocks("   \n\n ") == []
