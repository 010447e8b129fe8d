"""Django's file cache for the embedded default: culled once per hundred writes, each write cheaper.

Django's ``FileBasedCache`` lists its whole directory on *every* write to decide whether to cull,
so each write costs more as the cache fills (a few thousand entries: milliseconds a write, and an
uncached article writes about ten: its fragments, the story and the comment block). This one
counts its writes and lists the directory every ``CULL_EVERY`` of them (per process); over
``MAX_ENTRIES`` it then culls as Django does (a third of the entries, at random). The embedded
default sets ``MAX_ENTRIES`` to 20,000 (Django's 300 let an uncached page's writes cull the hot
fragments, and even the content generation, at random).

A write is also cheaper than Django's (a third of an uncached article's CPU went to them): the
file is built in memory and written in one call, compressed at zlib level 1 instead of the default
6 (a page fragment compresses a few times faster, to a file a little larger) and, for values under
``SMALL_VALUE`` bytes (page fragments, the comment block, a story), with an 8 KB window and less
memory instead of zlib's 32 KB: setting the default compressor up cost more than compressing a
fragment (8 KB of page: ~85 µs with the default, ~32 µs with the small one, to a file of the same
size; 3 KB: ~32 and ~16 µs). Any zlib reader reads either, Django's included. The directory is
checked only when the temporary file cannot be made (Django checks it, and stats both files before
the rename, at every write). The file format is Django's, so ``get`` and the rest are Django's own
and a cache directory written by either reads the same.

Only the embedded default (no ``GAZETE_REDIS_URL``) uses it; scaled out, the cache is Redis.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pickle
import tempfile
import zlib
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache

CULL_EVERY = 100
COMPRESS_LEVEL = 1
SMALL_VALUE = 16 * 1024
SMALL_WINDOW_BITS = 13  # an 8 KB window (zlib's default: 15, 32 KB)
SMALL_MEMORY_LEVEL = 6  # zlib's default: 8


class FileCache(FileBasedCache):
    """``FileBasedCache`` that considers culling once every ``CULL_EVERY`` writes, and writes in one go."""

    def __init__(self, dir: str, params: dict[str, Any]) -> None:
        super().__init__(dir, params)
        self._writes = itertools.count(1)

    def _cull(self) -> None:
        if next(self._writes) % CULL_EVERY == 0:
            super()._cull()

    def _payload(self, timeout: float | object | None, value: Any) -> bytes:
        """The file's bytes as Django writes them: the pickled expiry, then the compressed pickled value."""
        expiry = self.get_backend_timeout(timeout)
        data = pickle.dumps(value, self.pickle_protocol)
        if len(data) < SMALL_VALUE:
            compressor = zlib.compressobj(COMPRESS_LEVEL, zlib.DEFLATED, SMALL_WINDOW_BITS, SMALL_MEMORY_LEVEL)
            body = compressor.compress(data) + compressor.flush()
        else:
            body = zlib.compress(data, COMPRESS_LEVEL)
        return pickle.dumps(expiry, self.pickle_protocol) + body

    def _temporary_file(self) -> tuple[int, str]:
        """A new temporary file in the cache directory, the directory made again if it was removed."""
        try:
            return tempfile.mkstemp(dir=self._dir)
        except FileNotFoundError:
            self._createdir()  # the cache directory can be deleted at any time
            return tempfile.mkstemp(dir=self._dir)

    def set(self, key: str, value: Any, timeout: float | object | None = DEFAULT_TIMEOUT,
            version: int | None = None) -> None:
        """Store ``value``: written to a temporary file, then renamed over the entry's file."""
        fname = self._key_to_file(key, version)
        self._cull()
        payload = self._payload(timeout, value)
        fd, tmp_path = self._temporary_file()
        try:
            with open(fd, "wb") as file:
                file.write(payload)
            os.replace(tmp_path, fname)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.remove(tmp_path)
            raise
