"""Tests for the desk's categories-to-sections screen (backoffice.views.categories)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from gazete.newsroom.services import ensure_section
from gazete.wire.models import CategoryMapping

pytestmark = pytest.mark.django_db


def test_the_table_lists_the_shipped_defaults_and_the_portals_sections(editor_client: Client) -> None:
    ensure_section("Spor", name_en="Sports")
    html = editor_client.get(reverse("desk:categories")).content.decode()
    assert "aacat:2" in html and "medtop:04000000" in html
    assert "ekonomi (no such section yet)" in html  # a default row whose section the portal lacks
    assert '<option value="spor" selected>Spor</option>' in html


def test_the_turkish_desk_reads_the_screen_in_turkish(client: Client, editor) -> None:  # type: ignore[no-untyped-def]
    client.force_login(editor)
    html = client.get(reverse("desk:categories"), HTTP_ACCEPT_LANGUAGE="tr").content.decode()
    assert "Ajans kategorileri ve bölümler" in html and "Önce kaynağın kendi bölüm kuralları" in html


def test_an_editor_changes_rows_adds_one_and_removes_one(editor_client: Client) -> None:
    ensure_section("Spor")
    ensure_section("Kültür")
    sport = CategoryMapping.objects.get(code="aacat:2")
    politics = CategoryMapping.objects.get(code="aacat:6")
    response = editor_client.post(reverse("desk:categories"), {
        f"row-{sport.pk}-section": "kultur", f"row-{sport.pk}-order": "3",
        f"row-{politics.pk}-section": "gundem", f"row-{politics.pk}-order": "40", f"row-{politics.pk}-delete": "on",
        "new-code": " medtop:01000000 ", "new-label": "IPTC: arts", "new-section": "kultur", "new-order": "25",
    })
    assert response.status_code == 302
    sport.refresh_from_db()
    assert (sport.section_slug, sport.order, sport.enabled) == ("kultur", 3, False)
    assert not CategoryMapping.objects.filter(pk=politics.pk).exists()
    added = CategoryMapping.objects.get(code="medtop:01000000")
    assert (added.section_slug, added.order, added.label) == ("kultur", 25, "IPTC: arts")


def test_a_new_row_needs_a_section_and_a_new_code(editor_client: Client) -> None:
    ensure_section("Spor")
    before = CategoryMapping.objects.count()
    editor_client.post(reverse("desk:categories"), {"new-code": "medtop:01000000", "new-section": "nowhere"})
    follow = editor_client.post(reverse("desk:categories"), {"new-code": "AACAT:2", "new-section": "spor"},
                                follow=True)
    assert "That category is already in the table." in follow.content.decode()
    assert CategoryMapping.objects.count() == before


def test_a_moderator_cannot_open_the_table(moderator_client: Client) -> None:
    assert moderator_client.get(reverse("desk:categories")).status_code == 403
