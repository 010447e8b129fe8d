"""Tests for the desk's list screens: front page numbers by role, the incoming queue and its filters,
stories, held wire updates and the front-page screen (leads, breaking, section order)."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from gazete.backoffice import queue
from gazete.newsroom import publishing
from gazete.newsroom.models import Section, Story
from gazete.newsroom.services import upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


def number(html: str, name: str) -> str:
    match = re.search(rf'data-number="{name}">([^<]*)<', html)
    assert match, f"no number {name}"
    return match.group(1)


def test_editor_home_shows_todays_numbers(editor_client: Client, draft: Story,
                                          placeholder_draft: Story) -> None:
    published = upsert_story(wire_story(agency_id="aa:pub", headline="A published test story")).story
    queue.spike(placeholder_draft)
    html = editor_client.get(reverse("desk:home")).content.decode()
    assert number(html, "in") == "3"
    assert number(html, "published") == "1"
    assert number(html, "held") == "1"  # the spiked one no longer counts
    assert re.fullmatch(r"\d+|—", number(html, "quarantined"))
    assert published.headline not in html or "Top read" in html


def test_moderator_home_shows_no_story_numbers_and_links_comments(moderator_client: Client) -> None:
    response = moderator_client.get(reverse("desk:home"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "data-number" not in html
    assert 'href="/desk/comments/"' in html
    assert reverse("desk:incoming") not in html


def test_user_without_a_desk_role_is_forbidden(client: Client) -> None:
    user = User.objects.create_user("visitor", password="x", is_staff=True)
    client.force_login(user)
    assert client.get(reverse("desk:home")).status_code == 403


def test_anonymous_goes_to_the_desk_login(client: Client) -> None:
    response = client.get(reverse("desk:home"))
    assert response.status_code == 302 and response["Location"] == "/desk/login/?next=/desk/"


def test_incoming_lists_drafts_newest_first_and_filters(editor_client: Client) -> None:
    section = Section.objects.create(name="Ekonomi", slug="ekonomi")
    older = upsert_story(wire_story(agency_id="aa:1", headline="Older test draft"), publish=False).story
    newer = upsert_story(wire_story(agency_id="aa:2", headline="Newer Turkish test draft", language="tr"),
                         publish=False, section=section).story
    Story.objects.filter(pk=newer.pk).update(priority=2)
    upsert_story(wire_story(agency_id="aa:3", headline="Published test story"))
    html = editor_client.get(reverse("desk:incoming")).content.decode()
    assert html.index(newer.headline) < html.index(older.headline)
    assert "Published test story" not in html
    only_tr = editor_client.get(reverse("desk:incoming"), {"language": "tr"}).content.decode()
    assert newer.headline in only_tr and older.headline not in only_tr
    by_section = editor_client.get(reverse("desk:incoming"), {"section": "ekonomi"}).content.decode()
    assert newer.headline in by_section and older.headline not in by_section
    by_priority = editor_client.get(reverse("desk:incoming"), {"priority": "2"}).content.decode()
    assert newer.headline in by_priority and older.headline not in by_priority
    by_source = editor_client.get(reverse("desk:incoming"), {"source": "Anadolu Ajansı"}).content.decode()
    assert newer.headline in by_source and older.headline not in by_source


def test_incoming_offers_publish_hold_spike_on_each_row(editor_client: Client, draft: Story) -> None:
    html = editor_client.get(reverse("desk:incoming")).content.decode()
    for name in ("publish", "hold", "spike"):
        assert f'action="{reverse("desk:" + name, args=[draft.pk])}"' in html


def test_spiked_stories_leave_the_queue_but_can_be_listed(editor_client: Client, draft: Story,
                                                          placeholder_draft: Story) -> None:
    editor_client.post(reverse("desk:spike", args=[placeholder_draft.pk]))
    html = editor_client.get(reverse("desk:incoming")).content.decode()
    assert draft.headline in html and placeholder_draft.headline not in html
    spiked = editor_client.get(reverse("desk:incoming"), {"state": "spiked"}).content.decode()
    assert placeholder_draft.headline in spiked and draft.headline not in spiked
    no_credit = editor_client.get(reverse("desk:incoming"), {"source": "-", "state": "spiked"})
    no_credit = no_credit.content.decode()
    assert placeholder_draft.headline in no_credit


def test_stories_list_filters_by_status_and_words(editor_client: Client, draft: Story) -> None:
    upsert_story(wire_story(agency_id="aa:9", headline="A published story about bridges"))
    html = editor_client.get(reverse("desk:stories"), {"status": "published"}).content.decode()
    assert "bridges" in html and draft.headline not in html
    html = editor_client.get(reverse("desk:stories"), {"q": "council"}).content.decode()
    assert draft.headline in html and "bridges" not in html


def test_front_page_screen_lists_leads_and_saves_section_order(editor_client: Client, draft: Story) -> None:
    publishing.publish_now(draft)
    publishing.set_lead(draft, True)
    first = Section.objects.create(name="A", slug="a", order=1)
    second = Section.objects.create(name="B", slug="b", order=2)
    html = editor_client.get(reverse("desk:front")).content.decode()
    assert draft.headline in html
    response = editor_client.post(reverse("desk:front"),
                                  {f"order-{first.pk}": "9", f"order-{second.pk}": "0"})
    assert response.status_code == 302
    assert list(Section.objects.values_list("slug", flat=True)) == ["b", "a"]


def test_moderator_cannot_open_editor_lists(moderator_client: Client) -> None:
    for name in ("incoming", "stories", "wire_updates", "front"):
        assert moderator_client.get(reverse(f"desk:{name}")).status_code == 403
