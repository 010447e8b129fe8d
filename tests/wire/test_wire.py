"""Tests for ``gazete wire``: the quarantine (list, show, retry, resolve), sources, poll and stats."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from gazete.newsroom.models import Story
from gazete.wire.models import QuarantinedPayload, WireSource
from gazete.wire.services import Ingestor
from tests.wire.fake_aa import FeedState, feed_server
from tests.wire.pages import FIXTURES, NEWSML

pytestmark = pytest.mark.django_db
CANCELED = NEWSML / "aa-text-20240612-canceled.xml"


def _wire(*args: str) -> str:
    out = StringIO()
    call_command("wire", *args, stdout=out)
    return out.getvalue()


def _quarantine_cancellation() -> QuarantinedPayload:
    ingestor = Ingestor()
    ingestor.ingest_file(CANCELED)
    ingestor.finish()
    return QuarantinedPayload.objects.get()


def test_quarantine_list_shows_id_place_and_reason() -> None:
    assert "quarantine is empty" in _wire("quarantine")
    item = _quarantine_cancellation()
    listing = _wire("quarantine")
    assert f"#{item.pk}" in listing and str(CANCELED) in listing and "never received" in listing
    [record] = [json.loads(line) for line in _wire("quarantine", "--json").splitlines()]
    assert record["id"] == item.pk and record["resolved"] is False and record["attempts"] == 1


def test_quarantine_show_prints_the_reason_and_the_raw_payload() -> None:
    item = _quarantine_cancellation()
    shown = _wire("quarantine", "--show", str(item.pk))
    assert "reason: a cancellation for a story we never received" in shown
    assert "stat:canceled" in shown
    record = json.loads(_wire("quarantine", "--show", str(item.pk), "--json"))
    assert record["raw"] == CANCELED.read_text()


def test_quarantine_retry_fails_until_the_story_exists_then_resolves() -> None:
    item = _quarantine_cancellation()
    with pytest.raises(CommandError, match="still quarantined"):
        _wire("quarantine", "--retry", str(item.pk))
    Ingestor().ingest_file(NEWSML / "aa-text-20240612-v1.xml")
    output = _wire("quarantine", "--retry", str(item.pk))
    assert "withdrawn" in output and f"#{item.pk} resolved" in output
    assert Story.objects.get().status == Story.Status.WITHDRAWN
    assert "quarantine is empty" in _wire("quarantine")
    assert f"#{item.pk}" in _wire("quarantine", "--all")


def test_quarantine_resolve_by_hand_and_unknown_ids() -> None:
    item = _quarantine_cancellation()
    assert "marked resolved" in _wire("quarantine", "--resolve", str(item.pk))
    item.refresh_from_db()
    assert item.resolved
    with pytest.raises(CommandError, match="no quarantined payload #999"):
        _wire("quarantine", "--show", "999")


def test_add_source_list_and_poll_a_feed_now() -> None:
    state = FeedState(body=(FIXTURES / "feeds" / "aa-en-rss20.xml").read_bytes())
    with feed_server(state) as url:
        added = _wire("add-source", "feed", "AA English", "--url", url, "--hold")
        assert "added source 'aa-english'" in added
        source = WireSource.objects.get(slug="aa-english")
        assert source.publish_mode == "hold" and source.poll_interval == 300
        output = _wire("poll", "aa-english")
        assert output.startswith("aa-english: fetched 1") and "new 2" in output
        assert "not modified (304)" in _wire("poll")
    assert "aa-english" in _wire("sources") and "hold" in _wire("sources")
    assert set(Story.objects.values_list("status", flat=True)) == {Story.Status.DRAFT}
    with pytest.raises(CommandError, match="no wire source nope"):
        _wire("poll", "nope")
    with pytest.raises(CommandError, match="needs --url"):
        _wire("add-source", "feed", "No address")


def test_stats_count_stories_versions_and_quarantine() -> None:
    _quarantine_cancellation()
    Ingestor().ingest_file(NEWSML / "aa-text-20240612-v1.xml")
    stats = json.loads(_wire("stats", "--json"))
    assert stats == {"stories": 1, "published": 1, "held": 0, "withdrawn": 0, "versions": 1,
                     "empty_stories": 0, "quarantined": 1}
