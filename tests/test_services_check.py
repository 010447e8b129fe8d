"""Tests for gazete.services_check: Redis persistence is checked at start-up, against real redis-servers."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from gazete.config import ConfigError
from gazete.services_check import redis_persistence_warnings, redis_unreachable, start_up_warnings
from tests.conftest import PrivateRedis, free_port, start_private_redis


def test_redis_without_persistence_is_warned_about(private_redis: PrivateRedis) -> None:
    [warning] = redis_persistence_warnings(private_redis.url)
    assert "persistence is off (appendonly no)" in warning and "appendonly yes" in warning


def test_redis_with_an_append_only_file_passes(tmp_path: Path) -> None:
    server = start_private_redis(tmp_path / "aof", "--appendonly", "yes", "--appendfsync", "everysec")
    try:
        assert redis_persistence_warnings(server.url) == []
    finally:
        server.kill()


def test_an_append_only_file_never_synced_is_warned_about(tmp_path: Path) -> None:
    server = start_private_redis(tmp_path / "aof", "--appendonly", "yes", "--appendfsync", "no")
    try:
        [warning] = redis_persistence_warnings(server.url)
        assert "appendfsync is 'no'" in warning
    finally:
        server.kill()


def test_redis_that_refuses_config_get_is_a_warning_too(tmp_path: Path) -> None:
    server = start_private_redis(tmp_path / "managed", "--rename-command", "CONFIG", '""')
    try:
        [warning] = redis_persistence_warnings(server.url)
        assert "cannot check Redis persistence" in warning and "appendonly is yes" in warning
    finally:
        server.kill()


def test_unreachable_redis_is_reported_not_raised() -> None:
    [warning] = redis_persistence_warnings(f"redis://127.0.0.1:{free_port()}/0")
    assert "cannot check Redis persistence" in warning


@pytest.mark.django_db
def test_a_redis_that_does_not_answer_is_an_outage_but_a_url_that_is_not_one_is_a_mistake(settings) -> None:  # type: ignore[no-untyped-def]
    down = f"redis://127.0.0.1:{free_port()}/0"
    settings.CONFIG = dataclasses.replace(settings.CONFIG, redis_url=down)
    assert redis_unreachable().startswith(f"GAZETE_REDIS_URL: cannot reach Redis at {down}")
    [warning] = start_up_warnings()
    assert "cannot reach Redis" in warning and "starting anyway" in warning
    settings.CONFIG = dataclasses.replace(settings.CONFIG, redis_url="mysql://127.0.0.1/0")
    with pytest.raises(ConfigError, match="not a Redis URL"):
        redis_unreachable()
