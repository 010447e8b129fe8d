"""Picture, Rendition and StoryPicture: identity, focal point bounds, one lead per story."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from gazete.media.models import Picture, Rendition, StoryPicture
from gazete.newsroom.models import Story

pytestmark = pytest.mark.django_db


def _story(n: int = 1) -> Story:
    return Story.objects.create(headline=f"Story {n}", slug=f"story-{n}")


def test_agency_and_agency_id_identify_a_picture() -> None:
    Picture.objects.create(agency="AA", agency_id="aa:picture:20261203:1")
    Picture.objects.create(agency="DHA", agency_id="aa:picture:20261203:1")
    with pytest.raises(IntegrityError), transaction.atomic():
        Picture.objects.create(agency="AA", agency_id="aa:picture:20261203:1")


def test_a_new_picture_waits_for_renditions_with_its_focal_point_in_the_centre() -> None:
    picture = Picture.objects.create(agency="AA", agency_id="p1", caption="Ankara'da kar yağışı")
    assert picture.status == Picture.Status.PENDING and not picture.is_ready
    assert (picture.focal_x, picture.focal_y) == (0.5, 0.5)
    assert str(picture) == "Ankara'da kar yağışı"


@pytest.mark.parametrize(("x", "y"), [(-0.1, 0.5), (0.5, 1.01)])
def test_the_focal_point_stays_inside_the_frame(x: float, y: float) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Picture.objects.create(agency="AA", agency_id="p1", focal_x=x, focal_y=y)


def test_a_rendition_is_unique_per_format_width_and_purpose() -> None:
    picture = Picture.objects.create(agency="AA", agency_id="p1")
    Rendition.objects.create(picture=picture, format="webp", width=360, height=225, file="p/ab/x-360.webp")
    Rendition.objects.create(picture=picture, format="webp", width=360, height=225, purpose="social",
                             file="p/ab/x-360-social.webp")
    with pytest.raises(IntegrityError), transaction.atomic():
        Rendition.objects.create(picture=picture, format="webp", width=360, height=225, file="p/ab/y.webp")


def test_a_story_has_at_most_one_lead_picture() -> None:
    story = _story()
    first = Picture.objects.create(agency="AA", agency_id="p1")
    second = Picture.objects.create(agency="AA", agency_id="p2")
    StoryPicture.objects.create(story=story, picture=first, position=0, is_lead=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        StoryPicture.objects.create(story=story, picture=second, position=1, is_lead=True)
    StoryPicture.objects.create(story=_story(2), picture=second, position=0, is_lead=True)
