"""Template context every page gets: site name, menu, breaking news and the page-cache keys.

Everything here is lazy: a page whose ``{% cache %}`` fragments are warm runs none of the queries.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from gazete.newsroom.cache import current_generation, page_cache_seconds
from gazete.newsroom.models import Section, Story


def site(request: HttpRequest) -> dict[str, object]:
    """Return the site-wide context."""
    return {
        "site_name": settings.SITE_NAME,
        "site_url": settings.SITE_URL,
        "cache_gen": SimpleLazyObject(current_generation),
        "cache_seconds": page_cache_seconds(),
        "menu_sections": Section.objects.all(),
        # Lazy even to build: composing this query (a subquery inside) cost ~0.5 ms a request.
        "breaking_stories": SimpleLazyObject(_breaking_stories),
    }


def _breaking_stories() -> object:
    """Up to three stories in the breaking-news bar now (a lazy queryset)."""
    return (Story.objects.published().filter(breaking_until__gt=timezone.now()).slot_holders()
            .only("id", "slug", "headline", "language")[:3])
