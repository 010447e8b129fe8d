"""Tests for gazete.wireformats.feeds: RSS 2.0 and Atom entries via feedparser."""

from __future__ import annotations

from datetime import UTC, datetime

from gazete.wireformats.feeds import parse_feed
from gazete.wireformats.model import Block, ParseError, WireStory

from .conftest import WIRE_FIXTURES

FEEDS = WIRE_FIXTURES / "feeds"


def test_rss20_feed() -> None:
    stories = parse_feed((FEEDS / "aa-en-rss20.xml").read_bytes())
    assert isinstance(stories, list) and len(stories) == 2
    first, second = stories
    assert isinstance(first, WireStory) and isinstance(second, WireStory)
    assert (first.format, first.agency_id, first.version) == ("rss", "aa:text:20240612:9000001", "UPDATE 2")
    assert first.headline == "Flood waters recede in mountain villages after heavy rain"
    assert first.standfirst == "Rescue teams evacuate four villages as a precaution"
    assert first.authors == ("Mehmet Aslan", "Sara Lee")
    assert (first.dateline.place, first.agency, first.language) == ("HAKKARI, Turkey", "AA", "en")
    assert first.published_at == datetime(2024, 6, 12, 11, 40, tzinfo=UTC)
    assert first.body == (
        Block("paragraph", "Flood waters began to recede on Wednesday in several mountain villages, officials said."),
        Block("subhead", "Roads reopened"),
        Block("paragraph", "Two roads closed by landslides were reopened."),
    )
    assert first.keywords == ("Turkey",)
    assert second.standfirst is None
    assert second.body[0].text.startswith("A museum on Wednesday")
    assert second.published_at == datetime(2024, 6, 12, 5, 0, tzinfo=UTC)


def test_atom_feed() -> None:
    stories = parse_feed((FEEDS / "aa-tr-atom.xml").read_bytes())
    assert isinstance(stories, list) and len(stories) == 1
    story = stories[0]
    assert isinstance(story, WireStory)
    assert (story.format, story.language, story.source) == ("atom", "tr", "Anadolu Ajansı")
    assert story.authors == ("Hasan Çelik",)
    assert story.dateline.place == "ANKARA"
    assert story.url == "https://www.aa.com.tr/tr/ornek/kutuphane-haftasi/9000010"


def test_feed_without_aa_credit() -> None:
    rss = (
        b'<rss version="2.0"><channel><title>Town news</title><item><title>Fair opens</title>'
        b"<guid>t1</guid><description>The fair opened on Monday.</description></item></channel></rss>"
    )
    stories = parse_feed(rss)
    assert isinstance(stories, list)
    assert isinstance(stories[0], WireStory) and stories[0].agency is None and stories[0].language == "en"


def test_empty_entry_is_an_error_value() -> None:
    rss = b'<rss version="2.0"><channel><title>T</title><item><title>Empty</title></item></channel></rss>'
    stories = parse_feed(rss)
    assert isinstance(stories, list) and isinstance(stories[0], ParseError)


def test_not_a_feed() -> None:
    assert isinstance(parse_feed(b"just text"), ParseError)
    assert isinstance(parse_feed(b""), ParseError)


def test_atom_entry_of_another_agency_reads_profile_byline_and_dateline() -> None:
    feed = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Sample written for gazete tests: an Atom feed in the shape of an agency service feed. -->
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es"><title>Servicio general</title><id>urn:x</id>
<updated>2024-04-15T09:30:00Z</updated><author><name>Agencia EFE</name></author>
<entry><title>Plan de ayudas</title><id>urn:x:1</id><published>2024-04-15T09:12:00Z</published>
<updated>2024-04-15T09:12:00Z</updated><author><name>Por María Ortega</name></author>
<content type="html">&lt;p&gt;Madrid, 15 abr (EFE).- El Gobierno aprobó un plan.&lt;/p&gt;</content></entry></feed>"""
    [story] = parse_feed(feed.encode())
    assert isinstance(story, WireStory), story
    assert (story.source, story.authors, story.dateline.place) == ("EFE", ("María Ortega",), "Madrid")
    assert story.body[0].text == "El Gobierno aprobó un plan."
