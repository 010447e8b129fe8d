"""``{% cache_part %}``: several cached fragments of one page kept as one cache entry, read and written once.

The article caches four fragments with the same keys (the story, the language, the content
generation): its head tags, the story, its history, previous/next and related. Live parts sit
between them (the read counter, the comment block), so they cannot be one ``{% cache %}``; as four,
an uncached article wrote four cache files and a warm one read four. ``cache_part`` keeps the
parts of a group as one entry (a dict of their HTML)::

    {% load fragment_groups %}
    {% cache_part cache_seconds story_page meta of 4 story.pk LANGUAGE_CODE cache_gen %}…{% endcache_part %}

The first part a render reaches reads the group's entry; a part found there is served from it,
one that is not is rendered, and once the render has all ``4`` parts of the group they are written
together. Each part's HTML is what ``{% cache %}`` would have given; a timeout of 0 or less caches
nothing (as the preview renders the article).
"""

from __future__ import annotations

from typing import Any

from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.template import Context, Library, Node, NodeList, TemplateSyntaxError
from django.template.base import FilterExpression, Parser, Token
from django.utils.safestring import SafeString

register = Library()


class CachePartNode(Node):
    """One part of a fragment group (see the module docstring)."""

    def __init__(self, nodelist: NodeList, timeout: FilterExpression, group: str, part: str, parts: int,
                 vary_on: list[FilterExpression]) -> None:
        self.nodelist = nodelist
        self.timeout = timeout
        self.group = group
        self.part = part
        self.parts = parts
        self.vary_on = vary_on

    def render(self, context: Context) -> str:
        """The part's HTML, from the group's cache entry or rendered (and the group written once whole)."""
        timeout = int(self.timeout.resolve(context))
        if timeout <= 0:
            return self.nodelist.render(context)
        key = make_template_fragment_key(self.group, [var.resolve(context) for var in self.vary_on])
        # What this render knows of the group: the cached entry (read once) and the parts it rendered.
        state: dict[str, Any] = context.render_context.setdefault(f"fragment-group:{key}", {})
        if "cached" not in state:
            state["cached"], state["rendered"] = cache.get(key), {}
        cached: dict[str, SafeString] | None = state["cached"]
        if cached is not None and self.part in cached:
            return cached[self.part]
        html = self.nodelist.render(context)
        rendered: dict[str, SafeString] = state["rendered"]
        rendered[self.part] = html
        group = {**(cached or {}), **rendered}
        if len(group) >= self.parts:  # every part known: the group is written once, whole
            cache.set(key, group, timeout)
        return html


@register.tag("cache_part")
def cache_part(parser: Parser, token: Token) -> CachePartNode:
    """``{% cache_part timeout group part of N [vary_on …] %}…{% endcache_part %}``."""
    bits = token.split_contents()
    if len(bits) < 6 or bits[4] != "of" or not bits[5].isdigit():
        raise TemplateSyntaxError(f"usage: {{% {bits[0]} timeout group part of N [vary_on …] %}}")
    nodelist = parser.parse(("endcache_part",))
    parser.delete_first_token()
    return CachePartNode(nodelist, parser.compile_filter(bits[1]), bits[2], bits[3], int(bits[5]),
                         [parser.compile_filter(bit) for bit in bits[6:]])
