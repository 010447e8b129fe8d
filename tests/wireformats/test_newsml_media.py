"""NewsML-G2 media: a text item's links to its pictures, and picture/video items with remoteContent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from gazete.wireformats.model import ParseError, WireStory
from gazete.wireformats.newsml import parse_newsml_items
from gazete.wireformats.newsml_media import media_kind

from .conftest import WIRE_FIXTURES

NEWSML = WIRE_FIXTURES / "newsml"
G2 = 'xmlns="http://iptc.org/std/nar/2006-10-01/"'


def test_media_kinds_in_both_vocabularies() -> None:
    assert media_kind("ninat:picture") == "picture"
    assert media_kind("icls:graphic") == "graphic"
    assert media_kind("http://cv.iptc.org/newscodes/ninature/video") == "video"
    assert media_kind("ninat:text") is None and media_kind(None) is None


def test_the_picture_and_video_items_of_a_message_fill_in_the_links_of_its_text_item() -> None:
    results = parse_newsml_items((NEWSML / "aa-text-20241203-with-pictures.xml").read_bytes())
    assert len(results) == 1 and isinstance(results[0], WireStory)
    story = results[0]
    picture, linked_only, video = story.media
    # The widest rendition, relative to the payload's file.
    assert (picture.id, picture.href, picture.width, picture.height, picture.mimetype) == (
        "aa:picture:20241203:9100002", "palandoken-print.jpg", 2400, 1600, "image/jpeg")
    assert picture.caption == "Kayakseverler sezonun ilk gününde pistlerde."
    assert picture.alt_text == "Karlı bir pistte kayak yapan insanlar"
    assert (picture.byline, picture.credit) == ("Ayşe Fotoğrafçı", "Ayşe Fotoğrafçı - Anadolu Ajansı")
    assert picture.created_at == datetime(2024, 12, 3, 10, 30, tzinfo=timezone(timedelta(hours=3)))
    # A link to a picture the message does not carry: known by its AA id only (fetched through the API).
    assert (linked_only.id, linked_only.href, linked_only.type) == ("aa:picture:20241203:9100009", "", "picture")
    assert (video.type, video.href, video.video_url) == (
        "video", "palandoken-poster.jpg", "https://video.example.org/palandoken-hd.mp4")
    assert video.caption == "Palandöken'de ilk gün (video)"


def test_the_aa_text_fixture_links_its_picture_by_id() -> None:
    story = parse_newsml_items((NEWSML / "aa-text-20240612-v1.xml").read_bytes())[0]
    assert isinstance(story, WireStory)
    assert [(m.id, m.type, m.href) for m in story.media] == [("aa:picture:20240612:9000002", "picture", "")]


def test_a_text_item_without_links_gets_every_picture_of_its_message_with_the_copyright_holder() -> None:
    message = (
        f"<newsMessage {G2}><itemSet>"
        '<newsItem guid="t1"><contentSet><inlineData>ANKARA (AA) - Metin.</inlineData></contentSet></newsItem>'
        '<newsItem guid="p1"><rightsInfo><copyrightHolder literal="Örnek Ajans"/></rightsInfo>'
        '<itemMeta><itemClass qcode="ninat:picture"/></itemMeta>'
        '<contentSet><remoteContent href="https://img.example.org/a.jpg" width="900"/></contentSet></newsItem>'
        "</itemSet></newsMessage>"
    )
    story = parse_newsml_items(message.encode())[0]
    assert isinstance(story, WireStory)
    assert [(m.id, m.href, m.width, m.credit) for m in story.media] == [
        ("p1", "https://img.example.org/a.jpg", 900, "Örnek Ajans")]


def test_a_message_of_pictures_alone_is_no_story() -> None:
    message = (f"<newsMessage {G2}><itemSet><newsItem guid=\"p1\"><itemMeta><itemClass qcode=\"ninat:picture\"/>"
               "</itemMeta></newsItem></itemSet></newsMessage>")
    results = parse_newsml_items(message.encode())
    assert len(results) == 1 and isinstance(results[0], ParseError)
    assert "not a text item (picture)" in results[0].reason


def test_dates_without_zone_are_utc() -> None:
    message = (
        f"<newsMessage {G2}><itemSet>"
        '<newsItem guid="t1"><contentSet><inlineData>ANKARA (AA) - Metin.</inlineData></contentSet></newsItem>'
        '<newsItem guid="p1"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta>'
        "<contentMeta><contentCreated>2024-12-03T10:30:00</contentCreated></contentMeta>"
        '<contentSet><remoteContent href="a.jpg"/></contentSet></newsItem></itemSet></newsMessage>'
    )
    story = parse_newsml_items(message.encode())[0]
    assert isinstance(story, WireStory) and story.media[0].created_at == datetime(2024, 12, 3, 10, 30, tzinfo=UTC)
