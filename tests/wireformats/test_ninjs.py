"""Tests for gazete.wireformats.ninjs: ninjs 1.x and 2.x items."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from gazete.wireformats.model import Block, ParseError, WireStory
from gazete.wireformats.ninjs import parse_ninjs, parse_ninjs_items

from .conftest import WIRE_FIXTURES

NINJS = WIRE_FIXTURES / "ninjs"


def test_ninjs_1x_item() -> None:
    story = parse_ninjs((NINJS / "aa-text-20240615-ninjs1.json").read_bytes())
    assert isinstance(story, WireStory), story
    assert (story.format, story.agency_id, story.version_number) == ("ninjs", "aa:text:20240615:9000020", 2)
    assert (story.kind, story.version) == ("ANALYSIS", None)
    assert story.headline == "What a new port means for regional trade"
    assert story.standfirst == "A deep-water port could shorten shipping routes, but financing questions remain"
    assert story.authors == ("Deniz Arslan", "John Carter")
    assert (story.dateline.place, story.agency, story.source) == ("ISLAMABAD", "AA", "Anadolu Agency")
    assert story.published_at == datetime(2024, 6, 15, 5, 5, tzinfo=UTC)
    assert story.updated_at == datetime(2024, 6, 15, 10, 20, tzinfo=UTC)
    assert (story.subjects, story.keywords, story.priority) == (("Economy",), ("port", "trade"), 3)
    assert story.body[0] == Block(
        "paragraph", "The opening of a new deep-water port could change how goods move across the region."
    )
    assert Block("subhead", "Financing") in story.body
    assert all("onerror" not in block.text for block in story.body)


def test_ninjs_2x_item() -> None:
    story = parse_ninjs((NINJS / "aa-text-20240616-ninjs2.json").read_text(encoding="utf-8"))
    assert isinstance(story, WireStory), story
    assert story.headline == "Çadır kentte çocuklar için oyun alanı açıldı"
    assert story.standfirst == "Gönüllüler çadır kentte yeni bir oyun alanı kurdu."
    assert story.authors == ("Ali Yıldız", "Zeynep Şahin")
    assert (story.language, story.source, story.dateline.place) == ("tr", "Anadolu Ajansı", "KAHRAMANMARAŞ")
    assert [b.text for b in story.body if b.type == "subhead"] == ["Psikolojik destek sürüyor"]


def test_canceled_item() -> None:
    story = parse_ninjs(json.dumps({"uri": "aa:text:1", "pubstatus": "canceled", "headline": "Gone"}))
    assert isinstance(story, WireStory) and story.withdrawn is True


def test_list_of_items() -> None:
    item = {"uri": "u1", "body_text": "ANKARA (AA) - One.", "headline": "One"}
    results = parse_ninjs_items(json.dumps({"items": [item, {**item, "uri": "u2"}, 5]}))
    assert [type(r).__name__ for r in results] == ["WireStory", "WireStory", "ParseError"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"{not json", "invalid JSON"),
        (b"\xff\xfe\xfa", "invalid JSON"),
        (b"[]", "empty ninjs list"),
        (b'"just a string"', "expected a ninjs object"),
        (b'{"uri": "x", "headline": "No body"}', "no body"),
        (b'{"uri": "x", "type": "picture"}', "not a text item"),
    ],
)
def test_bad_ninjs(data: bytes, reason: str) -> None:
    result = parse_ninjs(data)
    assert isinstance(result, ParseError)
    assert reason in result.reason
