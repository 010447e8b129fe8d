"""Sitemaps: an index, stories and sections (django.contrib.sitemaps), and a Google News sitemap.

All addresses are on settings.SITE_URL, not on whatever host the crawler used. A story with a lead
picture names it in ``image:image`` (Google's image sitemap extension), in the stories sitemap and
in the news sitemap alike.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from gazete.newsroom import pictures, seo
from gazete.newsroom.models import Section, Story


class SiteUrlSitemap(Sitemap):
    """A sitemap whose locations are on settings.SITE_URL."""

    def get_protocol(self, protocol: str | None = None) -> str:
        """The scheme of SITE_URL."""
        return urlsplit(settings.SITE_URL).scheme or "https"

    def get_domain(self, site: object = None) -> str:
        """The host (and port) of SITE_URL."""
        return urlsplit(settings.SITE_URL).netloc


class StoryImagesSitemap(SiteUrlSitemap):
    """A sitemap of stories whose entries carry their lead picture's address (``url.image``), one query a page."""

    def get_urls(self, page: int | str = 1, site: Any = None, protocol: str | None = None) -> list[dict[str, Any]]:
        """Django's entries of the page, each with ``image``: its picture's absolute address, or empty."""
        urls = super().get_urls(page, site, protocol)
        images = pictures.lead_images([url["item"] for url in urls])
        for url in urls:
            image = images.get(url["item"].pk)
            picture_file = (image.social or image.fallback) if image is not None else None
            url["image"] = seo.absolute_url(picture_file.url) if picture_file is not None else ""
        return urls


class StorySitemap(StoryImagesSitemap):
    """Every published story, newest first."""

    changefreq = "daily"

    def items(self) -> QuerySet[Story]:
        """Published stories, with only the fields a sitemap entry needs."""
        stories = Story.objects.published().only("id", "slug", "published_at", "updated_at")
        return stories.order_by("-published_at", "-id")

    def lastmod(self, item: Story) -> datetime | None:
        """When the story last changed."""
        return item.updated_at or item.published_at


class SectionSitemap(SiteUrlSitemap):
    """The home page and every section page."""

    changefreq = "hourly"

    def items(self) -> list[object]:
        """The home page, then the sections in menu order."""
        return ["home", *Section.objects.all()]

    def location(self, item: object) -> str:
        """The page's path."""
        return reverse("newsroom:home") if item == "home" else item.get_absolute_url()  # type: ignore[attr-defined]


class NewsSitemap(StoryImagesSitemap):
    """Google News sitemap: the stories of the last two days (rendered with the news: namespace)."""

    # Google News reads articles published in the last 48 hours, at most 1000 per sitemap.
    window = timedelta(hours=48)
    limit = 1000
    # What "now" is (tests pin it to compare whole documents).
    clock = staticmethod(timezone.now)

    def items(self) -> QuerySet[Story]:
        """Stories published in the last 48 hours, newest first."""
        since = self.clock() - self.window
        return (
            Story.objects.published()
            .filter(published_at__gte=since)
            .only("id", "slug", "headline", "language", "published_at", "updated_at")
            .order_by("-published_at", "-id")
        )

    def lastmod(self, item: Story) -> datetime | None:
        """When the story last changed."""
        return item.updated_at or item.published_at


SITEMAPS: dict[str, type[Sitemap]] = {"stories": StorySitemap, "sections": SectionSitemap, "news": NewsSitemap}
# The news sitemap has its own template (news: namespace); the others give lastmod as a full time.
NEWS_TEMPLATE = "newsroom/sitemap_news.xml"
URLSET_TEMPLATE = "newsroom/sitemap.xml"


def index(request: HttpRequest) -> HttpResponse:
    """The sitemap index, listing every page of every sitemap on SITE_URL."""
    entries = []
    for name, sitemap_class in SITEMAPS.items():
        sitemap = sitemap_class()
        location = seo.absolute_url(reverse("newsroom:sitemap_section", kwargs={"section": name}))
        last_mod = sitemap.get_latest_lastmod()
        for page in range(1, sitemap.paginator.num_pages + 1):
            entries.append(SitemapIndexItem(location if page == 1 else f"{location}?p={page}", last_mod))
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml; charset=utf-8"
    )
