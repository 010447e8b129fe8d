"""Tests for the reader pages: home and story pages render the stories as readers expect."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from gazete.newsroom.models import Story
from gazete.newsroom.sample_stories import load_sample_stories

pytestmark = pytest.mark.django_db


@pytest.fixture
def samples() -> None:
    load_sample_stories()


def test_home_shows_leads_and_latest(client: Client, samples: None) -> None:
    html = client.get("/").content.decode()
    assert "Örnek haber: Liman kentinde ihracat rekoru" in html
    assert "Örnek haber: Tarihi çarşıda restorasyon tamamlandı" in html


def test_story_page_shows_everything_of_the_reference_layout(client: Client, samples: None) -> None:
    story = Story.objects.get(agency_id="sample:text:0001")
    response = client.get(story.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert re.findall(r"<h1>(.*?)</h1>", html) == ["Örnek haber: Liman kentinde ihracat rekoru"]
    assert "<h2>Yeni rıhtım yolda</h2>" in html
    assert "İZMİR (AA) -" in html
    assert "Kaynak: Anadolu Ajansı (AA)" in html
    assert 'href="/yazar/deniz-ornekoglu/"' in html
    assert "Update history" in html or "Güncelleme geçmişi" in html
    assert "<ins>Ticaret odası da artışın bölgedeki istihdama olumlu yansıdığını açıkladı.</ins>" in html


def test_story_slug_mismatch_redirects_to_the_canonical_url(client: Client, samples: None) -> None:
    story = Story.objects.get(agency_id="sample:text:0002")
    response = client.get(f"/haber/{story.pk}/wrong-slug/")
    assert response.status_code == 301 and response["Location"] == story.get_absolute_url()


def test_drafts_are_not_visible(client: Client, samples: None) -> None:
    story = Story.objects.get(agency_id="sample:text:0003")
    Story.objects.filter(pk=story.pk).update(status=Story.Status.DRAFT)
    assert client.get(story.get_absolute_url()).status_code == 404
