"""Tests for backoffice.preview: the reader's page with unsaved text, never touching the page cache."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from gazete.backoffice.preview import unsaved_copy
from gazete.newsroom import publishing
from gazete.newsroom.models import Author, Story, Tag
from gazete.newsroom.publishing import StoryText

pytestmark = pytest.mark.django_db


def headline_of(html: str) -> str:
    match = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    assert match, "no <h1> on the page"
    return match.group(1).strip()


def test_unsaved_copy_writes_nothing(draft: Story) -> None:
    text = StoryText(**{**StoryText.of(draft).__dict__, "headline": "Unsaved", "authors": ["New Person"],
                        "tags": ["new-tag"]})
    copy, authors, tags = unsaved_copy(draft, text)
    assert copy.pk == draft.pk and copy.headline == "Unsaved"
    assert [a.name for a in copy.authors.all()] == ["New Person"] and authors[0].pk is None
    assert [t.name for t in copy.tags.all()] == ["new-tag"] and tags[0].pk is None
    assert Story.objects.get(pk=draft.pk).headline != "Unsaved"
    assert not Author.objects.filter(name="New Person").exists()
    assert not Tag.objects.filter(name="new-tag").exists()


def test_preview_neither_reads_nor_fills_the_readers_page_cache(editor_client: Client, draft: Story) -> None:
    publishing.publish_now(draft)
    reader = Client()
    assert headline_of(reader.get(draft.get_absolute_url()).content.decode()) == draft.headline  # cache warm
    data = {"headline": "Preview only", "standfirst": "", "body": "Body.", "authors": "", "section": "",
            "tags": "", "language": "en", "source": "Anadolu Agency", "note": ""}
    preview = editor_client.post(reverse("desk:preview", args=[draft.pk]), data).content.decode()
    assert headline_of(preview) == "Preview only"
    assert headline_of(reader.get(draft.get_absolute_url()).content.decode()) == draft.headline
