"""Check at start-up that the configured database and Redis answer, in one clear line each."""

from __future__ import annotations

from django.conf import settings
from django.db import connection
from django.db.utils import Error as DatabaseError

from gazete.config import ConfigError


def check_database() -> None:
    """Open a connection to the default database, raising ConfigError if that fails."""
    name = "GAZETE_DATABASE_URL" if settings.CONFIG.database_url else "GAZETE_DATA_DIR"
    try:
        connection.ensure_connection()
    except DatabaseError as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"{name}: cannot connect to the database: {detail}") from None


def redis_unreachable() -> str | None:
    """Why GAZETE_REDIS_URL does not answer, in one line (None when it answers or is not set).

    A value that is not a Redis URL at all raises ConfigError: that is a mistake, not an outage.
    """
    url = settings.CONFIG.redis_url
    if not url:
        return None
    import redis

    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=3, socket_timeout=3)
    except ValueError as exc:
        raise ConfigError(f"GAZETE_REDIS_URL: not a Redis URL: {exc}") from None
    try:
        client.ping()
    except (redis.RedisError, OSError) as exc:
        return f"GAZETE_REDIS_URL: cannot reach Redis at {url}: {exc}"
    return None


def check_redis() -> None:
    """Ping GAZETE_REDIS_URL when it is set, raising ConfigError if Redis does not answer."""
    problem = redis_unreachable()
    if problem is not None:
        raise ConfigError(problem)


def redis_persistence_warnings(url: str) -> list[str]:
    """What is wrong with the persistence of the Redis at ``url`` for gazete, one line each (none: fine).

    gazete keeps buffered read counts, dedupe keys and queued tasks in Redis until a flush or a
    worker takes them, so it needs the append-only file (``appendonly yes``); with
    ``appendfsync everysec`` a crash of Redis itself can lose up to the last second of them.
    """
    import redis

    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=3, socket_timeout=3, decode_responses=True)
        config = {**client.config_get("appendonly"), **client.config_get("appendfsync")}
    except redis.ResponseError as exc:  # CONFIG disabled or renamed (managed Redis services do that)
        return [f"GAZETE_REDIS_URL: cannot check Redis persistence (CONFIG GET refused: {exc}); "
                "make sure appendonly is yes (docs/operations.md)"]
    except (redis.RedisError, OSError) as exc:
        return [f"GAZETE_REDIS_URL: cannot check Redis persistence: {exc}"]
    if config.get("appendonly") != "yes":
        return ["GAZETE_REDIS_URL: Redis persistence is off (appendonly no): if Redis restarts, buffered read "
                "counts, dedupe keys and queued tasks are lost. Set appendonly yes (docs/operations.md)"]
    if config.get("appendfsync") not in {"always", "everysec"}:
        return [f"GAZETE_REDIS_URL: appendfsync is {config.get('appendfsync')!r}: a crash of Redis may lose "
                "many seconds of counted reads; use everysec or always (docs/operations.md)"]
    return []


def service_warnings() -> list[str]:
    """Warnings about configured services that work but put data at risk (printed at start-up)."""
    url = settings.CONFIG.redis_url
    return redis_persistence_warnings(url) if url else []


def check_services() -> None:
    """Check every configured backing service."""
    check_database()
    check_redis()


# What a process that starts while Redis is down goes on doing (docs/operations.md).
STARTING_WITHOUT_REDIS = ("starting anyway: pages, the API and read counts go on without it, and tasks wait in "
                          "the data directory (tasks-fallback.sqlite3) until it answers again")


def start_up_warnings() -> list[str]:
    """Check the services before serving or working; return the warnings to print, one line each.

    A database that does not answer is fatal (ConfigError): nothing works without it. Redis is an
    optimisation and a queue with a fallback, so a Redis outage is a warning: ``gazete serve``,
    ``run`` and ``worker`` start during one and use Redis as soon as it answers.
    """
    check_database()
    problem = redis_unreachable()
    if problem is not None:
        return [f"{problem}; {STARTING_WITHOUT_REDIS}"]
    return service_warnings()
