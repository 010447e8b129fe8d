"""RSS/Atom pictures: Media RSS content and groups, enclosures, video posters; captions kept out of the body."""

from __future__ import annotations

from gazete.wireformats.feeds import parse_feed
from gazete.wireformats.model import WireStory

from .conftest import WIRE_FIXTURES

FEEDS = WIRE_FIXTURES / "feeds"


def _stories(data: bytes) -> list[WireStory]:
    results = parse_feed(data)
    assert isinstance(results, list)
    stories = [result for result in results if isinstance(result, WireStory)]
    assert len(stories) == len(results), results
    return stories


def test_media_rss_pictures_enclosures_and_a_video_poster() -> None:
    flamingo, tyres, plain = _stories((FEEDS / "media-rss-pictures.xml").read_bytes())
    photo, graphic = flamingo.media  # the enclosure naming the same file is not a second picture; audio is skipped
    assert (photo.href, photo.width, photo.height, photo.mimetype) == (
        "https://img.example.org/flamingo-1600.jpg", 1600, 1067, "image/jpeg")
    assert (photo.caption, photo.byline, photo.credit) == (
        "Van Gölü kıyısında flamingolar.", "Can Kuşçu", "Örnek Haber Ajansı")
    assert (graphic.href, graphic.mimetype) == ("https://img.example.org/map.png", "image/png")
    # feedparser folds media:description into the entry's content: the body stays the entry's own text.
    assert flamingo.body[0].text.startswith("VAN - Van Gölü kıyısında bu yıl")
    (video,) = tyres.media
    assert (video.type, video.href, video.width, video.video_url) == (
        "video", "https://img.example.org/lastik-poster-1280.jpg", 1280, "https://video.example.org/lastik.mp4")
    assert video.caption == "Denetim noktasında bir trafik polisi."
    assert plain.media == ()


def test_atom_enclosure_links() -> None:
    atom = (
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>'
        b"<entry><id>urn:x:1</id><title>Baslik</title><summary>ANKARA - Metin burada. Ikinci cumle.</summary>"
        b'<link rel="enclosure" href="https://img.example.org/c.png" type="image/png" length="10"/>'
        b'<link rel="alternate" href="https://news.example.org/1"/></entry></feed>'
    )
    (story,) = _stories(atom)
    assert [(m.href, m.mimetype) for m in story.media] == [("https://img.example.org/c.png", "image/png")]


def test_the_shipped_feed_fixtures_still_parse_without_media() -> None:
    for name in ("aa-en-rss20.xml", "aa-tr-atom.xml"):
        stories = _stories((FEEDS / name).read_bytes())
        assert stories and all(story.media == () for story in stories)
