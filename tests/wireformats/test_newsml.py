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


def test_picture_items_of_a_message_become_the_media_of_its_text_item() -> None:
    data = (
        b'<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
        b'<newsItem guid="p"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta></newsItem>'
        b'<newsItem guid="t"><contentSet><inlineData>ANKARA (AA) - Text.</inlineData></contentSet></newsItem>'
        b"</itemSet></newsMessage>"
    )
    results = parse_newsml_items(data)
    assert len(results) == 1 and isinstance(results[0], WireStory) and results[0].agency_id == "t"
    assert results[0].media == ()  # the picture item has no file to fetch
    story = parse_newsml(data)
    assert isinstance(story, WireStory) and story.agency_id == "t"


def test_parse_datetime() -> None:
    assert parse_datetime("2024-06-12T12:08:00+03:00") == datetime(2024, 6, 12, 9, 8, tzinfo=UTC)
    assert parse_datetime("2024-06-12T09:08:00") == datetime(2024, 6, 12, 9, 8, tzinfo=UTC)
    assert parse_datetime("yesterday") is None


# ---- Other agencies' NewsML-G2 (documents written for these tests, in the agencies' shapes).

G2_ITEM = """<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="{guid}" version="2" xml:lang="en">
  <itemMeta><itemClass qcode="{item_class}"/><provider {provider}/>
    <versionCreated>2024-05-03T07:58:00Z</versionCreated><firstCreated>2024-05-03T06:40:00Z</firstCreated>
    <pubStatus qcode="{status}"/>{item_meta}</itemMeta>
  <contentMeta>{content_meta}<headline>{headline}</headline></contentMeta>
  <contentSet>{content}</contentSet>
</newsItem>"""


def g2_item(**values: str) -> str:
    """A NewsML-G2 item of our own with the given parts (defaults: a Reuters-style text item)."""
    defaults = {
        "guid": "tag:example.org,2024:item1", "item_class": "icls:text", "provider": 'qcode="nprov:REUTERS"',
        "status": "stat:usable", "item_meta": "", "headline": "Factory output rises",
        "content_meta": '<located><name>Tokyo</name><broader type="cptype:country"><name>Japan</name></broader>'
                        '</located><creator role="crol:author"><name>Kenji Ota</name></creator>',
        "content": '<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">'
                   "<body><p>TOKYO, May 3 (Reuters) - Output rose.</p><p>More.</p></body></html></inlineXML>",
    }
    return G2_ITEM.format(**{**defaults, **values})


def parse_one(document: str) -> WireStory:
    story = parse_newsml(document.encode())
    assert isinstance(story, WireStory), story
    return story


def test_icls_text_item_of_reuters() -> None:
    story = parse_one(g2_item())
    assert (story.agency, story.source, story.authors) == ("REUTERS", "Reuters", ("Kenji Ota",))
    assert (story.dateline.place, story.dateline.agency) == ("Tokyo", "Reuters")
    assert [block.text for block in story.body] == ["Output rose.", "More."]


@pytest.mark.parametrize("item_class", ["icls:picture", "ninat:video", "http://cv.iptc.org/newscodes/ninature/audio"])
def test_other_item_classes_are_refused(item_class: str) -> None:
    result = parse_newsml(g2_item(item_class=item_class).encode())
    assert isinstance(result, ParseError) and "not a text item" in result.reason


def test_news_message_with_many_items_keeps_each_text_item() -> None:
    items = "".join(g2_item(guid=f"tag:example.org,2024:{n}", item_class=cls)
                    for n, cls in enumerate(["icls:text", "icls:picture", "ninat:text"]))
    message = f'<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>{items}</itemSet></newsMessage>'
    results = parse_newsml_items(message.encode())
    # The picture item is no story (it would be the text items' media if it carried a file).
    assert [type(result).__name__ for result in results] == ["WireStory", "WireStory"]


def test_dpa_xhtml_header_is_not_body_and_von_byline_is_cleaned() -> None:
    content = ('<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>'
               '<section class="main"><header><ul class="slugline"><li>Verkehr</li><li>Bahn</li></ul>'
               '<p class="genre">Meldung</p><h1>Züge rollen wieder</h1><h4>Nach dem Streik</h4></header>'
               "<p>Berlin (dpa) - Die Züge rollen wieder.</p><p>Zweiter Absatz.</p></section></body></html>"
               "</inlineXML>")
    meta = ('<creator role="dpacreatorrole:author"><name>Von Lena Krüger, dpa</name></creator>'
            '<creator role="dpacreatorrole:author"><name>Michigan State University</name></creator>')
    story = parse_one(g2_item(provider='uri="http://www.dpa.de"', content=content, content_meta=meta, headline=""))
    assert [block.text for block in story.body] == ["Die Züge rollen wieder.", "Zweiter Absatz."]
    assert (story.headline, story.standfirst) == ("Züge rollen wieder", "Nach dem Streik")
    assert story.authors == ("Lena Krüger",)
    assert (story.agency, story.dateline.place) == ("DPA", "Berlin")


def test_inline_data_html_and_plain_text() -> None:
    html = '<inlineData contenttype="text/html"><![CDATA[<p>One.</p><p>Two.</p>]]></inlineData>'
    assert [b.text for b in parse_one(g2_item(content=html)).body] == ["One.", "Two."]
    plain = '<inlineData contenttype="text/plain">One line.\n\nAnother line.</inlineData>'
    assert [b.text for b in parse_one(g2_item(content=plain)).body] == ["One line.", "Another line."]


def test_signals_embargo_and_withheld() -> None:
    correction = parse_one(g2_item(item_meta='<signal qcode="sig:correction"/>'))
    assert correction.version == "CORRECTION"
    update = parse_one(g2_item(item_meta='<signal qcode="sig:update"/>', headline="UPDATE 2-Output rises"))
    assert (update.version, update.headline) == ("UPDATE 2", "Output rises")
    embargoed = parse_one(g2_item(item_meta="<embargoed>2024-05-04T00:00:00Z</embargoed>"))
    assert embargoed.embargoed_until == datetime(2024, 5, 4, tzinfo=UTC)
    withheld = parse_one(g2_item(status="stat:withheld", content=""))
    assert withheld.withdrawn and withheld.body == ()


def test_creator_and_contributor_roles_and_stt_dateline() -> None:
    meta = ('<creator><name>Aino Laaksonen</name></creator><creator><name>Mikko Virtanen</name></creator>'
            '<contributor role="crol:editor"><name>Desk Editor</name></contributor>'
            '<contributor role="crol:author"><name>Anna Berg</name></contributor><dateline>HELSINKI</dateline>')
    content = '<inlineData contenttype="text/plain">Kuluttajien luottamus vahvistui.</inlineData>'
    story = parse_one(g2_item(provider='literal="STT"', content_meta=meta, content=content))
    assert story.authors == ("Aino Laaksonen", "Mikko Virtanen", "Anna Berg")
    assert (story.source, story.dateline.place) == ("STT", "HELSINKI")


def test_nitf_byline_of_a_desk_names_no_author() -> None:
    content = ('<inlineXML><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.head>'
               "<byline>Sports Network</byline></body.head><body.content><p>COLUMBUS, Ohio (AP) — A win.</p>"
               "</body.content></body></nitf></inlineXML>")
    story = parse_one(g2_item(provider='literal="AP"', content_meta="", content=content))
    assert story.authors == ()
    assert (story.source, story.dateline.place, story.body[0].text) == ("Associated Press", "COLUMBUS", "A win.")
