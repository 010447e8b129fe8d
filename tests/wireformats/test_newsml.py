"""Tests for gazete.wireformats.newsml: NewsML-G2 (AA newsml29) items, versions, cancels, bad XML."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from gazete.wireformats.model import Block, ParseError, WireStory
from gazete.wireformats.newsml import parse_datetime, parse_newsml, parse_newsml_items

from .conftest import WIRE_FIXTURES

NEWSML = WIRE_FIXTURES / "newsml"


def parse_fixture(name: str) -> WireStory:
    """Parse a NewsML fixture that must give a story."""
    story = parse_newsml((NEWSML / name).read_bytes())
    assert isinstance(story, WireStory), story
    return story


def test_first_version() -> None:
    story = parse_fixture("aa-text-20240612-v1.xml")
    assert story.format == "newsml"
    assert story.agency_id == "aa:text:20240612:9000001"
    assert (story.version_number, story.version, story.kind) == (1, None, None)
    assert story.headline == "Flood waters recede in mountain villages after heavy rain"
    assert story.standfirst == "Rescue teams evacuate four villages as a precaution"
    assert story.authors == ("Mehmet Aslan", "Sara Lee")
    assert (story.dateline.place, story.dateline.agency) == ("HAKKARI, Turkey", "AA")
    assert (story.agency, story.source, story.language) == ("AA", "Anadolu Agency", "en")
    assert story.published_at == datetime(2024, 6, 12, 9, 8, tzinfo=UTC)
    assert story.updated_at == datetime(2024, 6, 12, 9, 10, tzinfo=UTC)
    assert (story.subjects, story.keywords, story.priority) == (("Genel",), ("flood", "Hakkari"), 3)
    assert story.withdrawn is False
    assert story.body == (
        Block("paragraph", "Flood waters began to recede on Wednesday in several mountain villages hit by two "
              "days of heavy rain, officials said."),
        Block("paragraph", "Rescue teams evacuated residents of four villages as a precaution, the governor's "
              "office said."),
        Block("subhead", "Roads reopened"),
        Block("paragraph", "Two roads closed by landslides were reopened to traffic in the afternoon."),
        Block("subhead", "Schools stay closed"),
        Block("paragraph", "Schools in the affected districts will stay closed until Friday."),
    )


def test_update_version_has_same_guid_and_higher_rank() -> None:
    first = parse_fixture("aa-text-20240612-v1.xml")
    update = parse_fixture("aa-text-20240612-v2-update.xml")
    assert update.agency_id == first.agency_id
    assert (update.version, update.version_number) == ("UPDATE", 2)
    assert update.version_rank > first.version_rank
    assert update.headline == first.headline
    assert update.updated_at is not None and first.updated_at is not None
    assert update.updated_at > first.updated_at
    assert update.body != first.body


def test_canceled_item_is_withdrawn() -> None:
    story = parse_fixture("aa-text-20240612-canceled.xml")
    assert story.withdrawn is True
    assert story.agency_id == "aa:text:20240612:9000001"
    assert story.version_number == 3
    assert story.body == ()


def test_turkish_item_takes_dateline_and_language() -> None:
    story = parse_fixture("aa-text-20240613-tr.xml")
    assert (story.language, story.source) == ("tr", "Anadolu Ajansı")
    assert story.dateline.place == "ANKARA"
    assert story.body[0].text.startswith("Kütüphane haftası")
    assert story.authors == ("Hasan Çelik",)


def test_malformed_xml_gives_the_lxml_message() -> None:
    result = parse_newsml((NEWSML / "aa-text-malformed.xml").read_bytes())
    assert isinstance(result, ParseError)
    assert result.reason.startswith("malformed XML: ")
    assert "Premature end of data" in result.reason


def test_external_entities_are_not_resolved() -> None:
    story = parse_fixture("xxe-entity.xml")
    text = " ".join(block.text for block in story.body)
    assert text == "Before after."
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        assert hostname.read_text().strip() not in text


def test_entity_expansion_bomb_is_not_expanded() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE n [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x"><contentSet>'
        b"<inlineData>ANKARA (AA) - &c; end.</inlineData></contentSet></newsItem>"
    )
    story = parse_newsml(bomb)
    assert isinstance(story, WireStory)
    assert "aaaa" not in story.body[0].text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "malformed XML"),
        (b"<html><body>not newsml</body></html>", "no NewsML-G2 newsItem"),
        ('<?xml version="1.0" encoding="UTF-8"?><a>', "malformed XML"),
    ],
)
def test_bad_documents(data: bytes | str, reason: str) -> None:
    result = parse_newsml(data)
    assert isinstance(result, ParseError)
    assert reason in result.reason


def test_item_without_body_is_an_error() -> None:
    data = b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x"><contentMeta/></newsItem>'
    result = parse_newsml(data)
    assert isinstance(result, ParseError) and "no body" in result.reason


def test_picture_items_are_skipped_in_a_message() -> None:
    data = (
        b'<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
        b'<newsItem guid="p"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta></newsItem>'
        b'<newsItem guid="t"><contentSet><inlineData>ANKARA (AA) - Text.</inlineData></contentSet></newsItem>'
        b"</itemSet></newsMessage>"
    )
    results = parse_newsml_items(data)
    assert isinstance(results[0], ParseError) and "not a text item" in results[0].reason
    story = parse_newsml(data)
    assert isinstance(story, WireStory) and story.agency_id == "t"


def test_parse_datetime() -> None:
    assert parse_datetime("2024-06-12T12:08:00+03:00") == datetime(2024, 6, 12, 9, 8, tzinfo=UTC)
    assert parse_datetime("2024-06-12T09:08:00") == datetime(2024, 6, 12, 9, 8, tzinfo=UTC)
    assert parse_datetime("yesterday") is None
