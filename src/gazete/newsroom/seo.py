"""What crawlers read of a page: canonical URLs, JSON-LD (``NewsArticle``; ``WebSite`` and
``Organization`` on the home page), OpenGraph and Twitter tags."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from gazete.newsroom.models import Author, Story
from gazete.newsroom.pictures import PageImage

OG_LOCALES = {"tr": "tr_TR", "en": "en_US"}
# Characters that must not appear raw inside <script>: escaped as JSON unicode escapes.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def absolute_url(path: str) -> str:
    """``path`` on the site's canonical origin (settings.SITE_URL), whatever host was asked."""
    if path.startswith(("http://", "https://")):
        return path
    return f"{settings.SITE_URL}{path}"


def iso_datetime(moment: datetime) -> str:
    """``moment`` in ISO 8601 to the whole second (``2026-12-03T17:59:17+03:00``).

    HTML's ``<time datetime>`` allows at most three digits of a fraction of a second, and nobody
    needs one: Python's ``isoformat()`` (and Django's ``date:'c'``) would print six.
    """
    return moment.replace(microsecond=0).isoformat()


def section_name(section: object, language: str) -> str:
    """A section's name in the interface language (English name when there is one)."""
    if section is None:
        return ""
    if language == "en" and getattr(section, "name_en", None):
        return section.name_en  # type: ignore[attr-defined]
    return str(getattr(section, "name", ""))


def organization() -> dict[str, Any]:
    """The schema.org ``Organization`` that publishes the site: its name, address and logo."""
    return {
        "@type": "Organization",
        "@id": f"{settings.SITE_URL}/#organization",
        "name": settings.SITE_NAME,
        "url": settings.SITE_URL + "/",
        "logo": {"@type": "ImageObject", "url": absolute_url(static("gazete/logo.png"))},
    }


def website(language: str) -> dict[str, Any]:
    """The schema.org ``WebSite`` with a ``SearchAction`` on the site's search (``/ara/?q=…``)."""
    return {
        "@type": "WebSite",
        "@id": f"{settings.SITE_URL}/#website",
        "name": settings.SITE_NAME,
        "url": settings.SITE_URL + "/",
        "inLanguage": language,
        "publisher": {"@id": f"{settings.SITE_URL}/#organization"},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": absolute_url(reverse("newsroom:search")) + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }


def home_graph(language: str) -> dict[str, Any]:
    """The home page's JSON-LD: the ``WebSite`` (with its search) and the ``Organization``."""
    return {"@context": "https://schema.org", "@graph": [website(language), organization()]}


def image_object(image: PageImage) -> dict[str, Any] | None:
    """The schema.org ``ImageObject`` of a story's picture: its 1200 px social file, with credit and caption."""
    social = image.social
    if social is None:
        return None
    data: dict[str, Any] = {
        "@type": "ImageObject",
        "url": absolute_url(social.url),
        "contentUrl": absolute_url(social.url),
        "width": social.width,
        "height": social.height,
    }
    if image.caption:
        data["caption"] = image.caption
    if image.credit_name:
        data["creditText"] = image.credit_name
    return data


def news_article(
    story: Story, authors: Sequence[Author], language: str, image: PageImage | None = None,
) -> dict[str, Any]:
    """The schema.org ``NewsArticle`` of a story (with its lead picture as ``image``), as a dict ready for JSON."""
    url = absolute_url(story.get_absolute_url())
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": story.headline[:110],
        "inLanguage": story.language,
        "isAccessibleForFree": True,
        "publisher": organization(),
    }
    if story.standfirst:
        data["description"] = story.standfirst
    if story.published_at:
        data["datePublished"] = iso_datetime(story.published_at)
        data["dateModified"] = iso_datetime(story.updated_at or story.published_at)
    if authors:
        data["author"] = [
            {"@type": "Person", "name": a.name, "url": absolute_url(a.get_absolute_url())} for a in authors
        ]
    elif story.source:
        data["author"] = [{"@type": "Organization", "name": story.source}]
    if story.section_id:
        data["articleSection"] = section_name(story.section, language)
    if story.source:
        data["sourceOrganization"] = {"@type": "Organization", "name": story.source}
    picture = image_object(image) if image is not None else None
    if picture is not None:
        data["image"] = [picture]
    return data


def json_ld(data: dict[str, Any]) -> SafeString:
    """A ``<script type="application/ld+json">`` element holding ``data``, safe inside HTML."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - <, >, & escaped


def social_tags(
    *, title: str, description: str, url: str, language: str, kind: str = "website",
    extra: Sequence[tuple[str, str]] = (), image: PageImage | None = None,
) -> SafeString:
    """OpenGraph and Twitter card ``<meta>`` tags for a page; with a picture, a large-image card.

    The picture is its 1200 px social JPEG at its absolute address, with its size, type and alt text.
    """
    social = image.social if image is not None else None
    tags = [
        ("property", "og:type", kind),
        ("property", "og:title", title),
        ("property", "og:url", url),
        ("property", "og:site_name", settings.SITE_NAME),
        ("property", "og:locale", OG_LOCALES.get(language, language)),
        ("name", "twitter:card", "summary_large_image" if social is not None else "summary"),
        ("name", "twitter:title", title),
    ]
    if description:
        tags += [
            ("property", "og:description", description),
            ("name", "twitter:description", description),
        ]
    if image is not None and social is not None:
        address = absolute_url(social.url)
        tags += [
            ("property", "og:image", address),
            ("property", "og:image:type", social.mimetype),
            ("property", "og:image:width", str(social.width)),
            ("property", "og:image:height", str(social.height)),
            ("name", "twitter:image", address),
        ]
        if image.alt:
            tags += [("property", "og:image:alt", image.alt), ("name", "twitter:image:alt", image.alt)]
    tags += [("property", key, value) for key, value in extra if value]
    lines = [f'<meta {attr}="{escape(key)}" content="{escape(value)}">' for attr, key, value in tags]
    return mark_safe("\n".join(lines))  # noqa: S308 - every value escaped
