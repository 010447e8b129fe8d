"""Tests for gazete.file_cache: Django's file cache, culled after a hundred writes instead of checked at each."""

from __future__ import annotations

from pathlib import Path

from gazete.file_cache import CULL_EVERY, SMALL_VALUE, FileCache


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


def test_an_entry_reads_back_and_is_in_djangos_own_format(tmp_path: Path) -> None:
    from django.core.cache.backends.filebased import FileBasedCache

    cache = FileCache(str(tmp_path), {})
    html = "<p>Haber metni</p>" * 500
    large = "".join(f"<li>{n}</li>" for n in range(5000))  # over SMALL_VALUE: zlib's default window
    assert len(html) < SMALL_VALUE < len(large)
    for key, value in (("fragment", html), ("document", large)):
        cache.set(key, value, 300)
        assert cache.get(key) == value
        assert FileBasedCache(str(tmp_path), {}).get(key) == value  # Django reads what it writes
    cache.set("gone", "value", -1)
    assert cache.get("gone") is None  # the expiry is written as Django writes it
    assert not list(tmp_path.glob("tmp*"))  # no temporary file is left behind


def test_a_removed_cache_directory_is_made_again_on_the_next_write(tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    cache = FileCache(str(directory), {})
    directory.rmdir()
    cache.set("key", "value")
    assert cache.get("key") == "value"
