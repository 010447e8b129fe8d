"""picture_delivered → Picture: identity from the agency id, the address or the bytes; kinds; the story link."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from gazete.media.models import Picture, StoryPicture
from gazete.media.receivers import picture_info, picture_key
from gazete.newsroom.models import Story
from gazete.newsroom.signals import picture_delivered
from gazete.wireformats.model import Media
from tests.media.images import picture_bytes


def test_the_key_is_the_agency_id_else_the_web_address_else_the_bytes() -> None:
    assert picture_key(Media(href="a.jpg", id="aa:picture:1"), b"x", "/drop/a.jpg") == "aa:picture:1"
    assert picture_key(Media(href="https://img.example.org/a.jpg"), None,
                       "https://img.example.org/a.jpg") == "https://img.example.org/a.jpg"
    by_bytes = picture_key(Media(href="a.jpg"), b"x", "/drop/a.jpg")
    assert by_bytes.startswith("sha256:") and by_bytes == picture_key(Media(href="b.jpg"), b"x", "/other/b.jpg")
    long_url = "https://img.example.org/" + "a" * 400
    assert len(picture_key(Media(href=long_url), None, long_url)) <= 300


def test_the_wire_description_maps_kinds_dates_and_keeps_local_paths_out_of_addresses() -> None:
    media = Media(href="poster.jpg", type="video", caption="c", byline="b", credit="AA", alt_text="a",
                  created_at=datetime(2024, 1, 1, tzinfo=UTC), video_url="https://v.example.org/v.mp4",
                  id="aa:video:1")
    info = picture_info("AA", media, None, "/drop/poster.jpg")
    assert (info.kind, info.agency, info.agency_id, info.source_url, info.video_url) == (
        "video", "AA", "aa:video:1", "", "https://v.example.org/v.mp4")
    assert picture_info("", Media(href="x", type="graphic"), b"", "").kind == "graphic"
    assert picture_info("", Media(href="x", video_url="javascript:alert(1)"), b"", "").video_url == ""


def test_a_wire_picture_without_alt_text_takes_the_first_sentence_of_its_caption() -> None:
    caption = "Ankara'da yeni açılan parkta çocuklar oynuyor. Park 40 dönüm. (Fotoğraf: Örnek Muhabir / AA)"
    assert picture_info("AA", Media(href="x", caption=caption), b"", "").alt_text == (
        "Ankara'da yeni açılan parkta çocuklar oynuyor.")
    assert picture_info("AA", Media(href="x", caption=caption, alt_text="Kendi metni"), b"", "").alt_text == (
        "Kendi metni")
    assert picture_info("AA", Media(href="x"), b"", "").alt_text == ""
    long_caption = "kelime " * 100
    alt = picture_info("AA", Media(href="x", caption=long_caption), b"", "").alt_text
    assert len(alt) <= 300 and alt.endswith("kelime")


@pytest.mark.django_db
def test_a_delivered_picture_is_stored_and_linked_to_its_story() -> None:
    story = Story.objects.create(headline="S", slug="s")
    replies = picture_delivered.send(sender=Story, story_id=story.pk, agency="AA",
                                     media=Media(href="", id="aa:picture:9", caption="Altyazı"),
                                     data=picture_bytes(640, 480), error="", source_url="")
    (picture,) = [reply for _, reply in replies if isinstance(reply, Picture)]
    assert (picture.agency, picture.agency_id, picture.caption, picture.status) == (
        "AA", "aa:picture:9", "Altyazı", "pending")
    assert StoryPicture.objects.filter(story=story, picture=picture).exists()
