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


def check_redis() -> None:
    """Ping GAZETE_REDIS_URL when it is set, raising ConfigError if Redis does not answer."""
    url = settings.CONFIG.redis_url
    if not url:
        return
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=3, socket_timeout=3).ping()
    except (redis.RedisError, OSError, ValueError) as exc:
        raise ConfigError(f"GAZETE_REDIS_URL: cannot reach Redis at {url}: {exc}") from None


def check_services() -> None:
    """Check every configured backing service."""
    check_database()
    check_redis()
