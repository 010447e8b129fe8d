"""Template context every page gets: site name, sections for the menu, the breaking-news bar."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from gazete.newsroom.models import Section, Story


def site(request: HttpRequest) -> dict[str, object]:
    """Return the site-wide context (lazily evaluated querysets, so unused ones cost nothing)."""
    return {
        "site_name": settings.SITE_NAME,
        "site_url": settings.SITE_URL,
        "menu_sections": Section.objects.all(),
        "breaking_stories": Story.objects.published()
        .filter(breaking_until__gt=timezone.now())
        .only("id", "slug", "headline")[:3],
    }
