"""Tests for gazete.wireformats.limits and the limits as every parser meets them (via parse_payload)."""

from __future__ import annotations

import json
import time

import pytest

from gazete.wireformats import ParseError, WireStory, parse_payload
from gazete.wireformats.limits import (
    MAX_HTML_DEPTH,
    MAX_JSON_DEPTH,
    MAX_PAYLOAD_BYTES,
    LimitExceeded,
    check_html_depth,
    check_json_depth,
    guarded,
    html_depth_exceeds,
    json_depth,
)

from .conftest import WIRE_FIXTURES


def test_json_depth_skips_strings() -> None:
    assert json_depth('{"a": [1, {"b": "[[[[{{{"}]}') == 3
    assert json_depth("[]") == 1 and json_depth('"just a string"') == 0
    assert json_depth("[" * 1000, stop_above=5) == 6


def test_html_depth_ignores_void_and_self_closing_elements() -> None:
    flat = "<p>x<br>y<img src='a'/></p>" * 1000
    assert not html_depth_exceeds(flat)
    assert html_depth_exceeds("<div>" * (MAX_HTML_DEPTH + 1))
    assert not html_depth_exceeds("<div>" * MAX_HTML_DEPTH + "</div>" * MAX_HTML_DEPTH)
    with pytest.raises(LimitExceeded):
        check_html_depth("<span>" * 1000)
    with pytest.raises(LimitExceeded):
        check_json_depth("[" * (MAX_JSON_DEPTH + 1))


def test_guarded_turns_limits_and_recursion_into_parse_errors() -> None:
    def too_deep() -> None:
        raise LimitExceeded("HTML nested deeper than 200 levels")

    def recursion() -> None:
        raise RecursionError

    assert guarded("ninjs", too_deep) == ParseError("ninjs", "HTML nested deeper than 200 levels")
    assert guarded("ninjs", recursion) == ParseError("ninjs", "nested too deeply to read")


def single_error(data: bytes, filename: str | None = None) -> ParseError:
    [result] = parse_payload(data, filename=filename)
    assert isinstance(result, ParseError), result
    return result


def test_json_nested_100000_deep_is_refused_quickly() -> None:
    started = time.perf_counter()
    error = single_error(b"[" * 100_000 + b"]" * 100_000)
    assert "nested deeper than" in error.reason
    assert time.perf_counter() - started < 5  # a generous bound: the old code raised RecursionError


def test_ninjs_body_html_nested_100000_deep_is_refused_quickly() -> None:
    item = {"uri": "x:1", "type": "text", "headline": "Deep", "body_html": "<div>" * 100_000 + "text"}
    started = time.perf_counter()
    error = single_error(json.dumps(item).encode())
    assert error.reason == f"HTML nested deeper than {MAX_HTML_DEPTH} levels"
    assert time.perf_counter() - started < 5  # the sanitiser alone took two minutes on this


def test_newsml_deeper_than_libxml_allows_is_refused() -> None:
    head = b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/">'
    error = single_error(head + b"<a>" * 5000 + b"</a>" * 5000 + b"</newsItem>")
    assert "Excessive depth" in error.reason


def test_payload_over_the_size_limit_is_refused_with_its_size() -> None:
    data = b"<NewsML>" + b" " * MAX_PAYLOAD_BYTES + b"</NewsML>"
    error = single_error(data)
    assert error.reason.startswith(f"payload of {len(data):,} bytes is larger than")


def test_story_body_over_the_length_limit_is_refused() -> None:
    item = {"uri": "x:1", "type": "text", "headline": "Long", "body_text": ("word " * 200 + "\n") * 1200}
    error = single_error(json.dumps(item).encode())
    assert "longer than the 1,000,000-character limit" in error.reason


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_text_with_bom_is_read(codec: str) -> None:
    text = (WIRE_FIXTURES / "pagetext" / "tr-reporters-in-dateline.txt").read_text(encoding="utf-8")
    data = text.encode(codec) if codec == "utf-16" else b"\xfe\xff" + text.encode(codec)
    [story] = parse_payload(data, filename="story.txt")
    assert isinstance(story, WireStory), story
    [expected] = parse_payload(text.encode("utf-8"), filename="story.txt")
    assert story == expected


def test_utf16_newsml_with_its_declaration_is_read() -> None:
    xml = (WIRE_FIXTURES / "newsml" / "aa-text-20240613-tr.xml").read_text(encoding="utf-8")
    xml = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    [story] = parse_payload(xml.encode("utf-16"))
    assert isinstance(story, WireStory), story
    assert story.language == "tr"
