"""Tests for the ``gazete`` console command, run as a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import server_env


def gazete(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gazete.cli", *args], env=env, capture_output=True,
                          text=True, timeout=300)


def test_help_lists_the_verbs(tmp_path: Path) -> None:
    result = gazete("--help", env=server_env(tmp_path))
    assert result.returncode == 0
    for verb in ["run", "serve", "migrate", "createsuperuser", "ingest", "moderate", "worker"]:
        assert f"\n  {verb} " in result.stdout


def test_bad_database_url_fails_with_one_line(tmp_path: Path) -> None:
    result = gazete("check", env=server_env(tmp_path, GAZETE_DATABASE_URL="mysql://nobody@nowhere/db"))
    assert result.returncode == 2
    assert result.stderr.startswith("gazete: GAZETE_DATABASE_URL: unsupported scheme 'mysql'")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_unreachable_database_fails_with_one_line(tmp_path: Path) -> None:
    env = server_env(tmp_path, GAZETE_DATABASE_URL="postgres://nobody@127.0.0.1:1/nothing")
    result = gazete("check", env=env)
    assert result.returncode == 2
    assert result.stderr.startswith("gazete: GAZETE_DATABASE_URL: cannot connect to the database")
    assert len(result.stderr.strip().splitlines()) == 1


def test_unreachable_redis_fails_with_one_line(tmp_path: Path) -> None:
    result = gazete("check", env=server_env(tmp_path, GAZETE_REDIS_URL="redis://127.0.0.1:1/0"))
    assert result.returncode == 2
    assert result.stderr.startswith("gazete: GAZETE_REDIS_URL: cannot reach Redis at redis://127.0.0.1:1/0")
    assert len(result.stderr.strip().splitlines()) == 1


def test_data_dir_keeps_two_portals_apart(tmp_path: Path) -> None:
    env = {k: v for k, v in server_env(tmp_path).items() if k != "GAZETE_DATABASE_URL"}
    for name in ["one", "two"]:
        env["GAZETE_DATA_DIR"] = str(tmp_path / name)
        result = gazete("setup", env=env)
        assert result.returncode == 0, result.stderr
        assert (tmp_path / name / "gazete.sqlite3").is_file()
        assert (tmp_path / name / "secret_key").is_file()
    assert (tmp_path / "one" / "secret_key").read_text() != (tmp_path / "two" / "secret_key").read_text()


def test_setup_is_idempotent(tmp_path: Path) -> None:
    env = {k: v for k, v in server_env(tmp_path).items() if k != "GAZETE_DATABASE_URL"}
    first = gazete("setup", env=env)
    second = gazete("setup", env=env)
    assert first.returncode == second.returncode == 0
    assert "sample stories: 7 new" in first.stdout
    assert "remove them with: gazete manage remove_samples" in first.stdout
    assert "sample stories" not in second.stdout or "0 new" in second.stdout


def test_moderate_text_prints_a_readable_verdict(tmp_path: Path) -> None:
    result = gazete("moderate", "--text", "BU HABER ÇOK GÜZEL OLMUŞ", env=server_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("decision: reject (lang tr)")
    assert "all_caps" in result.stdout
    assert "suggestion: Bu haber çok güzel olmuş" in result.stdout


def test_moderate_reads_jsonl_and_writes_one_verdict_per_line(tmp_path: Path) -> None:
    import json

    lines = '{"id": 1, "text": "Bu haber çok güzel olmuş."}\n{"id": 2, "text": "bu cok guzel bir haber"}\nnot json\n'
    result = subprocess.run([sys.executable, "-m", "gazete.cli", "moderate"], input=lines, env=server_env(tmp_path),
                            capture_output=True, text=True, timeout=120)
    verdicts = [json.loads(line) for line in result.stdout.splitlines()]
    assert [v.get("id") for v in verdicts] == [1, 2, None]
    assert verdicts[0]["decision"] == "approve"
    assert verdicts[1]["decision"] == "reject"
    assert verdicts[1]["reasons"][0]["code"] == "no_turkish_chars"
    assert verdicts[1]["suggestion"] == "bu çok güzel bir haber"
    assert "error" in verdicts[2]
    assert result.returncode == 1
