"""Django's file cache for the embedded default, looking at its directory's size once per hundred writes.

Django's ``FileBasedCache`` lists its whole directory on *every* write to decide whether to cull,
so each write costs more as the cache fills (a few thousand entries: milliseconds a write, and an
uncached article writes about ten: its fragments, the story and the comment block). This one
counts its writes and lists the directory every ``CULL_EVERY`` of them (per process); over
``MAX_ENTRIES`` it then culls as Django does (a third of the entries, at random). Everything else
(file format, expiry) is Django's. The embedded default sets ``MAX_ENTRIES`` to 20,000 (Django's
300 let an uncached page's writes cull the hot fragments, and even the content generation, at random).

Only the embedded default (no ``GAZETE_REDIS_URL``) uses it; scaled out, the cache is Redis.
"""

from __future__ import annotations

import itertools
from typing import Any

from django.core.cache.backends.filebased import FileBasedCache

CULL_EVERY = 100


class FileCache(FileBasedCache):
    """``FileBasedCache`` that considers culling once every ``CULL_EVERY`` writes of this process."""

    def __init__(self, dir: str, params: dict[str, Any]) -> None:
        super().__init__(dir, params)
        self._writes = itertools.count(1)

    def _cull(self) -> None:
        if next(self._writes) % CULL_EVERY == 0:
            super()._cull()
