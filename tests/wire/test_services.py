"""Tests for gazete.wire.services: storing payloads, update chains, withdrawals, quarantine, publish rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazete.newsroom.models import Story, StoryVersion
from gazete.newsroom.services import ensure_section
from gazete.wire.models import PublishMode, QuarantinedPayload, SectionRule, WireSource
from gazete.wire.services import (
    Ingestor,
    dry_run_records,
    files_source,
    is_label_sidecar,
    iter_payload_files,
    retry_quarantined,
    storage_problem,
)
from tests.newsroom.factories import wire_story
from tests.wire.pages import NEWSML, page_text, write_pages

pytestmark = pytest.mark.django_db

V1 = NEWSML / "aa-text-20240612-v1.xml"
V2 = NEWSML / "aa-text-20240612-v2-update.xml"
CANCELED = NEWSML / "aa-text-20240612-canceled.xml"


def _ingest_paths(paths: list[Path], source: WireSource | None = None) -> Ingestor:
    ingestor = Ingestor(source)
    for path in paths:
        ingestor.ingest_file(path)
    ingestor.finish()
    return ingestor


def test_a_folder_ingested_twice_changes_nothing_the_second_time(tmp_path: Path) -> None:
    write_pages(tmp_path, 12)
    first = _ingest_paths(list(iter_payload_files([tmp_path])))
    assert first.counts.as_dict() == {"new": 12, "updated": 0, "unchanged": 0, "withdrawn": 0,
                                      "quarantined": 0}
    stories = list(Story.objects.values_list("id", "headline", "status").order_by("id"))
    second = _ingest_paths(list(iter_payload_files([tmp_path])))
    assert second.counts.as_dict() == {"new": 0, "updated": 0, "unchanged": 12, "withdrawn": 0,
                                       "quarantined": 0}
    assert list(Story.objects.values_list("id", "headline", "status").order_by("id")) == stories
    assert StoryVersion.objects.count() == 12


def test_newsml_update_after_its_story_updates_in_place_and_cancellation_withdraws() -> None:
    ingestor = Ingestor()
    [first] = ingestor.ingest_file(V1)
    assert first.outcome == "new"
    story = Story.objects.get(pk=first.story_id)
    assert story.status == Story.Status.PUBLISHED and story.agency_id == "aa:text:20240612:9000001"
    [update] = ingestor.ingest_file(V2)
    assert update.outcome == "updated" and update.story_id == story.pk
    story.refresh_from_db()
    assert list(story.versions.order_by("rank").values_list("label", flat=True)) == ["", "UPDATE"]
    assert story.versions.get(label="UPDATE").raw_payload.startswith("<?xml")
    [cancel] = ingestor.ingest_file(CANCELED)
    assert cancel.outcome == "withdrawn"
    story.refresh_from_db()
    assert story.status == Story.Status.WITHDRAWN
    assert Story.objects.count() == 1


def test_cancellation_met_before_its_story_in_a_batch_is_applied_at_the_end() -> None:
    ingestor = _ingest_paths([CANCELED, V1])
    assert ingestor.counts.as_dict()["withdrawn"] == 1 and ingestor.counts.as_dict()["new"] == 1
    assert Story.objects.get().status == Story.Status.WITHDRAWN
    assert not QuarantinedPayload.objects.exists()


def test_cancellation_of_a_story_never_received_is_quarantined() -> None:
    ingestor = _ingest_paths([CANCELED])
    assert ingestor.counts.as_dict()["quarantined"] == 1
    item = QuarantinedPayload.objects.get()
    assert "never received" in item.reason and bytes(item.raw) == CANCELED.read_bytes()


def test_page_text_update_without_id_joins_its_story(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(page_text(7))
    (tmp_path / "b.txt").write_text(page_text(7, version="UPDATE", extra="Officials added a playground."))
    ingestor = _ingest_paths(list(iter_payload_files([tmp_path])))
    assert ingestor.counts.as_dict()["new"] == 1 and ingestor.counts.as_dict()["updated"] == 1
    story = Story.objects.get()
    assert any("playground" in block["text"] for block in story.body)


def test_bad_payloads_are_quarantined_and_the_rest_of_the_batch_goes_on(tmp_path: Path) -> None:
    write_pages(tmp_path, 3)
    (tmp_path / "binary.bin").write_bytes(b"\x00\x01\x02garbage\x00")
    (tmp_path / "broken.xml").write_bytes((NEWSML / "aa-text-malformed.xml").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    ingestor = _ingest_paths(list(iter_payload_files([tmp_path])))
    counts = ingestor.counts.as_dict()
    assert counts["new"] == 3 and counts["quarantined"] == 3
    reasons = dict(QuarantinedPayload.objects.values_list("location", "reason"))
    assert "binary" in reasons[str(tmp_path / "binary.bin")]
    assert "malformed XML" in reasons[str(tmp_path / "broken.xml")]
    assert "empty" in reasons[str(tmp_path / "empty.txt")]


def test_the_same_bad_payload_again_is_counted_not_copied(tmp_path: Path) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x00not a story")
    _ingest_paths([bad])
    _ingest_paths([bad])
    item = QuarantinedPayload.objects.get()
    assert item.attempts == 2 and not item.resolved


def test_a_version_the_database_would_refuse_is_quarantined_on_every_database() -> None:
    ingestor = Ingestor()
    long_headline = wire_story(headline="Council " * 80)
    result = ingestor._store(long_headline, b"raw", "raw", "digest", "test:long", None)
    assert result.outcome == "quarantined" and "headline longer than 400" in (result.reason or "")
    assert not Story.objects.exists()


def test_storage_problem_mirrors_what_upsert_story_rejects() -> None:
    assert storage_problem(wire_story()) is None
    assert "no headline" in (storage_problem(wire_story(headline="  ")) or "")
    assert storage_problem(wire_story(paragraphs=())) == "no body text"
    assert storage_problem(wire_story(paragraphs=(), withdrawn=True)) is None


def test_placeholder_credit_never_reaches_readers(tmp_path: Path) -> None:
    page = tmp_path / "placeholder.txt"
    page.write_text(page_text(11, credit="Source: Source of News", agency_dateline=False))
    [result] = _ingest_paths([page]).ingest_file(page)
    story = Story.objects.get()
    assert story.status == Story.Status.DRAFT
    assert story.source == "" and "Source of News" not in story.versions.get().source
    assert result.outcome == "unchanged"
    assert not Story.objects.published().exists()


def test_source_publish_mode_hold_keeps_new_stories_as_drafts(tmp_path: Path) -> None:
    source = WireSource.objects.create(name="Held", slug="held", kind="files", publish_mode=PublishMode.HOLD)
    write_pages(tmp_path, 2)
    _ingest_paths(list(iter_payload_files([tmp_path])), source)
    assert set(Story.objects.values_list("status", flat=True)) == {Story.Status.DRAFT}


def test_section_rules_route_by_subject_and_override_the_publish_mode() -> None:
    world = ensure_section("Dünya", name_en="World")
    general = ensure_section("Gündem", name_en="Agenda")
    source = WireSource.objects.create(name="AA", slug="aa", kind="aa", default_section=world)
    SectionRule.objects.create(source=source, section=general, subjects="Genel, General", publish_mode="hold")
    [routed] = Ingestor(source).ingest_file(V1)  # subject "Genel"
    story = Story.objects.get(pk=routed.story_id)
    assert story.section == general and story.status == Story.Status.DRAFT
    tr_story = Ingestor(source).ingest_file(NEWSML / "aa-text-20240613-tr.xml")[0]
    other = Story.objects.get(pk=tr_story.story_id)
    assert other.section == world and other.status == Story.Status.PUBLISHED


def test_overrides_of_the_ingestor_win_over_the_source() -> None:
    section = ensure_section("Ekonomi")
    [result] = Ingestor(files_source(), publish=False, section=section).ingest_file(V1)
    story = Story.objects.get(pk=result.story_id)
    assert story.section == section and story.status == Story.Status.DRAFT


def test_retry_resolves_a_quarantined_payload_once_it_can_be_stored() -> None:
    _ingest_paths([CANCELED])
    item = QuarantinedPayload.objects.get()
    retry_quarantined(item)
    item.refresh_from_db()
    assert not item.resolved and item.attempts == 2
    _ingest_paths([V1])
    results = retry_quarantined(item)
    item.refresh_from_db()
    assert [r.outcome for r in results] == ["withdrawn"]
    assert item.resolved and item.story_id == Story.objects.get().pk


def test_a_payload_that_goes_through_later_resolves_its_quarantine_entry(tmp_path: Path) -> None:
    page = tmp_path / "late.txt"
    page.write_text(page_text(21))
    ingestor = Ingestor()
    ingestor._quarantine(page.read_bytes(), str(page), None, "parser bug of the day", "text")
    ingestor.ingest_file(page)
    item = QuarantinedPayload.objects.get()
    assert item.resolved and item.story_id == Story.objects.get().pk


def test_keep_read_counts_seeds_the_counter_of_new_stories(tmp_path: Path) -> None:
    readership = pytest.importorskip("gazete.readership.services", reason="readership services not there")
    page = tmp_path / "counted.txt"
    page.write_text(page_text(31, read_count=4321))
    [result] = Ingestor(keep_read_counts=True).ingest_file(page)
    assert result.outcome == "new" and result.wire is not None and result.wire.read_count == 4321
    assert readership.read_count(result.story_id) == 4321
    other = tmp_path / "other.txt"
    other.write_text(page_text(32, read_count=99))
    [plain] = Ingestor().ingest_file(other)
    assert readership.read_count(plain.story_id) == 0


def test_dry_run_records_carry_path_and_error_and_one_record_per_feed_entry() -> None:
    feed = NEWSML.parent / "feeds" / "aa-en-rss20.xml"
    records = dry_run_records(feed, feed.read_bytes())
    assert len(records) >= 2 and all(record["path"] == str(feed) for record in records)
    assert all(record["error"] is None for record in records)
    bad = dry_run_records(Path("bad.bin"), b"\x00\x00\x00")
    assert bad[0]["error"] and bad[0]["headline"] is None and bad[0]["body"] == []
    assert set(bad[0]) == set(records[0])


def test_folder_walk_skips_hidden_files_and_label_sidecars(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a.labels.json").write_text("{}")
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "b.json").write_text("{}")
    (tmp_path / "c.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.xml").write_text("<x/>")
    names = [path.relative_to(tmp_path).as_posix() for path in iter_payload_files([tmp_path])]
    assert names == ["a.txt", "b.txt", "c.json", "sub/d.xml"]
    assert is_label_sidecar(tmp_path / "a.labels.json") and not is_label_sidecar(tmp_path / "c.json")


def test_a_folder_walk_passes_over_notes_licences_and_media(tmp_path: Path) -> None:
    for name in ["story.txt", "item.xml", "odd.bin", "README.md", "LICENSE", "photo.jpg", ".hidden.txt"]:
        (tmp_path / name).write_text("sample written for gazete tests", encoding="utf-8")
    (tmp_path / "story.labels.json").write_text("{}", encoding="utf-8")
    found = sorted(path.name for path in iter_payload_files([tmp_path]))
    assert found == ["item.xml", "odd.bin", "story.txt"]
    assert [p.name for p in iter_payload_files([tmp_path / "README.md"])] == ["README.md"]
