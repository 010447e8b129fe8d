"""Tests for the desk's POST actions: publish (and the provenance refusal), schedule, unpublish,
withdraw, hold, spike, corrections, lead stories and the breaking-news bar."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from gazete.backoffice.models import DeskLogEntry, QueueMark
from gazete.newsroom import publishing
from gazete.newsroom.models import Story

pytestmark = pytest.mark.django_db


def local(dt: timezone.datetime) -> str:
    return timezone.localtime(dt).strftime("%Y-%m-%dT%H:%M:%S")


def test_publish_from_the_queue_goes_back_to_the_queue(editor_client: Client, draft: Story) -> None:
    response = editor_client.post(reverse("desk:publish", args=[draft.pk]),
                                  {"next": "/desk/incoming/?language=en"})
    assert response.status_code == 302 and response["Location"] == "/desk/incoming/?language=en"
    assert Story.objects.published().filter(pk=draft.pk).exists()
    assert DeskLogEntry.objects.filter(story=draft, action="published").exists()


def test_publish_refuses_a_placeholder_credit_and_says_why(editor_client: Client,
                                                            placeholder_draft: Story) -> None:
    response = editor_client.post(reverse("desk:publish", args=[placeholder_draft.pk]), follow=True)
    html = response.content.decode()
    assert "Refused: The story has no source credit" in html
    placeholder_draft.refresh_from_db()
    assert placeholder_draft.status == Story.Status.DRAFT
    assert DeskLogEntry.objects.filter(story=placeholder_draft, action="refused").exists()


def test_next_pointing_elsewhere_is_ignored(editor_client: Client, draft: Story) -> None:
    response = editor_client.post(reverse("desk:hold", args=[draft.pk]), {"next": "https://evil.example/"})
    assert response["Location"] == reverse("desk:story", args=[draft.pk])


def test_schedule_with_a_local_time(editor_client: Client, draft: Story) -> None:
    when = (timezone.now() + timedelta(minutes=30)).replace(microsecond=0)
    response = editor_client.post(reverse("desk:schedule", args=[draft.pk]), {"publish_at": local(when)},
                                  follow=True)
    assert "Scheduled for" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Story.Status.SCHEDULED and draft.published_at == when


def test_schedule_in_the_past_is_refused(editor_client: Client, draft: Story) -> None:
    when = timezone.now() - timedelta(minutes=1)
    response = editor_client.post(reverse("desk:schedule", args=[draft.pk]), {"publish_at": local(when)},
                                  follow=True)
    assert "Choose a time in the future." in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Story.Status.DRAFT


def test_unpublish_and_withdraw(editor_client: Client, draft: Story) -> None:
    publishing.publish_now(draft)
    editor_client.post(reverse("desk:unpublish", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.status == Story.Status.DRAFT
    publishing.publish_now(draft)
    response = editor_client.post(reverse("desk:withdraw", args=[draft.pk]), {"reason": "Legal request."})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Story.Status.WITHDRAWN and draft.withdrawn_reason == "Legal request."


def test_withdraw_without_a_reason_is_refused(editor_client: Client, draft: Story) -> None:
    publishing.publish_now(draft)
    response = editor_client.post(reverse("desk:withdraw", args=[draft.pk]), {"reason": ""}, follow=True)
    assert "Not withdrawn" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Story.Status.PUBLISHED


def test_hold_spike_and_back(editor_client: Client, draft: Story) -> None:
    editor_client.post(reverse("desk:hold", args=[draft.pk]))
    assert QueueMark.objects.get(story=draft).state == QueueMark.State.HELD
    editor_client.post(reverse("desk:spike", args=[draft.pk]))
    assert QueueMark.objects.get(story=draft).state == QueueMark.State.SPIKED
    assert Story.objects.filter(pk=draft.pk, status=Story.Status.DRAFT).exists()  # kept, never deleted
    editor_client.post(reverse("desk:unspike", args=[draft.pk]))
    assert not QueueMark.objects.filter(story=draft).exists()
    log = DeskLogEntry.objects.filter(story=draft).order_by("created_at", "id")
    actions = list(log.values_list("action", flat=True))
    assert actions == ["held", "spiked", "returned to the queue"]


def test_publishing_a_spiked_story_clears_its_mark(editor_client: Client, draft: Story) -> None:
    editor_client.post(reverse("desk:spike", args=[draft.pk]))
    editor_client.post(reverse("desk:publish", args=[draft.pk]))
    assert not QueueMark.objects.filter(story=draft).exists()


def test_correction_appears_on_the_article(editor_client: Client, draft: Story) -> None:
    publishing.publish_now(draft)
    editor_client.post(reverse("desk:correction", args=[draft.pk]),
                       {"text": "The park is 4 hectares, not 40."})
    html = editor_client.get(draft.get_absolute_url()).content.decode()
    assert "The park is 4 hectares, not 40." in html


def test_correction_include_renders_with_its_time(draft: Story) -> None:
    from django.template.loader import render_to_string

    publishing.publish_now(draft)
    correction = publishing.add_correction(draft, "A name was misspelled.")
    from gazete.newsroom.pages import StoryPage

    # The include reads the notes from the article's page object (one written query, newsroom.story_reads).
    html = render_to_string("newsroom/_corrections.html", {"story": draft, "page": StoryPage(draft, "en")})
    assert "A name was misspelled." in html
    assert f'datetime="{timezone.localtime(correction.created_at).replace(microsecond=0).isoformat()}"' in html
    Story.objects.filter(pk=draft.pk).update(language="tr")
    draft.refresh_from_db()
    turkish = render_to_string("newsroom/_corrections.html", {"story": draft, "page": StoryPage(draft, "tr")})
    assert "<h2" in html and "Düzeltme" in turkish


def test_lead_and_breaking_from_the_desk(editor_client: Client, draft: Story) -> None:
    publishing.publish_now(draft)
    editor_client.post(reverse("desk:lead", args=[draft.pk]), {"lead": "1"})
    until = (timezone.now() + timedelta(hours=2)).replace(microsecond=0)
    editor_client.post(reverse("desk:breaking", args=[draft.pk]), {"breaking_until": local(until)})
    draft.refresh_from_db()
    assert draft.is_lead and draft.breaking_until == until
    home = editor_client.get("/").content.decode()
    assert draft.headline in home
    editor_client.post(reverse("desk:breaking", args=[draft.pk]), {"clear": "1"})
    editor_client.post(reverse("desk:lead", args=[draft.pk]), {"lead": "0"})
    draft.refresh_from_db()
    assert not draft.is_lead and draft.breaking_until is None


def test_actions_need_post_and_the_editor_role(editor_client: Client, moderator_client: Client,
                                               draft: Story) -> None:
    assert editor_client.get(reverse("desk:publish", args=[draft.pk])).status_code == 405
    for name in ("publish", "unpublish", "hold", "spike", "correction", "lead", "breaking"):
        assert moderator_client.post(reverse(f"desk:{name}", args=[draft.pk])).status_code == 403
    draft.refresh_from_db()
    assert draft.status == Story.Status.DRAFT
