"""Tests for newsroom.services.upsert_story: update chains, no duplicates, withdrawals, publish rules."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from gazete.newsroom.models import Story, StoryLogEntry, StoryVersion
from gazete.newsroom.services import StoryRejected, upsert_story
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db


def test_new_story_is_published_with_its_first_version() -> None:
    result = upsert_story(wire_story(keywords=("parks",)))
    assert result.outcome == "new"
    story = Story.objects.get()
    assert story.status == Story.Status.PUBLISHED
    assert story.source == "Anadolu Agency"
    assert [a.name for a in story.authors.all()] == ["Test Reporter"]
    assert [t.name for t in story.tags.all()] == ["parks"]
    assert story.versions.count() == 1


def test_identical_redelivery_changes_nothing() -> None:
    upsert_story(wire_story())
    again = upsert_story(wire_story())
    assert again.outcome == "unchanged"
    assert Story.objects.count() == 1 and StoryVersion.objects.count() == 1


def test_update_with_the_same_agency_id_replaces_the_story_in_place() -> None:
    first = upsert_story(wire_story()).story
    url = first.get_absolute_url()
    result = upsert_story(wire_story(version="UPDATE", headline="Test story: council approves a bigger park",
                                     paragraphs=("The council approved the park on Monday.", "Work starts in May.")))
    assert result.outcome == "updated"
    story = Story.objects.get()
    assert story.pk == first.pk and story.get_absolute_url() == url
    assert story.headline == "Test story: council approves a bigger park"
    assert story.updated_at is not None
    assert [v.label for v in story.versions.order_by("rank")] == ["", "UPDATE"]


def test_update_without_id_matches_by_headline_dateline_and_authors_within_48_hours() -> None:
    now = timezone.now()
    upsert_story(wire_story(agency_id=None), now=now)
    result = upsert_story(wire_story(agency_id=None, version="UPDATE 2", paragraphs=("New text.",)),
                          now=now + timedelta(hours=47))
    assert result.outcome == "updated"
    assert Story.objects.count() == 1


def test_same_headline_after_48_hours_is_a_new_story() -> None:
    now = timezone.now()
    upsert_story(wire_story(agency_id=None), now=now)
    result = upsert_story(wire_story(agency_id=None, version="UPDATE", paragraphs=("Other text.",)),
                          now=now + timedelta(hours=49))
    assert result.outcome == "new"
    assert Story.objects.count() == 2


def test_an_older_version_arriving_late_is_kept_but_does_not_replace_the_newer_text() -> None:
    upsert_story(wire_story(version="UPDATE 2", paragraphs=("Newest text.",)))
    result = upsert_story(wire_story(version="UPDATE", paragraphs=("Older text.",)))
    assert result.outcome == "updated"
    story = Story.objects.get()
    assert story.body == [{"type": "paragraph", "text": "Newest text."}]
    assert story.versions.count() == 2


def test_cancellation_withdraws_the_story() -> None:
    upsert_story(wire_story())
    result = upsert_story(wire_story(withdrawn=True, paragraphs=()))
    assert result.outcome == "withdrawn"
    assert Story.objects.get().status == Story.Status.WITHDRAWN
    assert not Story.objects.published().exists()


def test_hold_rule_keeps_new_stories_as_drafts() -> None:
    upsert_story(wire_story(), publish=False)
    assert Story.objects.get().status == Story.Status.DRAFT


def test_placeholder_credit_never_reaches_readers() -> None:
    upsert_story(wire_story(agency=None, credit_placeholder=True))
    story = Story.objects.get()
    assert story.status == Story.Status.DRAFT
    assert story.source == ""


@pytest.mark.parametrize("headline", ["", "   "])
def test_story_without_headline_is_rejected(headline: str) -> None:
    with pytest.raises(StoryRejected, match="no headline"):
        upsert_story(wire_story(headline=headline))
    assert not Story.objects.exists()


def test_turkish_headline_gets_an_ascii_slug() -> None:
    story = upsert_story(wire_story(headline="Kızılay'dan İstanbul'a yardım çağrısı", language="tr")).story
    assert story.slug == "kizilaydan-istanbula-yardim-cagrisi"


def test_wire_update_to_a_desk_edited_story_is_held_for_review() -> None:
    story = upsert_story(wire_story()).story
    Story.objects.filter(pk=story.pk).update(has_desk_edits=True, headline="Edited on the desk")
    result = upsert_story(wire_story(version="UPDATE", paragraphs=("Wire text that must wait.",)))
    assert result.outcome == "updated"
    assert result.version is not None and result.version.pending_review
    story.refresh_from_db()
    assert story.headline == "Edited on the desk"
    assert story.body[0]["text"] == "The council approved the park on Monday."


def test_new_story_shows_the_agency_time_not_the_ingest_time() -> None:
    agency_time = timezone.now() - timedelta(hours=3)
    story = upsert_story(wire_story(published_at=agency_time)).story
    assert story.published_at == agency_time
    assert story.created_at > agency_time


def test_a_later_version_gives_the_agency_time_to_a_story_that_had_only_its_ingest_time() -> None:
    story = upsert_story(wire_story()).story
    assert story.published_at == story.created_at
    agency_time = story.created_at - timedelta(hours=2)
    upsert_story(wire_story(version="UPDATE", published_at=agency_time, paragraphs=("Changed text.",)))
    story.refresh_from_db()
    assert story.published_at == agency_time
    later = agency_time - timedelta(hours=1)
    upsert_story(wire_story(version="UPDATE 2", published_at=later, paragraphs=("Changed again.",)))
    story.refresh_from_db()
    assert story.published_at == agency_time  # an agency time already shown is not moved


def test_embargoed_story_is_scheduled_for_the_embargo_time() -> None:
    now = timezone.now()
    embargo = now + timedelta(hours=5)
    story = upsert_story(wire_story(published_at=now - timedelta(minutes=5), embargoed_until=embargo), now=now).story
    assert (story.status, story.published_at) == (Story.Status.SCHEDULED, embargo)
    assert not Story.objects.published().exists()
    held = upsert_story(wire_story(agency_id="aa:text:2", headline="Another", embargoed_until=embargo),
                        publish=False, now=now).story
    assert (held.status, held.published_at) == (Story.Status.DRAFT, embargo)


def test_an_embargo_already_past_publishes_at_once() -> None:
    now = timezone.now()
    story = upsert_story(wire_story(embargoed_until=now - timedelta(minutes=1)), now=now).story
    assert story.status == Story.Status.PUBLISHED


def test_the_wire_writes_the_story_log_for_an_embargo_and_a_withdrawal_only() -> None:
    now = timezone.now()
    embargo = now + timedelta(hours=1)
    held = upsert_story(wire_story(embargoed_until=embargo), now=now).story
    live = upsert_story(wire_story(agency_id="aa:text:9", headline="Published on arrival")).story
    upsert_story(wire_story(agency_id="aa:text:9", headline="Published on arrival", withdrawn=True, paragraphs=()))
    log = list(StoryLogEntry.objects.order_by("id").values_list("story_id", "action", "system_actor", "note"))
    assert log == [
        (held.pk, "scheduled", "wire", timezone.localtime(embargo).strftime("%Y-%m-%d %H:%M:%S")),
        (live.pk, "withdrawn", "wire", "Withdrawn by the agency"),
    ]


def test_the_byline_keeps_the_agencys_order_whatever_the_author_ids() -> None:
    from gazete.newsroom.models import Author
    from gazete.newsroom.pages import StoryPage
    from gazete.newsroom.services import set_byline

    story = upsert_story(wire_story(agency_id="byline:1", authors=())).story
    # ids far apart, as on PostgreSQL after many tests: a set of them does not iterate in byline order
    first = Author.objects.create(pk=900_001, name="Zeynep Örnek", slug="zeynep-ornek")
    second = Author.objects.create(pk=7, name="Ali Örnek", slug="ali-ornek")
    third = Author.objects.create(pk=64, name="Ece Örnek", slug="ece-ornek")
    set_byline(story, [first, second, third])
    assert StoryPage(story, "tr").authors == [first, second, third]
    set_byline(story, [third, first])
    assert StoryPage(story, "tr").authors == [third, first]
