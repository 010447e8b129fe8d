"""Site addresses worked out once per process: ``reverse()`` and static files' ``static()`` remembered.

An uncached article asks for some thirty addresses (the header's and footer's links, the story's,
its sections', authors', tags', neighbours' and related stories'), and ``reverse()`` costs ~30 µs
each, ~0.8 ms of CPU a render. An address depends only on the URL name, its arguments, the URLconf
and the script prefix the site is served under, so each is kept (the most recent ``KEPT``) under
all of these and reversed again only when one of them differs.

A static file's address (``{% static %}``: the manifest's hashed name, ~50 µs) depends on the
static-files settings only, and is kept until one of them changes (in tests).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.conf import settings
from django.core.signals import setting_changed
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse

KEPT = 20_000
STATIC_SETTINGS = frozenset({"STATIC_URL", "STATIC_ROOT", "STATICFILES_DIRS", "STORAGES", "DEBUG"})


@lru_cache(maxsize=KEPT)
def _reversed(viewname: str, args: tuple[Any, ...], kwargs: tuple[tuple[str, Any], ...], urlconf: str,
              prefix: str) -> str:
    return reverse(viewname, urlconf=urlconf, args=args or None, kwargs=dict(kwargs) or None)


def address(viewname: str, *args: Any, **kwargs: Any) -> str:
    """``reverse(viewname, args=args, kwargs=kwargs)``, from memory when it was reversed before."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _reversed(viewname, args, tuple(sorted(kwargs.items())), urlconf, get_script_prefix())



@lru_cache(maxsize=1024)
def static_address(path: str) -> str:
    """``static(path)``: the static file's address (hashed by the manifest in production), from memory."""
    return static(path)


def _static_settings_changed(*, setting: str, **kwargs: Any) -> None:
    if setting in STATIC_SETTINGS:
        static_address.cache_clear()


setting_changed.connect(_static_settings_changed, dispatch_uid="newsroom.addresses.static")
