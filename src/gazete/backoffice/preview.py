"""Preview: the reader's story template rendered with an editor's unsaved text.

The reader's page (``newsroom/story.html``) reads a lazy ``StoryPage`` inside ``{% cache %}``
fragments. The preview hands it a page built on an unsaved copy of the story, with the unsaved
authors and tags filled in, and a cache generation of its own with a zero lifetime, so a preview
neither reads a reader's cached fragment nor leaves one behind.
"""

from __future__ import annotations

import uuid
from itertools import pairwise
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language

from gazete.newsroom.diffing import diff_blocks
from gazete.newsroom.matching import story_slug
from gazete.newsroom.models import Author, Story, Tag
from gazete.newsroom.pages import StoryPage
from gazete.newsroom.publishing import StoryText
from gazete.newsroom.services import story_versions


def unsaved_copy(story: Story, text: StoryText) -> tuple[Story, list[Author], list[Tag]]:
    """A copy of ``story`` carrying ``text``, never saved; its authors and tags are unsaved too."""
    copy = Story(**{f.attname: getattr(story, f.attname) for f in Story._meta.concrete_fields})
    copy.headline = text.headline
    copy.standfirst = text.standfirst
    copy.body = text.body
    copy.section = text.section
    copy.language = text.language
    copy.source = text.source
    if copy.published_at is None or copy.status == Story.Status.DRAFT:
        copy.published_at = timezone.now()  # a draft would go out now; a scheduled one at its time
    authors = [Author(name=name, slug=story_slug(name, max_length=130)) for name in text.authors]
    tags = [Tag(name=name, slug=story_slug(name, max_length=90)) for name in text.tags]
    # Templates that list story.authors / story.tags see the unsaved ones, not the database's.
    copy._prefetched_objects_cache = {"authors": authors, "tags": tags}
    return copy, authors, tags


def _reader_page(copy: Story, authors: list[Author], tags: list[Tag]) -> StoryPage:
    """The reader view's lazy page object for ``copy``."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    page = StoryPage(copy, language)
    # StoryPage's cached properties read the saved authors and tags; give it the unsaved ones.
    page.__dict__.update(authors=authors, tags=tags)
    return page


def render_preview(request: HttpRequest, story: Story, text: StoryText) -> HttpResponse:
    """Render newsroom/story.html exactly as readers will see ``story`` with ``text``."""
    copy, authors, tags = unsaved_copy(story, text)
    versions = [v for v in story_versions(story) if not v.pending_review]
    context: dict[str, Any] = {
        "story": copy,
        "authors": authors,
        "first_version": versions[0] if versions else None,
        "history": [
            {"version": newer, "changes": diff_blocks(older.body, newer.body)}
            for older, newer in pairwise(versions)
        ],
        "previous_story": None,
        "next_story": None,
        "preview": True,
        "cache_seconds": 0,
        "cache_gen": f"preview-{uuid.uuid4().hex}",
        "page": _reader_page(copy, authors, tags),
    }
    response = render(request, "newsroom/story.html", context)
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "no-store"
    # No scripts run in a preview: the read beacon must not count an editor, nor a comment be posted.
    response["Content-Security-Policy"] = "script-src 'none'"
    return response
