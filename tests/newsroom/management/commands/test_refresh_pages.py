"""Tests for ``gazete manage refresh_pages``: every cached page part dropped at once."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from gazete.newsroom.models import Story
from gazete.newsroom.sample_stories import load_sample_stories

pytestmark = pytest.mark.django_db


def test_pages_changed_behind_the_caches_back_are_rendered_anew(client: Client) -> None:
    load_sample_stories()
    story = Story.objects.get(agency_id="sample:text:0001")
    url = story.get_absolute_url()
    assert story.headline in client.get(url).content.decode() and story.headline in client.get("/").content.decode()
    # update() sends no signal: like a template changed by a deploy, nothing tells the caches.
    Story.objects.filter(pk=story.pk).update(headline="Örnek haber: Liman kentinde yeni rekor")
    assert "yeni rekor" not in client.get(url).content.decode()  # the cached story and fragments
    out = StringIO()
    call_command("refresh_pages", stdout=out)
    assert "cached pages dropped" in out.getvalue()
    assert "yeni rekor" in client.get(url).content.decode() and "yeni rekor" in client.get("/").content.decode()
