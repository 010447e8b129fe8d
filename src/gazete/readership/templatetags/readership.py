"""Template tags of read counting: a story's read count, the counter's words and the most-read lists."""

from __future__ import annotations

from django import template

from gazete.readership import services
from gazete.readership.wording import CounterWording, counter_wording

register = template.Library()


@register.simple_tag
def read_count(story: object) -> int:
    """The story's read count as readers see it now (stored plus buffered reads)."""
    return services.read_count(story.pk)  # type: ignore[attr-defined]


@register.simple_tag
def read_counter_words(count: int, story_language: str) -> CounterWording:
    """The counter's sentence around ``count`` in the story's language, with the right plural."""
    return counter_wording(count, story_language)


@register.simple_tag
def most_read(period: str = "day", limit: int = 5) -> list[services.MostReadEntry]:
    """A most-read list: ``period`` is day, week, all or trending."""
    return services.most_read(period, limit)
