"""Tests for gazete.config: environment parsing and one-line configuration errors."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from gazete.config import ConfigError, load_config, validate_database_url, validate_redis_url


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ["GAZETE_DATABASE_URL", "GAZETE_REDIS_URL", "GAZETE_SECRET_KEY", "GAZETE_ALLOWED_HOSTS",
                 "GAZETE_DEBUG"]:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GAZETE_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_embedded_default_needs_no_configuration(clean_env: Path) -> None:
    config = load_config()
    assert config.database_url is None and config.redis_url is None
    assert config.debug is False
    assert config.sqlite_path == clean_env / "gazete.sqlite3"
    assert "127.0.0.1" in config.allowed_hosts


def test_secret_key_is_generated_once_into_the_data_dir_and_private(clean_env: Path) -> None:
    first = load_config().secret_key
    key_file = clean_env / "secret_key"
    assert key_file.read_text().strip() == first
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert load_config().secret_key == first
    assert len(first) >= 50


def test_secret_key_from_environment_must_be_long(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAZETE_SECRET_KEY", "short")
    with pytest.raises(ConfigError, match=r"^GAZETE_SECRET_KEY: "):
        load_config()


@pytest.mark.parametrize("url", ["mysql://x@y/z", "not a url", "postgres://127.0.0.1:5432/"])
def test_bad_database_url_names_the_variable(url: str) -> None:
    with pytest.raises(ConfigError, match=r"^GAZETE_DATABASE_URL: "):
        validate_database_url(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:6379", "redis://127.0.0.1:notaport/0"])
def test_bad_redis_url_names_the_variable(url: str) -> None:
    with pytest.raises(ConfigError, match=r"^GAZETE_REDIS_URL: "):
        validate_redis_url(url)


def test_allowed_hosts_and_debug_from_environment(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAZETE_ALLOWED_HOSTS", "news.example.org, www.news.example.org")
    monkeypatch.setenv("GAZETE_DEBUG", "yes")
    config = load_config()
    assert config.allowed_hosts == ("news.example.org", "www.news.example.org")
    assert config.debug is True
    monkeypatch.setenv("GAZETE_DEBUG", "maybe")
    with pytest.raises(ConfigError, match=r"^GAZETE_DEBUG: "):
        load_config()


def test_private_files_are_created_0600_and_old_ones_tightened(tmp_path: Path) -> None:
    import os
    import sqlite3

    from gazete.config import ensure_private_file

    old_umask = os.umask(0o022)
    try:
        fresh = ensure_private_file(tmp_path / "fresh.sqlite3")
        with sqlite3.connect(fresh) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("CREATE TABLE t (x)")
            conn.execute("INSERT INTO t VALUES (1)")
            wal, shm = Path(f"{fresh}-wal"), Path(f"{fresh}-shm")
            assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in (fresh, wal, shm))
        old = tmp_path / "old.sqlite3"
        for path in (old, Path(f"{old}-wal")):
            path.write_bytes(b"")
            path.chmod(0o644)
        ensure_private_file(old)
        assert stat.S_IMODE(old.stat().st_mode) == stat.S_IMODE(Path(f"{old}-wal").stat().st_mode) == 0o600
    finally:
        os.umask(old_umask)
