"""Tests for media.choices: what the desk lists to choose a story's photos from."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from gazete.media.choices import lead_choice, picture_choice, recent_pictures, story_choices
from gazete.media.models import Picture, StoryPicture
from gazete.newsroom.models import Story
from gazete.newsroom.services import upsert_story
from tests.media.conftest import ready_picture
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft() -> Story:
    return upsert_story(wire_story(), publish=False).story


def test_the_storys_pictures_in_order_with_the_lead_and_what_each_lacks(draft: Story) -> None:
    first = ready_picture(draft, agency_id="one", alt_text="")
    waiting = ready_picture(draft, agency_id="two", seed=2, render=False)
    choices = story_choices(draft)
    assert [c.picture for c in choices] == [first, waiting]
    assert [(c.is_lead, c.chosen, c.missing) for c in choices] == [(True, False, ("alt_text",)), (False, False, ())]
    assert choices[0].thumbnail is not None and choices[0].thumbnail.width == 360
    assert choices[0].large is not None and choices[0].large.width == 1080
    assert choices[1].thumbnail is None  # no renditions yet: the desk says it is waiting
    StoryPicture.objects.filter(picture=waiting).update(is_lead=True)
    assert [(c.is_lead, c.chosen) for c in story_choices(draft)] == [(False, False), (True, True)]
    lead = lead_choice(draft)
    assert lead is not None and lead.picture == waiting and lead.chosen


def test_recent_pictures_are_the_last_48_hours_newest_first_without_the_storys_own_or_quarantined(
    draft: Story,
) -> None:
    ready_picture(draft, agency_id="own")
    older = ready_picture(None, agency_id="older", seed=1, caption="Ankara: snow on the roads")
    newer = ready_picture(None, agency_id="newer", seed=2, caption="İzmir: the ferry strike ends")
    stale = ready_picture(None, agency_id="stale", seed=3, caption="Old snow")
    bad = ready_picture(None, agency_id="bad", seed=4, caption="Snow")
    now = timezone.now()
    Picture.objects.filter(pk=older.pk).update(created_at=now - timedelta(hours=5))
    Picture.objects.filter(pk=stale.pk).update(created_at=now - timedelta(hours=49))
    Picture.objects.filter(pk=bad.pk).update(status=Picture.Status.QUARANTINED)
    assert [c.picture for c in recent_pictures(draft)] == [newer, older]
    assert [c.picture for c in recent_pictures(draft, query="SNOW roads")] == [older]
    assert [c.picture for c in recent_pictures(draft, query="ferry")] == [newer]
    assert recent_pictures(draft, query="volcano") == []
    assert len(recent_pictures(None)) == 3  # without a story, the story's own are listed too
    assert [c.picture for c in recent_pictures(draft, limit=1)] == [newer]


def test_a_picture_not_on_the_story_is_shown_as_a_candidate(draft: Story) -> None:
    other = ready_picture(None, agency_id="other")
    choice = picture_choice(draft, other)
    assert (choice.is_lead, choice.chosen, choice.missing) == (False, False, ())
    assert lead_choice(draft) is None
