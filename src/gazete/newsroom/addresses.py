"""Site addresses reversed once per process: ``reverse()`` remembered for each name and arguments.

An uncached article asks for some thirty addresses (the header's and footer's links, the story's,
its sections', authors', tags', neighbours' and related stories'), and ``reverse()`` costs ~30 µs
each, ~0.8 ms of CPU a render. An address depends only on the URL name, its arguments, the URLconf
and the script prefix the site is served under, so each is kept (the most recent ``KEPT``) under
all of these and reversed again only when one of them differs.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

KEPT = 20_000


@lru_cache(maxsize=KEPT)
def _reversed(viewname: str, args: tuple[Any, ...], kwargs: tuple[tuple[str, Any], ...], urlconf: str,
              prefix: str) -> str:
    return reverse(viewname, urlconf=urlconf, args=args or None, kwargs=dict(kwargs) or None)


def address(viewname: str, *args: Any, **kwargs: Any) -> str:
    """``reverse(viewname, args=args, kwargs=kwargs)``, from memory when it was reversed before."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _reversed(viewname, args, tuple(sorted(kwargs.items())), urlconf, get_script_prefix())

