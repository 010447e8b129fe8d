"""Tests for gazete.wire.quarantine: keeping bad payloads once, counting repeats, resolving."""

from __future__ import annotations

import pytest

from gazete.wire.models import QuarantinedPayload
from gazete.wire.quarantine import mark_resolved, payload_hash, quarantine_payload, unresolved_hashes

pytestmark = pytest.mark.django_db


def test_a_payload_is_kept_with_its_reason_and_raw_bytes() -> None:
    item = quarantine_payload(b"\xff\xfe raw", location="/in/a.txt", reason="undecodable", format_name="text")
    assert bytes(item.raw) == b"\xff\xfe raw" and item.reason == "undecodable" and item.attempts == 1
    assert item.content_hash == payload_hash(b"\xff\xfe raw") and "\ufffd" in item.raw_text()


def test_the_same_payload_at_the_same_place_is_counted_with_the_newest_reason() -> None:
    quarantine_payload(b"x", location="/in/a.txt", reason="first")
    again = quarantine_payload(b"x", location="/in/a.txt", reason="second")
    assert QuarantinedPayload.objects.count() == 1 and again.attempts == 2 and again.reason == "second"
    quarantine_payload(b"x", location="/in/b.txt", reason="elsewhere")
    quarantine_payload(b"x", location="/in/a.txt", reason="entry", entry_index=3)
    assert QuarantinedPayload.objects.count() == 3


def test_resolved_entries_leave_the_waiting_set_and_a_new_failure_opens_a_new_one() -> None:
    item = quarantine_payload(b"y", location="feed", reason="bad", entry_index=0)
    assert item.content_hash in unresolved_hashes()
    assert mark_resolved(location="feed", content_hash=item.content_hash, entry_index=0, story_id=None) == 1
    assert item.content_hash not in unresolved_hashes()
    quarantine_payload(b"y", location="feed", reason="bad again", entry_index=0)
    assert QuarantinedPayload.objects.count() == 2
