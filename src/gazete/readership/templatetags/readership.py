"""Template tags of read counting: a story's read count, the counter's words and the most-read lists."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from django import template
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

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


# The home page's lists, in the order shown; trending shows no counts (its order is a score).
PERIOD_TITLES: dict[str, Promise] = {
    "trending": gettext_lazy("Trending"),
    "day": gettext_lazy("Today"),
    "week": gettext_lazy("This week"),
    "all": gettext_lazy("All time"),
}


@dataclass(frozen=True)
class MostReadList:
    """One list under "Most read": the periods it stands for, its stories, whether it shows counts."""

    periods: tuple[str, ...]
    entries: Sequence[services.MostReadEntry]
    show_reads: bool

    @property
    def title(self) -> str:
        """Its heading: ``Today``, or ``Today · This week · All time`` for lists that were the same."""
        return " · ".join(str(PERIOD_TITLES[period]) for period in self.periods)

    @property
    def period_attr(self) -> str:
        """Its periods for ``data-period`` (``day week all``)."""
        return " ".join(self.periods)


def _same_list(shown: MostReadList, entries: Sequence[services.MostReadEntry], show_reads: bool) -> bool:
    if [e.story_id for e in shown.entries] != [e.story_id for e in entries]:
        return False
    if shown.show_reads and show_reads:
        return [e.reads for e in shown.entries] == [e.reads for e in entries]
    return True


def distinct_lists(lists: Mapping[str, Sequence[services.MostReadEntry]]) -> list[MostReadList]:
    """The most-read lists to show, each once: a list identical to one before it joins that one.

    Identical means the same stories in the same order, with the same counts where both show
    counts. On a young site today, this week and all time are one list, shown under one heading.
    """
    shown: list[MostReadList] = []
    for period in PERIOD_TITLES:
        entries = lists.get(period) or []
        if not entries:
            continue
        show_reads = period != "trending"
        for index, earlier in enumerate(shown):
            if _same_list(earlier, entries, show_reads):
                merged = replace(earlier, periods=(*earlier.periods, period))
                if show_reads and not earlier.show_reads:
                    merged = replace(merged, entries=entries, show_reads=True)
                shown[index] = merged
                break
        else:
            shown.append(MostReadList((period,), entries, show_reads))
    return shown


@register.simple_tag
def most_read_lists(limit: int = 5) -> list[MostReadList]:
    """The home page's most-read lists (trending, today, this week, all time), identical ones once."""
    return distinct_lists({period: services.most_read(period, limit) for period in PERIOD_TITLES})
