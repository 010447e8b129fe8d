"""Tests for media.provenance: no lead photo without caption, credit and alt text, on every path to publishing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from gazete.backoffice.roles import EDITOR, assign_role
from gazete.media.models import Picture, StoryPicture
from gazete.media.provenance import lead_picture_problem, missing_fields, picture_problem, would_lead
from gazete.newsroom.actions import PublishStory, ScheduleStory, publish_due_stories
from gazete.newsroom.actors import SYSTEM
from gazete.newsroom.models import Story, StoryLogEntry
from gazete.newsroom.refusal import Refusal
from gazete.newsroom.services import upsert_story
from tests.media.conftest import ready_picture
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft() -> Story:
    return upsert_story(wire_story(), publish=False).story


def test_missing_fields_names_each_empty_required_field() -> None:
    picture = Picture(caption="  ", credit="AA", alt_text="")
    assert missing_fields(picture) == ["caption", "alt_text"]
    assert missing_fields(Picture(caption="c", credit="AA", alt_text="a")) == []


def test_the_refusal_names_what_is_missing_in_the_readers_language() -> None:
    problem = picture_problem(Picture(caption="Kar", credit="", alt_text=""))
    assert problem is not None and problem.code == "picture_incomplete"
    assert problem.reason == "This photo lacks: credit, alt text. Fill them in before making it the lead photo."
    with translation.override("tr"):
        assert problem.text == ("Bu fotoğrafta eksik: kaynak / hak sahibi, alternatif metin. Ana fotoğraf "
                                "yapmadan önce bunları doldurun.")
    assert picture_problem(Picture(caption="c", credit="AA", alt_text="a")) is None


def test_the_picture_checked_is_the_chosen_lead_else_the_first_not_quarantined(draft: Story) -> None:
    first = ready_picture(draft, agency_id="p1", alt_text="")
    second = ready_picture(draft, agency_id="p2", seed=2)
    assert would_lead(draft) == first
    assert lead_picture_problem(draft).code == "lead_picture_incomplete"  # type: ignore[union-attr]
    StoryPicture.objects.filter(story=draft, picture=second).update(is_lead=True)
    assert would_lead(draft) == second and lead_picture_problem(draft) is None
    StoryPicture.objects.filter(story=draft).update(is_lead=False)
    Picture.objects.filter(pk=first.pk).update(status=Picture.Status.QUARANTINED)
    assert would_lead(draft) == second  # a quarantined picture is never shown


def test_a_picture_still_waiting_for_its_renditions_is_checked_too(draft: Story) -> None:
    ready_picture(draft, caption="", render=False)
    problem = lead_picture_problem(draft)
    assert problem is not None and "caption" in problem.reason


def test_a_story_without_pictures_has_no_photo_problem(draft: Story) -> None:
    assert lead_picture_problem(draft) is None


def test_publishing_through_the_action_is_refused_and_logged(draft: Story) -> None:
    ready_picture(draft, credit="")
    with pytest.raises(Refusal) as refusal:
        PublishStory(draft, SYSTEM).execute()
    assert refusal.value.code == "lead_picture_incomplete"
    assert Story.objects.get(pk=draft.pk).status == Story.Status.DRAFT
    assert StoryLogEntry.objects.get(story=draft).note == (
        "published: The lead photo lacks: credit. Fill them in on the story's photos page before publishing.")


def test_the_desk_refuses_to_publish_and_shows_what_is_missing(draft: Story, client: Client) -> None:
    picture = ready_picture(draft, alt_text="")
    editor = User.objects.create_user("photo-editor", is_staff=True)
    assign_role(editor, EDITOR)
    client.force_login(editor)
    response = client.post(reverse("desk:publish", args=[draft.pk]), follow=True, HTTP_ACCEPT_LANGUAGE="tr")
    page = response.content.decode()
    assert Story.objects.get(pk=draft.pk).status == Story.Status.DRAFT
    assert "Yapılamadı: Ana fotoğrafta eksik: alternatif metin." in page
    assert reverse("desk:picture", args=[draft.pk, picture.pk]) in page  # the way to fill it in


def test_the_admin_action_refuses_to_publish(draft: Story, client: Client) -> None:
    ready_picture(draft, caption="")
    client.force_login(User.objects.create_superuser("photo-admin"))
    response = client.post(reverse("admin:newsroom_story_changelist"),
                           {"action": "publish_stories", "_selected_action": [draft.pk]}, follow=True,
                           HTTP_ACCEPT_LANGUAGE="en")
    assert Story.objects.get(pk=draft.pk).status == Story.Status.DRAFT
    assert "The lead photo lacks: caption." in response.content.decode()
    entry = StoryLogEntry.objects.get(story=draft)
    assert (entry.action, entry.via) == ("refused", "admin")


def test_scheduling_is_refused_and_the_worker_sends_a_due_story_back_to_draft(draft: Story) -> None:
    picture = ready_picture(draft)
    ScheduleStory(draft, SYSTEM, timezone.now() + timedelta(minutes=5)).execute()
    Picture.objects.filter(pk=picture.pk).update(alt_text="")  # emptied after scheduling (the admin, a script)
    Story.objects.filter(pk=draft.pk).update(published_at=timezone.now() - timedelta(seconds=1))
    assert publish_due_stories() == []
    assert Story.objects.get(pk=draft.pk).status == Story.Status.DRAFT
    last = StoryLogEntry.objects.filter(story=draft).order_by("id").last()
    assert last is not None and (last.action, last.system_actor) == ("unscheduled", "scheduler")
    assert "lead photo lacks: alt text." in last.note
    with pytest.raises(Refusal) as refusal:
        ScheduleStory(draft, SYSTEM, timezone.now() + timedelta(minutes=5)).execute()
    assert refusal.value.code == "lead_picture_incomplete"


def test_a_complete_lead_photo_lets_the_story_go_out(draft: Story) -> None:
    ready_picture(draft)
    PublishStory(draft, SYSTEM).execute()
    assert Story.objects.get(pk=draft.pk).status == Story.Status.PUBLISHED
