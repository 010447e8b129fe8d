"""Tests for gazete.resilient_cache: Django's Redis cache, an empty cache while Redis is down."""

from __future__ import annotations

import pytest

from gazete import resilient_cache
from gazete.resilient_cache import ResilientRedisCache
from tests.conftest import PrivateRedis


@pytest.fixture(autouse=True)
def _closed_breaker() -> None:
    resilient_cache.breaker._open_until = 0.0
    resilient_cache.breaker._down = False


def make_cache(url: str) -> ResilientRedisCache:
    return ResilientRedisCache(url, {"OPTIONS": {"socket_connect_timeout": 1.0, "socket_timeout": 2.0}})


def test_it_is_a_plain_redis_cache_while_redis_answers(private_redis: PrivateRedis) -> None:
    cache = make_cache(private_redis.url)
    cache.set("k", {"a": 1}, 60)
    assert cache.get("k") == {"a": 1} and cache.get_many(["k"]) == {"k": {"a": 1}} and cache.has_key("k")
    assert not cache.add("k", 2) and cache.add("n", 1) and cache.incr("n") == 2
    assert cache.touch("k", 30) and cache.delete("k") and cache.get("k", "gone") == "gone"


def test_while_redis_is_down_it_answers_as_an_empty_cache(private_redis: PrivateRedis, caplog) -> None:  # type: ignore[no-untyped-def]
    cache = make_cache(private_redis.url)
    cache.set("k", "v")
    private_redis.kill()
    assert cache.get("k", "default") == "default"  # the failure: logged once, answered as a miss
    assert cache.get_many(["k"]) == {} and not cache.has_key("k")
    cache.set("k", "w")
    cache.set_many({"a": 1})
    cache.delete_many(["a"])
    cache.clear()
    assert cache.add("k", 1) is True and cache.touch("k") is False and cache.delete("k") is False
    with pytest.raises(ValueError, match="not found"):
        cache.incr("k")
    warnings = [r.getMessage() for r in caplog.records if r.name == "gazete.redis"]
    assert len(warnings) == 1 and warnings[0].startswith("Redis unreachable for the cache")


def test_it_uses_redis_again_once_redis_is_back(private_redis: PrivateRedis) -> None:
    cache = make_cache(private_redis.url)
    private_redis.kill()
    assert cache.get("k") is None
    private_redis.start()
    resilient_cache.breaker._open_until = 0.0  # the cooldown (a second) is over
    cache.set("k", "back", 60)
    assert cache.get("k") == "back" and not resilient_cache.breaker.down
