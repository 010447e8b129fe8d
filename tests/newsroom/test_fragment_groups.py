"""Tests for the cache_part tag: a page's fragments kept as one cache entry, read and written once a render."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.template import Context, Template, TemplateSyntaxError

PAGE = Template(
    "{% load fragment_groups %}"
    "{% cache_part seconds page head of 2 n %}head {{ n }} {{ counter.next }}{% endcache_part %}|"
    "live {{ counter.next }}|"
    "{% cache_part seconds page body of 2 n %}body {{ n }} {{ counter.next }}{% endcache_part %}"
)


class Counter:
    """Counts the times a template reads it (what a fragment renders, a live part too)."""

    def __init__(self) -> None:
        self.count = 0

    @property
    def next(self) -> int:
        self.count += 1
        return self.count


class CountedCache:
    """Counts the shared cache's reads and writes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gets = self.sets = 0
        get, set_ = cache.get, cache.set

        def counted_get(*args: object, **kwargs: object) -> object:
            self.gets += 1
            return get(*args, **kwargs)

        def counted_set(*args: object, **kwargs: object) -> None:
            self.sets += 1
            set_(*args, **kwargs)

        monkeypatch.setattr(cache, "get", counted_get)
        monkeypatch.setattr(cache, "set", counted_set)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[CountedCache]:
    cache.clear()
    yield CountedCache(monkeypatch)
    cache.clear()


def render(counter: Counter, n: int = 1, seconds: int = 300) -> str:
    return PAGE.render(Context({"counter": counter, "n": n, "seconds": seconds}))


def test_the_parts_are_written_once_together_and_read_once_together(counted: CountedCache) -> None:
    assert render(Counter()) == "head 1 1|live 2|body 1 3"
    assert (counted.gets, counted.sets) == (1, 1)
    key = make_template_fragment_key("page", [1])
    assert cache.get(key) == {"head": "head 1 1", "body": "body 1 3"}
    assert render(Counter()) == "head 1 1|live 1|body 1 3"  # the fragments from the cache, the live part anew
    assert (counted.gets, counted.sets) == (3, 1)  # one read more (and the test's own), no write
    assert render(Counter(), n=2) == "head 2 1|live 2|body 2 3"  # other keys: another entry


def test_a_part_missing_from_the_entry_is_rendered_and_the_group_written_again(counted: CountedCache) -> None:
    key = make_template_fragment_key("page", [1])
    cache.set(key, {"head": "old head"}, 300)
    assert render(Counter()) == "old head|live 1|body 1 2"
    assert cache.get(key) == {"head": "old head", "body": "body 1 2"}


def test_a_timeout_of_zero_caches_nothing(counted: CountedCache) -> None:
    assert render(Counter(), seconds=0) == "head 1 1|live 2|body 1 3"
    assert render(Counter(), seconds=0) == "head 1 1|live 2|body 1 3"
    assert (counted.gets, counted.sets) == (0, 0)


def test_the_tag_says_how_it_is_written() -> None:
    with pytest.raises(TemplateSyntaxError, match="usage"):
        Template("{% load fragment_groups %}{% cache_part 300 page head n %}x{% endcache_part %}")
