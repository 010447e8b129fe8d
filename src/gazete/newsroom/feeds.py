"""RSS 2.0 and Atom feeds of the latest stories, site-wide and per section (django.contrib.syndication).

Every link in a feed is absolute on settings.SITE_URL, whatever host the feed was fetched from.
The channel declares the site's language; each entry declares its story's own (an English story on
the Turkish site is ``en``): ``dc:language`` in RSS, ``xml:lang`` in Atom. A story with a lead
picture carries its 1200 px social JPEG as an ``enclosure`` (RSS; ``link rel="enclosure"`` in Atom)
and, in RSS, as Media RSS ``media:content`` with its size, caption and credit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.xmlutils import SimplerXMLGenerator

from gazete.newsroom import pictures, seo
from gazete.newsroom.models import Section, Story
from gazete.newsroom.pages import card_stories
from gazete.newsroom.pictures import PageImage

DC_NAMESPACE = "http://purl.org/dc/elements/1.1/"
MEDIA_NAMESPACE = "http://search.yahoo.com/mrss/"
# The attribute items() puts each story's lead picture under (on the rows of this request only).
IMAGE_ATTRIBUTE = "feed_image"


def feed_image(item: Story) -> PageImage | None:
    """The lead picture items() found for ``item`` (None without one, or without its social file)."""
    image = getattr(item, IMAGE_ATTRIBUTE, None)
    return image if isinstance(image, PageImage) and image.social is not None else None


def add_media_content(handler: SimplerXMLGenerator, image: PageImage) -> None:
    """A Media RSS ``media:content`` element for the picture's social file, with its caption and credit."""
    social = image.social
    if social is None:
        return
    attributes = {"xmlns:media": MEDIA_NAMESPACE, "url": seo.absolute_url(social.url), "type": social.mimetype,
                  "medium": "image", "width": str(social.width), "height": str(social.height)}
    if social.size:
        attributes["fileSize"] = str(social.size)
    handler.startElement("media:content", attributes)
    if image.caption:
        handler.addQuickElement("media:description", image.caption, {"type": "plain"})
    if image.credit_name:
        handler.addQuickElement("media:credit", image.credit_name)
    handler.endElement("media:content")


class StoryRss(Rss201rev2Feed):
    """RSS 2.0 whose items name their language (``dc:language``, declared inline like ``dc:creator``)."""

    def add_item_elements(self, handler: SimplerXMLGenerator, item: dict[str, Any]) -> None:
        """Django's item elements, then the item's language."""
        super().add_item_elements(handler, item)
        if item.get("language"):
            handler.addQuickElement("dc:language", item["language"], {"xmlns:dc": DC_NAMESPACE})
        if item.get("image") is not None:
            add_media_content(handler, item["image"])


class StoryAtom(Atom1Feed):
    """Atom 1.0 whose entries carry their language (``<entry xml:lang="en">``)."""

    def item_attributes(self, item: dict[str, Any]) -> dict[str, str]:
        """The entry element's attributes: its language."""
        attributes = super().item_attributes(item)
        if item.get("language"):
            attributes["xml:lang"] = item["language"]
        return attributes


class LatestStoriesFeed(Feed):
    """The latest published stories of the whole site, as RSS 2.0."""

    feed_type: type[Rss201rev2Feed | Atom1Feed] = StoryRss
    # RSS readers poll; thirty items cover several hours of a busy wire.
    item_count = 30
    summary_words = 40

    def _stories(self, obj: Section | None) -> QuerySet[Story]:
        stories = card_stories().defer(None).prefetch_related("authors", "tags")
        return stories.filter(section=obj) if obj is not None else stories

    def title(self, obj: Section | None = None) -> str:
        """The feed's title: the site name (and section)."""
        if obj is None:
            return settings.SITE_NAME
        return f"{settings.SITE_NAME}: {seo.section_name(obj, settings.LANGUAGE_CODE)}"

    def description(self, obj: Section | None = None) -> str:
        """One line saying what the feed carries."""
        return _("The latest news from %(site)s") % {"site": settings.SITE_NAME}

    def subtitle(self, obj: Section | None = None) -> str:
        """Atom's subtitle is RSS's description."""
        return self.description(obj)

    def link(self, obj: Section | None = None) -> str:
        """The page the feed mirrors."""
        return seo.absolute_url(obj.get_absolute_url() if obj is not None else reverse("newsroom:home"))

    def feed_url(self, obj: Section | None = None) -> str:
        """The feed's own address."""
        name = "newsroom:atom" if issubclass(self.feed_type, Atom1Feed) else "newsroom:rss"
        if obj is not None:
            return seo.absolute_url(reverse(f"{name}_section", kwargs={"slug": obj.slug}))
        return seo.absolute_url(reverse(name))

    def items(self, obj: Section | None = None) -> list[Story]:
        """The newest stories, authors and tags prefetched and lead pictures found (no query per item)."""
        stories = list(self._stories(obj)[: self.item_count])
        images = pictures.lead_images(stories)
        for story in stories:
            setattr(story, IMAGE_ATTRIBUTE, images.get(story.pk))
        return stories

    def item_title(self, item: Story) -> str:
        """The headline, without any wire prefix."""
        return item.headline

    def item_description(self, item: Story) -> str:
        """The standfirst, or the start of the first paragraph when there is none."""
        if item.standfirst:
            return item.standfirst
        first = next((b.get("text", "") for b in item.body or [] if b.get("type") == "paragraph"), "")
        return Truncator(first).words(self.summary_words)

    def item_link(self, item: Story) -> str:
        """The story's canonical address."""
        return seo.absolute_url(item.get_absolute_url())

    def item_guid(self, item: Story) -> str:
        """A permanent id: the canonical address (it never changes for a story)."""
        return self.item_link(item)

    def item_pubdate(self, item: Story) -> datetime | None:
        """When the story was published."""
        return item.published_at

    def item_updateddate(self, item: Story) -> datetime | None:
        """When it was last updated (Atom ``updated``)."""
        return item.updated_at or item.published_at

    def item_author_name(self, item: Story) -> str | None:
        """The byline names."""
        names = [a.name for a in item.authors.all()]
        return ", ".join(names) or item.source or None

    def item_extra_kwargs(self, item: Story) -> dict[str, Any]:
        """The story's own language, which the entry declares, and its lead picture (``media:content``)."""
        return {"language": item.language, "image": feed_image(item)}

    def item_enclosures(self, item: Story) -> list[Enclosure]:
        """The lead picture's social JPEG, when the story has one."""
        image = feed_image(item)
        if image is None or image.social is None:
            return []
        social = image.social
        return [Enclosure(seo.absolute_url(social.url), str(social.size), social.mimetype)]

    def item_categories(self, item: Story) -> list[str]:
        """The section and the tags."""
        categories = [seo.section_name(item.section, settings.LANGUAGE_CODE)] if item.section else []
        return categories + [t.name for t in item.tags.all()]


class LatestStoriesAtomFeed(LatestStoriesFeed):
    """The latest published stories of the whole site, as Atom 1.0."""

    feed_type = StoryAtom


class SectionFeed(LatestStoriesFeed):
    """The latest stories of one section, as RSS 2.0."""

    def get_object(self, request: HttpRequest, slug: str) -> Section:  # type: ignore[override]
        """The section named in the URL."""
        return get_object_or_404(Section, slug=slug)


class SectionAtomFeed(SectionFeed):
    """The latest stories of one section, as Atom 1.0."""

    feed_type = StoryAtom
