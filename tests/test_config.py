"""Tests for gazete.config: environment parsing and one-line configuration errors."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from gazete.config import ConfigError, load_config, media_storage_options, validate_database_url, validate_redis_url


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ["GAZETE_DATABASE_URL", "GAZETE_REDIS_URL", "GAZETE_SECRET_KEY", "GAZETE_ALLOWED_HOSTS",
                 "GAZETE_DEBUG", "GAZETE_MEDIA_S3_URL"]:
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


def test_media_s3_url_gives_the_bucket_storage_options(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_config().media_s3_url is None
    url = "s3+https://KEY%2F1:se%40cret@s3.example.net:9000/gazete-media?region=eu-central-1&public_acl=1"
    monkeypatch.setenv("GAZETE_MEDIA_S3_URL", url)
    assert load_config().media_s3_url == url
    options = media_storage_options(url)
    assert options == {
        "bucket_name": "gazete-media", "endpoint_url": "https://s3.example.net:9000", "addressing_style": "path",
        "access_key": "KEY/1", "secret_key": "se@cret", "region_name": "eu-central-1", "public_acl": True,
        "querystring_auth": False, "file_overwrite": True,
        "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
    }
    amazon = media_storage_options("s3://gazete-media?custom_domain=cdn.example.net")
    assert (amazon["bucket_name"], amazon["custom_domain"]) == ("gazete-media", "cdn.example.net")
    assert "access_key" not in amazon and "endpoint_url" not in amazon


@pytest.mark.parametrize("url", [
    "https://s3.example.net/bucket", "s3+https://k:s@s3.example.net/", "s3+https://k:s@host/a/b",
    "s3://", "s3+https://k:s@host/bucket?acl=public", "s3+https://k:s@host/bucket?public_acl=yes",
])
def test_bad_media_s3_url_names_the_variable_and_not_the_secret(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAZETE_MEDIA_S3_URL", url)
    with pytest.raises(ConfigError, match="GAZETE_MEDIA_S3_URL") as raised:
        load_config()
    assert ":s@" not in str(raised.value)
