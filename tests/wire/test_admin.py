"""Tests for gazete.wire.admin: the quarantine and sources in the back office, and the retry action."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from gazete.newsroom.models import Story
from gazete.wire.models import QuarantinedPayload, WireSource
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
