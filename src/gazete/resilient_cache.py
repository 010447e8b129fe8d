"""Django's Redis cache, answering as an empty cache while Redis is unreachable.

The cache is an optimisation: pages render without it, only slower. So while Redis is down every
read misses (``get`` returns the default), writes are dropped, ``add`` reports success and ``incr``
reports a missing key, and readers keep getting pages instead of server errors. Comment rate
limits, which live in the cache, are not enforced during the outage (docs/operations.md).
"""

from __future__ import annotations

from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

from gazete.redis_outage import REDIS_ERRORS, Breaker

breaker = Breaker("cache")


class ResilientRedisCache(RedisCache):
    """RedisCache whose calls degrade to "empty cache" answers while Redis does not answer."""

    def _call(self, name: str, degraded: Any, *args: Any, **kwargs: Any) -> Any:
        if not breaker.available():
            return degraded(*args, **kwargs) if callable(degraded) else degraded
        try:
            result = getattr(super(), name)(*args, **kwargs)
        except REDIS_ERRORS as exc:
            breaker.failed(exc)
            return degraded(*args, **kwargs) if callable(degraded) else degraded
        breaker.succeeded()
        return result

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        """The cached value, or ``default`` (also while Redis is down)."""
        return self._call("get", default, key, default, version)

    def get_many(self, keys: Any, version: int | None = None) -> dict:
        """The cached values found (none while Redis is down)."""
        return self._call("get_many", {}, keys, version)

    def has_key(self, key: Any, version: int | None = None) -> bool:
        """Whether the key is cached (never while Redis is down)."""
        return self._call("has_key", False, key, version)

    def set(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> None:
        """Cache a value (dropped while Redis is down)."""
        self._call("set", None, key, value, timeout, version)

    def set_many(self, data: dict, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> list:
        """Cache several values (dropped while Redis is down)."""
        return self._call("set_many", [], data, timeout, version)

    def add(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        """Cache a value unless the key exists; True while Redis is down (nothing is there to collide)."""
        return self._call("add", True, key, value, timeout, version)

    def touch(self, key: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        """Renew a key's timeout (False while Redis is down)."""
        return self._call("touch", False, key, timeout, version)

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        """Add to a cached number; ValueError (a missing key, as Django says it) while Redis is down."""

        def missing(*_args: Any) -> int:
            raise ValueError(f"Key {key!r} not found (Redis is unreachable)")

        return self._call("incr", missing, key, delta, version)

    def delete(self, key: Any, version: int | None = None) -> bool:
        """Delete a key (False while Redis is down)."""
        return self._call("delete", False, key, version)

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        """Delete keys (nothing while Redis is down)."""
        self._call("delete_many", None, keys, version)

    def clear(self) -> None:
        """Empty the cache (nothing while Redis is down)."""
        self._call("clear", None)
