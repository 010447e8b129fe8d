"""Tests for ``gazete ingest``: dry-run JSON, counts, publish options, progress, and a kill mid-batch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from gazete.newsroom.models import Story
from gazete.wire.models import QuarantinedPayload
from tests.conftest import scaled_out, scratch_postgres_database, scratch_redis_database, server_env
from tests.wire.pages import FIXTURES, NEWSML, page_text, write_pages

DRY_RUN_KEYS = ["path", "agency", "agency_id", "language", "headline", "version", "kind", "standfirst",
                "authors",
                "dateline", "body", "source", "published_at", "error"]
FEED = FIXTURES / "feeds" / "aa-en-rss20.xml"


def _run(*args: str) -> str:
    out = StringIO()
    call_command("ingest", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_dry_run_json_prints_one_object_per_story_and_stores_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02")
    output = _run("--dry-run", "--json", str(NEWSML / "aa-text-20240612-v2-update.xml"), str(FEED), str(bad))
    records = [json.loads(line) for line in output.splitlines()]
    assert all(list(record) == DRY_RUN_KEYS for record in records)
    update = records[0]
    assert update["agency"] == "AA" and update["agency_id"] == "aa:text:20240612:9000001"
    assert update["version"] == "UPDATE" and update["error"] is None
    assert update["dateline"]["place"] and update["body"][0]["type"] == "paragraph"
    feed_records = [record for record in records if record["path"] == str(FEED)]
    assert len(feed_records) >= 2
    assert records[-1]["path"] == str(bad) and records[-1]["error"] and records[-1]["headline"] is None
    assert not Story.objects.exists()


@pytest.mark.django_db
def test_dry_run_reports_the_reason_a_story_would_be_quarantined(tmp_path: Path) -> None:
    cancel = NEWSML / "aa-text-20240612-canceled.xml"
    headless = tmp_path / "headless.json"
    headless.write_text(json.dumps({"uri": "aa:text:1:1", "type": "text", "body_text": "Only a body."}))
    output = _run("--dry-run", "--json", str(cancel), str(headless))
    records = [json.loads(line) for line in output.splitlines()]
    assert records[0]["error"] is None  # a cancellation needs no body
    assert records[1]["error"]


@pytest.mark.django_db
def test_ingest_prints_the_counts_and_a_second_run_changes_nothing(tmp_path: Path) -> None:
    write_pages(tmp_path, 5)
    (tmp_path / "junk.bin").write_bytes(b"\x00junk")
    first = _run(str(tmp_path))
    assert first.strip() == "ingested 6 files: new 5, updated 0, unchanged 0, withdrawn 0, quarantined 1"
    second = json.loads(_run("--json", str(tmp_path)))
    assert second == {"files": 6, "new": 0, "updated": 0, "unchanged": 5, "withdrawn": 0, "quarantined": 1}


@pytest.mark.django_db
def test_hold_section_and_read_count_options(tmp_path: Path) -> None:
    call_command("load_samples", stdout=StringIO())  # creates the sample sections
    from gazete.newsroom.models import Section

    section = Section.objects.order_by("order").first()
    assert section is not None
    page = tmp_path / "p.txt"
    page.write_text(page_text(40, read_count=777))
    _run("--hold", "--section", section.slug, "--keep-read-counts", str(page))
    story = Story.objects.get(headline__contains="plan 40")
    assert story.status == Story.Status.DRAFT and story.section == section
    readership = pytest.importorskip("gazete.readership.services")
    assert readership.read_count(story.pk) == 777


@pytest.mark.django_db
def test_unknown_paths_sources_and_sections_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no such file or folder"):
        _run(str(tmp_path / "missing"))
    with pytest.raises(CommandError, match="no wire source 'nope'"):
        _run("--source", "nope", str(tmp_path))
    with pytest.raises(CommandError, match="no section"):
        _run("--section", "nope", str(tmp_path))


@pytest.mark.django_db
def test_progress_bar_goes_to_stderr_only_when_asked_or_on_a_tty(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    write_pages(tmp_path, 3)
    _run(str(tmp_path))
    assert "ingest" not in capsys.readouterr().err  # not a tty: no bar
    _run("--progress", str(tmp_path))
    assert "3/3" in capsys.readouterr().err


@pytest.mark.drill
def test_killed_mid_batch_leaves_no_half_story_and_a_rerun_ends_without_duplicates(tmp_path: Path) -> None:
    count = 250
    pages = tmp_path / "pages"
    write_pages(pages, count)
    extra: dict[str, str] = {}
    if scaled_out():
        extra["GAZETE_DATABASE_URL"] = scratch_postgres_database("gazete_wire_kill")
    if os.environ.get("GAZETE_REDIS_URL"):
        extra["GAZETE_REDIS_URL"] = scratch_redis_database(3)
    env = server_env(tmp_path / "data", **extra)
    (tmp_path / "data").mkdir()
    gazete = [sys.executable, "-m", "gazete.cli"]
    subprocess.run([*gazete, "migrate", "-v", "0"], env=env, check=True, capture_output=True, timeout=300)

    process = subprocess.Popen([*gazete, "ingest", "-v", "2", "--no-progress", str(pages)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    stored_before_kill = 0
    for line in process.stdout:
        stored_before_kill += line.startswith("new:")
        if stored_before_kill >= 40:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, "ingest finished before it could be killed"

    rerun = subprocess.run([*gazete, "ingest", "--json", str(pages)], env=env, capture_output=True, text=True,
                           timeout=300, check=True)
    counts = json.loads(rerun.stdout.strip().splitlines()[-1])
    assert counts["quarantined"] == 0 and counts["updated"] == 0
    assert counts["new"] + counts["unchanged"] == count
    assert stored_before_kill <= counts["unchanged"] < count
    stats = subprocess.run([*gazete, "wire", "stats", "--json"], env=env, capture_output=True, text=True,
                           timeout=120, check=True)
    totals = json.loads(stats.stdout)
    assert totals["stories"] == count and totals["versions"] == count and totals["empty_stories"] == 0


@pytest.mark.django_db
def test_a_batch_goes_on_past_payloads_beyond_the_parsers_limits(tmp_path: Path) -> None:
    (tmp_path / "a-deep.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    deep_html = {"uri": "x:deep", "type": "text", "headline": "Deep", "body_html": "<div>" * 100_000}
    (tmp_path / "b-deep-html.json").write_text(json.dumps(deep_html), encoding="utf-8")
    (tmp_path / "c-utf16.txt").write_bytes(page_text(7).encode("utf-16"))
    out = _run(str(tmp_path))
    assert "new 1, updated 0, unchanged 0, withdrawn 0, quarantined 2" in out
    reasons = sorted(item.reason for item in QuarantinedPayload.objects.all())
    assert reasons == ["ninjs: HTML nested deeper than 200 levels", "ninjs: JSON nested deeper than 64 levels"]
