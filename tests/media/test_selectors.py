"""The pages' reads: ready pictures only, the lead first, srcset strings, the social image."""

from __future__ import annotations

import pytest

from gazete.media.models import Picture, Rendition, StoryPicture
from gazete.media.selectors import fallback_rendition, lead_picture, lead_pictures, social_image, srcset, story_pictures
from gazete.newsroom.models import Story

pytestmark = pytest.mark.django_db


def _picture(name: str, status: str = Picture.Status.READY) -> Picture:
    picture = Picture.objects.create(agency="AA", agency_id=name, status=status)
    for width in (720, 360):
        Rendition.objects.create(picture=picture, format="webp", width=width, height=width // 2,
                                 file=f"p/ab/{name}-{width}.webp")
    Rendition.objects.create(picture=picture, format="avif", width=360, height=180, file=f"p/ab/{name}-360.avif")
    Rendition.objects.create(picture=picture, format="jpeg", purpose="social", width=1200, height=600,
                             file=f"p/ab/{name}-1200-social.jpg")
    return picture


def test_only_ready_pictures_are_shown_and_the_chosen_lead_comes_first() -> None:
    story = Story.objects.create(headline="S", slug="s")
    pending = _picture("pending", Picture.Status.PENDING)
    first, second = _picture("first"), _picture("second")
    StoryPicture.objects.create(story=story, picture=pending, position=0)
    StoryPicture.objects.create(story=story, picture=first, position=1)
    StoryPicture.objects.create(story=story, picture=second, position=2)
    assert lead_picture(story) == first
    StoryPicture.objects.filter(picture=second).update(is_lead=True)
    assert story_pictures(story) == [second, first]
    other = Story.objects.create(headline="T", slug="t")
    assert lead_pictures([story, other]) == {story.pk: second}
    assert lead_picture(other) is None


def test_srcset_lists_one_format_narrowest_first_with_stable_urls() -> None:
    picture = _picture("x")
    assert srcset(picture) == "/media/p/ab/x-360.webp 360w, /media/p/ab/x-720.webp 720w"
    assert srcset(picture, "avif") == "/media/p/ab/x-360.avif 360w"
    fallback = fallback_rendition(picture)
    assert fallback is not None and fallback.width == 720
    social = social_image(picture)
    assert social is not None and social.url == "/media/p/ab/x-1200-social.jpg" and social.mimetype == "image/jpeg"


def test_lead_pictures_of_a_long_list_ask_in_batches_sqlite_can_take() -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from gazete.media.selectors import IDS_PER_QUERY

    Story.objects.bulk_create(Story(headline=f"S{n}", slug=f"s{n}") for n in range(IDS_PER_QUERY + 5))
    stories = list(Story.objects.order_by("pk"))
    first, last = _picture("first"), _picture("last")
    StoryPicture.objects.create(story=stories[0], picture=first)
    StoryPicture.objects.create(story=stories[-1], picture=last)
    with CaptureQueriesContext(connection) as queries:
        found = lead_pictures(stories)
    assert found == {stories[0].pk: first, stories[-1].pk: last}
    assert len(queries) == 4  # two batches: links with pictures, then renditions, each


def test_a_storys_pictures_take_two_queries_and_their_renditions_none() -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    story = Story.objects.create(headline="S", slug="s")
    first, second, third = _picture("first"), _picture("second"), _picture("third")
    StoryPicture.objects.create(story=story, picture=third, position=0)
    StoryPicture.objects.create(story=story, picture=first, position=1)
    StoryPicture.objects.create(story=story, picture=second, position=1, is_lead=True)
    with CaptureQueriesContext(connection) as queries:
        pictures = story_pictures(story)
        files = [srcset(picture) for picture in pictures]
        socials = [social_image(picture) for picture in pictures]
    assert len(queries) == 2
    assert pictures == [second, third, first]  # the lead, then by position and link
    assert files[0] == "/media/p/ab/second-360.webp 360w, /media/p/ab/second-720.webp 720w"
    assert [s.picture for s in socials if s is not None] == pictures
    names = [f.attname for f in Picture._meta.concrete_fields]
    assert [{n: p.__dict__[n] for n in names} for p in pictures] == [
        {n: getattr(Picture.objects.get(pk=p.pk), n) for n in names} for p in pictures]
    assert story_pictures(Story.objects.create(headline="T", slug="t")) == []
