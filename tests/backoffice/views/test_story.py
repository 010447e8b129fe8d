"""Tests for the desk's story screens: overview, editor, preview, versions, revisions, wire updates."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from gazete.newsroom.actions import ScheduleStory, publish_due_stories
from gazete.newsroom.models import Section, Story
from gazete.newsroom.services import upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


def edit_data(story: Story, **changes: str) -> dict[str, str]:
    data = {
        "headline": story.headline,
        "standfirst": "",
        "body": "ANKARA - The council approved the park.\n\n- Next steps\n\n> We are glad, the mayor said.",
        "authors": "Test Reporter, Ayşe Yazar",
        "section": "",
        "tags": "parks",
        "language": "en",
        "source": story.source,
        "note": "",
    }
    data.update(changes)
    return data


def test_story_page_shows_status_actions_and_versions(editor_client: Client, draft: Story) -> None:
    html = editor_client.get(reverse("desk:story", args=[draft.pk])).content.decode()
    assert draft.headline in html
    assert 'data-status="draft"' in html
    for action in ("publish", "schedule", "hold", "spike"):
        assert reverse(f"desk:{action}", args=[draft.pk]) in html
    assert reverse("desk:withdraw", args=[draft.pk]) not in html  # a draft is spiked, not withdrawn


def test_story_page_explains_a_placeholder_credit(editor_client: Client, placeholder_draft: Story) -> None:
    html = editor_client.get(reverse("desk:story", args=[placeholder_draft.pk])).content.decode()
    assert 'class="warning provenance"' in html and "no source credit" in html


def test_editing_saves_a_revision_and_shows_it(editor_client: Client, draft: Story) -> None:
    section = Section.objects.create(name="Gündem", slug="gundem")
    response = editor_client.post(reverse("desk:edit", args=[draft.pk]),
                                  edit_data(draft, headline="Edited headline", section=str(section.pk)))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.headline == "Edited headline" and draft.has_desk_edits and draft.section == section
    assert draft.body[1] == {"type": "subhead", "text": "Next steps"}
    assert draft.body[2] == {"type": "quote", "text": "We are glad, the mayor said."}
    assert sorted(a.name for a in draft.authors.all()) == ["Ayşe Yazar", "Test Reporter"]
    page = editor_client.get(reverse("desk:story", args=[draft.pk])).content.decode()
    assert "Saved as a new revision." in page
    assert page.count(f"/desk/stories/{draft.pk}/revisions/") == 2  # as received + the edit


def test_edit_form_shows_the_body_in_the_textarea_format(editor_client: Client, draft: Story) -> None:
    html = editor_client.get(reverse("desk:edit", args=[draft.pk])).content.decode()
    assert "The council approved the park on Monday.\n\nWork starts in spring." in html
    assert f'formaction="/desk/stories/{draft.pk}/preview/"' in html


def test_empty_body_is_refused_with_a_message(editor_client: Client, draft: Story) -> None:
    response = editor_client.post(reverse("desk:edit", args=[draft.pk]),
                                  edit_data(draft, body="- Only a subhead"))
    assert response.status_code == 200 and "at least one paragraph" in response.content.decode()
    draft.refresh_from_db()
    assert not draft.has_desk_edits


def test_preview_renders_the_reader_template_with_unsaved_text(editor_client: Client, draft: Story) -> None:
    response = editor_client.post(reverse("desk:preview", args=[draft.pk]),
                                  edit_data(draft, headline="Unsaved preview headline"))
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r"<h1[^>]*>Unsaved preview headline</h1>", html)
    assert "<h2>Next steps</h2>" in html
    assert "<blockquote><p>We are glad, the mayor said.</p></blockquote>" in html
    assert 'href="/yazar/ayse-yazar/"' in html
    assert "Source: Anadolu Agency" in html
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Security-Policy"] == "script-src 'none'"  # no read beacon from a preview
    draft.refresh_from_db()
    assert draft.headline == "Test story: the council approves a new park" and not draft.revisions.exists()


def test_revision_compare_and_restore(editor_client: Client, draft: Story) -> None:
    editor_client.post(reverse("desk:edit", args=[draft.pk]), edit_data(draft, headline="Edited headline"))
    original = draft.revisions.order_by("created_at", "id").first()
    html = editor_client.get(reverse("desk:revision", args=[draft.pk, original.pk])).content.decode()
    assert "<del>Test story: the council approves a new park</del>" in html or "<del>" in html
    assert "<ins>Edited headline</ins>" in html or "<ins>" in html
    response = editor_client.post(reverse("desk:restore", args=[draft.pk, original.pk]))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.headline == "Test story: the council approves a new park"
    assert draft.body == original.body


def test_versions_side_by_side_with_word_diff(editor_client: Client, draft: Story) -> None:
    upsert_story(wire_story(version="UPDATE", paragraphs=("The council approved the park on Tuesday.",
                                                          "Work starts in spring.", "A new line.")))
    html = editor_client.get(reverse("desk:versions", args=[draft.pk])).content.decode()
    assert 'class="version left"' in html and 'class="version right"' in html
    assert "<del>Monday.</del>" in html and "<ins>Tuesday.</ins>" in html
    assert "<ins>A new line.</ins>" in html


def test_held_wire_update_is_shown_and_can_be_applied(editor_client: Client, draft: Story) -> None:
    editor_client.post(reverse("desk:edit", args=[draft.pk]), edit_data(draft, headline="Desk headline"))
    version = upsert_story(wire_story(version="UPDATE", paragraphs=("Fresh wire text.",))).version
    assert version.pending_review
    page = editor_client.get(reverse("desk:story", args=[draft.pk])).content.decode()
    assert 'id="pending"' in page and "<ins>Fresh wire text.</ins>" in page
    listing = editor_client.get(reverse("desk:wire_updates")).content.decode()
    assert "Desk headline" in listing
    editor_client.post(reverse("desk:apply_version", args=[version.pk]))
    draft.refresh_from_db()
    assert draft.body == [{"type": "paragraph", "text": "Fresh wire text."}]
    assert 'id="pending"' not in editor_client.get(reverse("desk:story", args=[draft.pk])).content.decode()


def test_held_wire_update_can_be_dismissed(editor_client: Client, draft: Story) -> None:
    editor_client.post(reverse("desk:edit", args=[draft.pk]), edit_data(draft, headline="Desk headline"))
    version = upsert_story(wire_story(version="UPDATE", paragraphs=("Fresh wire text.",))).version
    editor_client.post(reverse("desk:dismiss_version", args=[version.pk]))
    draft.refresh_from_db()
    version.refresh_from_db()
    assert draft.headline == "Desk headline" and not version.pending_review


def test_moderator_gets_403_on_every_story_screen(moderator_client: Client, draft: Story) -> None:
    for name in ("story", "edit", "versions"):
        assert moderator_client.get(reverse(f"desk:{name}", args=[draft.pk])).status_code == 403
    assert moderator_client.post(reverse("desk:edit", args=[draft.pk]), edit_data(draft)).status_code == 403
    preview = moderator_client.post(reverse("desk:preview", args=[draft.pk]), edit_data(draft))
    assert preview.status_code == 403


def test_anonymous_visitor_is_sent_to_the_login(client: Client, draft: Story) -> None:
    response = client.get(reverse("desk:edit", args=[draft.pk]))
    assert response.status_code == 302 and response["Location"].startswith("/desk/login/?next=")


def test_the_desk_speaks_turkish_to_a_turkish_editor(editor: object, placeholder_draft: Story) -> None:
    turkish = Client(HTTP_ACCEPT_LANGUAGE="tr")
    turkish.force_login(editor)
    page = reverse("desk:story", args=[placeholder_draft.pk])
    html = turkish.get(page).content.decode()
    assert '<html lang="tr">' in html
    for words in ("Haber masası", "Gelen haberler", "Ajans güncellemeleri", "Hemen yayımla", "Zamanla",
                  "Beklet", "Arşive kaldır", "Masa kaydı", "Düzeltmeler", "Düzeltme ekle", ">taslak<",
                  "Haberin kaynağı yok; yayımlamadan önce gerçek kaynağı girin"):
        assert words in html, words
    assert "Publish now" not in html and "no source credit" not in html

    # The provenance guard's refusal reaches the editor in Turkish, and the desk log says what happened.
    html = turkish.post(reverse("desk:publish", args=[placeholder_draft.pk]), follow=True).content.decode()
    assert "Yapılamadı: Haberin kaynağı yok" in html
    assert "editor1: reddedildi" in html

    queue = turkish.get(reverse("desk:incoming"), {"state": "spiked"}).content.decode()
    assert "Gelen ajans haberleri" in queue and '<option value="spiked" selected>arşivde</option>' in queue

    # The language switch in the desk's header (Django's set_language) turns the desk English.
    switched = turkish.post("/i18n/setlang/", {"language": "en", "next": page}, follow=True).content.decode()
    assert '<html lang="en">' in switched and "Publish now" in switched and "Hemen yayımla" not in switched



def test_the_log_names_the_system_actor_of_a_scheduled_publication(editor_client: Client, editor: User,
                                                                   draft: Story) -> None:
    now = timezone.now()
    ScheduleStory(draft, editor, now + timedelta(minutes=1), now=now).execute()
    publish_due_stories(now=now + timedelta(minutes=2))
    html = editor_client.get(reverse("desk:story", args=[draft.pk])).content.decode()
    assert re.search(r"</time> scheduler: published</li>", html)
    assert re.search(r"</time> editor1: scheduled — ", html)
