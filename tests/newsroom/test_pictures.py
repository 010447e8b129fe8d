"""Tests for newsroom.pictures: the seam through which pages get pictures from whoever keeps them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from gazete.media.page_images import MediaPictures
from gazete.newsroom import pictures
from gazete.newsroom.models import Story
from gazete.newsroom.pictures import ImageFile, ImageSource, NoPictures, PageImage

pytestmark = pytest.mark.django_db

IMAGE = PageImage(sources=(ImageSource("image/webp", "/a-360.webp 360w"),),
                  fallback=ImageFile("/a-360.webp", 360, 240, "image/webp"), alt="A quay", credit="AA")


class OnePicture:
    """A provider that gives every story the same picture and records what it was asked."""

    def __init__(self) -> None:
        self.asked: list[list[int]] = []

    def lead_image(self, story: Story) -> PageImage | None:
        self.asked.append([story.pk])
        return IMAGE

    def lead_images(self, stories: Sequence[Story]) -> dict[int, PageImage]:
        self.asked.append([story.pk for story in stories])
        return {story.pk: IMAGE for story in stories}


@pytest.fixture
def provider() -> Iterator[OnePicture]:
    before = pictures.current_provider()
    one = OnePicture()
    pictures.register_provider(one)
    yield one
    pictures.register_provider(before)


def test_the_media_app_registers_its_provider_when_it_starts() -> None:
    assert isinstance(pictures.current_provider(), MediaPictures)


def test_pages_ask_the_registered_provider_once_per_list(provider: OnePicture) -> None:
    first = Story.objects.create(headline="A", slug="a")
    second = Story.objects.create(headline="B", slug="b")
    assert pictures.lead_image(first) is IMAGE
    assert pictures.lead_images([first, second]) == {first.pk: IMAGE, second.pk: IMAGE}
    assert provider.asked == [[first.pk], [first.pk, second.pk]]
    assert pictures.lead_images([]) == {}
    assert len(provider.asked) == 2  # an empty list is not even asked


def test_without_a_provider_no_story_has_a_picture() -> None:
    story = Story.objects.create(headline="A", slug="a")
    assert NoPictures().lead_image(story) is None
    assert NoPictures().lead_images([story]) == {}


def test_the_credit_names_the_photographer_and_the_agency() -> None:
    fallback = ImageFile("/x.webp", 10, 10, "image/webp")
    assert PageImage((), fallback, "", credit="AA", byline="Ali Veli").credit_name == "Ali Veli / AA"
    assert PageImage((), fallback, "", credit="AA").credit_name == "AA"
    assert PageImage((), fallback, "", byline="Ali Veli").credit_name == "Ali Veli"
    assert PageImage((), fallback, "").credit_name == ""


def test_the_focus_is_the_focal_point_to_the_nearest_quarter() -> None:
    fallback = ImageFile("/x.webp", 10, 10, "image/webp")
    assert PageImage((), fallback, "").focus == "x50-y50"
    assert PageImage((), fallback, "", focal_x=0.9, focal_y=0.1).focus == "x100-y0"
    assert PageImage((), fallback, "", focal_x=0.3, focal_y=0.62).focus == "x25-y50"
    assert PageImage((), fallback, "", focal_x=-1, focal_y=7).focus == "x0-y100"
