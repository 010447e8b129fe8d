"""Tests for gazete.file_cache: Django's file cache, culled after a hundred writes instead of checked at each."""

from __future__ import annotations

from pathlib import Path

from gazete.file_cache import CULL_EVERY, FileCache


def test_the_directory_is_listed_once_per_hundred_writes_and_still_culled(tmp_path: Path) -> None:
    cache = FileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 10}})
    listings = []
    list_files = cache._list_cache_files

    def counted() -> list[str]:
        listings.append(1)
        return list_files()

    cache._list_cache_files = counted  # type: ignore[method-assign]
    for n in range(2 * CULL_EVERY + 50):
        cache.set(f"key-{n}", f"value {n}")
    assert len(listings) == 2  # Django's FileBasedCache lists the directory at each of the 250 writes
    entries = len(list(tmp_path.glob("*.djcache")))
    assert entries < 2 * CULL_EVERY  # culled (a third at random at each listing over the limit, as Django does)
    assert cache.get(f"key-{2 * CULL_EVERY + 49}") == f"value {2 * CULL_EVERY + 49}"  # the latest is there
