"""Tests for the Redis read buffer: keys expire on their own after the dedupe window."""

from __future__ import annotations

import time

import pytest

from gazete.readership.buffer_redis import PREFIX, RedisReadBuffer, seen_key
from tests.readership.conftest import NO_REDIS, redis_test_url

DAY, HOUR = "2026-03-01", 493_000
CACHE_PREFIX = "gazete:1:"
"""Django's cache keys in the same Redis database: KEY_PREFIX ``gazete``, version 1."""


@pytest.fixture
def redis_buffer() -> RedisReadBuffer:
    url = redis_test_url()
    if url is None:
        pytest.skip(NO_REDIS)
    buffer = RedisReadBuffer(url)
    buffer.clear()
    return buffer


def test_seen_keys_expire_after_the_window(redis_buffer: RedisReadBuffer) -> None:
    assert redis_buffer.record(1, DAY, HOUR, "1:c:alice", ["1:c:alias"], 1)[0]
    assert not redis_buffer.record(1, DAY, HOUR, "1:c:alice", [], 1)[0]
    assert 0 < redis_buffer.client.ttl(seen_key("1:c:alice")) <= 1
    assert 0 < redis_buffer.client.ttl(seen_key("1:c:alias")) <= 1
    time.sleep(1.2)
    assert redis_buffer.record(1, DAY, HOUR, "1:c:alice", [], 1)[0]
    assert redis_buffer.snapshot([1]).pending == {1: 2}


def test_all_keys_share_one_cluster_slot(redis_buffer: RedisReadBuffer) -> None:
    redis_buffer.record(1, DAY, HOUR, "1:c:alice", [], 60)
    redis_buffer.claim("b1")
    # The page cache shares the database under its own versioned prefix (gazete:1:…); every other key
    # is the buffer's and must carry the one hash tag.
    keys = [key for key in redis_buffer.client.scan_iter(match="gazete:*") if not key.startswith(CACHE_PREFIX)]
    assert keys and all(key.startswith(PREFIX) for key in keys)
