"""Tests for gazete.wireformats.detect: sniffing a payload's format and dispatching it."""

from __future__ import annotations

import pytest

from gazete.wireformats import ParseError, WireStory, parse_payload, sniff_format

from .conftest import WIRE_FIXTURES


@pytest.mark.parametrize(
    ("relative", "fmt"),
    [
        ("newsml/aa-text-20240612-v1.xml", "newsml"),
        ("feeds/aa-en-rss20.xml", "feed"),
        ("feeds/aa-tr-atom.xml", "feed"),
        ("ninjs/aa-text-20240615-ninjs1.json", "ninjs"),
        ("pagetext/en-by-three-authors.txt", "text"),
        ("pagetext/binary-garbage.bin", "binary"),
    ],
)
def test_sniff_format(relative: str, fmt: str) -> None:
    assert sniff_format((WIRE_FIXTURES / relative).read_bytes()) == fmt


@pytest.mark.parametrize(
    ("relative", "formats"),
    [
        ("newsml/aa-text-20240612-v2-update.xml", ["newsml"]),
        ("feeds/aa-en-rss20.xml", ["rss", "rss"]),
        ("feeds/aa-tr-atom.xml", ["atom"]),
        ("ninjs/aa-text-20240616-ninjs2.json", ["ninjs"]),
        ("pagetext/tr-reporters-in-dateline.txt", ["pagetext"]),
    ],
)
def test_parse_payload_dispatches(relative: str, formats: list[str]) -> None:
    results = parse_payload((WIRE_FIXTURES / relative).read_bytes(), filename=relative)
    assert all(isinstance(result, WireStory) for result in results), results
    assert [result.format for result in results] == formats


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   ",
        (WIRE_FIXTURES / "pagetext" / "binary-garbage.bin").read_bytes(),
        bytes(range(1, 32)) * 20,
        (WIRE_FIXTURES / "newsml" / "aa-text-malformed.xml").read_bytes(),
    ],
)
def test_bad_payloads_give_parse_errors(data: bytes) -> None:
    results = parse_payload(data)
    assert len(results) == 1 and isinstance(results[0], ParseError)


def test_windows_1254_text_is_decoded() -> None:
    text = "Kütüphane haftası başladı\n\nANKARA (AA) - Kütüphane haftası dolayısıyla etkinlikler düzenlendi."
    results = parse_payload(text.encode("cp1254"))
    assert isinstance(results[0], WireStory)
    assert results[0].dateline.place == "ANKARA" and results[0].language == "tr"


def test_html_page_is_read_as_page_text() -> None:
    html = (
        b"<!doctype html><html><body><h1>Bridge reopens after repairs</h1><p>By Ali Veli</p>"
        b"<p>ANKARA (AA) - The bridge reopened on Monday.</p><h2>Traffic</h2><p>Traffic is light.</p>"
        b"<script>x()</script></body></html>"
    )
    story = parse_payload(html, filename="page.html")[0]
    assert isinstance(story, WireStory), story
    assert (story.headline, story.authors, story.dateline.place) == (
        "Bridge reopens after repairs", ("Ali Veli",), "ANKARA",
    )
    assert [b.text for b in story.body if b.type == "subhead"] == ["Traffic"]


def test_str_payload_is_accepted() -> None:
    results = parse_payload("Headline here for a test\n\nISTANBUL (AA) - Body text.")  # type: ignore[arg-type]
    assert isinstance(results[0], WireStory)
