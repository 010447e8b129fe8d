"""Tests for gazete.serve_readiness: static files collected when missing, an unmigrated database refused."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from django.test import override_settings

from gazete.serve_readiness import MANIFEST_NAME, prepare_to_serve, static_files_missing, unapplied_migrations
from tests.conftest import scaled_out, scratch_postgres_database, server_env, start_server, stop_server


@pytest.mark.django_db
def test_the_test_database_is_fully_migrated() -> None:
    assert unapplied_migrations() == []


def test_a_missing_or_partial_manifest_names_what_is_missing(tmp_path: Path) -> None:
    everything = static_files_missing(tmp_path)
    assert "gazete/site.css" in everything
    (tmp_path / MANIFEST_NAME).write_text(json.dumps({"paths": {"gazete/site.css": "gazete/site.1.css"}}))
    assert static_files_missing(tmp_path) == [p for p in everything if p != "gazete/site.css"]
    (tmp_path / MANIFEST_NAME).write_text("not json")
    assert static_files_missing(tmp_path) == everything


@pytest.mark.django_db
def test_missing_static_files_are_collected_once(tmp_path: Path) -> None:
    from django.conf import settings

    manifest_storage = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
    with override_settings(STATIC_ROOT=tmp_path, STORAGES={**settings.STORAGES, "staticfiles": manifest_storage}):
        lines = prepare_to_serve()
        assert len(lines) == 1 and "collected them now" in lines[0] and str(tmp_path) in lines[0]
        assert (tmp_path / MANIFEST_NAME).exists() and static_files_missing(tmp_path) == []
        assert prepare_to_serve() == []


def _env(data_dir: Path, database: str) -> dict[str, str]:
    extra = {"GAZETE_DATABASE_URL": scratch_postgres_database(database)} if scaled_out() else {}
    return server_env(data_dir, **extra)


@pytest.mark.server
def test_serve_refuses_an_unmigrated_database_with_one_line(tmp_path: Path) -> None:
    env = _env(tmp_path / "data", "gazete_serve_unmigrated")
    result = subprocess.run([sys.executable, "-m", "gazete.cli", "serve", "--port", "1"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    # Start-up warnings (Redis persistence off, say) may come first; the refusal is one line.
    lines = [line for line in result.stderr.splitlines() if line.strip() and not line.startswith("gazete: warning:")]
    assert len(lines) == 1 and lines[0].startswith("gazete: the database is not set up") and "gazete setup" in lines[0]


@pytest.mark.server
def test_serve_on_a_directory_that_was_only_migrated_answers_pages(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = _env(data_dir, "gazete_serve_migrated_only")
    subprocess.run([sys.executable, "-m", "gazete.cli", "migrate"], env=env, check=True, capture_output=True,
                   timeout=300)
    assert not (data_dir / "static" / MANIFEST_NAME).exists()
    extra = {k: v for k, v in env.items() if k == "GAZETE_DATABASE_URL"}
    server = start_server(data_dir, workers=1, env_extra=extra, setup=False)
    try:
        for path in ("/", "/desk/login/", "/rss/"):
            with urllib.request.urlopen(server.url + path, timeout=30) as answer:
                assert answer.status == 200, path
    finally:
        stop_server(server)
