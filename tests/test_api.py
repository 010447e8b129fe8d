"""Tests for gazete.api: every app's router is mounted, and cross-app needs are wired here."""

from __future__ import annotations

import pytest
from django.test import Client

from gazete.api import api
from gazete.comments.models import Comment
from gazete.newsroom.models import Story
from gazete.newsroom.sample_stories import load_sample_stories

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "127.0.0.1"}


def test_the_readership_and_comments_routers_are_mounted() -> None:
    paths = set(api.get_openapi_schema()["paths"])
    assert {"/api/stories", "/api/most-read", "/api/stories/{story_id}/reads"} <= paths  # readership
    assert {"/api/stories/{story_id}/comments", "/api/moderate"} <= paths  # comments


def test_approved_comments_reach_the_story_list_through_the_wiring() -> None:
    load_sample_stories()
    story = Story.objects.published().order_by("id").first()
    for status in ("approved", "approved", "held"):
        Comment.objects.create(story=story, name="Okur", text="Sample written for gazete tests.", text_hash="h",
                               status=status, visitor_hash="v")
    entry = Client().get(f"/api/stories/{story.pk}", **HOST).json()
    assert entry["comment_count"] == 2
