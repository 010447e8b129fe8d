"""Tests for newsroom.admin: saves and admin actions on stories go through the story actions (audited)."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.admin import site
from django.contrib.auth.models import User
from django.forms import MultiWidget
from django.test import Client, RequestFactory
from django.urls import reverse

from gazete.newsroom.models import Story, StoryLogEntry
from gazete.newsroom.services import upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser() -> User:
    return User.objects.create_superuser("admin-stories", password="admin-test-pass")


@pytest.fixture
def admin(client: Client, superuser: User) -> Client:
    client.force_login(superuser)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def draft() -> Story:
    return upsert_story(wire_story(), publish=False).story


def change_form_data(story: Story, superuser: User) -> dict[str, Any]:
    """What the admin's change form of ``story`` posts back when nothing is edited."""
    request = RequestFactory().get("/")
    request.user = superuser
    model_admin = site._registry[Story]
    form = model_admin.get_form(request, story)(instance=story)
    data: dict[str, Any] = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field.widget, MultiWidget):
            for index, part in enumerate(field.widget.decompress(value)):
                data[f"{name}_{index}"] = "" if part is None else part
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif isinstance(value, list | tuple):
            data[name] = [str(item) for item in value]
        else:
            data[name] = "" if value is None else value
    versions = list(story.versions.order_by("received_at", "id"))
    data.update({"versions-TOTAL_FORMS": str(len(versions)), "versions-INITIAL_FORMS": str(len(versions)),
                 "versions-MIN_NUM_FORMS": "0", "versions-MAX_NUM_FORMS": "1000"})
    for index, version in enumerate(versions):
        data[f"versions-{index}-id"] = str(version.pk)
        data[f"versions-{index}-story"] = str(story.pk)
    return data


def test_a_save_in_the_admin_is_logged_as_an_edit_by_the_admin(admin: Client, superuser: User,
                                                               draft: Story) -> None:
    data = change_form_data(draft, superuser)
    data["headline"] = "Headline changed in the admin"
    response = admin.post(reverse("admin:newsroom_story_change", args=[draft.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Story.objects.get(pk=draft.pk).headline == "Headline changed in the admin"
    entry = StoryLogEntry.objects.get(story=draft)
    assert (entry.action, entry.user, entry.via) == ("edited", superuser, "admin")
    assert "headline" in entry.note.split(", ")  # the fields the form saw change


def test_the_admin_form_cannot_publish_a_story(admin: Client, superuser: User, draft: Story) -> None:
    data = change_form_data(draft, superuser)
    data.update(status="published", headline="Published by the back door?")
    admin.post(reverse("admin:newsroom_story_change", args=[draft.pk]), data)
    assert Story.objects.get(pk=draft.pk).status == Story.Status.DRAFT


def test_publishing_from_the_admin_list_is_the_publish_action(admin: Client, superuser: User,
                                                              draft: Story) -> None:
    placeholder = upsert_story(wire_story(agency=None, agency_id="x:ph", credit_placeholder=True,
                                          headline="A story without a credit"), publish=False).story
    response = admin.post(reverse("admin:newsroom_story_changelist"),
                          {"action": "publish_stories", "_selected_action": [draft.pk, placeholder.pk]},
                          follow=True)
    assert Story.objects.get(pk=draft.pk).status == Story.Status.PUBLISHED
    assert Story.objects.get(pk=placeholder.pk).status == Story.Status.DRAFT
    entry = StoryLogEntry.objects.get(story=draft)
    assert (entry.action, entry.user, entry.via) == ("published", superuser, "admin")
    assert StoryLogEntry.objects.get(story=placeholder).action == "refused"
    page = response.content.decode()
    assert "1 stories published." in page and "has no source credit" in page


def test_unpublishing_and_leads_from_the_admin_list(admin: Client, draft: Story) -> None:
    url = reverse("admin:newsroom_story_changelist")
    admin.post(url, {"action": "publish_stories", "_selected_action": [draft.pk]})
    Story.objects.filter(pk=draft.pk).update(is_lead=True)
    admin.post(url, {"action": "remove_from_leads", "_selected_action": [draft.pk]})
    admin.post(url, {"action": "unpublish_stories", "_selected_action": [draft.pk]})
    story = Story.objects.get(pk=draft.pk)
    assert (story.status, story.is_lead) == (Story.Status.DRAFT, False)
    actions = list(StoryLogEntry.objects.filter(story=draft).order_by("id").values_list("action", "via"))
    assert actions == [("published", "admin"), ("lead removed", "admin"), ("unpublished", "admin")]
