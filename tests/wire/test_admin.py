"""Tests for gazete.wire.admin: the quarantine and sources in the back office, and the retry action."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from gazete.newsroom.models import Story
from gazete.newsroom.services import ensure_section
from gazete.wire.models import CategoryMapping, QuarantinedPayload, WireSource
from gazete.wire.services import Ingestor
from tests.wire.pages import NEWSML

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_logged_in() -> Client:
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-for-tests")
    client = Client()
    client.force_login(user)
    return client


def test_quarantine_is_visible_in_the_back_office(admin_client_logged_in: Client) -> None:
    Ingestor().ingest_file(NEWSML / "aa-text-malformed.xml")
    item = QuarantinedPayload.objects.get()
    listing = admin_client_logged_in.get(reverse("admin:wire_quarantinedpayload_changelist"))
    assert listing.status_code == 200 and "malformed XML" in listing.content.decode()
    page = admin_client_logged_in.get(reverse("admin:wire_quarantinedpayload_change", args=[item.pk]))
    body = page.content.decode()
    assert page.status_code == 200 and "&lt;newsMessage" in body  # raw payload shown, escaped


@pytest.mark.parametrize(
    ("accept_language", "message"),
    [("tr", "1 kaydedildi, 0 hâlâ karantinada"), ("en", "1 stored, 0 still quarantined")],
)
def test_retry_action_stores_a_payload_that_now_goes_through(
    admin_client_logged_in: Client, accept_language: str, message: str
) -> None:
    ingestor = Ingestor()
    ingestor.ingest_file(NEWSML / "aa-text-20240612-canceled.xml")
    ingestor.finish()
    item = QuarantinedPayload.objects.get()
    Ingestor().ingest_file(NEWSML / "aa-text-20240612-v1.xml")
    response = admin_client_logged_in.post(
        reverse("admin:wire_quarantinedpayload_changelist"),
        {"action": "retry", "_selected_action": [str(item.pk)]},
        follow=True,
        headers={"accept-language": accept_language},
    )
    assert response.status_code == 200 and message in response.content.decode()
    item.refresh_from_db()
    assert item.resolved and Story.objects.get().status == Story.Status.WITHDRAWN


def test_source_pages_render_with_section_rules(admin_client_logged_in: Client) -> None:
    source = WireSource.objects.create(name="AA", slug="aa", kind="aa")
    assert admin_client_logged_in.get(reverse("admin:wire_wiresource_changelist")).status_code == 200
    page = admin_client_logged_in.get(reverse("admin:wire_wiresource_change", args=[source.pk]))
    assert page.status_code == 200 and "section_rules" in page.content.decode()


def test_category_table_lists_the_defaults_and_offers_the_portal_sections(admin_client_logged_in: Client) -> None:
    ensure_section("Spor", name_en="Sports")
    listing = admin_client_logged_in.get(reverse("admin:wire_categorymapping_changelist"))
    body = listing.content.decode()
    assert listing.status_code == 200 and "aacat:2" in body and "medtop:15000000" in body
    mapping = CategoryMapping.objects.get(code="aacat:3")  # ekonomi: not a section of this portal yet
    page = admin_client_logged_in.get(reverse("admin:wire_categorymapping_change", args=[mapping.pk]))
    form = page.content.decode()
    assert "Spor (spor)" in form and "ekonomi (henüz böyle bir bölüm yok)" in form


def test_the_desk_adds_a_mapping_through_the_back_office(admin_client_logged_in: Client) -> None:
    ensure_section("Kültür")
    response = admin_client_logged_in.post(reverse("admin:wire_categorymapping_add"), {
        "code": "medtop:01000000", "label": "IPTC: arts, culture", "section_slug": "kultur", "order": 30,
        "enabled": "on",
    })
    assert response.status_code == 302
    assert CategoryMapping.objects.get(code="medtop:01000000").section_slug == "kultur"
    refused = admin_client_logged_in.post(reverse("admin:wire_categorymapping_add"), {
        "code": "medtop:02000000", "section_slug": "nowhere", "order": 30,
    })
    assert refused.status_code == 200 and not CategoryMapping.objects.filter(code="medtop:02000000").exists()
