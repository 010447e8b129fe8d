"""Fixtures of the read-counting tests: an empty read buffer (SQLite file, or Redis when configured)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from gazete.readership import services, visitors
from gazete.readership.buffer import ReadBuffer, get_buffer
from gazete.readership.buffer_sqlite import SqliteReadBuffer

# The in-process tests keep their Redis keys in a database of their own, away from the cache
# (database 0, emptied before every test) and the live servers (database 1 and 6).
REDIS_TEST_DB = 7
NO_REDIS = "GAZETE_REDIS_URL is not set: the Redis backend runs in the PostgreSQL + Redis configuration"


def redis_test_url() -> str | None:
    """GAZETE_REDIS_URL pointed at the readership tests' own Redis database, or None."""
    url = os.environ.get("GAZETE_REDIS_URL")
    if not url:
        return None
    return urlunsplit(urlsplit(url)._replace(path=f"/{REDIS_TEST_DB}"))


@pytest.fixture(autouse=True)
def _fresh_process_caches() -> Iterator[None]:
    """Forget cached story ids, totals and salts: the test database is rolled back after every test."""
    for cache in (services._readable, services._stored_cache, visitors._salts):
        cache.clear()
    yield
    for cache in (services._readable, services._stored_cache, visitors._salts):
        cache.clear()


@pytest.fixture
def read_buffer(settings, tmp_path: Path) -> Iterator[ReadBuffer]:
    """The buffer the services use in this configuration, empty: Redis when configured, else SQLite."""
    url = redis_test_url()
    if url:
        settings.GAZETE_REDIS_URL = url
    else:
        settings.DATA_DIR = tmp_path
    buffer = get_buffer()
    buffer.clear()  # type: ignore[attr-defined]
    yield buffer
    buffer.clear()  # type: ignore[attr-defined]


@pytest.fixture
def sqlite_buffer(tmp_path: Path) -> Iterator[SqliteReadBuffer]:
    """A SQLite read buffer in a temporary file, with a clock the test can move."""
    clock = {"now": 1_800_000_000.0}
    buffer = SqliteReadBuffer(tmp_path / "reads.sqlite3", clock=lambda: clock["now"])
    buffer.test_clock = clock  # type: ignore[attr-defined]
    yield buffer
    buffer.close()
