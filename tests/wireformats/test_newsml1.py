"""Tests for gazete.wireformats.newsml1: NewsML 1.2 documents (AFP-style, Latin-1), statuses, bad input."""

from __future__ import annotations

from datetime import UTC, datetime

from gazete.wireformats.model import ParseError, WireStory
from gazete.wireformats.newsml1 import can_read, parse_newsml1_items

from .conftest import WIRE_FIXTURES

AFP_UPDATE = WIRE_FIXTURES / "newsml1" / "afp-fr-latin1-update.xml"

MINIMAL = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Sample written for gazete tests. -->
<NewsML Version="1.2"><NewsItem>
  <Identification><NewsIdentifier><ProviderId>example.org</ProviderId><NewsItemId>N-1</NewsItemId>
  <RevisionId PreviousRevision="0" Update="N">1</RevisionId></NewsIdentifier></Identification>
  <NewsManagement><FirstCreated>20240101T100000Z</FirstCreated><Status FormalName="{status}"/>{will_change}
  </NewsManagement>
  <NewsComponent><NewsLines><HeadLine>A headline</HeadLine></NewsLines>
  <ContentItem><MediaType FormalName="Text"/><DataContent>{content}</DataContent></ContentItem></NewsComponent>
</NewsItem></NewsML>"""


def minimal(status: str = "Usable", content: str = "First line.\n\nSecond line.", will_change: str = "") -> bytes:
    """A small NewsML 1.2 document of our own with the given status and content."""
    return MINIMAL.format(status=status, content=content, will_change=will_change).encode()


def test_can_read_knows_newsml1_from_g2() -> None:
    assert can_read(AFP_UPDATE.read_bytes()[:4096])
    assert not can_read(b'<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">')


def test_afp_update_in_latin1() -> None:
    [story] = parse_newsml1_items(AFP_UPDATE.read_bytes())
    assert isinstance(story, WireStory), story
    assert story.headline == "Grève: le trafic reprend à la gare de Marseille"
    assert story.standfirst == "Les trains régionaux circulent de nouveau"
    assert story.authors == ("Hélène Duval", "Marc Aubry")
    assert (story.agency, story.source, story.language) == ("AFP", "Agence France-Presse", "fr")
    assert (story.dateline.place, story.dateline.agency) == ("Marseille", "AFP")
    assert [block.text[:20] for block in story.body] == ["Le trafic ferroviair", "Les syndicats ont si"]
    assert (story.version, story.version_number) == ("UPDATE", 2)
    assert story.agency_id == "urn:newsml:afp.com:20240702:TX-PAR-ZZA17:2"
    assert story.published_at == datetime(2024, 7, 2, 12, 5, tzinfo=UTC)
    assert story.updated_at == datetime(2024, 7, 2, 12, 28, tzinfo=UTC)
    assert story.subject_codes == ("subj:04000000",)
    assert story.priority == 3


def test_plain_text_content_and_generated_id() -> None:
    [story] = parse_newsml1_items(minimal())
    assert isinstance(story, WireStory), story
    assert [block.text for block in story.body] == ["First line.", "Second line."]
    assert story.agency_id == "example.org:N-1"
    assert story.version is None


def test_canceled_is_withdrawn_and_embargo_is_kept() -> None:
    [canceled] = parse_newsml1_items(minimal(status="Canceled", content=""))
    assert isinstance(canceled, WireStory) and canceled.withdrawn
    will_change = '<StatusWillChange><FutureStatus FormalName="Usable"/><DateAndTime>20240105T060000Z</DateAndTime>' \
                  '</StatusWillChange>'
    [held] = parse_newsml1_items(minimal(status="Embargoed", will_change=will_change))
    assert isinstance(held, WireStory)
    assert held.embargoed_until == datetime(2024, 1, 5, 6, 0, tzinfo=UTC)


def test_bad_documents_give_reasons() -> None:
    [empty] = parse_newsml1_items(minimal(content=""))
    assert isinstance(empty, ParseError) and "no text content" in empty.reason
    [broken] = parse_newsml1_items(b"<NewsML><NewsItem>")
    assert isinstance(broken, ParseError) and broken.reason.startswith("malformed XML")
    [none] = parse_newsml1_items(b"<NewsML Version='1.2'/>")
    assert isinstance(none, ParseError) and "no NewsML 1.x NewsItem" in none.reason


def test_nitf_head_byline_and_dateline_and_a_caption_component_passed_over() -> None:
    document = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Sample written for gazete tests. -->
<NewsML Version="1.2"><NewsItem>
  <Identification><NewsIdentifier><ProviderId>afp.com</ProviderId><NewsItemId>N-2</NewsItemId>
  <RevisionId>1</RevisionId></NewsIdentifier></Identification>
  <NewsManagement><FirstCreated>20240101T100000Z</FirstCreated><Status FormalName="Usable"/></NewsManagement>
  <NewsComponent><NewsLines><HeadLine>Floods in the north</HeadLine></NewsLines>
    <NewsComponent><Role FormalName="Caption"/><ContentItem><MediaType FormalName="Text"/>
      <DataContent>A caption under a photo.</DataContent></ContentItem></NewsComponent>
    <NewsComponent><Role FormalName="Main"/><ContentItem><MediaType FormalName="Text"/><DataContent>
      <nitf><body><body.head><byline>By Anne LEROY</byline><dateline>LILLE, Jan 1 (AFP)</dateline></body.head>
      <body.content><p>LILLE, Jan 1 (AFP) - Rivers burst their banks.</p></body.content></body></nitf>
    </DataContent></ContentItem></NewsComponent>
  </NewsComponent>
</NewsItem></NewsML>"""
    [story] = parse_newsml1_items(document.encode())
    assert isinstance(story, WireStory), story
    assert [block.text for block in story.body] == ["Rivers burst their banks."]
    assert (story.authors, story.dateline.place, story.source) == (("Anne Leroy",), "LILLE", "Agence France-Presse")
