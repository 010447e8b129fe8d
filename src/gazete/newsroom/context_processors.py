"""Template context every page gets: site name, menu, breaking news and the page-cache keys.

Everything here is lazy: a page whose ``{% cache %}`` fragments are warm runs none of the queries.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from gazete.newsroom import story_reads
from gazete.newsroom.cache import current_generation, page_cache_seconds
from gazete.newsroom.models import Story

BREAKING_COUNT = 3


def site(request: HttpRequest) -> dict[str, object]:
    """Return the site-wide context."""
    return {
        "site_name": settings.SITE_NAME,
        "site_url": settings.SITE_URL,
        "cache_gen": SimpleLazyObject(current_generation),
        "cache_seconds": page_cache_seconds(),
        # Lazy: read only when the menu fragment is rendered; written SQL (gazete.newsroom.story_reads),
        # as composing the breaking-news query alone (a subquery inside) cost ~0.5 ms.
        "menu_sections": SimpleLazyObject(story_reads.menu_sections),
        "breaking_stories": SimpleLazyObject(_breaking_stories),
    }


def _breaking_stories() -> list[Story]:
    """Up to three stories in the breaking-news bar now."""
    return story_reads.breaking_stories(BREAKING_COUNT)
