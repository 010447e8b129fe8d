"""Template tags of the reader pages: remembered addresses, section names per language, story-language words,
times, includes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import template
from django.template import Context, TemplateDoesNotExist
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe

from gazete.newsroom import seo
from gazete.newsroom.addresses import address as remembered_address
from gazete.newsroom.addresses import static_address

register = template.Library()

# Words printed *inside* a story, in the story's own language (not the interface language): the
# reference page is an English story on a Turkish site, and its byline says "By".
STORY_WORDS: dict[str, dict[str, str]] = {
    "en": {"by": "By", "and": "and", "source": "Source"},
    "tr": {"by": "Muhabir:", "and": "ve", "source": "Kaynak"},
}


@register.simple_tag(name="address")
def address_tag(viewname: str, *args: Any, **kwargs: Any) -> str:
    """``{% url %}`` reversed once per process (``gazete.newsroom.addresses``): ``{% address 'newsroom:rss' %}``."""
    return remembered_address(viewname, *args, **kwargs)


@register.simple_tag
def asset(path: str) -> str:
    """``{% static %}`` worked out once per process (``newsroom.addresses``): ``{% asset 'gazete/site.css' %}``."""
    return static_address(path)


@register.filter
def section_label(section: object, language: str) -> str:
    """A section's name in the interface language: ``{{ story.section|section_label:LANGUAGE_CODE }}``."""
    return seo.section_name(section, language)


@register.filter(expects_localtime=True)
def datetime_attr(value: datetime | None) -> str:
    """A ``<time datetime>`` value in the reader's time zone, to the whole second (empty for none).

    ``{{ story.published_at|datetime_attr }}`` gives ``2026-12-03T17:59:17+03:00``, which the HTML
    checker accepts; ``date:'c'`` adds six digits of microseconds, which it does not.
    """
    if not isinstance(value, datetime):
        return ""
    return seo.iso_datetime(value)


@register.simple_tag
def story_words(language: str) -> dict[str, str]:
    """The byline and source-line words in a story's language (English for other languages)."""
    return STORY_WORDS.get(language, STORY_WORDS["en"])


@register.simple_tag
def source_line(story: Any) -> str:
    """The credit under a story: ``Kaynak: Anadolu Ajansı (AA)`` or ``Source: Anadolu Agency``."""
    source = (story.source or "").strip()
    if not source:
        return ""
    words = STORY_WORDS.get(story.language, STORY_WORDS["en"])
    agency = (story.agency or "").strip()
    if story.language == "tr" and agency and agency.lower() != source.lower() and f"({agency})" not in source:
        return f"{words['source']}: {source} ({agency})"
    return f"{words['source']}: {source}"


@register.simple_tag(takes_context=True)
def include_if_exists(context: Context, template_name: str) -> SafeString:
    """Render ``template_name`` with the current context if some app provides it, else nothing."""
    try:
        included = get_template(template_name)
    except TemplateDoesNotExist:
        return mark_safe("")
    return mark_safe(included.render(context.flatten(), context.get("request")))  # noqa: S308 - rendered template
