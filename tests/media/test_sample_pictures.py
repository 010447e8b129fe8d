"""Sample pictures: drawn by code for the sample stories, marked as samples, loaded and removed with them."""

from __future__ import annotations

import io
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from PIL import Image

from gazete.media.ingest import PictureInfo, receive_picture
from gazete.media.models import Picture, Rendition, StoryPicture
from gazete.media.renditions import default_specs
from gazete.media.sample_pictures import (
    SAMPLE_AGENCY,
    SAMPLE_CREDIT,
    draw_sample_picture,
    is_sample_picture,
    remove_sample_pictures,
)
from gazete.media.selectors import lead_picture
from gazete.newsroom.models import Story
from gazete.newsroom.sample_stories import load_sample_stories, remove_sample_stories

pytestmark = pytest.mark.django_db


def test_a_sample_picture_is_a_jpeg_drawn_the_same_way_every_time() -> None:
    data = draw_sample_picture(0)
    image = Image.open(io.BytesIO(data))
    assert (image.format, image.size) == ("JPEG", (1600, 900))
    assert draw_sample_picture(0) == data
    assert draw_sample_picture(1) != data  # each story gets its own colours
    colours = image.convert("RGB").resize((64, 36)).getcolors(64 * 36)
    assert colours is not None and len(colours) > 20  # a gradient and shapes, not a blank card


def test_loading_samples_with_pictures_gives_each_sample_story_a_ready_sample_picture(media_root: Path) -> None:
    loaded = load_sample_stories(pictures=True)
    assert (loaded.stories, loaded.pictures) == (7, 7)
    pictures = list(Picture.objects.all())
    assert len(pictures) == 7 and all(is_sample_picture(p) and p.status == Picture.Status.READY for p in pictures)
    assert {p.credit for p in pictures} == {SAMPLE_CREDIT} and {p.kind for p in pictures} == {"graphic"}
    for story in Story.objects.all():
        picture = lead_picture(story)
        assert picture is not None and picture.agency == SAMPLE_AGENCY
        assert picture.alt_text and picture.caption.startswith(("Örnek resim", "Sample picture"))
        assert (story.language == "tr") == picture.caption.startswith("Örnek resim")
    assert Rendition.objects.filter(purpose="social").count() == 7
    assert load_sample_stories(pictures=True).pictures == 0  # again: nothing new, nothing drawn twice
    assert Picture.objects.count() == 7


def test_samples_without_pictures_draw_none() -> None:
    assert load_sample_stories().pictures == 0
    assert not Picture.objects.exists()


def test_removing_samples_removes_their_pictures_and_files_but_not_wire_pictures(media_root: Path) -> None:
    load_sample_stories(pictures=True)
    wire = receive_picture(PictureInfo(agency="AA", agency_id="aa:p:1"), b"not a picture")
    files = [path for path in media_root.rglob("*") if path.is_file()]
    assert len(files) == 7 * (1 + len(default_specs()))  # each: the original and its renditions
    assert remove_sample_stories() == 7
    assert list(Picture.objects.all()) == [wire]
    assert not StoryPicture.objects.exists()
    assert not [path for path in media_root.rglob("*") if path.is_file()]
    assert remove_sample_pictures() == 0


def test_the_load_samples_command_draws_pictures_unless_told_not_to(media_root: Path) -> None:
    out = StringIO()
    call_command("load_samples", "--no-pictures", stdout=out)
    assert out.getvalue() == "sample stories: 7 new, 8 versions stored, 0 sample pictures drawn\n"
    assert not Picture.objects.exists()
    out = StringIO()
    call_command("load_samples", stdout=out)
    assert out.getvalue() == "sample stories: 0 new, 0 versions stored, 7 sample pictures drawn\n"
    assert Picture.objects.filter(status=Picture.Status.READY).count() == 7
